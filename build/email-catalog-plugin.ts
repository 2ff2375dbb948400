/**
 * `email-en.json`: the opt-out email's fixed parts in English (the `email*`
 * keys of the English catalog), with their named placeholders already turned
 * into `$1`, `$2`… A popup in another language fetches this small file to
 * write the email in the vendor's language, and needs only a one-line
 * substitution to use it, instead of the catalog reader (popup bytes are
 * budgeted: docs/performance.md).
 */
import type { Plugin } from 'vite';
import messages from '../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../src/core/i18n.ts';
import { type MessageEntry, translatorFor } from '../src/core/messages-table.ts';

export const EMAIL_CATALOG = 'email-en.json';
const POSITIONS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

export function emailCatalog(): Record<string, string> {
  const table = messages as Record<string, MessageEntry>;
  const t = translatorFor(table);
  return Object.fromEntries(
    Object.keys(table)
      .filter((key) => key.startsWith('email'))
      .map((key) => [key, t(key as MessageKey, POSITIONS)]),
  );
}

export function emailCatalogPlugin(): Plugin {
  return {
    name: 'notrain:email-catalog',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMAIL_CATALOG, source: `${JSON.stringify(emailCatalog())}\n` });
    },
  };
}
