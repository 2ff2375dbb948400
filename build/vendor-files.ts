/**
 * The vendor records as files, and today's date for the review window: the
 * one place the build, the scripts, the bench and the tests read them from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VENDOR_DIR = 'src/vendors';
/** The JSON Schema for editors, generated from the valibot schema; it sits beside the records but is not one. */
export const VENDOR_JSON_SCHEMA = 'vendor.schema.json';

export interface VendorFile {
  /** `slack.json` */
  readonly name: string;
  readonly text: string;
}

/** Every record in `dir`, sorted by file name. */
export function readVendorFiles(dir = VENDOR_DIR): VendorFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== VENDOR_JSON_SCHEMA)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** `2026-12-01`: the day in UTC, as records date their reviews and sources. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
