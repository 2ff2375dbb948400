/**
 * The audit's pure parts: the items the tracker and the stored answers give,
 * the rows built from the real records, the summary's counts and plural
 * forms in four languages, and the CSV and Markdown exports (hostile names
 * stay text).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCsv, auditMarkdown, type DatabaseVersion, mdCell } from '../../../src/core/audit/export.ts';
import { csvCell } from '../../../src/core/csv.ts';
import { type AuditItem, auditItems, readAdded } from '../../../src/core/audit/items.ts';
import { type AuditRow, auditRow, filterRows, sortRows } from '../../../src/core/audit/rows.ts';
import { auditCounts, summaryLine } from '../../../src/core/audit/summary.ts';
import { readChoices } from '../../../src/core/choices.ts';
import { type Translate, messageTranslator } from '../../../src/core/i18n.ts';
import { type MessageEntry, translatorFor } from '../../../src/core/messages-table.ts';
import { emptyTracker, newEntry, type Step, type Tracker, withStep } from '../../../src/core/tracker.ts';
import { translate } from '../../support/translate.ts';
import { vendor } from '../../support/vendors.ts';

const catalog = (l: string): Translate =>
  translatorFor(JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, MessageEntry>);

const at = (day: string) => `${day}T10:00:00.000Z`;
function entry(
  vendorId: string,
  workspace: { url?: string; id?: string; name?: string } | undefined,
  ...steps: Step[]
) {
  return steps.reduce((e, step) => withStep(e, step) ?? e, newEntry(vendorId, workspace));
}
function tracker(...entries: [string, ReturnType<typeof entry>][]): Tracker {
  return { ...emptyTracker(), entries: Object.fromEntries(entries) };
}
const known = (id: string) => ['slack', 'figma', 'zendesk', 'meta', 'github-copilot', 'notion'].includes(id);
const row = (item: AuditItem, choices = readChoices(undefined)) => auditRow(vendor(item.vendorId), item, choices);
/** A sent Slack opt-out in a workspace whose page title gave it this name. */
const slackNamed = (name: string) =>
  row({ key: 'x', vendorId: 'slack', workspace: { url: 'https://x.slack.com/', name }, status: 'sent', added: false });
const db: DatabaseVersion = { version: '0.1.0', records: 41, reviewed: '2026-12-01' };
const text = { t: translate, tr: messageTranslator(translate), language: 'en' };

describe('auditItems', () => {
  const slack = entry(
    'slack',
    { url: 'https://acme.slack.com/', id: 'T0123ABCD', name: 'Acme' },
    {
      kind: 'marked-sent',
      at: at('2026-11-02'),
    },
  );

  it('lists each tracker entry with its status, the day it was reached, and the cutoff for changes', () => {
    const items = auditItems(tracker(['slack@https://acme.slack.com/', slack]), readChoices(undefined), [], known);
    expect(items).toEqual([
      {
        key: 'slack@https://acme.slack.com/',
        vendorId: 'slack',
        workspace: { url: 'https://acme.slack.com/', id: 'T0123ABCD', name: 'Acme' },
        status: 'sent',
        since: '2026-11-02',
        cutoff: '2026-11-02',
        added: false,
      },
    ]);
  });

  it('adds places the user answered a question about, once, and the vendors they added, once', () => {
    const choices = readChoices({
      plans: { figma: 'professional', 'slack@T0123ABCD': 'pro' },
      roles: { 'slack@https://acme.slack.com/': 'owner', 'slack@https://beta.slack.com/': 'member' },
    });
    const items = auditItems(
      tracker(['slack@https://acme.slack.com/', slack]),
      choices,
      ['figma', 'zendesk', 'zendesk', 'unknown-vendor', '__proto__'],
      known,
    );
    expect(items.map((i) => [i.key, i.status, i.added])).toEqual([
      ['slack@https://acme.slack.com/', 'sent', false],
      ['figma', 'not-started', false],
      ['slack@https://beta.slack.com/', 'not-started', false],
      ['zendesk', 'not-started', true],
    ]);
  });
});

describe('readAdded', () => {
  it('keeps vendor ids of the right shape, once each; anything else reads as none', () => {
    expect(readAdded(['slack', '__proto__', 5, 'Bad Id', 'slack', {}, 'constructor', 'notion'])).toEqual([
      'slack',
      'constructor',
      'notion',
    ]);
    for (const raw of [undefined, null, 'slack', { 0: 'slack' }, 42]) expect(readAdded(raw)).toEqual([]);
    expect(readAdded(Array.from({ length: 600 }, (_, i) => `v${i}`))).toHaveLength(500);
  });
});

describe('auditRow', () => {
  it('Slack, sent: trains by default, only owners can opt out, the user is one, waiting on Slack', () => {
    const r = row(
      {
        key: 's',
        vendorId: 'slack',
        workspace: { url: 'https://acme.slack.com/' },
        status: 'sent',
        since: '2026-11-02',
        added: false,
      },
      readChoices({ roles: { 'slack@https://acme.slack.com/': 'owner' } }),
    );
    expect(r.trainsByDefault).toBe(true);
    expect(r.you).toBe('owner');
    expect(r.left).toBe('entryLeftSent');
    expect(r.workspace).toBe('https://acme.slack.com/');
    expect(r.facts.length).toBeGreaterThan(0);
    for (const fact of r.facts) {
      expect(['confirmed', 'reported', 'weak']).toContain(fact.strength);
      expect(fact.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('a member is told to ask an owner; an unanswered role is said so', () => {
    const item: AuditItem = {
      key: 's',
      vendorId: 'slack',
      workspace: { url: 'https://b.slack.com/' },
      status: 'not-started',
      added: false,
    };
    expect(row(item, readChoices({ roles: { 'slack@https://b.slack.com/': 'member' } })).left).toBe(
      'entryLeftAskOwner',
    );
    expect(row(item).you).toBe('unanswered');
    expect(row(item).left).toBe('entryLeftOptOut');
  });

  it('plans: "pick your plan" until one is picked, then that plan’s verdict, named', () => {
    const item: AuditItem = { key: 'g', vendorId: 'github-copilot', status: 'not-started', added: true };
    expect(row(item).tone).toBe('depends');
    expect(row(item).left).toBe('entryLeftPickPlan');
    const business = row(item, readChoices({ plans: { 'github-copilot': 'copilot-business' } }));
    expect(business.trainsByDefault).toBe(false);
    expect(business.plan).toBe('Copilot Business');
    expect(business.left).toBe('entryLeftNothingNeeded');
  });

  it('no route: says so, and lists nobody as able to opt out', () => {
    const r = row({ key: 'z', vendorId: 'zendesk', status: 'not-started', added: true });
    expect(r.who).toEqual([]);
    expect(['entryLeftNoRoute', 'entryLeftNothingNeeded']).toContain(r.left);
  });

  it('lists the record’s changes dated after the user’s opt-out, and none before any step', () => {
    const slack = vendor('slack');
    const before = slack.history.map((h) => h.date).sort()[0] ?? '2024-01-01';
    const cutoff = `${String(Number(before.slice(0, 4)) - 1)}${before.slice(4)}`;
    const r = row({ key: 's', vendorId: 'slack', status: 'sent', cutoff, added: false });
    expect(r.changes.map((c) => c.date)).toEqual(
      slack.history
        .map((h) => h.date)
        .sort()
        .reverse(),
    );
    expect(row({ key: 's', vendorId: 'slack', status: 'not-started', added: true }).changes).toEqual([]);
  });
});

const rows: AuditRow[] = [
  row({
    key: 'slack@https://acme.slack.com/',
    vendorId: 'slack',
    workspace: { url: 'https://acme.slack.com/', name: 'Acme' },
    status: 'sent',
    since: '2026-11-02',
    added: false,
  }),
  row({
    key: 'slack@https://beta.slack.com/',
    vendorId: 'slack',
    workspace: { url: 'https://beta.slack.com/' },
    status: 'confirmed',
    added: false,
  }),
  row({ key: 'meta', vendorId: 'meta', status: 'setting-changed', added: false }),
  row({ key: 'notion', vendorId: 'notion', status: 'not-started', added: true }),
  row({ key: 'figma', vendorId: 'figma', status: 'asked-owner', added: false }),
];

describe('the summary line', () => {
  it('counts tools, those that train by default, opt-outs done and what waits on whom', () => {
    const counts = auditCounts(rows);
    expect(counts).toMatchObject({ tools: 4, optedOut: 2, waiting: 1, waitingOn: ['Slack'], waitingOwner: 1 });
    expect(counts.trains).toBe(new Set(rows.filter((r) => r.trainsByDefault).map((r) => r.vendorId)).size);
    expect(
      summaryLine(
        { tools: 7, trains: 4, optedOut: 2, waiting: 1, waitingOn: ['Slack'], waitingOwner: 0 },
        translate,
        'en',
      ),
    ).toBe('7 tools, 4 train by default, 2 opted out, 1 waiting on Slack');
  });

  it.each([
    [
      'en',
      '1 tool, 1 trains by default, 1 opted out, 1 waiting on Slack',
      '2 tools, 0 train by default, 0 opted out, 2 waiting on Slack and Figma',
    ],
    [
      'de',
      '1 Tool, 1 trainiert standardmäßig, 1 widersprochen und 1 wartet auf Slack',
      '2 Tools, 0 trainieren standardmäßig, 0 widersprochen und 2 warten auf Slack und Figma',
    ],
    [
      'fr',
      '1 outil, 1 entraîne par défaut, 1 opposition faite et 1 en attente de Slack',
      '2 outils, 0 entraîne par défaut, 0 opposition faite et 2 en attente de Slack et Figma',
    ],
    [
      'es',
      '1 herramienta, 1 entrena por defecto, 1 exclusión hecha, 1 a la espera de Slack',
      '2 herramientas, 0 entrenan por defecto, 0 exclusiones hechas, 2 a la espera de Slack y Figma',
    ],
  ])(
    'in %s, singular and plural forms (French counts 0 as singular), joined as the language lists units',
    (language, one, other) => {
      const t = catalog(language);
      expect(
        summaryLine(
          { tools: 1, trains: 1, optedOut: 1, waiting: 1, waitingOn: ['Slack'], waitingOwner: 0 },
          t,
          language,
        ),
      ).toBe(one);
      expect(
        summaryLine(
          { tools: 2, trains: 0, optedOut: 0, waiting: 2, waitingOn: ['Slack', 'Figma'], waitingOwner: 0 },
          t,
          language,
        ),
      ).toBe(other);
    },
  );
});

describe('sort and filter', () => {
  it('filters what needs action, what is done, what trains by default and what changed', () => {
    expect(filterRows(rows, 'done').map((r) => r.key)).toEqual(['slack@https://beta.slack.com/', 'meta']);
    expect(
      filterRows(rows, 'needs-action').every((r) => r.status !== 'confirmed' && r.status !== 'setting-changed'),
    ).toBe(true);
    expect(filterRows(rows, 'trains').every((r) => r.trainsByDefault)).toBe(true);
    expect(filterRows(rows, 'all')).toHaveLength(rows.length);
  });

  it('sorts by name, by status (least done first), by training', () => {
    expect(sortRows(rows, 'vendor', 'en').map((r) => r.vendorName)).toEqual(
      [...rows.map((r) => r.vendorName)].sort((a, b) => a.localeCompare(b)),
    );
    expect(sortRows(rows, 'status', 'en').map((r) => r.status)).toEqual([
      'not-started',
      'asked-owner',
      'sent',
      'setting-changed',
      'confirmed',
    ]);
    const trains = sortRows(rows, 'trains', 'en');
    expect(trains.findIndex((r) => !r.trainsByDefault)).toBeGreaterThanOrEqual(
      trains.filter((r) => r.trainsByDefault).length,
    );
  });
});

describe('CSV', () => {
  it('one header and one row per vendor and workspace, each fact with its sureness and verified date, the database named', () => {
    const csv = auditCsv(rows, text, db);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[0]).toContain('"Tool","Workspace or account"');
    expect(csv).toMatch(/\((Confirmed|Reported by [^,]+), verified \d{4}-\d{2}-\d{2}\)/);
    expect(csv).toContain('"Vendor database: NoTrain 0.1.0, 41 records, reviewed up to 2026-12-01."');
    expect(csv).toContain('"Email sent","2026-11-02","Wait for the vendor’s reply, then mark it confirmed"');
  });

  it('never lets a spreadsheet run a cell as a formula, and never splits a cell', () => {
    for (const hostile of ['=HYPERLINK("http://evil.example")', '+1', '-2', '@SUM(A1)', '\t=1', ' =1', '＝1', '\r=1']) {
      const cell = csvCell(hostile);
      expect(cell.startsWith(`"'`), hostile).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (name) => {
        const r = slackNamed(name);
        const csv = auditCsv([r], text, db);
        // Quoted cells: unquote by the RFC and find the name whole in the second cell.
        const cells = [...csv.split('\r\n')[1]!.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
        expect(
          cells[1] === name || cells[1] === `'${name}` || (name === '' && cells[1] === 'https://x.slack.com/'),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Markdown', () => {
  it('a title, the summary, the date, the database, and a table row per vendor and workspace', () => {
    const md = auditMarkdown(rows, text, db, summaryLine(auditCounts(rows), translate, 'en'), '2026-12-01');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Where you stand\\: AI training across your tools');
    expect(md).toContain('Vendor database\\: NoTrain 0.1.0, 41 records, reviewed up to 2026-12-01.');
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(rows.length + 2);
    expect(md).toMatch(/\\\(Confirmed, verified 2\d{3}-\d{2}-\d{2}\\\)/);
  });

  it('keeps a hostile workspace name inside its cell, as text', () => {
    const name = 'Acme | [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n# Heading ![x](y)';
    const r = slackNamed(name);
    const md = auditMarkdown([r], text, db, '', '2026-12-01');
    const tableRow = md.split('\n').find((l) => l.includes('Acme')) ?? '';
    // Every pipe in the name is escaped: the row has exactly its columns' unescaped separators.
    expect(tableRow.replace(/\\\|/g, '').split('|').length - 2).toBe(9);
    expect(tableRow).not.toMatch(/(^|[^\\])[[<!]/);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(mdCell('a\r\nb')).toBe('a b');
    expect(mdCell('# x')).toBe('\\# x');
    expect(mdCell('1. x')).toBe('1\\. x');
    expect(mdCell('see www.evil.example or https://evil.example')).toBe(
      'see www\\.evil.example or https\\://evil.example',
    );
  });
});
