/**
 * Settings an organisation presets through the browser's policies
 * (`storage.managed`, schema in public/managed-schema.json): the sender
 * organisation, the email method, vendors to hide, reminders on or off and
 * their delay. Managed values are untrusted too (a policy file is typed by
 * hand): each is checked like the user's own, and one that fails is
 * ignored and listed, never applied.
 */
import { type EmailMethod, type Preferences, validField } from './preferences.ts';
import { isKebabId } from '../kebab-id.ts';

/** The managed storage's fields, each optional (an organisation sets only what it wants). */
export interface ManagedPolicy {
  readonly senderOrganisation?: string;
  readonly emailMethod?: EmailMethod;
  /** Vendor ids the organisation does not use: no toolbar badge, no settings-page notes, no reminders, not listed (hidden.ts). */
  readonly hiddenVendors?: readonly string[];
  readonly reminders?: boolean;
  readonly reminderDays?: number;
}

/** The preferences an organisation may set, by their managed-storage names. */
const PRESETS = ['senderOrganisation', 'emailMethod', 'reminders', 'reminderDays'] as const;

/** The managed fields that were present but ignored, with why. */
export type ManagedRejection = { readonly field: string; readonly reason: 'invalid' | 'unknown field' };

/** The policy from `storage.managed.get()`'s value: valid fields kept, the rest listed. Never throws. */
export function readManaged(raw: unknown): { policy: ManagedPolicy; rejected: ManagedRejection[] } {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const policy: { -readonly [K in keyof ManagedPolicy]: ManagedPolicy[K] } = {};
  const rejected: ManagedRejection[] = [];
  for (const [field, value] of Object.entries(stored)) {
    if (field === 'hiddenVendors') {
      const ok =
        Array.isArray(value) && value.length <= 200 && value.every((id) => typeof id === 'string' && isKebabId(id));
      if (ok) policy.hiddenVendors = [...new Set(value)];
      else rejected.push({ field, reason: 'invalid' });
    } else if ((PRESETS as readonly string[]).includes(field)) {
      const name = field as (typeof PRESETS)[number];
      if (validField[name](value)) Object.assign(policy, { [name]: value });
      else rejected.push({ field, reason: 'invalid' });
    } else rejected.push({ field, reason: 'unknown field' });
  }
  return { policy, rejected };
}

/** The user's preferences with the organisation's over them, and which fields the organisation set. */
export interface EffectivePreferences {
  readonly preferences: Preferences;
  /** Fields set by the organisation: shown as "set by your organisation", not editable. */
  readonly locked: readonly (keyof Preferences)[];
  readonly hiddenVendors: readonly string[];
}

/** Applies a (validated) policy over the user's choices: the organisation's value wins where it set one. */
export function applyManaged(user: Preferences, policy: ManagedPolicy): EffectivePreferences {
  const locked = PRESETS.filter((field) => policy[field] !== undefined);
  const preferences: Preferences = { ...user, ...Object.fromEntries(locked.map((field) => [field, policy[field]])) };
  return { preferences, locked, hiddenVendors: policy.hiddenVendors ?? [] };
}

/**
 * Whether NoTrain keeps quiet about a vendor (no toolbar badge, no
 * reminders): the organisation hid it, or the user muted it.
 */
export function vendorQuiet(effective: EffectivePreferences, vendorId: string): boolean {
  return effective.hiddenVendors.includes(vendorId) || effective.preferences.mutedVendors.includes(vendorId);
}
