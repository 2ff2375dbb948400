/**
 * Marks a vendor's AI-training controls on its settings page, from three
 * pieces: find (the sliced search, find-controls.ts), watch (each marked
 * control's state, watch-control.ts) and report (what the state means, to
 * the worker, report-control.ts). Here they are joined to the marks and the
 * "not found" notice (mark-view.ts). Everything stops when `signal` aborts
 * (the page's URL changed).
 */
import { readState } from '../core/find-control.ts';
import {
  type ControlSpec,
  controlLabels,
  controlMarkText,
  notFoundParts,
  pageLanguage,
  type SettingsVendor,
  readingOf,
} from '../core/settings-page.ts';
import { rememberDismissed, wasDismissed } from '../platform/dismissed.ts';
import { reportControl } from '../platform/messages.ts';
import { dom } from './dom.ts';
import { findControls } from './find-controls.ts';
import { guarded } from './guarded.ts';
import { attachMark, type MarkContent, type Note, showNotice } from './mark-view.ts';
import { createControlReport } from './report-control.ts';
import { translate, translateMessage } from './strings.ts';
import { isUsable, whenLaidOut } from './usable.ts';
import { watchControl } from './watch-control.ts';

/** How long a settings page may take to render its control before NoTrain says it is missing. */
const NOT_FOUND_AFTER_MS = 10_000;

function markContent(vendor: SettingsVendor, spec: ControlSpec, control: Element): MarkContent {
  const text = controlMarkText(vendor, spec, readState(control, dom));
  return {
    lang: translate('htmlLang'),
    what: translateMessage(text.what),
    how: translateMessage(text.how),
    now: translateMessage(text.now),
    reading: text.reading,
    sourceLabel: translate('controlSource'),
    sourceUrl: vendor.policyUrl,
  };
}

/**
 * `quiet`: on pages where a settings dialog may open, never say the control
 * is missing. `unseen`: the user muted the vendor, so nothing is shown (no
 * mark, no notice), but each control is still found, watched and reported:
 * muting silences NoTrain, it does not stop it recording what the user did.
 * Returns what to call with the page's mutation records.
 */
export function markControls(
  vendor: SettingsVendor,
  signal: AbortSignal,
  { quiet = false, unseen = false }: { quiet?: boolean; unseen?: boolean } = {},
): (records: readonly MutationRecord[]) => void {
  /** What is found, by label: its note (none when unseen), and the scope of the listeners that follow its control. */
  const marks = new Map<string, { note: Note | undefined; scope: AbortController }>();
  const root = dom.documentElement(document);
  const lang = pageLanguage(root && dom.attr(root, 'lang'));
  let notice: Note | undefined;
  const report = createControlReport((label, state) =>
    reportControl({ type: 'control-seen', vendorId: vendor.id, label, state }),
  );

  const unmarkAll = () => {
    for (const { note, scope } of marks.values()) {
      note?.remove();
      scope.abort();
    }
    marks.clear();
  };
  signal.addEventListener('abort', () => {
    unmarkAll();
    notice?.remove();
  });

  const refresh = (control: Element, spec: ControlSpec) => {
    marks.get(spec.label)?.note?.update(markContent(vendor, spec, control));
    report(spec.label, readingOf(spec, readState(control, dom)));
  };

  const mark = (label: string, control: Element) => {
    const spec = vendor.controls.find((c) => c.label === label);
    if (!spec) return;
    notice?.remove();
    const scope = new AbortController();
    marks.set(label, { note: unseen ? undefined : attachMark(control, markContent(vendor, spec, control)), scope });
    watchControl(control, AbortSignal.any([signal, scope.signal]), () => guarded(() => refresh(control, spec)));
    refresh(control, spec);
  };

  const sayMissing = () => {
    const spec = vendor.controls[0];
    if (quiet || unseen || notice || marks.size || signal.aborted || !spec) return;
    // On a page in a language whose label NoTrain does not know, say that rather than blame the vendor.
    const text = notFoundParts(spec, lang, translate('htmlLang'), translate);
    const key = `${vendor.id}/not-found`;
    void wasDismissed(key).then((dismissed) => {
      if (dismissed || notice || marks.size || signal.aborted) return;
      notice = showNotice(
        text,
        translate('htmlLang'),
        undefined,
        translate('dismiss'),
        () => void rememberDismissed(key),
      );
    });
  };

  const finder = findControls({
    labels: vendor.controls.map((c) => c.label),
    // The record's labels in the vendor's other UI languages, the page's first.
    wordings: (label) => {
      const spec = vendor.controls.find((c) => c.label === label);
      return spec ? controlLabels(spec, lang) : [label];
    },
    signal,
    isUsable,
    whenLaidOut: (work) => whenLaidOut(work, signal),
    onFound: mark,
    onLost: unmarkAll,
    onExhausted: () => {
      if (marks.size === 0) sayMissing();
    },
  });
  const timer = setTimeout(() => guarded(sayMissing), NOT_FOUND_AFTER_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
  return (records) => finder.changed(records);
}
