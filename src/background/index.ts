/**
 * Service worker: keeps the toolbar badge of every vendor tab in step with
 * what NoTrain knows about that vendor. It holds no state of its own, so it
 * can be stopped and restarted by the browser at any time.
 */
import { classifyTab } from '../core/classify-tab.ts';
import { toolbarBadge } from '../core/toolbar-badge.ts';
import browser from '../platform/browser.ts';
import { translateMessage } from '../platform/i18n.ts';
import { badgeRegistry } from '../vendor-db/badge-registry.ts';

async function showBadge(tabId: number, tab: { url?: string | undefined; title?: string | undefined }) {
  const badge = toolbarBadge(classifyTab(tab, badgeRegistry));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text ? translateMessage(badge.text) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: translateMessage(badge.title) }),
  ]);
}

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A tab's badge only changes with its URL; titles change on every Slack message.
  if (change.url !== undefined || change.status === 'loading') void showBadge(tabId, tab).catch(reportError);
});

// Tabs already open when NoTrain is installed or the browser starts.
async function showAllBadges() {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showBadge(tab.id, tab))));
}
browser.runtime.onInstalled.addListener(() => void showAllBadges().catch(reportError));
browser.runtime.onStartup.addListener(() => void showAllBadges().catch(reportError));

function reportError(error: unknown) {
  // A tab closed between the event and the call is normal; anything else is a bug worth seeing.
  if (!String(error).includes('No tab with id')) console.error('NoTrain badge:', error);
}
