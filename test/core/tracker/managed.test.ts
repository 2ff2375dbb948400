import { describe, expect, it } from 'vitest';
import { applyManaged, DEFAULT_PREFERENCES, readManaged, vendorQuiet } from '../../../src/core/tracker.ts';

describe('managed settings', () => {
  it('keeps valid fields and applies them over the user’s choices, listing what the organisation set', () => {
    const { policy, rejected } = readManaged({
      senderOrganisation: 'Acme GmbH',
      emailMethod: 'outlook',
      hiddenVendors: ['zoom', 'zoom', 'webex'],
      reminders: true,
      reminderDays: 14,
    });
    expect(rejected).toEqual([]);
    const user = { ...DEFAULT_PREFERENCES, senderName: 'Ana', senderOrganisation: 'Me', emailMethod: 'gmail' as const };
    expect(applyManaged(user, policy)).toEqual({
      preferences: {
        ...user,
        senderOrganisation: 'Acme GmbH',
        emailMethod: 'outlook',
        reminders: true,
        reminderDays: 14,
      },
      locked: ['senderOrganisation', 'emailMethod', 'reminders', 'reminderDays'],
      hiddenVendors: ['zoom', 'webex'],
    });
  });

  it('ignores and lists invalid or unknown values (a policy is untrusted too)', () => {
    const { policy, rejected } = readManaged({
      senderOrganisation: 'Acme\r\nBcc: all@evil.example',
      emailMethod: 'javascript:alert(1)',
      hiddenVendors: ['zoom', '../etc'],
      reminders: 'yes',
      reminderDays: 10_000,
      senderName: 'Boss',
      __proto__: { reminders: true },
    });
    expect(policy).toEqual({});
    expect(rejected.map((r) => r.field).sort()).toEqual(
      ['emailMethod', 'hiddenVendors', 'reminderDays', 'reminders', 'senderName', 'senderOrganisation'].sort(),
    );
    expect(applyManaged(DEFAULT_PREFERENCES, policy)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      locked: [],
      hiddenVendors: [],
    });
  });

  it.each([undefined, null, 'x', [1]])('reads %j as no policy', (raw) => {
    expect(readManaged(raw)).toEqual({ policy: {}, rejected: [] });
  });

  it('keeps quiet about a vendor the organisation hid or the user muted, and only those', () => {
    const effective = applyManaged({ ...DEFAULT_PREFERENCES, mutedVendors: ['zoom'] }, { hiddenVendors: ['webex'] });
    expect(vendorQuiet(effective, 'zoom')).toBe(true);
    expect(vendorQuiet(effective, 'webex')).toBe(true);
    expect(vendorQuiet(effective, 'slack')).toBe(false);
  });
});
