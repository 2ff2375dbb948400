/**
 * The vendor database as shipped: every record passes the gate the build runs.
 * (The gate itself is tested in vendors.test.ts, on a hand-made record.)
 */
import { describe, expect, it } from 'vitest';
import { readVendorFiles, todayUtc } from '../build/vendor-files.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const files = readVendorFiles();

describe('src/vendors', () => {
  it('every record is valid', () => {
    expect(validateVendorFiles(files, todayUtc()).errors).toEqual([]);
  });

  it('has Slack', () => {
    expect(files.map((f) => f.name)).toContain('slack.json');
  });
});
