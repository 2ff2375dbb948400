import type { TabInfo } from '../core/classify-tab.ts';
import browser from './browser.ts';

/**
 * The tab the popup belongs to. Without the `tabs` permission the URL and
 * title are only visible on hosts NoTrain holds a permission for, which are
 * exactly the vendors' hosts: other tabs come back without them.
 */
export async function activeTab(): Promise<TabInfo> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { url: tab?.url, title: tab?.title };
}
