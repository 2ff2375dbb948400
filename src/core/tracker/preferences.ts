/**
 * The user's preferences, stored inside the tracker (one schema, one lock):
 * how to send email, the signature, per-vendor mutes and reminders. Read as
 * untrusted: a field of the wrong shape falls back to its default (and the
 * tracker keeps the stored original aside, see schema.ts).
 */

/** How an opt-out email is sent: the default mail app (`mailto:`), or Gmail's or Outlook's web compose. */
export type EmailMethod = 'mailto' | 'gmail' | 'outlook';

/** The email methods, in the order the options page offers them. */
export const EMAIL_METHODS: readonly EmailMethod[] = ['mailto', 'gmail', 'outlook'];

/** What the user chose (the organisation's settings go over it: managed.ts). */
export interface Preferences {
  readonly emailMethod: EmailMethod;
  /** For the email's signature; '' when not given. */
  readonly senderName: string;
  readonly senderOrganisation: string;
  /** Vendor ids whose toolbar badge and settings-page notes the user muted. */
  readonly mutedVendors: readonly string[];
  /** Reminders for emails marked sent and not confirmed: off until the user turns them on. */
  readonly reminders: boolean;
  /** Days after "I sent it" before a reminder. */
  readonly reminderDays: number;
}

/** Before the user chooses anything: the default mail app, no signature, nothing muted, reminders off (7 days once on). */
export const DEFAULT_PREFERENCES: Preferences = {
  emailMethod: 'mailto',
  senderName: '',
  senderOrganisation: '',
  mutedVendors: [],
  reminders: false,
  reminderDays: 7,
};

/** Longest sender name or organisation kept (a signature line, not a letter). */
export const MAX_SENDER_LENGTH = 120;
/** Reminder delays NoTrain accepts, in days. */
export const MIN_REMINDER_DAYS = 1;
/** The longest reminder delay NoTrain accepts, in days. */
export const MAX_REMINDER_DAYS = 90;

/** A vendor id as the records name them (`src/vendors/<id>.json`). */
export const VENDOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** No control characters or line breaks: a signature goes into an email body and a mailto: URL. */
const SENDER = /^[^\p{Cc}\u2028\u2029]*$/u;

/** Whether each field is of the right shape; the checks read/write validation and the managed policy share. */
export const validField: { readonly [K in keyof Preferences]: (value: unknown) => value is Preferences[K] } = {
  emailMethod: (v): v is EmailMethod => (EMAIL_METHODS as readonly unknown[]).includes(v),
  senderName: (v): v is string => typeof v === 'string' && v.length <= MAX_SENDER_LENGTH && SENDER.test(v),
  senderOrganisation: (v): v is string => typeof v === 'string' && v.length <= MAX_SENDER_LENGTH && SENDER.test(v),
  mutedVendors: (v): v is string[] =>
    Array.isArray(v) && v.length <= 200 && v.every((id) => typeof id === 'string' && VENDOR_ID.test(id)),
  reminders: (v): v is boolean => typeof v === 'boolean',
  reminderDays: (v): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= MIN_REMINDER_DAYS && v <= MAX_REMINDER_DAYS,
};

const FIELDS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];

/**
 * Stored preferences, each field validated: a missing field takes its
 * default; `invalid` lists the fields that were present but wrong (their
 * stored values are kept aside by the caller, never silently lost).
 */
export function readPreferences(raw: unknown): { preferences: Preferences; invalid: (keyof Preferences)[] } {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  const invalid: (keyof Preferences)[] = [];
  for (const field of FIELDS) {
    if (!Object.hasOwn(stored, field)) continue;
    const value = stored[field];
    if (validField[field](value)) out[field] = Array.isArray(value) ? [...new Set(value)] : value;
    else invalid.push(field);
  }
  return { preferences: out as unknown as Preferences, invalid };
}

/** The preferences with some fields changed, or `undefined` when a value is invalid or nothing changes. */
export function withPreferences(current: Preferences, patch: Partial<Preferences>): Preferences | undefined {
  const fields = Object.keys(patch) as (keyof Preferences)[];
  if (!fields.every((field) => FIELDS.includes(field) && validField[field](patch[field]))) return undefined;
  const next = { ...current, ...patch };
  return fields.some((field) => JSON.stringify(next[field]) !== JSON.stringify(current[field])) ? next : undefined;
}
