/**
 * "What is left" is one table (core/tracker-view.ts, with the record's first
 * step from core/audit/rows.ts): for every status, the options page and the
 * audit page show the same words for the same entry, rendered from the same
 * stored tracker and answers, as their entry points (options/main.tsx,
 * audit/main.tsx) wire them.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Audit } from '../../src/audit/Audit.tsx';
import { itemOfEntry } from '../../src/core/audit/items.ts';
import { leftOfEntry } from '../../src/core/audit/rows.ts';
import { readChoices } from '../../src/core/choices.ts';
import { applyManaged, DEFAULT_PREFERENCES, STATUSES, type Status, type Step } from '../../src/core/tracker.ts';
import { Options } from '../../src/options/Options.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { trackerWith } from '../support/tracker.ts';
import { locale } from '../support/translate.ts';
import { vendor } from '../support/vendors.ts';

afterEach(cleanup);

const at = (second: number) => `2026-11-02T10:00:0${second}.000Z`;
const seen = (state: 'opted-out' | 'training', second: number): Step => ({
  kind: 'control-seen',
  at: at(second),
  label: 'AI',
  state,
});
/** Steps that bring an entry to each status, through the tracker's own rules. */
const STEPS: Record<Status, Step[]> = {
  'not-started': [
    { kind: 'email-drafted', at: at(0) },
    { kind: 'undone', at: at(1) },
  ],
  opened: [{ kind: 'settings-opened', at: at(0) }],
  'setting-reverted': [seen('opted-out', 0), seen('training', 1)],
  drafted: [{ kind: 'email-drafted', at: at(0) }],
  'asked-owner': [{ kind: 'owner-asked', at: at(0) }],
  sent: [{ kind: 'marked-sent', at: at(0) }],
  'setting-changed': [seen('opted-out', 0)],
  confirmed: [{ kind: 'marked-confirmed', at: at(0) }],
};

const ACME = { url: 'https://acme.slack.com/', name: 'Acme' };
const KEY = 'slack@https://acme.slack.com/';

/** The words each page shows for one Slack entry at this status, for a user who answered this role. */
function bothPages(status: Status, role: 'owner' | 'member') {
  const tracker = trackerWith('slack', ACME, ...STEPS[status]);
  const entry = tracker.entries[KEY];
  if (entry?.status !== status) throw new Error(`the steps for ${status} gave ${entry?.status}`);
  const choices = readChoices({ roles: { [KEY]: role } });
  const slack = vendor('slack');
  render(
    <LocaleContext.Provider value={locale}>
      <Options
        entries={tracker.entries}
        effective={applyManaged(DEFAULT_PREFERENCES, {})}
        keptAside={0}
        vendors={[{ id: 'slack', name: 'Slack' }]}
        policyChanges={{}}
        left={{ [KEY]: leftOfEntry(slack, KEY, entry, choices) }}
        onDelete={vi.fn()}
        onUndoDelete={vi.fn()}
        onPreferences={vi.fn()}
        onReminders={vi.fn()}
        onExport={vi.fn()}
        onImport={vi.fn()}
      />
      <Audit
        items={[itemOfEntry(KEY, entry)]}
        hidden={[]}
        hiddenCount={0}
        vendors={new Map([['slack', slack]])}
        choices={choices}
        db={{ version: '0.1.0', records: 41, reviewed: '2026-12-01' }}
        today="2026-12-01"
        onAdd={vi.fn()}
        onRemove={vi.fn()}
        download={vi.fn()}
        print={vi.fn()}
      />
    </LocaleContext.Provider>,
  );
  const options = screen.getByTestId('entry-left').textContent ?? '';
  const audit = within(screen.getByTestId('audit-row')).getByTestId('audit-left').textContent;
  return { options: options.replace(/^What is left: /, ''), audit };
}

describe('what is left, on the options page and the audit page', () => {
  it.each(STATUSES.map((s) => [s]))('%s: the same words on both pages', (status) => {
    const { options, audit } = bothPages(status, 'owner');
    expect(options).toBe(audit);
    expect(options).not.toBe('');
  });

  it('before any step, both give the record’s first step for the user’s role', () => {
    expect(bothPages('not-started', 'owner')).toEqual({ options: 'Opt out', audit: 'Opt out' });
    cleanup();
    const member = { options: 'Ask an owner to opt out', audit: 'Ask an owner to opt out' };
    expect(bothPages('not-started', 'member')).toEqual(member);
  });

  it('after a step, the status decides: a sent email waits for the vendor on both', () => {
    const waiting = 'Wait for the vendor’s reply, then mark it confirmed';
    expect(bothPages('sent', 'member')).toEqual({ options: waiting, audit: waiting });
  });
});
