import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPlace, savePlace } from '../../src/platform/place.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

describe('the stored region choice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is absent until chosen, then read back', async () => {
    expect(await loadPlace()).toBeUndefined();
    await savePlace('UK');
    expect(await loadPlace()).toBe('UK');
    await savePlace('elsewhere');
    expect(await loadPlace()).toBe('elsewhere');
  });

  it.each(['uk', 'Mars', 42, null, ['UK'], { UK: true }])('ignores a stored %j', async (junk) => {
    await fakeBrowser.storage.local.set({ place: junk });
    expect(await loadPlace()).toBeUndefined();
  });

  it('leaves the ledger alone', async () => {
    await fakeBrowser.storage.local.set({ ledger: { version: 1 } });
    await savePlace('BR');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ ledger: { version: 1 }, place: 'BR' });
  });
});
