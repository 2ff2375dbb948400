/**
 * The tracker as CSV, for a spreadsheet or an auditor: one row per entry
 * (vendor, workspace, status, dates, what is left), in the user's language.
 * Workspace names come from page titles: every cell goes through `csvCell`
 * (csv.ts), which keeps a spreadsheet from running one as a formula.
 */
import { csvText } from './csv.ts';
import type { Translate } from './i18n.ts';
import type { Tracker } from './tracker/schema.ts';
import { entryDates, groupByVendor, LEFT_LABEL, STATUS_LABEL } from './tracker-view.ts';

export function exportCsv(tracker: Tracker, vendorName: (id: string) => string, t: Translate, language: string) {
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
    group.entries.map(({ entry }) => {
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
        t(LEFT_LABEL[entry.status]),
      ];
    }),
  );
  return csvText([header, ...rows]);
}
