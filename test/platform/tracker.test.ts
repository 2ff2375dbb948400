import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { LEDGER_V1_KEY, recordStep, TRACKER_KEY, TRACKER_VERSION } from '../../src/core/tracker.ts';
import { chainedLocks, type Locks, type TrackerArea, trackerStore } from '../../src/platform/tracker.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

/** storage.local as the browser runs it: every call resolves later, in an order the test does not control. */
function slowArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const later = () => new Promise((r) => setTimeout(r, Math.random() * 5));
  const writes: Record<string, unknown>[] = [];
  const area: TrackerArea = {
    async get(keys) {
      await later();
      return structuredClone(Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    async set(items) {
      await later();
      writes.push(structuredClone(items));
      Object.assign(data, structuredClone(items));
    },
  };
  return { area, data, writes };
}

/** An exclusive lock per name, granted in request order: what `navigator.locks` does across the extension's pages. */
function webLocks(): Locks & { held: number; maxHeld: number } {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    held: 0,
    maxHeld: 0,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        locks.held++;
        locks.maxHeld = Math.max(locks.maxHeld, locks.held);
        try {
          return await callback();
        } finally {
          locks.held--;
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  return locks;
}

const noLock: Locks = { request: (_name, callback) => callback() };
const step = (n: number) => ({
  kind: 'email-drafted' as const,
  at: `2026-12-01T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
});

/** The popup, the options page and the worker, each a separate store over the same storage and locks. */
async function interleavedWriters(locks: Locks) {
  const { area, data } = slowArea();
  const popup = trackerStore(area, locks);
  const writers = [popup, trackerStore(area, locks), trackerStore(area, locks)];
  const vendors = Array.from({ length: 30 }, (_, n) => `vendor-${n}`);
  await Promise.all(
    vendors.map((vendorId, n) =>
      (writers[n % writers.length] ?? popup).update((t) => recordStep(t, vendorId, undefined, step(n))),
    ),
  );
  const stored = data[TRACKER_KEY] as { entries: Record<string, unknown> };
  return { vendors, stored: Object.keys(stored.entries).sort() };
}

describe('concurrent writers', () => {
  it('never lose an update under the lock, however their reads and writes interleave', async () => {
    const locks = webLocks();
    const { vendors, stored } = await interleavedWriters(locks);
    expect(stored).toEqual([...vendors].sort());
    expect(locks.maxHeld).toBe(1);
  });

  it('would lose updates without it (so the test above can fail)', async () => {
    const { vendors, stored } = await interleavedWriters(noLock);
    expect(stored.length).toBeLessThan(vendors.length);
  });

  it('the in-page fallback serialises the writers of one page as well', async () => {
    const { vendors, stored } = await interleavedWriters(chainedLocks());
    expect(stored).toEqual([...vendors].sort());
  });

  it('a change that throws releases the lock and writes nothing', async () => {
    const { area, writes } = slowArea();
    const store = trackerStore(area, webLocks());
    await expect(
      store.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.update((t) => recordStep(t, 'slack', undefined, step(1)));
    expect(writes).toHaveLength(1);
  });
});

describe('reading and writing storage', () => {
  const ledger = { version: 1, vendors: { linkedin: { standing: 'opted-out', label: 'A', date: '2026-11-20' } } };

  it('load migrates in memory only; the first update writes the migration and leaves the ledger alone', async () => {
    const { area, data, writes } = slowArea({ [LEDGER_V1_KEY]: ledger });
    const store = trackerStore(area, webLocks());
    const loaded = await store.load();
    expect(loaded.tracker.entries.linkedin?.status).toBe('setting-changed');
    expect(writes).toEqual([]);
    await store.update(() => undefined);
    expect(writes).toHaveLength(1);
    expect((data[TRACKER_KEY] as { version: number }).version).toBe(TRACKER_VERSION);
    expect(data[LEDGER_V1_KEY]).toEqual(ledger);
    await store.update(() => undefined);
    expect(writes).toHaveLength(1);
  });

  it('sets a future version aside before starting afresh, counts it, and never sets it aside twice', async () => {
    const future = { version: TRACKER_VERSION + 1, entries: { x: 1 } };
    const { area, data } = slowArea({ [TRACKER_KEY]: future });
    const store = trackerStore(area, webLocks());
    expect((await store.load()).keptAside).toBe(1);
    const after = await store.update((t) => recordStep(t, 'slack', undefined, step(2)));
    expect(after.keptAside).toBe(1);
    expect(data.trackerAside).toEqual([{ from: TRACKER_KEY, reason: 'future-version', value: future }]);
    expect(Object.keys((data[TRACKER_KEY] as { entries: object }).entries)).toEqual(['slack']);
    await store.update((t) => recordStep(t, 'zoom', undefined, step(3)));
    expect(data.trackerAside).toHaveLength(1);
    expect((await store.load()).keptAside).toBe(1);
  });

  it('counts quarantined entries for the popup’s notice, and keeps them across writes', async () => {
    const { area, data } = slowArea({ [TRACKER_KEY]: { version: 2, entries: { 'Bad!': { x: 1 } } } });
    const store = trackerStore(area, webLocks());
    expect((await store.load()).keptAside).toBe(1);
    await store.update((t) => recordStep(t, 'slack', undefined, step(4)));
    expect((data[TRACKER_KEY] as { quarantine: unknown[] }).quarantine).toEqual([
      { key: 'Bad!', value: { x: 1 }, reason: 'key invalid' },
    ]);
  });
});
