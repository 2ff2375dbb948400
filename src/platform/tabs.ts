import type { TabInfo } from '../core/classify-tab.ts';
import browser from './browser.ts';

/**
 * The tab the popup belongs to. Without the `tabs` permission the URL and
 * title are only visible on hosts NoTrain holds a permission for, which are
 * exactly the vendors' hosts: other tabs come back without them.
 *
 * In the Firefox build the popup page may also be opened as a page of its
 * own about a given tab, `…/popup.html?tab=<id>`: that is how the Firefox
 * browser tests open it, since no driver can reach Firefox's toolbar popup.
 * Only NoTrain's own pages can open that URL (no page is web-accessible),
 * and it reads nothing the toolbar popup could not. The Chrome build, tested
 * through its real toolbar popup, leaves it out.
 */
export async function activeTab(): Promise<TabInfo> {
  const named =
    import.meta.env.MODE === 'firefox'
      ? Number(new URLSearchParams(globalThis.location?.search).get('tab'))
      : Number.NaN;
  const tab =
    Number.isSafeInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return { url: tab?.url, title: tab?.title };
}
