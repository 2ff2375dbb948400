/**
 * The user's preferences, kept on this device (storage.local) and read back
 * as untrusted data, like everything stored or imported:
 * - `emailMethod`: how an opt-out email opens (the default mail app through
 *   `mailto:`, Gmail's or Outlook's web compose page), always with the same
 *   recipient, subject and body;
 * - `senderName`, `senderOrg`: the signature under the opt-out email;
 * - `mutedBadge`, `mutedNotes`: vendors whose toolbar badge or settings-page
 *   notes the user turned off.
 *
 * A field that fails validation is set aside with its raw value (`kept`) and
 * written back untouched, so nothing the user stored is lost to a reader that
 * cannot read it; an unknown version is read as defaults and never
 * overwritten. Managed (IT) values override the user's and say so.
 */
import { stripUnsafe } from './page-text.ts';

export const PREFERENCES_VERSION = 1;

export const EMAIL_METHODS = ['mailto', 'gmail', 'outlook'] as const;
export type EmailMethod = (typeof EMAIL_METHODS)[number];

export interface Preferences {
  readonly version: typeof PREFERENCES_VERSION;
  readonly emailMethod: EmailMethod;
  readonly senderName: string;
  readonly senderOrg: string;
  /** Vendor ids, sorted, without duplicates. */
  readonly mutedBadge: readonly string[];
  readonly mutedNotes: readonly string[];
  /** Fields that failed validation, by name, with their stored value: written back as they were. */
  readonly kept: Readonly<Record<string, unknown>>;
}

export interface PreferencesRead {
  readonly preferences: Preferences;
  /** False when a newer version (or something not ours) is stored: show defaults, never overwrite it. */
  readonly writable: boolean;
}

/** Values an organisation sets through managed storage: each one overrides the user's and cannot be changed here. */
export interface ManagedPreferences {
  readonly emailMethod?: EmailMethod | undefined;
  readonly senderOrg?: string | undefined;
}

/** A name or an organisation in a signature: one line, short enough for the mailto budget. */
export const MAX_SENDER_LENGTH = 80;
/** More vendors than NoTrain will ever know; bounds what a stored or imported list can cost. */
export const MAX_MUTED = 500;
const VENDOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const defaultPreferences = (): Preferences => ({
  version: PREFERENCES_VERSION,
  emailMethod: 'mailto',
  senderName: '',
  senderOrg: '',
  mutedBadge: [],
  mutedNotes: [],
  kept: Object.create(null) as Record<string, unknown>,
});

export const isEmailMethod = (value: unknown): value is EmailMethod =>
  typeof value === 'string' && (EMAIL_METHODS as readonly string[]).includes(value);

/** A signature line as stored: plain one-line text (no control, bidi or zero-width character) within the cap; else undefined. */
export function senderText(value: unknown): string | undefined {
  // A lone surrogate cannot be encoded into a mailto: refused, not repaired, so the stored value is kept as it was.
  if (typeof value !== 'string' || /[\uD800-\uDFFF]/u.test(value)) return undefined;
  const clean = stripUnsafe(value);
  return Array.from(clean).length <= MAX_SENDER_LENGTH ? clean : undefined;
}

function vendorList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_MUTED) return undefined;
  if (!value.every((id) => typeof id === 'string' && VENDOR_ID.test(id))) return undefined;
  return [...new Set(value as string[])].sort();
}

const FIELDS = {
  emailMethod: (v: unknown) => (isEmailMethod(v) ? v : undefined),
  senderName: senderText,
  senderOrg: senderText,
  mutedBadge: vendorList,
  mutedNotes: vendorList,
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

export function readPreferences(raw: unknown): PreferencesRead {
  if (raw === undefined || raw === null) return { preferences: defaultPreferences(), writable: true };
  if (typeof raw !== 'object' || Array.isArray(raw) || (raw as { version?: unknown }).version !== PREFERENCES_VERSION)
    return { preferences: defaultPreferences(), writable: false };
  const stored = raw as Record<string, unknown>;
  const base = defaultPreferences();
  const values: Record<string, unknown> = {};
  const kept = Object.create(null) as Record<string, unknown>;
  // What an earlier read set aside stays set aside until the user sets that field again (withPreference).
  const earlier = stored.kept;
  if (typeof earlier === 'object' && earlier !== null && !Array.isArray(earlier))
    for (const [name, value] of Object.entries(earlier)) kept[name] = value;
  for (const name of FIELD_NAMES) {
    if (!Object.hasOwn(stored, name)) continue;
    const value = FIELDS[name](stored[name]);
    if (value === undefined) kept[name] = stored[name];
    else values[name] = value;
  }
  return { preferences: { ...base, ...values, kept } as Preferences, writable: true };
}

/** The stored form: the valid fields, and what could not be read, as it was. */
export function storedPreferences(preferences: Preferences): Record<string, unknown> {
  const { kept, ...fields } = preferences;
  return { ...fields, mutedBadge: [...fields.mutedBadge], mutedNotes: [...fields.mutedNotes], kept: { ...kept } };
}

export type PreferenceChange =
  | { readonly emailMethod: EmailMethod }
  | { readonly senderName: string }
  | { readonly senderOrg: string }
  | { readonly mute: 'badge' | 'notes'; readonly vendorId: string; readonly muted: boolean };

/**
 * The preferences with one change applied, or undefined when it is invalid
 * or changes nothing. A field set validly leaves `kept` (the old unreadable
 * value is replaced by the user's new choice).
 */
export function withPreference(preferences: Preferences, change: PreferenceChange): Preferences | undefined {
  const kept = (name: Field) =>
    Object.fromEntries(Object.entries(preferences.kept).filter(([k]) => k !== name)) as Record<string, unknown>;
  if ('mute' in change) {
    const field = change.mute === 'badge' ? 'mutedBadge' : 'mutedNotes';
    if (!VENDOR_ID.test(change.vendorId)) return undefined;
    const list = preferences[field];
    if (list.includes(change.vendorId) === change.muted) return undefined;
    const next = change.muted ? [...list, change.vendorId].sort() : list.filter((id) => id !== change.vendorId);
    if (next.length > MAX_MUTED) return undefined;
    return { ...preferences, [field]: next, kept: kept(field) };
  }
  const [name, raw] = Object.entries(change)[0] as [Field, unknown];
  const value = FIELDS[name](raw);
  if (value === undefined || (preferences[name] === value && !(name in preferences.kept))) return undefined;
  return { ...preferences, [name]: value, kept: kept(name) };
}

/** Managed storage as untrusted data: only known fields with valid values count. */
export function readManagedPreferences(raw: unknown): ManagedPreferences {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const stored = raw as Record<string, unknown>;
  const emailMethod = isEmailMethod(stored.emailMethod) ? stored.emailMethod : undefined;
  const senderOrg = senderText(stored.senderOrg) || undefined;
  return { ...(emailMethod ? { emailMethod } : {}), ...(senderOrg ? { senderOrg } : {}) };
}

/** What applies: the user's preferences with the organisation's values over them. */
export function effectivePreferences(preferences: Preferences, managed: ManagedPreferences): Preferences {
  return {
    ...preferences,
    ...(managed.emailMethod ? { emailMethod: managed.emailMethod } : {}),
    ...(managed.senderOrg ? { senderOrg: managed.senderOrg } : {}),
  };
}

export const isMuted = (preferences: Preferences, what: 'badge' | 'notes', vendorId: string): boolean =>
  (what === 'badge' ? preferences.mutedBadge : preferences.mutedNotes).includes(vendorId);
