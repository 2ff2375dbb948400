/**
 * Service worker: keeps the toolbar badge of every vendor tab in step with
 * what NoTrain knows about that vendor and what the user did there, records
 * what the settings-page script reports, and brings that script to settings
 * pages reached by in-app navigation. It holds no state in memory, so the
 * browser can stop and restart it at any time.
 */
import { type Choices, learnFromVisit, planFor, type TabVisit, withTeamHost } from '../core/choices.ts';
import { classifyTab } from '../core/classify-tab.ts';
import { vendorPopupPage } from '../core/popup-page.ts';
import { controlWatch, SETTINGS_SCRIPT_FLAG } from '../core/settings-page.ts';
import { toolbarBadge } from '../core/toolbar-badge.ts';
import {
  applyManaged,
  entryFor,
  LEDGER_V1_KEY,
  type ManagedPolicy,
  recordStep,
  type Tracker,
  TRACKER_KEY,
  vendorQuiet,
} from '../core/tracker.ts';
import browser from '../platform/browser.ts';
import { loadChoices, saveChoice } from '../platform/choices.ts';
import { translate, translateMessage } from '../platform/i18n.ts';
import { loadManaged } from '../platform/managed.ts';
import { parseControlSeen } from '../platform/messages.ts';
import { loadTracker, updateTracker } from '../platform/tracker.ts';
import { badgeRegistry } from '../vendor-db/badge-registry.ts';
import { startReminders } from './reminders.ts';

type TabLike = { url?: string | undefined; title?: string | undefined };
type VendorTab = ReturnType<typeof classifyTab<(typeof badgeRegistry)['vendors'][number]>>;

/**
 * What each tab's toolbar button shows, where it differs from the default,
 * so that a navigation that changes nothing makes no `action` call. Kept in
 * session storage (the worker stops between events), read once per worker
 * start.
 *
 * Chrome clears a tab's action values on every cross-document navigation,
 * and `tabs.onUpdated` reports those exactly as it reports history-API ones
 * (`{ status: 'loading', url }` for both, measured). So: a tab that is and
 * stays default needs no call at all; a vendor tab whose look would not
 * change is checked with one read (`getTitle`: a vendor tab's title is never
 * the default one) and set again only if the browser cleared it.
 */
const SHOWN_KEY = 'shownBadges';
let shown: Promise<Record<string, string>> | undefined;
const shownBadges = () =>
  (shown ??= browser.storage.session
    .get(SHOWN_KEY)
    .then((stored): Record<string, string> => ({ ...(stored[SHOWN_KEY] as Record<string, string> | undefined) }))
    .catch((): Record<string, string> => ({})));

async function remember(tabId: number, state: string) {
  const badges = await shownBadges();
  if ((badges[tabId] ?? '') === state) return;
  if (state) badges[tabId] = state;
  else delete badges[tabId];
  await browser.storage.session.set({ [SHOWN_KEY]: badges });
}

/** The tracker, read once per worker start and again only after it changes. */
let trackerRead: Promise<Tracker> | undefined;
const forgetTracker = (error: unknown): never => {
  trackerRead = undefined;
  throw error;
};
const readTracker = () => loadTracker().then(({ tracker }) => tracker);
/** The user's plan and role answers and the learned team addresses, read once per worker start and again only after they change. */
let choicesRead: Promise<Choices> | undefined;
const forgetChoices = (error: unknown): never => {
  choicesRead = undefined;
  throw error;
};
/**
 * The organisation's settings (managed storage), read at each worker start
 * and again when they change, and never waited for by a badge: Chrome's
 * first `storage.managed` read takes seconds (3.1 s measured in headless
 * Chromium). Until it answers, no vendor is hidden; when a policy hides one,
 * every badge is set again.
 */
let managed: ManagedPolicy = {};
function refreshManaged() {
  void loadManaged()
    .then((policy) => {
      const changed = JSON.stringify(policy) !== JSON.stringify(managed);
      managed = policy;
      if (changed) return updateAllToolbarBadges();
    })
    .catch(reportError);
}
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') refreshManaged();
  // The ledger counts too: the tracker migrates from it until the tracker is written.
  if (area === 'local' && (TRACKER_KEY in changes || LEDGER_V1_KEY in changes)) trackerRead = undefined;
  if (area === 'local' && 'choices' in changes) choicesRead = undefined;
});

/**
 * Sets a tab's toolbar badge (text and colour), its tooltip, and the popup
 * page its button opens, and makes no call when none of them would change.
 * `classified`: the tab's match, when the caller has it already (a non-vendor
 * tab's is `undefined`).
 */
async function updateToolbarBadge(
  tabId: number,
  tab: TabLike,
  known?: Tracker,
  classified?: { match: VendorTab | undefined },
) {
  const found = classified ? classified.match : classifyTab(tab, badgeRegistry);
  // A non-vendor tab that NoTrain never marked needs nothing at all: no tracker, no choices, no strings, no call.
  if (!found && ((await shownBadges())[tabId] ?? '') === '') return found;
  const [tracker, choices] = found
    ? await Promise.all([
        known ?? (trackerRead ??= readTracker().catch(forgetTracker)),
        (choicesRead ??= loadChoices().catch(forgetChoices)),
      ])
    : [];
  // A vendor the organisation hid or the user muted gets the default look, as any other site.
  if (found && tracker && vendorQuiet(applyManaged(tracker.preferences, managed), found.vendor.id))
    return updateToolbarBadge(tabId, tab, tracker, { match: undefined });
  // On a client URL with only a team ID, the workspace's address learned earlier files choices as the popup does.
  const workspace = found && choices ? withTeamHost(found.workspace, choices.teamHosts) : undefined;
  const match = found && workspace ? { ...found, workspace } : found;
  const plan = match && choices ? planFor(choices, match.vendor.id, match.workspace) : undefined;
  const badge = toolbarBadge(
    match,
    match && tracker ? entryFor(tracker, match.vendor.id, match.workspace) : undefined,
    plan,
  );
  // The vendor's prerendered popup paints its summary before any script runs (in the default locale; see core/popup-page.ts).
  const popup = match ? vendorPopupPage(match.vendor.id, translate('htmlLang'), defaultPopup) : defaultPopup;
  const text = badge.text ? translateMessage(badge.text) : '';
  const title = translateMessage(badge.title);
  // '' is the default look: what a tab has before NoTrain sets anything on it.
  const state = match ? JSON.stringify([popup, text, badge.color, title]) : '';
  // A vendor tab's title is never the default one, so reading it back tells whether the browser cleared the tab's values.
  if (
    ((await shownBadges())[tabId] ?? '') === state &&
    (!match || (await browser.action.getTitle({ tabId })) === title)
  )
    return match;
  await Promise.all([
    browser.action.setPopup({ tabId, popup }),
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title }),
  ]);
  await remember(tabId, state);
  return match;
}

browser.tabs.onRemoved.addListener((tabId) => void remember(tabId, '').catch(reportError));

// Not '': for setPopup that means "no popup at all".
const defaultPopup = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';

/** The settings-page script as built (its file name is only known from the built manifest). */
const settingsScripts = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A tab's badge only changes with its URL; titles change on every Slack message.
  if (change.url === undefined && change.status !== 'loading' && change.status !== 'complete') return;
  // Classified once per event (the tab already carries the changed URL), and the match passed down.
  const match = classifyTab(tab, badgeRegistry);
  // A vendor URL, or the change after a remembered workspace address, may teach a team's address first.
  // The badge does not wait for it: a learned address changes the stored choices, which refreshes the badges.
  const learning = change.url !== undefined && (visits.get(tabId) || match?.workspace);
  if (learning) void noteVisit(tabId, match).catch(reportError);
  if (change.url !== undefined || change.status === 'loading')
    void updateToolbarBadge(tabId, tab, undefined, { match }).catch(reportError);
  // Full loads of a settings page get the script from the manifest; in-app (history API) navigation
  // to one does not, and looks the same here: bringSettingsScript tells the two apart.
  if (change.status === 'complete' && settingsScripts.length && match?.page === 'settings') {
    void bringSettingsScript(tabId).catch(reportError);
  }
});

/**
 * Each tab's last workspace address (`acme.slack.com`), kept for the tab's
 * next URL change only: when that change lands on the same vendor's client
 * URL with a team ID (`app.slack.com/client/T…`), the pair is remembered, so
 * the popup there can fill the workspace URL the vendor asks for. Only URLs
 * the host permissions show are read, never page content. Session storage
 * survives the worker being stopped between the two changes.
 */
const visits = new Map<number, TabVisit | null>();
const sessionArea = () => (browser.storage as { session?: typeof browser.storage.local }).session;
const visitKey = (tabId: number) => `visit:${tabId}`;

/** The tab's last workspace address: from memory, else (once per worker start) from session storage. */
async function previousVisit(tabId: number): Promise<TabVisit | undefined> {
  if (!visits.has(tabId)) {
    const area = sessionArea();
    const stored = area ? ((await area.get(visitKey(tabId)))[visitKey(tabId)] as TabVisit | undefined) : undefined;
    visits.set(tabId, stored ?? null);
  }
  return visits.get(tabId) ?? undefined;
}

async function noteVisit(tabId: number, match: VendorTab) {
  const previous = await previousVisit(tabId);
  const { visit, learned } = learnFromVisit(previous, match, Date.now(), badgeRegistry);
  // Most URL changes (channel switches in the client) find nothing remembered and remember nothing: no storage call.
  if (visit || previous) {
    visits.set(tabId, visit ?? null);
    await (visit ? sessionArea()?.set({ [visitKey(tabId)]: visit }) : sessionArea()?.remove(visitKey(tabId)));
  }
  if (learned) await saveChoice('teamHosts', learned.teamId, learned.host);
}

browser.tabs.onRemoved.addListener((tabId) => {
  // Only a visit this worker knows of: anything older goes with the session.
  if (visits.get(tabId)) void sessionArea()?.remove(visitKey(tabId)).catch(reportError);
  visits.delete(tabId);
});

/**
 * After a full load the manifest has run the settings-page script already:
 * then a few bytes ask it to look again, instead of evaluating its whole
 * bundle a second time. After in-app navigation it has not run: inject it.
 */
async function bringSettingsScript(tabId: number) {
  const [asked] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in NoTrain's isolated world, where the script keeps its flag (src/content/settings-script.ts).
    func: (flag: string) => {
      const lookAgain = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(flag)];
      if (typeof lookAgain !== 'function') return false;
      Reflect.apply(lookAgain, undefined, []);
      return true;
    },
    args: [SETTINGS_SCRIPT_FLAG],
  });
  if (asked?.result !== true) await browser.scripting.executeScript({ target: { tabId }, files: settingsScripts });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseControlSeen(raw);
  const tab = sender.tab;
  // Only NoTrain's own content script, on a settings page of the vendor it names.
  if (!message || sender.id !== browser.runtime.id || !tab?.id || !tab.url) return undefined;
  const match = classifyTab({ url: tab.url }, badgeRegistry);
  if (!match || !controlWatch(match, tab.url) || match.vendor.id !== message.vendorId) return undefined;
  const step = {
    kind: 'control-seen',
    at: new Date().toISOString(),
    label: message.label,
    state: message.state,
  } as const;
  const tabId = tab.id;
  return updateTracker((tracker) => recordStep(tracker, message.vendorId, match.workspace, step)).then(({ tracker }) =>
    updateToolbarBadge(tabId, tab, tracker).then(() => true),
  );
});

const WELCOME_PAGE = 'src/welcome/index.html';

// Tabs already open when NoTrain is installed or the browser starts.
async function updateAllToolbarBadges() {
  const [tabs, tracker] = await Promise.all([browser.tabs.query({}), readTracker()]);
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [updateToolbarBadge(tab.id, tab, tracker)])));
}
browser.runtime.onInstalled.addListener(() => void updateAllToolbarBadges().catch(reportError));
// On install and on every update: an older tracker (or the ledger) is migrated and written once, under the lock.
browser.runtime.onInstalled.addListener(() => void updateTracker(() => undefined).catch(reportError));
startReminders(reportError);
refreshManaged();
// Once, on install (not on updates): what the badge means, what NoTrain reads and keeps, what it does not cover.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(reportError);
});
// A plan picked, a role answered or a step recorded in the popup changes what the badge says.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('choices' in changes || TRACKER_KEY in changes))
    void updateAllToolbarBadges().catch(reportError);
});
browser.runtime.onStartup.addListener(() => void updateAllToolbarBadges().catch(reportError));

function reportError(error: unknown) {
  // A tab closed between the event and the call is normal; anything else is a bug worth seeing.
  if (!String(error).includes('No tab with id')) console.error('NoTrain:', error);
}
