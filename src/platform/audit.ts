/**
 * What the audit page reads: the tracker (through the tracker's own reader,
 * read-only: the page never writes it), the popup's stored answers, and the
 * list of vendors the user added to the audit (`auditAdded`, the page's only
 * key of its own), read back as untrusted data.
 */
import { readAdded } from '../core/audit/items.ts';
import type { Choices } from '../core/choices.ts';
import { LEDGER_V1_KEY, readTracker, TRACKER_KEY, type Tracker } from '../core/tracker/schema.ts';
import browser from './browser.ts';
import { loadChoices } from './choices.ts';

const ADDED_KEY = 'auditAdded';

export async function loadAudit(): Promise<{ tracker: Tracker; choices: Choices; added: string[] }> {
  const [stored, choices] = await Promise.all([
    browser.storage.local.get([TRACKER_KEY, LEDGER_V1_KEY, ADDED_KEY]),
    loadChoices(),
  ]);
  return { tracker: readTracker(stored).tracker, choices, added: readAdded(stored[ADDED_KEY]) };
}

export async function saveAdded(ids: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [ADDED_KEY]: readAdded(ids) });
}
