/**
 * What every drafter returns: the finished text, or the fields it could not
 * fill. No drafter ever hands out a text with a blank, a bracket or a
 * placeholder left in it: whatever it cannot fill from the record, the tab or
 * the user's answers, it names, and the popup asks for it in a labelled
 * field. Nothing can be copied, opened in a mail app or sent until then.
 */
import { stripUnsafe } from './page-text.ts';

/** The blanks a drafter may need the user to fill. */
export type FieldId = 'name' | 'email' | 'account' | 'workspace-url';

export type Drafted<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: readonly FieldId[] };

export const drafted = <T>(value: T): Drafted<T> => ({ ok: true, value });
export const missing = <T>(fields: readonly FieldId[]): Drafted<T> => ({ ok: false, missing: fields });

/** Longest value a typed field keeps: a name or an address, never a page of text in a vendor's form. */
export const MAX_FIELD = 200;

/** The markers a letter uses for its blanks while the popup shows them (Unicode private use: no keyboard types them). */
export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';
const SLOT_MARKS = /[\uE000\uE001]/gu;

/** Text from elsewhere (a record, a tab title) never carries a slot marker into a letter. */
export const withoutSlots = (text: string): string => text.replace(SLOT_MARKS, '');

/**
 * A value the user typed, as it may go into a letter: one line (no control,
 * bidi or zero-width characters, no slot markers), NFC, at most MAX_FIELD
 * characters; empty when nothing is left.
 */
export function cleanField(raw: string | undefined): string {
  const flat = stripUnsafe(withoutSlots(raw ?? ''));
  return Array.from(flat).slice(0, MAX_FIELD).join('').trim();
}

/** One address, no spaces, something on each side of a single `@`: enough to catch a name typed in the wrong field. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** The typed value of a field if it is acceptable, or undefined (so the field stays a blank). */
export function acceptField(field: FieldId, raw: string | undefined): string | undefined {
  const value = cleanField(raw);
  if (!value) return undefined;
  if (field === 'email' && !EMAIL.test(value)) return undefined;
  return value;
}
