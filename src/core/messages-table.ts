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
