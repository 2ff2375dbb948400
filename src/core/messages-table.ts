/**
 * A translator over a `messages.json` table with the browser's substitution
 * rules ($NAME$ → the placeholder's content → $1…$9). The extension itself uses
 * `browser.i18n.getMessage`; this serves the build (prerendered popups) and
 * the tests, so both see exactly the strings the extension shows.
 */
import type { MessageKey, Translate } from './i18n.ts';

export interface MessageEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export function translatorFor(table: Readonly<Record<string, MessageEntry>>): Translate {
  return (key: MessageKey, substitutions = []) => {
    const entry = table[key];
    if (!entry) throw new Error(`messages.json has no "${key}"`);
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([a-zA-Z0-9_@]+)\$/g, (_, name: string) => {
        const placeholder = entry.placeholders?.[name.toLowerCase()];
        if (!placeholder) throw new Error(`messages.json "${key}" uses $${name}$ without a placeholder`);
        return positional(placeholder.content);
      })
      .replace(/\$\$/g, '$');
  };
}

/** The locales in `public/_locales`, default first (test/repo.test.ts keeps this in step with the folder and the manifest). */
export const CATALOG_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export const DEFAULT_LOCALE = CATALOG_LOCALES[0];

/**
 * Whether the browser answers `getMessage` for `language` (a UI language such
 * as `de-AT`) from a catalog other than the default one. Its lookup is the
 * locale (`de_AT`), then the language (`de`), then the default locale.
 */
export function hasOwnCatalog(
  language: string,
  catalogs: readonly string[] = CATALOG_LOCALES,
  defaultLocale: string = DEFAULT_LOCALE,
): boolean {
  const locale = language.replace(/-/g, '_').toLowerCase();
  const base = locale.split('_')[0];
  return catalogs.some((catalog) => {
    const name = catalog.toLowerCase();
    return name !== defaultLocale.toLowerCase() && (name === locale || name === base);
  });
}
