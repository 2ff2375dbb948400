/**
 * Host → vendor lookup that costs the same with 40 vendors or 10,000: the
 * index is built once, and a lookup walks the host's own labels (a handful)
 * instead of every vendor's patterns.
 */
import type { Vendor } from './vendor-schema.ts';

/** What matching needs of a record; a full `Vendor` is one too. */
export type MatchEntry = Pick<Vendor, 'id' | 'match'>;
/** Matching data and the name, as most views carry it. */
export type VendorEntry = MatchEntry & Pick<Vendor, 'name'>;

export interface Registry<V extends MatchEntry = VendorEntry> {
  readonly vendors: readonly V[];
  /** The vendor whose `match.hosts` cover `host`, if any. */
  vendorForHost(host: string): V | undefined;
  byId(id: string): V | undefined;
}

export function createRegistry<V extends MatchEntry>(vendors: readonly V[]): Registry<V> {
  const exact = new Map<string, V>();
  /** Keyed by the parent of a `*.parent` pattern. */
  const below = new Map<string, V>();
  const ids = new Map<string, V>();
  for (const vendor of vendors) {
    ids.set(vendor.id, vendor);
    for (const pattern of vendor.match.hosts) {
      if (pattern.startsWith('*.')) below.set(pattern.slice(2), vendor);
      else exact.set(pattern, vendor);
    }
  }
  return {
    vendors,
    byId: (id) => ids.get(id),
    vendorForHost(host) {
      const hit = exact.get(host);
      if (hit) return hit;
      // `a.b.slack.com` is below `b.slack.com` and `slack.com`: try each parent.
      for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
        const parentHit = below.get(host.slice(dot + 1));
        if (parentHit) return parentHit;
      }
      return undefined;
    },
  };
}
