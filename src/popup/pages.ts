/**
 * The popup's pages: the default one (`src/popup/index.html`) and one
 * prerendered page per vendor (written by build/vendor-data.ts). The
 * default page's search opens a record as `index.html?record=<id>`: the
 * interactive popup then shows that vendor, whatever the tab is.
 */
import { isKebabId } from '../core/kebab-id.ts';

export const recordPage = (id: string): string | undefined =>
  isKebabId(id) ? `/src/popup/index.html?record=${id}` : undefined;

/** The vendor a page was opened for from the search, if any: exactly one well-formed id, nothing else. */
export function recordOf(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('record');
  return [...params.keys()].length === 1 && id && isKebabId(id) ? id : undefined;
}
