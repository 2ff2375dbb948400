/**
 * The one data step (build/vendor-data.ts): run twice on a copy of the
 * records, with one record changed in between, it rewrites what the change
 * touches (the prerendered popup, the views, the packaged record) and only
 * when an input changed; an invalid record stops it and leaves the last good
 * output in place.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, EMAIL_CATALOG, recordFile, stampFile, viewFile } from '../../build/vendor-data-plugin.ts';
import { generateVendorData, shippedRecord } from '../../build/vendor-data.ts';
import { VENDOR_DIR } from '../../build/vendor-files.ts';
import { PRERENDERED_POPUPS, prerenderedPopup } from '../../src/core/popup-page.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';

const root = mkdtempSync(join(tmpdir(), 'notrain-data-'));
const vendorDir = join(root, 'vendors');
const outDir = join(root, 'generated');
mkdirSync(vendorDir);
for (const id of ['slack', 'notion']) cpSync(join(VENDOR_DIR, `${id}.json`), join(vendorDir, `${id}.json`));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inOut = (path: string) => join(outDir, relative(DATA_DIR, path));
const read = (path: string) => readFileSync(inOut(path), 'utf8');
const popup = (id: string) => read(prerenderedPopup(id));
const names = () => JSON.parse(read(viewFile('virtual:notrain/vendor-names'))) as { id: string; name: string }[];
const editSlack = (edit: (record: Record<string, unknown>) => void) => {
  const file = join(vendorDir, 'slack.json');
  const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(record);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
};

describe('the data step', () => {
  it('writes every view, record, prerendered popup and the email catalog into one folder', () => {
    expect(generateVendorData({ vendorDir, outDir })).toBe(true);
    for (const view of [
      'virtual:notrain/vendor-index',
      'virtual:notrain/vendor-badges',
      'virtual:notrain/vendor-names',
    ] as const) {
      expect((JSON.parse(read(viewFile(view))) as { id: string }[]).map((v) => v.id)).toEqual(['notion', 'slack']);
    }
    // The settings-page script's view has the vendors it has something to do for: Slack's email, not Notion.
    const controls = JSON.parse(read(viewFile('virtual:notrain/vendor-controls'))) as { id: string }[];
    expect(controls.map((v) => v.id)).toEqual(['slack']);
    // The packaged record is the record without its quotes, matching rules and `$schema` pointer, nothing else changed.
    const source = JSON.parse(readFileSync(join(vendorDir, 'slack.json'), 'utf8')) as Vendor;
    const packaged = read(recordFile('slack.json'));
    expect(packaged).not.toMatch(/"quote"|"\$schema"|"match"/);
    expect(JSON.parse(packaged)).toEqual(shippedRecord(source));
    const { $schema: _, match: _match, ...rest } = source;
    const quotesBack = JSON.stringify(JSON.parse(packaged), (key, value: unknown) =>
      key === 'evidence' ? (value as object[]).map((item) => ({ ...item, quote: 'q' })) : value,
    );
    expect(JSON.parse(quotesBack)).toEqual(
      JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'quote' ? 'q' : value))),
    );
    expect(popup('slack')).toContain('<span class="vendor-name">Slack</span>');
    expect(popup('notion')).toContain('<span class="vendor-name">Notion</span>');
    expect(JSON.parse(readFileSync(join(outDir, EMAIL_CATALOG), 'utf8'))).toHaveProperty('emailGreeting');
    // The prerendered pages sit where the worker points a tab (src/core/popup-page.ts), inside the one folder.
    expect(PRERENDERED_POPUPS.startsWith(`${DATA_DIR}/`)).toBe(true);
  });

  it('does nothing when no input changed', () => {
    const stamp = readFileSync(stampFile(outDir), 'utf8');
    expect(generateVendorData({ vendorDir, outDir })).toBe(false);
    expect(readFileSync(stampFile(outDir), 'utf8')).toBe(stamp);
  });

  it('rewrites what a changed record touches on the next run', () => {
    const notionBefore = popup('notion');
    editSlack((record) => (record.name = 'Slack Renamed'));
    expect(generateVendorData({ vendorDir, outDir })).toBe(true);
    expect(popup('slack')).toContain('<span class="vendor-name">Slack Renamed</span>');
    expect(names().find((v) => v.id === 'slack')?.name).toBe('Slack Renamed');
    expect((JSON.parse(read(recordFile('slack.json'))) as { name: string }).name).toBe('Slack Renamed');
    expect(popup('notion')).toBe(notionBefore);
  });

  it('stops on an invalid record, naming it, and leaves the last good output', () => {
    const before = popup('slack');
    const good = readFileSync(join(vendorDir, 'slack.json'), 'utf8');
    editSlack((record) => (record.policyUrl = 'http://slack.com/privacy'));
    expect(() => generateVendorData({ vendorDir, outDir })).toThrow(/slack\.json/);
    expect(popup('slack')).toBe(before);
    writeFileSync(join(vendorDir, 'slack.json'), good);
  });

  it('removes the output of a record that is gone', () => {
    rmSync(join(vendorDir, 'notion.json'));
    expect(generateVendorData({ vendorDir, outDir })).toBe(true);
    expect(existsSync(inOut(prerenderedPopup('notion')))).toBe(false);
    expect(existsSync(inOut(recordFile('notion.json')))).toBe(false);
    expect(names().map((v) => v.id)).toEqual(['slack']);
  });
});
