import { describe, expect, it } from 'vitest';
import { hasOwnCatalog } from '../../src/core/messages-table.ts';

describe('which catalog the browser answers from', () => {
  it('is the default one for any language while only the default exists', () => {
    for (const language of ['en', 'en-US', 'de', 'de-AT', 'pt-BR', 'zh-Hant-TW', ''])
      expect(hasOwnCatalog(language, ['en'])).toBe(false);
  });

  it('is the language’s own by locale, then by base language, never the default', () => {
    const catalogs = ['en', 'de', 'pt_BR', 'en_GB'];
    expect(hasOwnCatalog('de-AT', catalogs)).toBe(true);
    expect(hasOwnCatalog('DE', catalogs)).toBe(true);
    expect(hasOwnCatalog('pt-BR', catalogs)).toBe(true);
    expect(hasOwnCatalog('pt-PT', catalogs)).toBe(false);
    expect(hasOwnCatalog('en-GB', catalogs)).toBe(true);
    expect(hasOwnCatalog('en-US', catalogs)).toBe(false);
    expect(hasOwnCatalog('fr', catalogs)).toBe(false);
  });
});
