/**
 * The tracker as CSV, for a spreadsheet or an auditor: one row per entry
 * (vendor, workspace, status, dates, what is left), in the user's language.
 *
 * Workspace names come from page titles, so a cell may be written by an
 * attacker. A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula (CSV injection): such a cell gets
 * a leading apostrophe, which spreadsheets show as text. Every cell is
 * quoted, with quotes doubled (RFC 4180), and rows end in CRLF.
 */
import type { Translate } from './i18n.ts';
import type { Tracker } from './tracker/schema.ts';
import { entryDates, groupByVendor, LEFT_LABEL, STATUS_LABEL } from './tracker-view.ts';

/** Characters that make a spreadsheet read a cell as a formula (ASCII and full-width), after any leading spaces. */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

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
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
