/**
 * The audit page: "where do we stand?" across every tool NoTrain has seen in
 * this browser and every tool the user adds, one row per tool and workspace.
 * The rows, the summary and the exports come from src/core/audit/; this
 * component only lays them out, and never touches the browser API (main.tsx
 * passes in the data and the callbacks).
 */
import names from 'virtual:notrain/vendor-names';
import { useState } from 'preact/hooks';
import {
  auditCsv,
  auditMarkdown,
  type DatabaseVersion,
  databaseLine,
  factText,
  sureness,
  TRAINS_TEXT,
  YOU_TEXT,
} from '../core/audit/export.ts';
import type { AuditItem } from '../core/audit/items.ts';
import { STATUS_LABEL } from '../core/tracker-view.ts';
import {
  AUDIT_FILTERS,
  AUDIT_SORTS,
  type AuditFilter,
  type AuditRow,
  type AuditSort,
  auditRow,
  filterRows,
  nothingToOptOutOf,
  sortRows,
} from '../core/audit/rows.ts';
import { auditCounts, summaryLine } from '../core/audit/summary.ts';
import type { Choices } from '../core/choices.ts';
import type { MessageKey } from '../core/i18n.ts';
import type { ShippedVendor } from '../core/vendor-schema.ts';
import { useLocale } from '../popup/i18n-context.ts';

const FILTER_TEXT: Readonly<Record<AuditFilter, MessageKey>> = {
  all: 'auditFilterAll',
  'needs-action': 'auditFilterNeedsAction',
  done: 'auditFilterDone',
  trains: 'auditFilterTrains',
  changed: 'auditFilterChanged',
};
const SORT_TEXT: Readonly<Record<AuditSort, MessageKey>> = {
  vendor: 'auditSortVendor',
  status: 'auditSortStatus',
  trains: 'auditSortTrains',
  changes: 'auditSortChanges',
};

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface AuditProps {
  /** What to list: items of vendors the organisation hid are left out by the caller. */
  items: readonly AuditItem[];
  /** Vendors the organisation hid: never offered to add. */
  hidden: readonly string[];
  /** How many items are left out because their vendor is hidden (said, never silent). */
  hiddenCount: number;
  vendors: ReadonlyMap<string, ShippedVendor>;
  choices: Choices;
  db: DatabaseVersion;
  /** Today, YYYY-MM-DD: the Markdown export's date. */
  today: string;
  onAdd: (vendorId: string) => void;
  onRemove: (vendorId: string) => void;
  download: (fileName: string, type: string, text: string) => void;
  print: () => void;
}

export function Audit({
  items,
  hidden,
  hiddenCount,
  vendors,
  choices,
  db,
  today,
  onAdd,
  onRemove,
  download,
  print,
}: AuditProps) {
  const { t, tr, language } = useLocale();
  const [filter, setFilter] = useState<AuditFilter>('all');
  const [sort, setSort] = useState<AuditSort>('vendor');
  const [query, setQuery] = useState('');
  const rows = items.flatMap((item) => {
    const vendor = vendors.get(item.vendorId);
    return vendor ? [auditRow(vendor, item, choices)] : [];
  });
  const shown = sortRows(filterRows(rows, filter), sort, language);
  const summary = summaryLine(auditCounts(rows), t, language);
  const text = { t, tr, language };
  const listed = new Set(rows.map((r) => r.vendorId));
  const found = query.trim()
    ? [...names]
        .filter(
          (v) =>
            !listed.has(v.id) &&
            !hidden.includes(v.id) &&
            (fold(v.name).includes(fold(query.trim())) || v.id.includes(fold(query))),
        )
        .sort((a, b) => a.name.localeCompare(b.name, language))
    : [];
  // The exports hold what the table shows, in its order.
  const exportCsv = () => download(`notrain-audit-${today}.csv`, 'text/csv', auditCsv(shown, text, db));
  const exportMarkdown = () =>
    download(`notrain-audit-${today}.md`, 'text/markdown', auditMarkdown(shown, text, db, summary, today));
  return (
    <main class="audit">
      <h1>{t('auditTitle')}</h1>
      <p class="hint no-print">{t('auditIntro')}</p>
      <p class="audit-summary" aria-live="polite" data-testid="audit-summary">
        {summary}
      </p>
      {hiddenCount > 0 ? (
        <p class="hint" data-testid="audit-hidden">
          {t('auditHiddenItems', [String(hiddenCount)])}
        </p>
      ) : null}
      <div class="audit-controls no-print" data-testid="audit-controls">
        <div class="audit-add">
          <label for="audit-add">{t('auditAddLabel')}</label>
          <input
            id="audit-add"
            type="search"
            autoComplete="off"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
            data-testid="audit-add"
          />
          {found.length ? (
            <ul class="audit-found" data-testid="audit-found">
              {found.map((v) => (
                <li key={v.id}>
                  <button
                    type="button"
                    class="button small"
                    onClick={() => {
                      onAdd(v.id);
                      setQuery('');
                    }}
                    data-vendor={v.id}
                  >
                    {t('auditAdd', [v.name])}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <Choice
          label={t('auditFilterLabel')}
          value={filter}
          options={AUDIT_FILTERS.map((f) => [f, t(FILTER_TEXT[f])])}
          onChange={setFilter}
          testId="audit-filter"
        />
        <Choice
          label={t('auditSortLabel')}
          value={sort}
          options={AUDIT_SORTS.map((s) => [s, t(SORT_TEXT[s])])}
          onChange={setSort}
          testId="audit-sort"
        />
        <div class="buttons">
          <button type="button" class="button" onClick={print} data-testid="audit-print">
            {t('auditPrint')}
          </button>
          <button type="button" class="button" onClick={exportCsv} data-testid="audit-csv">
            {t('auditExportCsv')}
          </button>
          <button type="button" class="button" onClick={exportMarkdown} data-testid="audit-markdown">
            {t('auditExportMarkdown')}
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        // Only rows of hidden tools: the line above says so, and "not seen you act on any tool" would be untrue.
        hiddenCount > 0 ? null : (
          <p class="notice" data-testid="audit-empty">
            {t('auditEmpty')}
          </p>
        )
      ) : shown.length === 0 ? (
        <p class="notice">{t('auditNoneMatch')}</p>
      ) : (
        <table class="audit-table" data-testid="audit-table">
          <caption>{t('auditCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditColVendor')}</th>
              <th scope="col">{t('auditColFacts')}</th>
              <th scope="col">{t('auditColTrainsByDefault')}</th>
              <th scope="col">{t('auditColWho')}</th>
              <th scope="col">{t('auditColStatus')}</th>
              <th scope="col">{t('auditColLeft')}</th>
              <th scope="col">{t('auditColChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.key} row={row} text={text} onRemove={onRemove} />
            ))}
          </tbody>
        </table>
      )}
      <p class="hint audit-db" data-testid="audit-db">
        {databaseLine(db, t)}
      </p>
    </main>
  );
}

/** A labelled drop-down over a closed list of values; what the page reads back is one of them, never the raw text. */
function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  testId: string;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find(([v]) => v === event.currentTarget.value);
          if (chosen) onChange(chosen[0]);
        }}
        data-testid={testId}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Row({
  row,
  text,
  onRemove,
}: {
  row: AuditRow;
  text: {
    t: (key: MessageKey, subs?: readonly string[]) => string;
    tr: (m: AuditRow['headline']) => string;
    language: string;
  };
  onRemove: (vendorId: string) => void;
}) {
  const { t, tr, language } = text;
  const list = new Intl.ListFormat(language, { type: 'disjunction' });
  return (
    <tr data-key={row.key} data-testid="audit-row" data-status={row.status}>
      <th scope="row">
        <span class="audit-vendor">{row.vendorName}</span>
        <span class="audit-where">
          <bdi>{row.workspace ?? t('auditWholeAccount')}</bdi>
        </span>
        <span class="audit-plan">{t('auditPlanLine', [row.plan ?? t('auditPlanUnknown')])}</span>
        {row.added ? (
          <span class="audit-added">
            {t('auditAdded')}{' '}
            <button type="button" class="link no-print" onClick={() => onRemove(row.vendorId)}>
              {t('auditRemove', [row.vendorName])}
            </button>
          </span>
        ) : null}
      </th>
      <td>
        <p class="audit-headline">{tr(row.headline)}</p>
        <ul class="audit-facts">
          {row.facts.map((fact, i) => (
            <li key={i} data-strength={fact.strength}>
              {factText(fact, text)} <span class="audit-sure">({sureness(fact, t)})</span>
            </li>
          ))}
        </ul>
      </td>
      <td data-testid="audit-trains">{t(TRAINS_TEXT[row.tone] ?? 'auditNo')}</td>
      <td>
        {row.who.length ? list.format(row.who.map(tr)) : t(nothingToOptOutOf(row) ? 'auditNone' : 'auditNobodyFound')}
        <span class="audit-you">
          {t('auditColYou')} {t(YOU_TEXT[row.you])}
        </span>
      </td>
      <td data-testid="audit-status">
        {t(STATUS_LABEL[row.status])}
        {row.since ? <span class="audit-since">{row.since}</span> : null}
      </td>
      <td data-testid="audit-left">{t(row.left)}</td>
      <td>
        {row.changes.length ? (
          <ul class="audit-changes">
            {row.changes.map((c) => (
              <li key={c.date + c.change}>
                <time dateTime={c.date}>{c.date}</time> {c.change}
              </li>
            ))}
          </ul>
        ) : (
          t('auditNone')
        )}
      </td>
    </tr>
  );
}
