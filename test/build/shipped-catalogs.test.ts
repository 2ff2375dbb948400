/** The catalogs the extension ships: every key, message and placeholder as in `public/_locales`, no description. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../build/shipped-catalogs-plugin.ts';

describe.each(['en', 'de', 'fr', 'es'])('the shipped %s catalog', (locale) => {
  const source = readFileSync(`public/_locales/${locale}/messages.json`, 'utf8');
  const shipped = JSON.parse(shippedCatalog(source)) as Record<string, Record<string, unknown>>;
  const original = JSON.parse(source) as Record<string, Record<string, unknown>>;

  it('keeps every key, message and placeholder, in order, and drops only the descriptions', () => {
    expect(Object.keys(shipped)).toEqual(Object.keys(original));
    for (const [key, { description: _, ...entry }] of Object.entries(original)) expect(shipped[key]).toEqual(entry);
    expect(source).toContain(locale === 'en' ? '"description"' : '"message"');
    expect(shippedCatalog(source)).not.toContain('"description"');
  });
});
