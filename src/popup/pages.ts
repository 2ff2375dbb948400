/**
 * The popup's pages: the default one (`src/popup/index.html`) and one
 * prerendered page per vendor (build/prerender-popups-plugin.ts). The
 * default page's search opens a record as `index.html?record=<id>`: the
 * interactive popup then shows that vendor, whatever the tab is.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const recordPage = (id: string): string | undefined =>
  ID.test(id) ? `/src/popup/index.html?record=${id}` : undefined;

/** The vendor a page was opened for from the search, if any: exactly one well-formed id, nothing else. */
export function recordOf(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('record');
  return [...params.keys()].length === 1 && id && ID.test(id) ? id : undefined;
}
