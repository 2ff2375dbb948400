import { describe, expect, it } from 'vitest';
import { fitOf, parsePlace, placeForLocale, placeOfCountry, REGION_CODES, regionsOf } from '../../src/core/regions.ts';
import { REGIONS } from '../../src/core/vendor-schema.ts';

describe('region codes', () => {
  it('are the schema’s, in the same order', () => {
    expect(REGION_CODES).toEqual(REGIONS);
  });
});

describe('placeForLocale: a hint from the browser’s language', () => {
  it.each([
    ['en-GB', 'UK'],
    ['de-DE', 'EU'],
    ['fr-FR', 'EU'],
    ['es-ES', 'EU'],
    ['es-IC', 'EU'],
    ['sv-AX', 'EU'],
    ['fr-RE', 'EU'],
    ['nb-NO', 'EEA'],
    ['is-IS', 'EEA'],
    ['de-LI', 'EEA'],
    ['fr-CH', 'CH'],
    ['de-CH', 'CH'],
    ['pt-BR', 'BR'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['zh-Hant-HK', 'HK'],
    ['en-AU', 'AU'],
    ['hi-IN', 'IN'],
    ['ja-JP', 'JP'],
    ['ko-KR', 'KR'],
    ['en-GB-u-ca-gregory', 'UK'],
    ['en_GB', undefined],
    ['de', undefined],
    ['en', undefined],
    ['pt-PT', 'EU'],
    ['es-MX', undefined],
    ['en-150', undefined],
    ['tr-TR', undefined],
    ['', undefined],
    [undefined, undefined],
    ['not a tag!', undefined],
  ] as const)('%s → %s', (tag, place) => {
    expect(placeForLocale(tag)).toBe(place);
  });

  it('takes a region subtag in either case, and GB or UK for the United Kingdom', () => {
    expect(placeOfCountry('gb')).toBe('UK');
    expect(placeOfCountry('UK')).toBe('UK');
    // CLDR's `EU` (as in `en-EU`) is the European Union; EEA is no region subtag.
    expect(placeOfCountry('EU')).toBe('EU');
    expect(placeForLocale('en-EU')).toBe('EU');
  });
});

describe('regionsOf', () => {
  it('puts an EU country in the EEA too, and elsewhere in no region', () => {
    expect(regionsOf('EU')).toEqual(['EU', 'EEA']);
    expect(regionsOf('EEA')).toEqual(['EEA']);
    expect(regionsOf('UK')).toEqual(['UK']);
    expect(regionsOf('elsewhere')).toEqual([]);
    expect(regionsOf(undefined)).toEqual([]);
  });
});

describe('fitOf: does a route apply to the user', () => {
  it.each([
    [undefined, 'UK', 'everywhere'],
    [['UK'], 'UK', 'mine'],
    [['EEA'], 'EU', 'mine'],
    [['EU'], 'EEA', 'other'],
    [['EU', 'UK'], 'CH', 'other'],
    [['US'], 'elsewhere', 'other'],
    [['US'], undefined, undefined],
    [undefined, undefined, 'everywhere'],
  ] as const)('%j for %s → %s', (regions, place, fit) => {
    expect(fitOf(regions, place)).toBe(fit);
  });
});

describe('parsePlace: a stored choice is untrusted', () => {
  it.each([
    ['UK', 'UK'],
    ['elsewhere', 'elsewhere'],
    ['uk', undefined],
    ['__proto__', undefined],
    [42, undefined],
    [null, undefined],
    [{ toString: () => 'UK' }, undefined],
  ])('%j → %s', (raw, place) => {
    expect(parsePlace(raw)).toBe(place);
  });
});
