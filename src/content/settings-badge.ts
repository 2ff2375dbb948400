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
import { findControl, readState } from '../core/find-control.ts';
import { createRegistry } from '../core/registry.ts';
import { type ControlSpec, controlBadgeText, controlWatch, expectedPath, SETTINGS_SCRIPT_FLAG, type SettingsVendor, standingOf } from '../core/settings-page.ts';
import { rememberDismissed, wasDismissed } from '../platform/dismissed.ts';
import { reportControl } from '../platform/messages.ts';
import { emailTranslate, translate, translateMessage } from './strings.ts';
import { attachBadge, type BadgeContent, type Mark, showNotice } from './badge-view.ts';

/** Re-check the page at most this often while it changes: bounded work however busy the page is. */
const RECHECK_MS = 200;
/** How long a settings page may take to render its control before NoTrain says it is missing. */
const NOT_FOUND_AFTER_MS = 10_000;

const registry = createRegistry(entries);

function isUsable(element: Element): boolean {
  if (element.closest('[inert], [hidden], [aria-hidden="true"]')) return false;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  // A control inside a zero-size box that clips it is not visible, whatever its own size.
  for (let box = element.parentElement; box; box = box.parentElement) {
    const rect = box.getBoundingClientRect();
    if ((rect.width === 0 || rect.height === 0) && getComputedStyle(box).overflow !== 'visible') return false;
  }
  // A control covered by something else (a decoy laid over it) is not the one a person sees.
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== element && !element.contains(hit) && !hit.contains(element) && hit.closest('label') !== element.closest('label')) {
      return false;
    }
  }
  return true;
}

function badgeContent(vendor: SettingsVendor, spec: ControlSpec, control: Element): BadgeContent {
  const text = controlBadgeText(vendor, spec, readState(control));
  return {
    what: translateMessage(text.what),
    how: translateMessage(text.how),
    now: translateMessage(text.now),
    standing: text.standing,
    sourceLabel: translate('controlSource'),
    sourceUrl: vendor.policyUrl,
  };
}

/**
 * The page's one MutationObserver: at most once per RECHECK_MS while the page
 * mutates, it checks whether the URL changed (history-API navigation) and lets
 * the current page's work look again. Bounded work however busy the page is.
 */
let recheckPage: (() => void) | undefined;

function watchPage() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      guarded(onUrl);
      if (recheckPage) guarded(recheckPage);
    }, RECHECK_MS);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** `quiet`: on pages where a settings dialog may open, never say the control is missing. */
function markControl(vendor: SettingsVendor, signal: AbortSignal, quiet: boolean) {
  const labels = vendor.controls.map((c) => c.label);
  let badge: Mark | undefined;
  let notice: Mark | undefined;
  let watched: Element | undefined;
  /** Listeners on the control found last; a re-rendered page gets a new control and new listeners. */
  let controlScope: AbortController | undefined;
  let reported: string | undefined;
  signal.addEventListener('abort', () => {
    badge?.remove();
    notice?.remove();
  });

  const refresh = (control: Element, spec: ControlSpec) => {
    badge?.update(badgeContent(vendor, spec, control));
    const standing = standingOf(spec, readState(control));
    if (standing !== 'unknown' && standing !== reported) {
      reported = standing;
      void reportControl({ type: 'control-state', vendorId: vendor.id, label: spec.label, standing }).catch(() => {});
    }
  };

  const look = () => {
    if (watched?.isConnected) return;
    badge?.remove();
    badge = undefined;
    const hit = findControl(document, labels, isUsable);
    if (!hit) return;
    const spec = vendor.controls.find((c) => c.label === hit.label);
    if (!spec) return;
    watched = hit.control;
    notice?.remove();
    badge = attachBadge(hit.control, badgeContent(vendor, spec, hit.control));
    const control = hit.control;
    controlScope?.abort();
    controlScope = new AbortController();
    const scope = AbortSignal.any([signal, controlScope.signal]);
    const stateObserver = new MutationObserver(() => guarded(() => refresh(control, spec)));
    stateObserver.observe(control, { attributes: true, attributeFilter: ['aria-checked', 'aria-pressed', 'data-state'] });
    scope.addEventListener('abort', () => stateObserver.disconnect());
    control.addEventListener('change', () => guarded(() => refresh(control, spec)), { signal: scope });
    refresh(control, spec);
  };

  guarded(look);
  recheckPage = look;
  signal.addEventListener('abort', () => {
    if (recheckPage === look) recheckPage = undefined;
  });
  if (quiet) return;
  const timer = setTimeout(() => {
    const spec = vendor.controls[0];
    if (watched || signal.aborted || !spec) return;
    // Labels are matched in English: on a page in another language, say that rather than blame the vendor.
    const english = /^en\b/i.test(document.documentElement.lang || 'en');
    const text = english
      ? translate('controlNotFound', [expectedPath(spec)])
      : translate('controlNotFoundLanguage', [spec.label, spec.path.join(' › ')]);
    const key = `${vendor.id}/not-found`;
    void wasDismissed(key).then((dismissed) => {
      if (dismissed || watched || signal.aborted) return;
      notice = showNotice(text, undefined, translate('dismiss'), () => void rememberDismissed(key));
    });
  }, NOT_FOUND_AFTER_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
}

function offerEmail(match: TabMatch<SettingsVendor>, signal: AbortSignal) {
  const { vendor } = match;
  if (!vendor.email) return;
  const draft = draftOptOutEmail(vendor.name, vendor.email, match.workspace, emailTranslate);
  const key = `${vendor.id}/email`;
  void wasDismissed(key).then((dismissed) => {
    if (dismissed || signal.aborted) return;
    const notice = showNotice(
      translate('emailOnlyNotice', [vendor.name]),
      { label: translate('optOutByEmail', [vendor.name]), href: draft.mailto },
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
  const match = classifyTab({ url: location.href, title: document.title }, registry);
  const watch = controlWatch(match, location.href);
  if (!match || !watch) return;
  if (match.vendor.controls.length > 0) markControl(match.vendor, page.signal, watch === 'dialog');
  else if (watch === 'settings') offerEmail(match, page.signal);
}

/** A failure on a hostile or changed page must not take the rest of NoTrain down with it. */
function guarded(work: () => void) {
  try {
    work();
  } catch (error) {
    console.debug('NoTrain:', error);
  }
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
