/**
 * What NoTrain says beside a vendor's AI-training control, and what it means
 * when the control changes. Pure: the content script renders and reports it.
 */
import type { ControlState } from './find-control.ts';
import { type Message, message } from './i18n.ts';
import type { TabMatch } from './classify-tab.ts';
import type { VendorEntry } from './registry.ts';
import { parseTrustedUrl, ruleCovers } from './url.ts';
import type { EmailOptOut, Vendor, WhoCanOptOut } from './vendor-schema.ts';

export interface ControlSpec {
  readonly label: string;
  readonly optOutState: 'on' | 'off';
  readonly path: readonly string[];
}

/** The content script's view of a record (see build/vendor-views.ts). */
export interface SettingsVendor extends VendorEntry {
  readonly policyUrl: string;
  readonly who: readonly WhoCanOptOut[];
  readonly controls: readonly ControlSpec[];
  readonly email?: EmailOptOut;
}

export type Standing = 'opted-out' | 'training' | 'unknown';

export function standingOf(spec: ControlSpec, state: ControlState): Standing {
  if (state === 'unknown') return 'unknown';
  return state === spec.optOutState ? 'opted-out' : 'training';
}

export interface MarkText {
  readonly what: Message;
  readonly how: Message;
  readonly now: Message;
  readonly standing: Standing;
}

export function controlMarkText(vendor: Pick<Vendor, 'name'>, spec: ControlSpec, state: ControlState): MarkText {
  const standing = standingOf(spec, state);
  return {
    // Where on means out, the switch does not "let the vendor use your data": say what it does.
    what: message(spec.optOutState === 'off' ? 'controlWhat' : 'controlWhatOnOptsOut', vendor.name),
    how: message(spec.optOutState === 'off' ? 'controlHowOff' : 'controlHowOn'),
    now: message(
      standing === 'opted-out'
        ? 'controlNowOptedOut'
        : standing === 'training'
          ? 'controlNowTraining'
          : 'controlNowUnknown',
    ),
    standing,
  };
}

/** Where a person should have found the control, for the "not found" notice. */
export function expectedPath(spec: ControlSpec): string {
  return [...spec.path, spec.label].join(' › ');
}

/**
 * What the settings-page script does on this tab: `settings`, mark the control
 * and say so if it is missing; `dialog`, watch quietly for a settings dialog;
 * nothing otherwise.
 */
export function controlWatch(
  match: TabMatch<VendorEntry> | undefined,
  rawUrl: string,
): 'settings' | 'dialog' | undefined {
  if (!match) return undefined;
  if (match.page === 'settings') return 'settings';
  const url = parseTrustedUrl(rawUrl);
  return url && match.vendor.match.dialogs?.some((rule) => ruleCovers(url, rule)) ? 'dialog' : undefined;
}

/**
 * The settings-page script marks NoTrain's isolated world of a page with
 * `Symbol.for(SETTINGS_SCRIPT_FLAG)`: a function that makes it look again.
 * The service worker calls it rather than inject the whole script twice.
 */
export const SETTINGS_SCRIPT_FLAG = 'notrain.settings-script';
