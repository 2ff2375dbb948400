/**
 * The popup's pages: the default one (`src/popup/index.html`, no record for
 * this tab) and one prerendered page per vendor (build/prerender-popups-plugin.ts).
 * A vendor page opened from the default page's search carries `?record`: it
 * shows that vendor's record whatever the tab is.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DEFAULT_PAGE = '/src/popup/index.html';

export const vendorPage = (id: string, record = false): string => (ID.test(id) ? `/src/popup/vendors/${id}.html${record ? '?record' : ''}` : DEFAULT_PAGE);

/** The vendor a page was opened for from the search, if this is such a page. */
export function recordPageVendor(url: { readonly pathname: string; readonly search: string }): string | undefined {
  const id = /^\/src\/popup\/vendors\/([a-z0-9-]+)\.html$/.exec(url.pathname)?.[1];
  return url.search === '?record' && id && ID.test(id) ? id : undefined;
}
