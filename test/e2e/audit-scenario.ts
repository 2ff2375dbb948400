/**
 * The audit page's scenario, shared by the Chromium (audit.test.ts) and the
 * Firefox (firefox-audit.test.ts) tests: what is stored before the page
 * opens, and what the page and its downloads must then say. Each browser's
 * test only drives its own driver and hands the text it read to these.
 */
import { expect } from 'vitest';
import { emptyTracker, recordStep, serializeTracker } from '../../src/core/tracker.ts';

const at = (day: string) => `${day}T10:00:00.000Z`;

/** storage.local before the page opens: the tracker as the popup and the worker store it, and one owner answer. */
export function auditStorage(): Record<string, unknown> {
  const steps: [string, { url?: string; id?: string; name?: string } | undefined, Parameters<typeof recordStep>[3]][] =
    [
      ['slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'email-drafted', at: at('2026-11-01') }],
      ['slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'marked-sent', at: at('2026-11-02') }],
      ['slack', { url: 'https://beta.slack.com/' }, { kind: 'marked-confirmed', at: at('2026-11-03') }],
      ['meta', undefined, { kind: 'control-seen', at: at('2026-11-04'), label: 'Object', state: 'opted-out' }],
      ['figma', undefined, { kind: 'owner-asked', at: at('2026-11-05') }],
    ];
  const tracker = steps.reduce(
    (t, [vendorId, workspace, step]) => recordStep(t, vendorId, workspace, step) ?? t,
    emptyTracker(),
  );
  return { tracker: serializeTracker(tracker), choices: { roles: { 'slack@https://acme.slack.com/': 'owner' } } };
}

export const AUDIT_URL = '/src/audit/index.html';
export const AUDIT_HEADING = 'Where you stand: AI training across your tools';
export const ACME_ROW = 'slack@https://acme.slack.com/';
/** Every row's key, sorted. */
export const AUDIT_ROWS = ['figma', 'meta', ACME_ROW, 'slack@https://beta.slack.com/'];
export const AUDIT_SUMMARY = '3 tools, 2 train by default, 2 opted out, 1 waiting on Slack, 1 waiting on an owner';
/** The rows the "done" filter keeps, sorted. */
export const AUDIT_DONE_ROWS = ['meta', 'slack@https://beta.slack.com/'];
/** Each row's `data-status`, sorted by status. */
export const AUDIT_BY_STATUS = ['asked-owner', 'sent', 'setting-changed', 'confirmed'];

/** The Acme workspace's row: its status cell and its whole text. */
export function expectAcmeRow(status: string, text: string): void {
  expect(status).toBe('Email sent2026-11-02');
  expect(text).toContain('You (you said you are an owner or admin)');
  expect(text).toContain('Wait for the vendor’s reply, then mark it confirmed');
  expect(text).toMatch(/\((Confirmed|Reported by .+), verified \d{4}-\d{2}-\d{2}\)/);
}

export const DB_LINE = /^Vendor database: NoTrain \d+\.\d+\.\d+, 41 records, reviewed up to \d{4}-\d{2}-\d{2}\.$/;

/** The CSV download: its name, one line per row under the header, each fact's verified date, the database. */
export function expectAuditCsv(csv: { name: string; text: string }): void {
  expect(csv.name).toMatch(/^notrain-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.trimEnd().split('\r\n')).toHaveLength(5);
  expect(csv.text).toContain('"Acme"');
  expect(csv.text).toContain('"Email sent","2026-11-02"');
  expect(csv.text).toMatch(/verified \d{4}-\d{2}-\d{2}/);
  expect(csv.text).toMatch(/"Vendor database: NoTrain [^"]+, 41 records, reviewed up to \d{4}-\d{2}-\d{2}\."/);
}

/** The Markdown download: a table of the four rows (with its header and rule) and the database line. */
export function expectAuditMarkdown(md: { name: string; text: string }): void {
  expect(md.name).toMatch(/^notrain-audit-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text.split('\n').filter((l) => l.startsWith('| ')).length).toBe(4 + 2);
  expect(md.text).toContain('| Slack | Acme |');
  expect(md.text).toContain('Vendor database\\: NoTrain');
}
