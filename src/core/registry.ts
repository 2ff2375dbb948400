/**
 * Host → vendor lookup that costs the same with 40 vendors or 10,000: the
 * index is built once, and a lookup walks the host's own labels (a handful)
 * instead of every vendor's patterns.
 */
import type { Vendor } from './vendor-schema.ts';

export interface Registry {
  readonly vendors: readonly Vendor[];
  /** The vendor whose `match.hosts` cover `host`, if any. */
  vendorForHost(host: string): Vendor | undefined;
  byId(id: string): Vendor | undefined;
}

export function createRegistry(vendors: readonly Vendor[]): Registry {
  const exact = new Map<string, Vendor>();
  /** Keyed by the parent of a `*.parent` pattern. */
  const below = new Map<string, Vendor>();
  const ids = new Map<string, Vendor>();
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
