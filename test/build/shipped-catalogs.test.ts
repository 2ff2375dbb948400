/** The catalogs the extension ships: every key, message and placeholder as in `public/_locales`, no description, no store-only text. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedCatalog, STORE_ONLY_KEYS } from '../../build/shipped-catalogs-plugin.ts';

describe.each(['en', 'de', 'fr', 'es'])('the shipped %s catalog', (locale) => {
  const source = readFileSync(`public/_locales/${locale}/messages.json`, 'utf8');
  const shipped = JSON.parse(shippedCatalog(source)) as Record<string, Record<string, unknown>>;
  const original = JSON.parse(source) as Record<string, Record<string, unknown>>;

  it('keeps every key the extension reads, message and placeholder, in order, and drops only the descriptions', () => {
    expect(Object.keys(shipped)).toEqual(Object.keys(original).filter((key) => !STORE_ONLY_KEYS.includes(key)));
    for (const [key, { description: _, ...entry }] of Object.entries(original))
      if (!STORE_ONLY_KEYS.includes(key)) expect(shipped[key]).toEqual(entry);
    expect(source).toContain(locale === 'en' ? '"description"' : '"message"');
    expect(shippedCatalog(source)).not.toContain('"description"');
  });

  it('drops the store listing’s text, which no code of the extension asks for', () => {
    expect(STORE_ONLY_KEYS).toEqual(['storeDescription']);
    for (const key of STORE_ONLY_KEYS) {
      expect(original).toHaveProperty(key);
      expect(shipped).not.toHaveProperty(key);
      for (const dir of ['src', 'manifest.json'])
        expect(spawnSync('git', ['grep', '-l', key, '--', dir], { encoding: 'utf8' }).stdout).toBe('');
    }
  });
});
