import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyManaged,
  DEFAULT_PREFERENCES,
  emptyTracker,
  recordStep,
  type Step,
  type Tracker,
} from '../../src/core/tracker.ts';
import type { ImportResult } from '../../src/core/tracker-file.ts';
import { Options, type OptionsProps } from '../../src/options/Options.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { locale } from '../support/translate.ts';

afterEach(cleanup);

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
const vendors = [
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'slack', name: 'Slack' },
  { id: 'zoom', name: 'Zoom' },
];

function seeded(): Tracker {
  let t = emptyTracker();
  t =
    recordStep(t, 'slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'email-drafted', at: at(1) }) ?? t;
  t = recordStep(t, 'slack', { url: 'https://beta.slack.com/' }, { kind: 'marked-confirmed', at: at(2) }) ?? t;
  const seen: Step = { kind: 'control-seen', at: at(3), label: 'AI', state: 'opted-out' };
  return recordStep(t, 'linkedin', undefined, seen) ?? t;
}

function renderOptions(overrides: Partial<OptionsProps> = {}) {
  const tracker = seeded();
  const props: OptionsProps = {
    entries: tracker.entries,
    effective: applyManaged(DEFAULT_PREFERENCES, {}),
    keptAside: 0,
    vendors,
    policyChanges: {},
    onDelete: vi.fn(),
    onUndoDelete: vi.fn(),
    onPreferences: vi.fn(() => Promise.resolve(true)),
    onReminders: vi.fn(() => Promise.resolve(true)),
    onExport: vi.fn(),
    onImport: vi.fn(() =>
      Promise.resolve<ImportResult>({ tracker: undefined, added: 0, updated: 0, unchanged: 3, rejected: [] }),
    ),
    ...overrides,
  };
  render(
    <LocaleContext.Provider value={locale}>
      <Options {...props} />
    </LocaleContext.Provider>,
  );
  return props;
}

const shownKeys = () => screen.queryAllByTestId('entry').map((li) => li.getAttribute('data-key'));

describe('the options page', () => {
  it('lists every entry grouped by vendor, by name, with status, dates and what is left', () => {
    renderOptions();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['LinkedIn', 'Slack']);
    expect(shownKeys()).toEqual(['linkedin', 'slack@https://acme.slack.com/', 'slack@https://beta.slack.com/']);
    const acme = screen.getAllByTestId('entry')[1] as HTMLElement;
    expect(acme.textContent).toContain('Acme');
    expect(acme.textContent).toContain('https://acme.slack.com/');
    expect(within(acme).getByTestId('entry-status').textContent).toBe('Email drafted');
    expect(acme.textContent).toContain('since 1 Nov 2026');
    expect(within(acme).getByTestId('entry-left').textContent).toBe('What is left: Send the email, then mark it sent');
    expect(screen.getAllByTestId('entry')[0]?.textContent).toContain('Your account');
  });

  it('links to the audit page, as the popup does', () => {
    renderOptions();
    const link = screen.getByRole('link', { name: 'Audit of all your tools' });
    expect(link.getAttribute('href')).toBe('/src/audit/index.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('filters: needs action, done, activity since; the count is announced', () => {
    renderOptions();
    const filter = screen.getByTestId<HTMLSelectElement>('filter');
    fireEvent.change(filter, { target: { value: 'needs-action' } });
    expect(shownKeys()).toEqual(['slack@https://acme.slack.com/']);
    expect(screen.getByTestId('entries-count').textContent).toBe('Showing 1 of 3');
    expect(screen.getByTestId('entries-count').getAttribute('role')).toBe('status');
    fireEvent.change(filter, { target: { value: 'done' } });
    expect(shownKeys()).toEqual(['linkedin', 'slack@https://beta.slack.com/']);
    fireEvent.change(filter, { target: { value: 'all' } });
    fireEvent.input(screen.getByTestId('filter-since'), { target: { value: '2026-11-02' } });
    expect(shownKeys()).toEqual(['linkedin', 'slack@https://beta.slack.com/']);
  });

  it('filters on a policy change after the opt-out, and shows it with its date and source', () => {
    renderOptions({
      policyChanges: {
        linkedin: [
          {
            date: '2026-11-20',
            change: 'Now trains on posts.',
            sources: [{ url: 'https://www.linkedin.com/legal', title: 'Terms' }],
          },
        ],
      },
    });
    fireEvent.change(screen.getByTestId('filter'), { target: { value: 'policy-changed' } });
    expect(shownKeys()).toEqual(['linkedin']);
    const changes = screen.getByTestId('entry-changes');
    expect(changes.textContent).toContain('LinkedIn changed its policy after your opt-out:');
    expect(changes.textContent).toContain('20 Nov 2026: Now trains on posts.');
    expect(within(changes).getByRole('link', { name: 'Terms' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/legal',
    );
  });

  it('deletes an entry by a uniquely named button, and offers Undo', () => {
    const props = renderOptions({ deleted: { key: 'x', label: 'Slack (Acme)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry for Acme at Slack' }));
    expect(props.onDelete).toHaveBeenCalledWith('slack@https://acme.slack.com/');
    expect(screen.getByTestId('deleted-status').textContent).toContain('Deleted: Slack (Acme).');
    fireEvent.click(screen.getByTestId('undo-delete'));
    expect(props.onUndoDelete).toHaveBeenCalled();
  });

  it('says so when there is nothing yet, and when stored items were kept aside', () => {
    renderOptions({ entries: {}, keptAside: 2 });
    expect(screen.getByTestId('entries-empty')).toBeTruthy();
    expect(screen.getByTestId('kept-aside').textContent).toContain('could not read 2 stored items');
  });

  it('saves the email method and the signature', async () => {
    const props = renderOptions();
    fireEvent.click(screen.getByLabelText('Gmail on the web'));
    expect(props.onPreferences).toHaveBeenCalledWith({ emailMethod: 'gmail' });
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Ana Ruiz' } });
    fireEvent.input(screen.getByLabelText('Your organisation'), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByTestId('signature-save'));
    expect(props.onPreferences).toHaveBeenLastCalledWith({ senderName: 'Ana Ruiz', senderOrganisation: 'Acme' });
    await waitFor(() => expect(screen.getByTestId('preferences-status').textContent).toBe('Saved'));
  });

  it('turns reminders on through the shared switch, and shows the organisation’s setting instead when it set one', () => {
    const props = renderOptions();
    fireEvent.click(screen.getByLabelText('Remind me if there is no answer in 7 days'));
    expect(props.onReminders).toHaveBeenCalledWith(true);
    cleanup();
    renderOptions({ effective: applyManaged(DEFAULT_PREFERENCES, { reminders: true }) });
    expect(screen.getByTestId('reminders-managed').textContent).toBe('Reminders: set by your organisation.');
  });

  it('says when a value was refused', async () => {
    renderOptions({ onPreferences: vi.fn(() => Promise.resolve(false)) });
    fireEvent.click(screen.getByTestId('signature-save'));
    await waitFor(() => expect(screen.getByTestId('preferences-status').textContent).toMatch(/^Not saved/));
  });

  it('shows what the organisation set, locked, and leaves its fields out of a save', () => {
    const effective = applyManaged(
      { ...DEFAULT_PREFERENCES, emailMethod: 'gmail', senderOrganisation: 'Mine' },
      { emailMethod: 'outlook', senderOrganisation: 'Acme IT', hiddenVendors: ['zoom'] },
    );
    const props = renderOptions({ effective });
    expect(screen.getByLabelText<HTMLInputElement>('Outlook on the web').checked).toBe(true);
    expect(screen.getByTestId<HTMLFieldSetElement>('email-method').disabled).toBe(true);
    expect(screen.getByTestId('email-method').textContent).toContain('(set by your organisation)');
    const org = screen.getByTestId<HTMLInputElement>('sender-organisation');
    expect([org.value, org.disabled]).toEqual(['Acme IT', true]);
    fireEvent.click(screen.getByTestId('signature-save'));
    expect(props.onPreferences).toHaveBeenLastCalledWith({ senderName: '' });
    // A hidden vendor is not offered for muting.
    expect(screen.queryByTestId('mute-zoom')).toBeNull();
    expect(screen.getByText('Vendors your organisation hid because it does not use them: 1.')).toBeTruthy();
  });

  it('does not list the entries of a vendor the organisation hid, and says how many it left out and that they are kept', () => {
    const effective = applyManaged(DEFAULT_PREFERENCES, { hiddenVendors: ['slack'] });
    renderOptions({ effective });
    expect(shownKeys()).toEqual(['linkedin']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['LinkedIn']);
    expect(screen.getByTestId('entries-count').textContent).toBe('Showing 1 of 1');
    expect(screen.getByTestId('entries-hidden').textContent).toBe(
      'Entries for tools your organisation hid, not listed here: 2. They stay stored, and the JSON and CSV exports include them.',
    );
  });

  it('with only hidden vendors’ entries, says they are left out, never that nothing was recorded', () => {
    renderOptions({ effective: applyManaged(DEFAULT_PREFERENCES, { hiddenVendors: ['slack', 'linkedin'] }) });
    expect(shownKeys()).toEqual([]);
    expect(screen.queryByTestId('entries-empty')).toBeNull();
    expect(screen.getByTestId('entries-hidden').textContent).toContain(': 3.');
  });

  it('says nothing about hidden entries when none are left out', () => {
    renderOptions({ effective: applyManaged(DEFAULT_PREFERENCES, { hiddenVendors: ['zoom'] }) });
    expect(shownKeys()).toHaveLength(3);
    expect(screen.queryByTestId('entries-hidden')).toBeNull();
  });

  it('mutes and unmutes a vendor', () => {
    const props = renderOptions({ effective: applyManaged({ ...DEFAULT_PREFERENCES, mutedVendors: ['zoom'] }, {}) });
    expect(screen.getByLabelText<HTMLInputElement>('Mute Zoom').checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Mute Slack'));
    expect(props.onPreferences).toHaveBeenLastCalledWith({ mutedVendors: ['slack', 'zoom'] });
    fireEvent.click(screen.getByLabelText('Mute Zoom'));
    expect(props.onPreferences).toHaveBeenLastCalledWith({ mutedVendors: [] });
  });

  it('exports both formats and lists an import’s rejections with their reasons', async () => {
    const onImport = vi.fn((): Promise<ImportResult> =>
      Promise.resolve({
        tracker: undefined,
        added: 1,
        updated: 0,
        unchanged: 2,
        rejected: [
          { where: 'zoom', reason: 'invalid-step' },
          { where: 'file', reason: 'not-json' },
        ],
      }),
    );
    const props = renderOptions({ onImport });
    fireEvent.click(screen.getByTestId('export-json'));
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(props.onExport).toHaveBeenNthCalledWith(1, 'json');
    expect(props.onExport).toHaveBeenNthCalledWith(2, 'csv');
    const input = screen.getByLabelText<HTMLInputElement>('Import a NoTrain JSON export');
    const file = new File(['{}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('import-rejected')).toBeTruthy());
    const result = screen.getByTestId('import-result');
    expect(result.getAttribute('role')).toBe('status');
    expect(result.textContent).toContain('Imported: 1 new, 0 updated, 2 already here.');
    expect(result.textContent).toContain('Not imported (2):');
    expect(screen.getByTestId('import-rejected').textContent).toBe(
      'zoom: a step of this entry is not validthe file: not a JSON file',
    );
  });

  it('renders a hostile workspace name as text', () => {
    let t = emptyTracker();
    t =
      recordStep(
        t,
        'slack',
        { id: 'T0123ABCD', name: '<img src=x onerror=alert(1)>' },
        { kind: 'email-drafted', at: at(1) },
      ) ?? t;
    renderOptions({ entries: t.entries });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
