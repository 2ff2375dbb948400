/** The popup's tracker parts: the one status line and its clicks, policy changes, reminders, items kept aside. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readChoices } from '../../src/core/choices.ts';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { emptyTracker, recordStep, type Step, type Tracker } from '../../src/core/tracker.ts';
import { App, type AppProps } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { trackerWith } from '../support/tracker.ts';
import { locale } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

const ACME = 'https://acme.slack.com/';
const owner = { roles: { [`slack@${ACME}`]: 'owner' } };
const DAY = 86_400_000;
const now = Date.parse('2026-12-10T12:00:00.000Z');

/** The Slack popup with an in-memory tracker that the popup's clicks really update. */
function renderSlack(initial: Tracker = emptyTracker(), extra: Partial<AppProps> = {}) {
  const match = classifyTab({ url: `${ACME}archives/C1` }, registry);
  if (!match) throw new Error('no match');
  let stored = initial;
  const steps: Step[] = [];
  const recordStepSpy = vi.fn((vendorId: string, workspace: Parameters<typeof recordStep>[2], step: Step) => {
    steps.push(step);
    stored = recordStep(stored, vendorId, workspace, step) ?? stored;
    return Promise.resolve(stored);
  });
  render(
    <LocaleContext.Provider value={locale}>
      <App
        match={match}
        copy={vi.fn(async () => {})}
        choices={readChoices(owner)}
        tracker={initial}
        recordStep={recordStepSpy}
        now={now}
        {...extra}
      />
    </LocaleContext.Provider>,
  );
  return { steps, stored: () => stored };
}

const line = () => screen.getByTestId('tracker-status').textContent;

describe('the status line', () => {
  it('says nothing before the user did anything', () => {
    renderSlack();
    expect(screen.queryByTestId('tracker')).toBeNull();
  });

  it('drafted → Mark as sent → Vendor confirmed, with Undo at each step, recorded for this workspace', async () => {
    const { steps, stored } = renderSlack();
    fireEvent.click(screen.getByTestId('copy-email'));
    await waitFor(() => expect(line()).toMatch(/^Email drafted \d{1,2} \w{3} 2026 — Mark as sent · Undo$/));
    expect(steps.map((s) => s.kind)).toEqual(['email-drafted']);
    expect(Object.keys(stored().entries)).toEqual([`slack@${ACME}`]);
    fireEvent.click(screen.getByTestId('tracker-next'));
    await waitFor(() => expect(line()).toMatch(/^Marked sent .+, not confirmed yet — Vendor confirmed · Undo$/));
    fireEvent.click(screen.getByTestId('tracker-next'));
    await waitFor(() => expect(line()).toMatch(/^Confirmed by the vendor, marked .+ · Undo$/));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Off: Slack confirmed your opt-out.');
    fireEvent.click(screen.getByTestId('tracker-undo'));
    await waitFor(() => expect(line()).toMatch(/^Marked sent/));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Slack trains/);
    expect(steps.map((s) => s.kind)).toEqual(['email-drafted', 'marked-sent', 'marked-confirmed', 'undone']);
  });

  it('records opening the email in the mail app or webmail as a draft', async () => {
    const { steps } = renderSlack();
    const link = screen.getByTestId('open-gmail');
    // The test's DOM would follow the link onto the network: the click is the user's, the navigation is not needed.
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    await waitFor(() => expect(steps.map((s) => s.kind)).toEqual(['email-drafted']));
  });

  it('suggests a follow-up once an email waited the reminder delay, and offers the reminder switch', async () => {
    const sent = trackerWith(
      'slack',
      { url: ACME },
      { kind: 'email-drafted', at: new Date(now - 9 * DAY).toISOString() },
      { kind: 'marked-sent', at: new Date(now - 8 * DAY).toISOString() },
    );
    const onChange = vi.fn(() => Promise.resolve(false));
    renderSlack(sent, { reminders: { on: false, days: 7, locked: false, onChange } });
    expect(screen.getByTestId('follow-up').textContent).toBe(
      'No confirmation 8 days after you sent it: send Slack a follow-up.',
    );
    fireEvent.click(screen.getByTestId('reminders'));
    expect(onChange).toHaveBeenCalledWith(true);
    await waitFor(() => expect(screen.getByText(/Reminders need the browser’s permission/)).toBeTruthy());
    expect(screen.getByTestId<HTMLInputElement>('reminders').checked).toBe(false);
  });

  it('says when the organisation set reminders, instead of a switch', () => {
    const sent = trackerWith('slack', { url: ACME }, { kind: 'marked-sent', at: new Date(now - DAY).toISOString() });
    renderSlack(sent, { reminders: { on: true, days: 7, locked: true, onChange: vi.fn() } });
    expect(screen.queryByTestId('follow-up')).toBeNull();
    expect(screen.getByTestId('reminders-managed').textContent).toBe('Reminders: set by your organisation.');
  });
});

describe('policy changes since the opt-out', () => {
  it('shows the record’s change dated after the user’s step, with its source, until "Got it"', async () => {
    const before = trackerWith('slack', { url: ACME }, { kind: 'email-drafted', at: '2024-01-02T10:00:00.000Z' });
    const { steps } = renderSlack(before);
    const notice = screen.getByTestId('policy-changed');
    expect(notice.textContent).toMatch(/^Slack changed its policy on 17 May 2024, after your opt-out step: /);
    expect(notice.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/slack\.com\//);
    fireEvent.click(screen.getByTestId('changes-seen'));
    await waitFor(() => expect(screen.queryByTestId('policy-changed')).toBeNull());
    expect(steps.map((s) => s.kind)).toEqual(['changes-seen']);
  });
});

describe('items kept aside', () => {
  it('tells the user, and the rest works', () => {
    renderSlack(emptyTracker(), { keptAside: 2 });
    expect(screen.getByTestId('kept-aside').textContent).toMatch(/could not read 2 saved item\(s\)/);
  });
});

describe('the objection letter', () => {
  it('sent to Discord’s privacy address is the opt-out email drafted; a letter with a blank records nothing', async () => {
    const match = classifyTab({ url: 'https://discord.com/channels/@me' }, registry);
    if (!match) throw new Error('no match');
    const steps: Step[] = [];
    let stored = emptyTracker();
    const copy = vi.fn(async (_text: string) => {});
    render(
      <LocaleContext.Provider value={locale}>
        <App
          match={match}
          copy={copy}
          place="EU"
          choices={readChoices(undefined)}
          tracker={stored}
          recordStep={(vendorId, workspace, step) => {
            steps.push(step);
            stored = recordStep(stored, vendorId, workspace, step) ?? stored;
            return Promise.resolve(stored);
          }}
          now={now}
        />
      </LocaleContext.Provider>,
    );
    await waitFor(() => screen.getByTestId('objection-letter'));
    fireEvent.click(screen.getByTestId('letter-copy'));
    fireEvent.click(screen.getByTestId('letter-send'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(copy).not.toHaveBeenCalled();
    expect(steps).toEqual([]);
    for (const [id, value] of [
      ['letter-name', 'Ada'],
      ['letter-email', 'ada@example.com'],
      ['letter-account', 'ada'],
    ] as const)
      fireEvent.input(screen.getByTestId(id), { target: { value } });
    fireEvent.click(screen.getByTestId('letter-copy'));
    await waitFor(() => expect(steps.map((s) => s.kind)).toEqual(['email-drafted']));
    await waitFor(() => expect(screen.getByTestId('tracker-status').textContent).toMatch(/^Email drafted /));
    expect(Object.keys(stored.entries)).toEqual(['discord']);
  });
});
