/**
 * What NoTrain says beside a vendor's AI-training control, and what it means
 * when the control changes. Pure: the content script renders and reports it.
 */
import type { ControlState } from './find-control.ts';
import { type Message, message, type Translate } from './i18n.ts';
import { english, type TextPart, translateParts } from './lang-parts.ts';
import type { TabMatch } from './classify-tab.ts';
import type { VendorEntry } from './registry.ts';
import { parseTrustedUrl, ruleCovers } from './url.ts';
import type { ControlSeen } from './tracker/entry.ts';
import { LABEL_LANGUAGES, type LabelLanguage } from './label-languages.ts';
import type { EmailOptOut, Vendor } from './vendor-schema.ts';

export interface ControlSpec {
  /** The label in English. */
  readonly label: string;
  /** The same label in the vendor's other UI languages, as the vendor's own pages quote it. */
  readonly labels?: Readonly<Partial<Record<LabelLanguage, string>>>;
  readonly optOutState: 'on' | 'off';
  readonly path: readonly string[];
}

/** The primary language subtag of a page's `<html lang>`, lower-case, or `en` when it says none. */
export function pageLanguage(lang: string | null | undefined): string {
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/iu.exec(lang ?? '')?.[1];
  return primary ? primary.toLowerCase() : 'en';
}

const localized = (spec: ControlSpec, lang: string): string | undefined =>
  (LABEL_LANGUAGES as readonly string[]).includes(lang) ? spec.labels?.[lang as LabelLanguage] : undefined;

/**
 * Every wording of a control's label, the page's language first: a German
 * page is searched for the German label first, but a label in any listed
 * language matches (a page whose `lang` is wrong, or only partly translated).
 */
export function controlLabels(spec: ControlSpec, lang: string): string[] {
  const first = localized(spec, lang);
  const others = LABEL_LANGUAGES.flatMap((l) => {
    const label = spec.labels?.[l];
    return label ? [label] : [];
  });
  return [...new Set([...(first ? [first] : []), spec.label, ...others])];
}

/** Whether NoTrain knows the control's label in the page's language (English always). */
export function labelKnownIn(spec: ControlSpec, lang: string): boolean {
  return lang === 'en' || localized(spec, lang) !== undefined;
}

/** The content script's view of a record (see build/vendor-views.ts). */
export interface SettingsVendor extends VendorEntry {
  readonly policyUrl: string;
  readonly controls: readonly ControlSpec[];
  readonly email?: EmailOptOut;
}

/** What a control's state means for the user: its opting-out state, its training state, or unreadable. */
export type ControlReading = ControlSeen | 'unknown';

export function readingOf(spec: ControlSpec, state: ControlState): ControlReading {
  if (state === 'unknown') return 'unknown';
  return state === spec.optOutState ? 'opted-out' : 'training';
}

export interface MarkText {
  readonly what: Message;
  readonly how: Message;
  readonly now: Message;
  readonly reading: ControlReading;
}

export function controlMarkText(vendor: Pick<Vendor, 'name'>, spec: ControlSpec, state: ControlState): MarkText {
  const reading = readingOf(spec, state);
  return {
    // Where on means out, the switch does not "let the vendor use your data": say what it does.
    what: message(spec.optOutState === 'off' ? 'controlWhat' : 'controlWhatOnOptsOut', vendor.name),
    how: message(spec.optOutState === 'off' ? 'controlHowOff' : 'controlHowOn'),
    now: message(
      reading === 'opted-out'
        ? 'controlNowOptedOut'
        : reading === 'training'
          ? 'controlNowTraining'
          : 'controlNowUnknown',
    ),
    reading,
  };
}

/** Where a person should have found the control, for the "not found" notice: the label as the page shows it. */
export function expectedPath(spec: ControlSpec, lang = 'en'): string {
  return [...spec.path, localized(spec, lang) ?? spec.label].join(' › ');
}

/**
 * The "not found" notice, in the user's language (`uiLang`), with the
 * record's English menu path and the label (English, or the page's language
 * where the record gives it) marked as such for screen readers. On a page in a
 * language whose label NoTrain does not know, it says so rather than blame
 * the vendor.
 */
export function notFoundParts(spec: ControlSpec, pageLang: string, uiLang: string, t: Translate): TextPart[] {
  const path = spec.path.join(' › ');
  if (!labelKnownIn(spec, pageLang)) {
    return translateParts(t, 'controlNotFoundLanguage', [english(spec.label, uiLang), english(path, uiLang)]);
  }
  const label = localized(spec, pageLang);
  const mark = (text: string, lang: string): TextPart =>
    lang === uiLang.split('-')[0]?.toLowerCase() ? { text } : { text, lang };
  const runs: TextPart[] = [
    ...(path ? [mark(`${path} › `, 'en')] : []),
    label ? mark(label, pageLang) : mark(spec.label, 'en'),
  ];
  return translateParts(t, 'controlNotFound', [runs]);
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
