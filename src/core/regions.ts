/**
 * Which of the records' closed region codes apply to a user, from a hint (the
 * browser's locale) or the user's own choice. The popup leads with the routes
 * of the user's region and keeps the others one click away.
 *
 * The codes repeat the schema's `REGIONS` (test/core/regions.test.ts keeps the
 * two equal): importing the schema here would bring valibot into the popup.
 */
export const REGION_CODES = ['EU', 'EEA', 'UK', 'CH', 'BR', 'US', 'CA', 'HK', 'AU', 'IN', 'JP', 'KR'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** What the user can pick: one region, or none of them. */
export type Place = RegionCode | 'elsewhere';
export const PLACES: readonly Place[] = [...REGION_CODES, 'elsewhere'];

/** EU member states, with the outermost regions and parts that have their own code (Canaries, Ceuta and Melilla, Åland). */
const EU_COUNTRIES =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GF GP MQ RE YT MF AX IC EA'.split(
    ' ',
  );
const EEA_ONLY = ['IS', 'LI', 'NO'];

/** The place of a region subtag (an ISO 3166 country, or CLDR's `EU`), if it is one of the regions. */
export function placeOfCountry(country: string): RegionCode | undefined {
  const cc = country.toUpperCase();
  if (EU_COUNTRIES.includes(cc)) return 'EU';
  if (EEA_ONLY.includes(cc)) return 'EEA';
  return cc === 'GB' ? 'UK' : REGION_CODES.find((code) => code === cc);
}

/** A hint from a BCP 47 tag's region subtag (`en-GB` → UK, `de-DE` → EU, `nb-NO` → EEA); none without one (`de`). */
export function placeForLocale(tag: string | undefined): RegionCode | undefined {
  try {
    const country = tag ? new Intl.Locale(tag).region : undefined;
    return country ? placeOfCountry(country) : undefined;
  } catch {
    return undefined;
  }
}

/** The region codes a place covers: an EU country is in the EEA too. */
export function regionsOf(place: Place | undefined): readonly RegionCode[] {
  if (place === undefined || place === 'elsewhere') return [];
  return place === 'EU' ? ['EU', 'EEA'] : [place];
}

/** A stored choice, read as untrusted data. */
export function parsePlace(raw: unknown): Place | undefined {
  return PLACES.find((place) => place === raw);
}

/** Where something applies, for the user at `place`: `undefined` while the place is unknown. */
export type Fit = 'mine' | 'everywhere' | 'other';

export function fitOf(regions: readonly string[] | undefined, place: Place | undefined): Fit | undefined {
  if (!regions) return 'everywhere';
  if (place === undefined) return undefined;
  const mine = regionsOf(place);
  return regions.some((r) => (mine as readonly string[]).includes(r)) ? 'mine' : 'other';
}
