/**
 * CSV as spreadsheets read it, for every export NoTrain writes (the
 * tracker's on the options page, the audit page's).
 *
 * Cells may be written by an attacker (workspace names come from page
 * titles). A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a line break as a formula (CSV injection), also in their full-width
 * forms and after leading spaces: such a cell gets a leading apostrophe,
 * which spreadsheets show as text. Every cell is quoted, with quotes doubled
 * (RFC 4180), and rows end in CRLF.
 */

/** Characters that make a spreadsheet read a cell as a formula (ASCII and full-width), after any leading spaces. */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows of cells as one CSV text, every row (the last too) ending in CRLF. */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
