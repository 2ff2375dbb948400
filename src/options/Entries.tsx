import { useContext, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n.ts';
import type { Entry } from '../core/tracker/entry.ts';
import type { PolicyChange } from '../core/tracker/policy-changes.ts';
import {
  type EntryFilter,
  entryDates,
  entryMatches,
  groupByVendor,
  leftToDo,
  STATUS_LABEL,
} from '../core/tracker-view.ts';
import { ExternalLink } from '../popup/components/ExternalLink.tsx';
import { LocaleContext, useLocale } from '../popup/i18n-context.ts';

export interface EntriesProps {
  /** The entries to list: those of vendors the organisation hid are left out by the caller. */
  entries: Readonly<Record<string, Entry>>;
  /** How many stored entries are left out because the organisation hid their vendor (said, never silent). */
  hiddenCount: number;
  vendorName: (id: string) => string;
  /** Record changes dated after the user's opt-out, per entry key (from the vendor records). */
  policyChanges: Readonly<Record<string, readonly PolicyChange[]>>;
  /** What is left per entry key, worded as the audit page words it (from the records); the status table until they load. */
  left?: Readonly<Record<string, MessageKey>>;
  onDelete: (key: string) => void;
}

const FILTERS: readonly {
  value: EntryFilter;
  label: 'filterAll' | 'filterNeedsAction' | 'filterDone' | 'filterPolicyChanged';
}[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'needs-action', label: 'filterNeedsAction' },
  { value: 'done', label: 'filterDone' },
  { value: 'policy-changed', label: 'filterPolicyChanged' },
];

/** Every workspace and account NoTrain recorded, grouped by vendor, with status, dates, what is left, and filters. */
export function Entries({ entries, hiddenCount, vendorName, policyChanges, left = {}, onDelete }: EntriesProps) {
  const { t, date } = useLocale();
  const language = useContext(LocaleContext)?.language ?? 'en';
  const [filter, setFilter] = useState<EntryFilter>('all');
  const [since, setSince] = useState('');
  const all = Object.entries(entries);
  const shown = all.filter(([key, entry]) =>
    entryMatches(key, entry, {
      filter,
      changedSince: since,
      policyChanged: (k) => (policyChanges[k]?.length ?? 0) > 0,
    }),
  );
  const groups = groupByVendor(shown, vendorName, language);
  const day = (iso: string | undefined) => (iso ? date(iso) : '');
  return (
    <section aria-labelledby="entries-heading" data-testid="entries">
      <h2 id="entries-heading">{t('optionsEntriesHeading')}</h2>
      {hiddenCount > 0 ? (
        <p class="hint" data-testid="entries-hidden">
          {t('optionsHiddenEntries', [String(hiddenCount)])}
        </p>
      ) : null}
      {all.length === 0 ? (
        // Only entries of hidden vendors: the line above says so, and "nothing recorded yet" would be untrue.
        hiddenCount > 0 ? null : (
          <p data-testid="entries-empty">{t('optionsEntriesEmpty')}</p>
        )
      ) : (
        <>
          <div class="filters">
            <label>
              {t('filterLabel')}{' '}
              <select
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value as EntryFilter)}
                data-testid="filter"
              >
                {FILTERS.map(({ value, label }) => (
                  <option key={value} value={value}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('filterChangedSince')}{' '}
              <input
                type="date"
                value={since}
                onInput={(e) => setSince(e.currentTarget.value)}
                data-testid="filter-since"
              />
            </label>
          </div>
          <p role="status" data-testid="entries-count">
            {t('optionsShowing', [String(shown.length), String(all.length)])}
          </p>
          {groups.map((group) => (
            <section key={group.vendorId} class="vendor-group" aria-labelledby={`vendor-${group.vendorId}`}>
              <h3 id={`vendor-${group.vendorId}`}>{group.vendorName}</h3>
              <ul class="entries">
                {group.entries.map(({ key, entry }) => {
                  const dates = entryDates(entry);
                  const where = entry.workspace?.name ?? entry.workspace?.url ?? entry.workspace?.id;
                  const detail = entry.workspace?.name ? (entry.workspace.url ?? entry.workspace.id) : undefined;
                  const changes = policyChanges[key] ?? [];
                  return (
                    <li key={key} class="entry" data-testid="entry" data-key={key} data-status={entry.status}>
                      <p class="where">
                        <strong>{where ?? t('optionsAccountWide')}</strong>
                        {detail ? <span class="detail"> {detail}</span> : null}
                      </p>
                      <p>
                        <span class="status-chip" data-status={entry.status} data-testid="entry-status">
                          {t(STATUS_LABEL[entry.status])}
                        </span>
                        {dates.since ? ` ${t('optionsSince', [day(dates.since)])}` : ''}
                        {dates.first ? ` · ${t('optionsFirstStep', [day(dates.first)])}` : ''}
                      </p>
                      <p class="left" data-testid="entry-left">
                        {t('optionsLeft', [t(left[key] ?? leftToDo(entry.status))])}
                      </p>
                      {changes.length ? (
                        <div class="notice" data-testid="entry-changes">
                          <p>{t('optionsPolicyChanged', [group.vendorName])}</p>
                          <ul>
                            {changes.map((change) => (
                              <li key={change.date + change.change}>
                                {day(change.date)}: {change.change}{' '}
                                {change.sources.map((s) => (
                                  <ExternalLink key={s.url} href={s.url}>
                                    {s.title}
                                  </ExternalLink>
                                ))}
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                      <button
                        type="button"
                        class="button small"
                        onClick={() => onDelete(key)}
                        aria-label={t('optionsDeleteLabel', [where ?? t('optionsAccountWide'), group.vendorName])}
                        data-testid="entry-delete"
                      >
                        {t('optionsDelete')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
