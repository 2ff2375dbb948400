/** Tracker entries for tests, built through the real update functions (never hand-written shapes). */
import {
  emptyTracker,
  type Entry,
  type EntryPlace,
  recordStep,
  type Step,
  type Tracker,
} from '../../src/core/tracker.ts';

/** A tracker with these steps recorded for one vendor (and workspace), in order. */
export function trackerWith(vendorId: string, workspace: EntryPlace | undefined, ...steps: Step[]): Tracker {
  return steps.reduce((t, step) => recordStep(t, vendorId, workspace, step) ?? t, emptyTracker());
}

/** The entry NoTrain keeps after seeing one control in this state on this day. */
export function controlSeen(
  vendorId: string,
  label: string,
  state: 'opted-out' | 'training' = 'opted-out',
  day = '2026-11-30',
): Entry {
  const steps: Step[] =
    state === 'training'
      ? [
          { kind: 'control-seen', at: `${day}T00:00:00.000Z`, label, state: 'opted-out' },
          { kind: 'control-seen', at: `${day}T00:00:01.000Z`, label, state },
        ]
      : [{ kind: 'control-seen', at: `${day}T00:00:00.000Z`, label, state }];
  const entry = trackerWith(vendorId, undefined, ...steps).entries[vendorId];
  if (!entry) throw new Error('not recorded');
  return entry;
}
