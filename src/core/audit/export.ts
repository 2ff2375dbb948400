/**
 * The audit as CSV (for a spreadsheet or an audit file) and as Markdown (for
 * a ticket), in the user's language: one row per vendor and workspace, each
 * fact with how sure NoTrain is of it and the day its source was verified,
 * and the vendor database's version on every export.
 *
 * Workspace names come from page titles: a cell may be written by an
 * attacker. In CSV, every cell goes through `csvCell` (../csv.ts), which
 * keeps a spreadsheet from running one as a formula. In Markdown, every
 * character that could open a link, an image, HTML, emphasis, code, a table cell or an
 * autolink is backslash-escaped (CommonMark lets any ASCII punctuation be),
 * as is what would start a block at the start of a line, and line breaks
 * become spaces.
 */
import { csvText } from '../csv.ts';
import type { Message, MessageKey, Translate } from '../i18n.ts';
import type { ViewTone } from '../summarize.ts';
import { STATUS_LABEL } from '../tracker-view.ts';
import { type AuditFact, type AuditRow, nothingToOptOutOf, type You } from './rows.ts';

/** What names the vendor database an export was made from. */
export interface DatabaseVersion {
  /** NoTrain's version, which ships the records. */
  readonly version: string;
  readonly records: number;
  /** YYYY-MM-DD: the newest review date among the records. */
  readonly reviewed: string;
}

export interface ExportText {
  readonly t: Translate;
  readonly tr: (m: Message) => string;
  readonly language: string;
}

export const YOU_TEXT: Readonly<Record<You, MessageKey>> = {
  anyone: 'auditYouAnyone',
  owner: 'auditYouOwner',
  'not-owner': 'auditYouNotOwner',
  unanswered: 'auditYouUnanswered',
};

/** "Trains by default": yes on the user's plan, depends until they pick one, not verified where NoTrain could not tell. */
export const TRAINS_TEXT: Readonly<Partial<Record<ViewTone, MessageKey>>> = {
  trains: 'auditYes',
  depends: 'auditDepends',
  unknown: 'auditUnverified',
};

export const databaseLine = (db: DatabaseVersion, t: Translate) =>
  t('auditDatabase', [db.version, String(db.records), db.reviewed]);

/** "Confirmed" or "Reported by X", and the day its source was verified. */
export const sureness = (fact: AuditFact, t: Translate) =>
  fact.strength === 'confirmed'
    ? t('auditFactConfirmed', [fact.verified])
    : t('auditFactReported', [fact.by ?? '', fact.verified]);

/** A fact as one line: "Generative AI: Not trained on your content". */
export function factText(fact: AuditFact, { tr, language }: ExportText): string {
  const label = fact.scope ? `${tr(fact.label)} (${fact.scope})` : tr(fact.label);
  const value = new Intl.ListFormat(language, { type: 'disjunction' }).format(fact.value.map(tr));
  return `${label}: ${value}`;
}

/** The cells of one row, in the columns' order, as plain text. */
function cells(row: AuditRow, text: ExportText, db: DatabaseVersion): string[] {
  const { t, tr, language } = text;
  const list = (items: readonly string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  return [
    row.vendorName,
    row.workspace ?? t('auditWholeAccount'),
    row.plan ?? '',
    tr(row.headline),
    t(TRAINS_TEXT[row.tone] ?? 'auditNo'),
    row.facts.map((f) => `${factText(f, text)} (${sureness(f, t)})`).join('; '),
    row.who.length ? list(row.who.map(tr)) : t(nothingToOptOutOf(row) ? 'auditNone' : 'auditNobodyFound'),
    t(YOU_TEXT[row.you]),
    t(STATUS_LABEL[row.status]),
    row.since ?? '',
    t(row.left),
    row.changes.map((c) => `${c.date}: ${c.change}`).join('; '),
    row.reviewed,
    databaseLine(db, t),
  ];
}

const HEADERS: readonly MessageKey[] = [
  'auditColVendor',
  'auditColWorkspace',
  'auditColPlan',
  'auditColVerdict',
  'auditColTrainsByDefault',
  'auditColFacts',
  'auditColWho',
  'auditColYou',
  'auditColStatus',
  'auditColSince',
  'auditColLeft',
  'auditColChanges',
  'auditColReviewed',
  'auditColDatabase',
];

export function auditCsv(rows: readonly AuditRow[], text: ExportText, db: DatabaseVersion): string {
  return csvText([HEADERS.map((key) => text.t(key)), ...rows.map((row) => cells(row, text, db))]);
}

/** What can start a link, an image, HTML, emphasis, code, a table cell or an autolink (`https:`, `www.`) inside a line. */
const MD_INLINE = /[\\`*_{}[\]<>()!|~:]|(?<=\bwww)\./giu;
/** One line of Markdown text (a table cell or a paragraph): line breaks as spaces, everything that could be markup escaped. */
export function mdCell(value: string): string {
  const line = value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(MD_INLINE, (c) => `\\${c}`);
  // What would start a block at the beginning of a line: a heading, a list item, a quote, a rule, a numbered item.
  return line.replace(/^(\s*)([#>+=-])/u, '$1\\$2').replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

export function auditMarkdown(
  rows: readonly AuditRow[],
  text: ExportText,
  db: DatabaseVersion,
  summary: string,
  date: string,
): string {
  const { t } = text;
  const columns = [
    'auditColVendor',
    'auditColWorkspace',
    'auditColFacts',
    'auditColTrainsByDefault',
    'auditColWho',
    'auditColYou',
    'auditColStatus',
    'auditColLeft',
    'auditColChanges',
  ] as const;
  const pick = (row: AuditRow) => {
    const all = cells(row, text, db);
    return columns.map((key) => {
      const value = all[HEADERS.indexOf(key)] ?? '';
      return key === 'auditColStatus' && row.since ? `${value} (${row.since})` : value;
    });
  };
  const line = (values: readonly string[]) => `| ${values.map(mdCell).join(' | ')} |`;
  return [
    `# ${mdCell(t('auditTitle'))}`,
    '',
    mdCell(summary),
    '',
    mdCell(t('auditExported', [date])),
    '',
    mdCell(databaseLine(db, t)),
    '',
    line(columns.map((key) => t(key))),
    `|${columns.map(() => ' --- |').join('')}`,
    ...rows.map((row) => line(pick(row))),
    '',
  ].join('\n');
}
