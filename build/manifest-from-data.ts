/**
 * The two parts of `manifest.json` that the vendor data decides: the host
 * permissions (every vendor host, nothing else) and the settings pages the
 * content script runs on. `npm run sync:manifest` writes them; a test fails
 * when the committed manifest is out of date, so a new host is still a
 * visible line in review, never a silent widening at build time.
 */
import type { Vendor } from '../src/core/vendor-schema.ts';
import { settingsPageMatches } from './vendor-views.ts';

export function hostPermissions(vendors: readonly Pick<Vendor, 'match'>[]): string[] {
  return [...new Set(vendors.flatMap((vendor) => vendor.match.hosts.map((host) => `https://${host}/*`)))].sort();
}

interface ManifestShape {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  [key: string]: unknown;
}

/** The manifest with its data-derived parts rewritten from the records; every other key untouched, in order. */
export function syncedManifest<M extends ManifestShape>(manifest: M, vendors: readonly Vendor[]): M {
  const [script, ...others] = manifest.content_scripts ?? [];
  return {
    ...manifest,
    host_permissions: hostPermissions(vendors),
    ...(script ? { content_scripts: [{ ...script, matches: settingsPageMatches(vendors) }, ...others] } : {}),
  };
}

export const manifestText = (manifest: unknown) => `${JSON.stringify(manifest, null, 2)}\n`;
