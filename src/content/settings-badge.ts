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
import { createControlScanner, DEFAULT_BUDGET, readState } from '../core/find-control.ts';
import { createRegistry } from '../core/registry.ts';
import {
  type ControlSpec,
  controlBadgeText,
  controlWatch,
  expectedPath,
  SETTINGS_SCRIPT_FLAG,
  type SettingsVendor,
  standingOf,
} from '../core/settings-page.ts';
import { rememberDismissed, wasDismissed } from '../platform/dismissed.ts';
import { ELEMENT_NODE } from '../core/safe-dom.ts';
import { effectiveOpacity, isFaint } from '../core/visibility.ts';
import { reportControl } from '../platform/messages.ts';
import { dom } from './dom.ts';
import { emailTranslate, translate, translateMessage } from './strings.ts';
import { attachBadge, type BadgeContent, type Mark, showNotice } from './badge-view.ts';

/** Re-check the URL at most this often while the page changes: bounded work however busy the page is. */
const RECHECK_MS = 200;
/** How long a settings page may take to render its control before NoTrain says it is missing. */
const NOT_FOUND_AFTER_MS = 10_000;
/** Longest slice of searching before yielding to the page (a long task is 50 ms). */
const SLICE_MS = 8;
/** How deep `isUsable` climbs; deeper ancestors are trusted on `checkVisibility` alone. */
const MAX_ANCESTORS = 1_024;

const registry = createRegistry(entries);

/**
 * Whether a person sees and can use `element`. Reads geometry, so it is called
 * once the page has laid itself out (see `whenLaidOut`), and only on the few
 * controls whose label matched.
 */
function isUsable(element: Element): boolean {
  if (dom.closest(element, '[inert], [hidden], [aria-hidden="true"]')) return false;
  const box = dom.rect(element);
  if (box.width === 0 || box.height === 0) return false;
  if (!dom.checkVisibility(element, { opacityProperty: true, visibilityProperty: true })) return false;
  const opacities: string[] = [];
  let at: Node | null = element;
  for (let depth = 0; at && depth < MAX_ANCESTORS && dom.nodeType(at) === ELEMENT_NODE; depth++, at = dom.parent(at)) {
    const style = getComputedStyle(at as Element);
    opacities.push(style.opacity);
    // A control inside a zero-size box that clips it is not visible, whatever its own size.
    const rect = at === element ? box : dom.rect(at as Element);
    if ((rect.width === 0 || rect.height === 0) && style.overflow !== 'visible') return false;
  }
  // Faint through its ancestors (a copy at opacity 0.05) is hidden from a person, not from checkVisibility.
  if (isFaint(effectiveOpacity(opacities))) return false;
  // A control covered by something else (a decoy laid over it) is not the one a person sees.
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
    const hit = dom.hitAt(document, x, y);
    if (
      hit &&
      hit !== element &&
      !dom.contains(element, hit) &&
      !dom.contains(hit, element) &&
      dom.closest(hit, 'label') !== dom.closest(element, 'label')
    ) {
      return false;
    }
  }
  return true;
}

/** Runs `work` after the page's next frame, when its layout is clean: reading geometry then forces none. */
function whenLaidOut(work: () => void, signal: AbortSignal) {
  let done = false;
  const run = () => {
    if (done || signal.aborted) return;
    done = true;
    guarded(work);
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  // Hidden tabs paint no frames.
  setTimeout(run, 1_000);
}

function badgeContent(vendor: SettingsVendor, spec: ControlSpec, control: Element): BadgeContent {
  const text = controlBadgeText(vendor, spec, readState(control, dom));
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

/**
 * `quiet`: on pages where a settings dialog may open, never say the control is missing.
 *
 * The search is incremental and sliced (src/core/find-control.ts): one walk of
 * the page in slices of at most SLICE_MS, then only what the page adds or
 * changes. Once nothing is left to read, the controls whose label matched are
 * checked for visibility after the next frame. A page that costs more than
 * the search's budget gets the "not found" notice instead of more work.
 */
function markControl(vendor: SettingsVendor, signal: AbortSignal, quiet: boolean) {
  const labels = vendor.controls.map((c) => c.label);
  /** One note per distinct label: a page with two switches (Atlassian's data contribution) gets two. */
  const wanted = [...new Set(labels)];
  /** What is marked, by label: the control, its note, and the listeners that follow it. */
  const marked = new Map<string, { control: Element; badge: Mark; scope: AbortController }>();
  let notice: Mark | undefined;
  /** The standing last reported, per label. */
  const reported = new Map<string, string>();
  let scanner = createControlScanner(document, labels, dom);
  let spent = 0;
  let sliceQueued = false;
  let pickQueued = false;
  let lastPick = 0;
  let gaveUp = false;
  const allMarked = () => marked.size === wanted.length;
  const unmarkAll = () => {
    for (const { badge, scope } of marked.values()) {
      badge.remove();
      scope.abort();
    }
    marked.clear();
  };
  signal.addEventListener('abort', () => {
    unmarkAll();
    notice?.remove();
  });

  const refresh = (control: Element, spec: ControlSpec) => {
    marked.get(spec.label)?.badge.update(badgeContent(vendor, spec, control));
    const standing = standingOf(spec, readState(control, dom));
    if (standing !== 'unknown' && standing !== reported.get(spec.label)) {
      reported.set(spec.label, standing);
      void reportControl({ type: 'control-state', vendorId: vendor.id, label: spec.label, standing }).catch(() => {});
    }
  };

  const mark = (control: Element, spec: ControlSpec) => {
    notice?.remove();
    const scope = new AbortController();
    marked.set(spec.label, { control, badge: attachBadge(control, badgeContent(vendor, spec, control)), scope });
    const listening = AbortSignal.any([signal, scope.signal]);
    const stateObserver = new MutationObserver(() => guarded(() => refresh(control, spec)));
    stateObserver.observe(control, {
      attributes: true,
      attributeFilter: ['aria-checked', 'aria-pressed', 'data-state'],
    });
    listening.addEventListener('abort', () => stateObserver.disconnect());
    dom.listen(control, 'change', () => guarded(() => refresh(control, spec)), { signal: listening });
    refresh(control, spec);
  };

  const pick = () => {
    pickQueued = false;
    lastPick = performance.now();
    if (allMarked() || gaveUp) return;
    const taken = new Set(Array.from(marked.values(), (m) => m.control));
    for (const label of wanted) {
      if (marked.has(label)) continue;
      const hit = scanner.pick(isUsable, label);
      const spec = vendor.controls.find((c) => c.label === label);
      // Two wordings of one switch's label (Grammarly's "and" and "&") name one control: one note.
      if (hit && spec && !taken.has(hit.control)) {
        mark(hit.control, spec);
        taken.add(hit.control);
      }
    }
  };

  const giveUp = () => {
    gaveUp = true;
    if (pageChanged === onChange) pageChanged = undefined;
    if (marked.size === 0) sayMissing();
  };

  const slice = () => {
    sliceQueued = false;
    if (signal.aborted || gaveUp) return;
    const start = performance.now();
    const before = scanner.work;
    // Steps range from a map lookup to reading a large subtree's text: check the clock after each.
    const status = scanner.step(() => performance.now() - start < SLICE_MS);
    spent += scanner.work - before;
    if (status === 'exhausted') giveUp();
    else if (status === 'working') queueSlice();
    // Once caught up, every control whose label matched is known, so the pick is the page's best;
    // a page that never stops changing is looked at at most every RECHECK_MS.
    if (
      !allMarked() &&
      !pickQueued &&
      (status === 'idle' || (scanner.settled && performance.now() - lastPick > RECHECK_MS))
    ) {
      pickQueued = true;
      whenLaidOut(pick, signal);
    }
  };

  const queueSlice = () => {
    if (sliceQueued || gaveUp) return;
    sliceQueued = true;
    setTimeout(() => guarded(slice), 0);
  };

  /** The page changed: feed the search, or start it again if the marked control left the page. */
  const onChange = (records: readonly MutationRecord[]) => {
    if (Array.from(marked.values()).some((m) => !dom.isConnected(m.control))) {
      // A re-rendered page: search it again, within what is left of the page's budget.
      unmarkAll();
      scanner = createControlScanner(document, labels, dom, DEFAULT_BUDGET - spent);
      const root = dom.documentElement(document);
      if (root) scanner.added(root);
    } else if (allMarked()) {
      return;
    } else {
      for (const record of records) {
        if (record.type === 'characterData') scanner.changed(record.target);
        else for (const node of record.addedNodes) scanner.added(node);
      }
    }
    queueSlice();
  };

  const sayMissing = () => {
    const spec = vendor.controls[0];
    if (quiet || notice || marked.size || signal.aborted || !spec) return;
    // Labels are matched in English: on a page in another language, say that rather than blame the vendor.
    const root = dom.documentElement(document);
    const english = /^en\b/i.test((root && dom.attr(root, 'lang')) || 'en');
    const text = english
      ? translate('controlNotFound', [expectedPath(spec)])
      : translate('controlNotFoundLanguage', [spec.label, spec.path.join(' › ')]);
    const key = `${vendor.id}/not-found`;
    void wasDismissed(key).then((dismissed) => {
      if (dismissed || notice || marked.size || signal.aborted) return;
      notice = showNotice(text, undefined, translate('dismiss'), () => void rememberDismissed(key));
    });
  };

  const root = dom.documentElement(document);
  if (root) scanner.added(root);
  queueSlice();
  pageChanged = onChange;
  signal.addEventListener('abort', () => {
    if (pageChanged === onChange) pageChanged = undefined;
  });
  const timer = setTimeout(() => guarded(sayMissing), NOT_FOUND_AFTER_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
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
      translate('emailOnlyNotice', [vendor.name]),
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
