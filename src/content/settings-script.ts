/**
 * Content script for vendors' settings pages (the manifest's matches come from
 * the vendor records). It marks the AI-training control, reports when the user
 * turns it to the opting-out state, and on email-only vendors' admin pages
 * offers the opt-out email. Settings pages are single-page apps, so each page
 * gets an AbortSignal: everything started for it stops when the URL changes.
 */
import entries from 'virtual:notrain/vendor-controls';
import { classifyTab, type TabMatch } from '../core/classify-tab.ts';
import { draftOptOutEmail } from '../core/draft-email.ts';
import { createRegistry } from '../core/registry.ts';
import { controlWatch, SETTINGS_SCRIPT_FLAG, type SettingsVendor } from '../core/settings-page.ts';
import { rememberDismissed, wasDismissed } from '../platform/dismissed.ts';
import { vendorHidden, vendorMuted } from '../platform/mutes.ts';
import { dom } from './dom.ts';
import { guarded } from './guarded.ts';
import { markControls } from './mark-controls.ts';
import { showNotice } from './mark-view.ts';
import { emailTranslate, translate } from './strings.ts';

/** Re-check the URL at most this often while the page changes: bounded work however busy the page is. */
const RECHECK_MS = 200;

const registry = createRegistry(entries);

/**
 * The page's one MutationObserver. It hands what changed to the current
 * page's search at once (cheap: a few steps per record), and at most once per
 * RECHECK_MS checks whether the URL changed (history-API navigation).
 */
let pageChanged: ((records: readonly MutationRecord[]) => void) | undefined;

function watchPage() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const root = dom.documentElement(document);
  if (!root) return;
  new MutationObserver((records) => {
    if (pageChanged) {
      const changed = pageChanged;
      guarded(() => changed(records));
    }
    timer ??= setTimeout(() => {
      timer = undefined;
      guarded(onUrl);
    }, RECHECK_MS);
  }).observe(root, { childList: true, subtree: true, characterData: true });
}

function offerEmail(match: TabMatch<SettingsVendor>, signal: AbortSignal) {
  const { vendor } = match;
  if (!vendor.email) return;
  const draft = draftOptOutEmail(vendor.name, vendor.email, match.workspace, emailTranslate);
  const key = `${vendor.id}/email`;
  void wasDismissed(key).then((dismissed) => {
    if (dismissed || signal.aborted) return;
    // An email the page cannot complete (no workspace URL here) is not offered: the popup asks for what it lacks.
    const notice = showNotice(
      [{ text: translate('emailOnlyNotice', [vendor.name]) }],
      translate('htmlLang'),
      draft.ok ? { label: translate('optOutByEmail', [vendor.name]), href: draft.value.mailto } : undefined,
      translate('dismiss'),
      () => void rememberDismissed(key),
    );
    signal.addEventListener('abort', () => notice.remove());
  });
}

let page: AbortController | undefined;
let pageUrl = '';

function onUrl() {
  if (location.href === pageUrl) return;
  pageUrl = location.href;
  page?.abort();
  page = new AbortController();
  const match = classifyTab({ url: location.href, title: dom.title(document) }, registry);
  const watch = controlWatch(match, location.href);
  if (!match || !watch) return;
  const current = page;
  const { signal } = current;
  // A vendor the organisation hid gets no work at all on its pages. The policy is not waited for (its first read
  // can take seconds): when it answers that the vendor is hidden, this page's work stops.
  void vendorHidden(match.vendor.id).then(
    (hidden) => hidden && current.abort(),
    () => undefined,
  );
  // A vendor the user muted gets no mark and no notice, but its switch is still followed and what the user does
  // with it recorded: mute silences NoTrain, it does not make it forget.
  void vendorMuted(match.vendor.id).then((muted) =>
    guarded(() => {
      if (signal.aborted) return;
      if (match.vendor.controls.length > 0) {
        const changed = markControls(match.vendor, signal, { quiet: watch === 'dialog', unseen: muted });
        pageChanged = changed;
        signal.addEventListener('abort', () => {
          if (pageChanged === changed) pageChanged = undefined;
        });
      } else if (watch === 'settings' && !muted) offerEmail(match, signal);
    }),
  );
}

// The background calls the flag after every settings-page load, and injects this file where the
// flag is missing (in-app navigation into a settings page): run once per page world.
const FLAG = Symbol.for(SETTINGS_SCRIPT_FLAG);
const scope = globalThis as typeof globalThis & { [FLAG]?: () => void };
if (scope[FLAG]) {
  scope[FLAG]();
} else {
  scope[FLAG] = () => guarded(onUrl);
  guarded(onUrl);
  // History-API navigation changes the DOM too: re-check the URL as the page changes. No page
  // event (popstate, message) is listened to: the page could forge those.
  watchPage();
}
