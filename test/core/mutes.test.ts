import { describe, expect, it } from 'vitest';
import { isMuted, storedMutes } from '../../src/core/mutes.ts';

describe('muted vendors', () => {
  it('are the user’s muted vendors and the ones the organisation hid', () => {
    expect(isMuted({ mutedVendors: ['slack'] }, {}, 'slack')).toBe(true);
    expect(isMuted({ mutedVendors: [] }, { hiddenVendors: ['zoom'] }, 'zoom')).toBe(true);
    expect(isMuted({ mutedVendors: ['slack'] }, { hiddenVendors: ['zoom'] }, 'figma')).toBe(false);
  });

  it.each([
    [undefined, []],
    ['junk', []],
    [{ preferences: { mutedVendors: 'slack' } }, []],
    [{ preferences: { mutedVendors: ['slack', '__proto__', 'Zoom'] } }, []],
    [{ version: 2, preferences: { mutedVendors: ['slack', 'zoom'] } }, ['slack', 'zoom']],
  ])('are read from a stored tracker as untrusted data (%j)', (raw, muted) => {
    expect(storedMutes(raw).mutedVendors).toEqual(muted);
  });
});
