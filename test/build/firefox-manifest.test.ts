/** The Firefox overlay (build/firefox-manifest.ts) on the real manifest.json, and the zips' reproducibility. */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, firefoxManifest, GECKO_ID } from '../../build/firefox-manifest.ts';
import { REPLACEMENT, removeInnerHtml } from '../../build/no-inner-html-plugin.ts';
import manifest from '../../manifest.json' with { type: 'json' };
import { zipFiles } from '../../scripts/zip.ts';

describe('the Firefox overlay', () => {
  const firefox = firefoxManifest(manifest);

  it('adds the add-on ID, minimum versions, and declares that no data is collected', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(GECKO_ID).toMatch(/^[a-zA-Z0-9-._]+@[a-zA-Z0-9-._]+$/);
  });

  it('runs the same background entry as background scripts, with no service worker', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
  });

  it('declares alarms up front (Firefox refuses it as optional) and keeps notifications optional', () => {
    expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(firefox.permissions).toEqual([...manifest.permissions, 'alarms']);
    expect(firefox.optional_permissions).toEqual(['notifications']);
  });

  it('changes nothing else: same keys, hosts, content scripts, strings, popup and managed schema', () => {
    const {
      background: _a,
      browser_specific_settings: _b,
      permissions: _p,
      optional_permissions: _o,
      ...rest
    } = firefox;
    const { background: _c, permissions: _q, optional_permissions: _r, ...source } = manifest;
    expect(rest).toEqual(source);
    expect(Object.keys(firefox).sort()).toEqual([...Object.keys(manifest), 'browser_specific_settings'].sort());
  });

  it('does not change manifest.json itself', () => {
    expect(manifest.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('refuses a manifest without a service worker to carry over', () => {
    expect(() => firefoxManifest({ name: 'x' })).toThrow(/no background.service_worker/);
  });
});

describe('the innerHTML guard on Preact (build/no-inner-html-plugin.ts)', () => {
  it('replaces the assignment with a throw and leaves reads alone', () => {
    const code = 'h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[])';
    const out = removeInnerHtml(code);
    expect(out).not.toMatch(/innerHTML=/);
    expect(out).toContain('h.__html==t.innerHTML');
    expect(out).toContain(REPLACEMENT);
  });
});

describe('the store zips (scripts/zip.ts)', () => {
  it('are the same bytes whatever the files’ times and the order they are listed in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notrain-zip-'));
    writeFileSync(join(dir, 'b.txt'), 'second');
    writeFileSync(join(dir, 'a.txt'), 'first');
    const once = zipFiles(dir, ['a.txt', 'b.txt']);
    utimesSync(join(dir, 'a.txt'), new Date('2001-02-03'), new Date('2001-02-03'));
    const again = zipFiles(dir, ['b.txt', 'a.txt']);
    expect(again.equals(once)).toBe(true);
    // Entries in sorted order: a.txt's local header comes first.
    expect(once.subarray(30, 35).toString()).toBe('a.txt');
  });
});

describe('npm start (scripts/start.ts)', () => {
  it('runs web-ext on the Chromium build by default, and on the Firefox build with --firefox', async () => {
    const { webExtRunArgs } = await import('../../scripts/start.ts');
    const chromium = webExtRunArgs({ firefox: false, chromiumPath: '/usr/bin/chromium' });
    expect(chromium).toEqual(
      expect.arrayContaining([
        'run',
        '--source-dir',
        'dist/chrome',
        '--target',
        'chromium',
        '--chromium-binary',
        '/usr/bin/chromium',
      ]),
    );
    const firefox = webExtRunArgs({ firefox: true, firefoxPath: '/usr/bin/firefox-esr' });
    expect(firefox).toEqual(
      expect.arrayContaining([
        '--source-dir',
        'dist/firefox',
        '--target',
        'firefox-desktop',
        '--firefox',
        '/usr/bin/firefox-esr',
      ]),
    );
    // A fresh temporary profile each time: no profile option is passed.
    expect([...chromium, ...firefox].some((a) => /profile/.test(a))).toBe(false);
  });
});
