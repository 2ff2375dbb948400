/**
 * Translation for popup components, passed down by context so that the
 * components never touch the browser API and tests can render them with a
 * translator built from the same messages.json.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Message, messageTranslator, type Translate } from '../core/i18n.ts';

export interface Locale {
  readonly t: Translate;
  /** BCP 47 tag for dates and lists, e.g. `en-US`. */
  readonly language: string;
  /**
   * The fixed parts of the opt-out email, in the language the vendor reads
   * (English for every vendor so far), whatever the popup's language: the
   * email goes to the vendor in the user's name. Defaults to `t`.
   */
  readonly emailT?: Translate | undefined;
}

export const LocaleContext = createContext<Locale | undefined>(undefined);

// Building an Intl formatter costs milliseconds and the popup formats a dozen
// dates: build each once per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const once = <T>(cache: Map<string, T>, language: string, make: () => T): T => {
  let value = cache.get(language);
  if (!value) cache.set(language, (value = make()));
  return value;
};

export function useLocale() {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('LocaleContext is missing: render inside <LocaleContext.Provider>');
  const { t, language } = locale;
  return {
    t,
    language,
    emailT: locale.emailT ?? t,
    tr: (m: Message) => messageTranslator(t)(m),
    /** `2026-11-29` → `29 Nov 2026` in the user's language; dates are calendar days, so UTC. */
    date: (iso: string) =>
      once(
        dateFormats,
        language,
        () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
      ).format(new Date(`${iso}T00:00:00Z`)),
    /** `["a", "b", "c"]` → `a, b or c`. */
    orList: (items: readonly string[]) =>
      once(listFormats, language, () => new Intl.ListFormat(language, { type: 'disjunction' })).format(items),
  };
}
