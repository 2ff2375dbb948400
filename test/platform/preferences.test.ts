import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadEffectivePreferences,
  loadPreferences,
  PREFERENCES_KEY,
  savePreference,
} from '../../src/platform/preferences.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

describe('the stored preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults until set, then read back', async () => {
    expect((await loadPreferences()).preferences.emailMethod).toBe('mailto');
    await savePreference({ emailMethod: 'gmail' });
    await savePreference({ senderName: 'Ana Ruiz' });
    const { preferences } = await loadPreferences();
    expect(preferences).toMatchObject({ emailMethod: 'gmail', senderName: 'Ana Ruiz' });
  });

  it('never overwrite a newer version', async () => {
    const future = { version: 9, somethingNew: true };
    await fakeBrowser.storage.local.set({ [PREFERENCES_KEY]: future });
    const read = await savePreference({ emailMethod: 'gmail' });
    expect(read.writable).toBe(false);
    expect((await fakeBrowser.storage.local.get(PREFERENCES_KEY))[PREFERENCES_KEY]).toEqual(future);
  });

  it('keep what they cannot read when saving something else', async () => {
    await fakeBrowser.storage.local.set({ [PREFERENCES_KEY]: { version: 1, mutedBadge: 'not-a-list' } });
    await savePreference({ senderOrg: 'Acme' });
    const stored = (await fakeBrowser.storage.local.get(PREFERENCES_KEY))[PREFERENCES_KEY];
    expect(stored).toMatchObject({ senderOrg: 'Acme', kept: { mutedBadge: 'not-a-list' } });
  });

  it('with no managed storage (no policy), the user’s preferences apply', async () => {
    await savePreference({ emailMethod: 'outlook' });
    expect((await loadEffectivePreferences()).emailMethod).toBe('outlook');
  });
});
