/**
 * The tracker as CSV, for a spreadsheet or an auditor: one row per entry
 * (vendor, workspace, status, dates, what is left), in the user's language.
 * Workspace names come from page titles: every cell goes through `csvCell`
 * (csv.ts), which keeps a spreadsheet from running one as a formula.
 */
import { csvText } from './csv.ts';
import type { MessageKey, Translate } from './i18n.ts';
import type { Tracker } from './tracker/schema.ts';
import { entryDates, groupByVendor, leftToDo, STATUS_LABEL } from './tracker-view.ts';

/** `left`: what is left per entry key, as the options page shows it (from the records); the status table without it. */
export function exportCsv(
  tracker: Tracker,
  vendorName: (id: string) => string,
  t: Translate,
  language: string,
  left: Readonly<Record<string, MessageKey>> = {},
) {
  const header = [
    t('csvVendor'),
    t('csvWorkspace'),
    t('csvWorkspaceUrl'),
    t('csvWorkspaceId'),
    t('csvStatus'),
    t('csvStatusSince'),
    t('csvFirstStep'),
    t('csvLastStep'),
    t('csvLeft'),
  ];
  const rows = groupByVendor(Object.entries(tracker.entries), vendorName, language).flatMap((group) =>
    group.entries.map(({ key, entry }) => {
      const dates = entryDates(entry);
      return [
        group.vendorName,
        entry.workspace?.name ?? '',
        entry.workspace?.url ?? '',
        entry.workspace?.id ?? '',
        t(STATUS_LABEL[entry.status]),
        dates.since ?? '',
        dates.first ?? '',
        dates.last ?? '',
        t(left[key] ?? leftToDo(entry.status)),
      ];
    }),
  );
  return csvText([header, ...rows]);
}
