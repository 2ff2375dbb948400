/**
 * "The policy changed since": the dated changes in a vendor record's
 * `history` that came after the user's opt-out step, or after they last
 * looked at the changes, whichever is later, with what changed and the
 * sources that say so.
 */
import type { ShippedVendor } from '../vendor-schema.ts';
import { type Entry, stepsInEffect } from './entry.ts';

/** One change the user has not seen, for the popup and the options page. */
export interface PolicyChange {
  /** YYYY-MM-DD, as the record dates it. */
  readonly date: string;
  /** What changed, in the record's words. */
  readonly change: string;
  /** The sources the record cites for it, each once, in the record's order. */
  readonly sources: readonly { readonly url: string; readonly title: string }[];
}

/** What the notice needs of a record. */
export type ChangeVendor = Pick<ShippedVendor, 'history' | 'sources'>;

/**
 * The day after which a change is news to the user: the latest of their
 * opt-out steps (user steps in effect and controls seen) and the last time
 * they looked at the changes; `undefined` before they did anything.
 */
export function changesCutoff(entry: Entry): string | undefined {
  const days = [
    ...stepsInEffect(entry.steps).map((s) => s.at),
    ...entry.steps.filter((s) => s.kind === 'control-seen' || s.kind === 'changes-seen').map((s) => s.at),
  ].map((at) => at.slice(0, 10));
  return days.sort().at(-1);
}

/**
 * The record's changes dated after the cutoff, newest first; none for an
 * entry with no opt-out step (there is nothing for a change to undermine).
 */
export function policyChangesSince(vendor: ChangeVendor, entry: Entry | undefined): PolicyChange[] {
  const cutoff = entry && changesCutoff(entry);
  if (!cutoff) return [];
  return vendor.history
    .filter((item) => item.date > cutoff)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((item) => ({
      date: item.date,
      change: item.change,
      sources: [...new Set(item.evidence.map((e) => e.source))].flatMap((id) => {
        const source = vendor.sources[id];
        return source ? [{ url: source.url, title: source.title }] : [];
      }),
    }));
}
