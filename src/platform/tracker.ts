/**
 * The tracker in `storage.local`: read anywhere, changed only inside one
 * read-modify-write under a Web Lock.
 *
 * Why a Web Lock (`navigator.locks`) and not routing writes through the
 * worker: the popup, the options page and the worker are all pages of the
 * extension's one origin, and Chrome and Firefox share that origin's locks
 * between them (the worker included), so one named lock serialises every
 * writer without a message protocol, keeps working when the worker is
 * asleep (a page never waits for it to wake) and needs no second copy of
 * the update functions in the worker. `storage.local` alone offers no
 * compare-and-set: two unlocked read-modify-writes that overlap lose one.
 * Inside the lock each change re-reads storage, so it applies to the latest
 * value, whoever wrote it.
 */
import {
  ASIDE_KEY,
  checkedForWrite,
  LEDGER_V1_KEY,
  readTracker,
  type Tracker,
  TRACKER_KEY,
  withAside,
} from '../core/tracker.ts';
import browser from './browser.ts';

/** The lock every tracker write holds, in every page and the worker. */
export const TRACKER_LOCK = 'notrain-tracker';

/** What a store needs of a storage area (storage.local, or a test's). */
export interface TrackerArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What a store needs of a lock manager (`navigator.locks`, or a test's). */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The tracker as read, and how many stored items NoTrain could not read and kept aside (for the popup's notice). */
export interface TrackerState {
  readonly tracker: Tracker;
  readonly keptAside: number;
}

const KEYS = [TRACKER_KEY, LEDGER_V1_KEY, ASIDE_KEY];

/** Reads storage and writes back a migration, values set aside and the change, all in one `set`. */
export function trackerStore(area: TrackerArea, locks: Locks) {
  const read = async () => {
    const stored = await area.get(KEYS);
    return { stored, read: readTracker(stored) };
  };
  const keptAside = (stored: Record<string, unknown>, pending: number, quarantined: number) => {
    const aside = stored[ASIDE_KEY];
    return quarantined + pending + (Array.isArray(aside) ? aside.length : aside === undefined ? 0 : 1);
  };
  return {
    /** The tracker, migrated in memory if storage holds an older version; writes nothing. */
    async load(): Promise<TrackerState> {
      const { stored, read: r } = await read();
      return { tracker: r.tracker, keptAside: keptAside(stored, r.aside.length, r.tracker.quarantine.length) };
    },
    /**
     * Applies `change` to the latest stored tracker under the lock, and
     * writes the result (validated) along with any pending migration; writes
     * nothing when neither changes anything. Resolves to the tracker as stored.
     */
    update(change: (tracker: Tracker) => Tracker | undefined): Promise<TrackerState> {
      return locks.request(TRACKER_LOCK, async () => {
        const { stored, read: r } = await read();
        const next = change(r.tracker);
        const tracker = next ?? r.tracker;
        if (next || r.migrated) {
          await area.set({
            [TRACKER_KEY]: checkedForWrite(tracker),
            ...(r.aside.length ? { [ASIDE_KEY]: withAside(stored[ASIDE_KEY], r.aside) } : {}),
          });
        }
        const aside = r.aside.length ? withAside(stored[ASIDE_KEY], r.aside) : stored[ASIDE_KEY];
        return { tracker, keptAside: keptAside({ [ASIDE_KEY]: aside }, 0, tracker.quarantine.length) };
      });
    },
  };
}

/**
 * Where `navigator.locks` is missing (it is not, in the browsers NoTrain
 * supports): one promise chain, which serialises the writers of this page
 * or worker only.
 */
export function chainedLocks(): Locks {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const run = tail.then(callback, callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

let store: ReturnType<typeof trackerStore> | undefined;
const defaultStore = () =>
  (store ??= trackerStore(browser.storage.local, globalThis.navigator?.locks ?? chainedLocks()));

/** The tracker as stored (migrated in memory); writes nothing, so the popup's first paint waits on one read only. */
export const loadTracker = (): Promise<TrackerState> => defaultStore().load();

/** One locked read-modify-write of the tracker; see `trackerStore`. */
export const updateTracker = (change: (tracker: Tracker) => Tracker | undefined): Promise<TrackerState> =>
  defaultStore().update(change);
