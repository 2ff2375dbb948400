/** The built Firefox manifest (dist/firefox) against the built Chrome one: the overlay's differences and nothing else. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../build/firefox-manifest.ts';
import pkg from '../../package.json' with { type: 'json' };
import { FIREFOX_DIR } from './firefox-harness.ts';
import { EXTENSION_DIR } from './harness.ts';

type Built = Record<string, unknown> & {
  background: { scripts?: string[]; service_worker?: string };
  content_scripts: { js: string[] }[];
};
const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Built;

describe('the built Firefox manifest (dist/firefox/manifest.json)', () => {
  const firefox = read(FIREFOX_DIR);
  const chrome = read(EXTENSION_DIR);

  it('has Chrome’s keys plus browser_specific_settings, and the version from package.json', () => {
    expect(Object.keys(firefox).sort()).toEqual([...Object.keys(chrome), 'browser_specific_settings'].sort());
    expect(firefox.version).toBe(pkg.version);
    expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
  });

  it('asks for exactly what the Chrome build asks for (alarms up front: Firefox refuses it as optional)', () => {
    for (const key of ['host_permissions', 'name', 'description', 'default_locale', 'icons', 'storage']) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    const all = (m: Built) => [...(m.permissions as string[]), ...(m.optional_permissions as string[])].sort();
    expect(all(firefox)).toEqual(all(chrome));
    expect(firefox.permissions).toEqual([...(chrome.permissions as string[]), 'alarms']);
    expect(firefox.optional_permissions).toEqual(['notifications']);
    const matches = (m: Built) => (m.content_scripts as unknown as { matches: string[] }[]).map((s) => s.matches);
    expect(matches(firefox)).toEqual(matches(chrome));
  });

  it('runs its background code as a background script that exists, with no service worker', () => {
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.background.scripts).toHaveLength(1);
    expect(existsSync(`${FIREFOX_DIR}/${firefox.background.scripts?.[0]}`)).toBe(true);
    for (const script of firefox.content_scripts)
      for (const file of script.js) expect(existsSync(`${FIREFOX_DIR}/${file}`)).toBe(true);
  });
});
