/**
 * A translator over `public/_locales/en/messages.json` with the browser's
 * substitution rules ($NAME$ → placeholder content → $1…$9), so tests see the
 * same strings the extension shows.
 */
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey, Translate } from '../../src/core/i18n.ts';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const table = messages as Record<string, Entry>;

export const translate: Translate = (key: MessageKey, substitutions = []) => {
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

export const locale = { t: translate, language: 'en-GB' };
