/**
 * Vendors an organisation hid (managed `hiddenVendors`) are not shown on any
 * page that lists them: the options page's entries and mutes, the audit
 * page's rows, its summary and its picker. Their stored entries are never
 * deleted, and the options page's JSON and CSV exports (the user's complete
 * record) still hold them; the page says how many it does not show.
 */

/** The items of vendors the organisation did not hide, and how many of the others there are. */
export function withoutHidden<T>(
  items: readonly T[],
  vendorOf: (item: T) => string,
  hidden: readonly string[],
): { shown: T[]; hiddenCount: number } {
  const shown = items.filter((item) => !hidden.includes(vendorOf(item)));
  return { shown, hiddenCount: items.length - shown.length };
}
