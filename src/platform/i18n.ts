import { messageTranslator, type Translate } from '../core/i18n.ts';
import browser from './browser.ts';

export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

export const translateMessage = messageTranslator(translate);

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/**
 * The translator for the opt-out email's fixed parts: the vendor's language,
 * English. In another language the popup reads them from `email-en.json`, a
 * file of the extension (not a network request) that the build writes with
 * placeholders already numbered (build/vendor-data.ts).
 */
export async function emailTranslator(): Promise<Translate> {
  // The answering catalog names its own language: in English there is nothing to fetch.
  if (translate('htmlLang') === 'en') return translate;
  const table = (await (await fetch(browser.runtime.getURL('email-en.json'))).json()) as Record<string, string>;
  return (key, subs = []) => (table[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[+n - 1] ?? '');
}
