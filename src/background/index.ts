/**
 * Service worker: keeps the toolbar badge of every vendor tab in step with
 * what NoTrain knows about that vendor and what the user did there, records
 * what the settings-page script reports, and brings that script to settings
 * pages reached by in-app navigation. It holds no state in memory, so the
 * browser can stop and restart it at any time.
 */
import { classifyTab } from '../core/classify-tab.ts';
import { type Ledger, type LedgerEntry, ledgerKey, seenFor } from '../core/ledger.ts';
import { controlWatch, SETTINGS_SCRIPT_FLAG } from '../core/settings-page.ts';
import { toolbarBadge } from '../core/toolbar-badge.ts';
import browser from '../platform/browser.ts';
import { vendorPopupPage } from '../core/popup-page.ts';
import { translate, translateMessage } from '../platform/i18n.ts';
import { loadLedger, saveStanding } from '../platform/ledger.ts';
import { parseControlState } from '../platform/messages.ts';
import { badgeRegistry } from '../vendor-db/badge-registry.ts';

type TabLike = { url?: string | undefined; title?: string | undefined };

async function showBadge(tabId: number, tab: TabLike, known?: Ledger) {
  const match = classifyTab(tab, badgeRegistry);
  const ledger = known ?? (match ? await loadLedger() : undefined);
  const badge = toolbarBadge(match, match && ledger ? seenFor(ledger, match.vendor.id, match.workspace) : undefined);
  await Promise.all([
    // The vendor's prerendered popup paints its summary before any script runs (in the default locale; see core/popup-page.ts).
    browser.action.setPopup({ tabId, popup: match ? vendorPopupPage(match.vendor.id, translate('htmlLang'), defaultPopup) : defaultPopup }),
    browser.action.setBadgeText({ tabId, text: badge.text ? translateMessage(badge.text) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: translateMessage(badge.title) }),
  ]);
  return match;
}

// Not '': for setPopup that means "no popup at all".
const defaultPopup = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';

/** The settings-page script as built (its file name is only known from the built manifest). */
const settingsScripts = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A tab's badge only changes with its URL; titles change on every Slack message.
  if (change.url !== undefined || change.status === 'loading') void showBadge(tabId, tab).catch(reportError);
  // Full loads of a settings page get the script from the manifest; in-app (history API) navigation
  // to one does not, and looks the same here: bringSettingsScript tells the two apart.
  if (change.status === 'complete' && settingsScripts.length && classifyTab(tab, badgeRegistry)?.page === 'settings') {
    void bringSettingsScript(tabId).catch(reportError);
  }
});

/**
 * After a full load the manifest has run the settings-page script already:
 * then a few bytes ask it to look again, instead of evaluating its whole
 * bundle a second time. After in-app navigation it has not run: inject it.
 */
async function bringSettingsScript(tabId: number) {
  const [asked] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in NoTrain's isolated world, where the script keeps its flag (src/content/settings-badge.ts).
    func: (flag: string) => {
      const lookAgain = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(flag)];
      if (typeof lookAgain !== 'function') return false;
      lookAgain();
      return true;
    },
    args: [SETTINGS_SCRIPT_FLAG],
  });
  if (asked?.result !== true) await browser.scripting.executeScript({ target: { tabId }, files: settingsScripts });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseControlState(raw);
  const tab = sender.tab;
  // Only NoTrain's own content script, on a settings page of the vendor it names.
  if (!message || sender.id !== browser.runtime.id || !tab?.id || !tab.url) return undefined;
  const match = classifyTab({ url: tab.url }, badgeRegistry);
  if (!controlWatch(match, tab.url) || match?.vendor.id !== message.vendorId) return undefined;
  const entry: LedgerEntry = { standing: message.standing, label: message.label, date: new Date().toISOString().slice(0, 10) };
  const tabId = tab.id;
  return saveStanding(ledgerKey(message.vendorId, match.workspace), entry).then((ledger) => showBadge(tabId, tab, ledger).then(() => true));
});

const WELCOME_PAGE = 'src/welcome/index.html';

// Tabs already open when NoTrain is installed or the browser starts.
async function showAllBadges() {
  const [tabs, ledger] = await Promise.all([browser.tabs.query({}), loadLedger()]);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showBadge(tab.id, tab, ledger))));
}
browser.runtime.onInstalled.addListener(() => void showAllBadges().catch(reportError));
// Once, on install (not on updates): what the badge means, what NoTrain reads and keeps, what it does not cover.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(reportError);
});
browser.runtime.onStartup.addListener(() => void showAllBadges().catch(reportError));

function reportError(error: unknown) {
  // A tab closed between the event and the call is normal; anything else is a bug worth seeing.
  if (!String(error).includes('No tab with id')) console.error('NoTrain:', error);
}
