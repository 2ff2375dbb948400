/**
 * Text taken from a page (tab titles, workspace names) is written by whoever
 * controls the page. Before it is shown or put in an email it loses what could
 * change its meaning or layout: control characters (line breaks could start a
 * new header or paragraph), bidi overrides and isolates (they can make
 * `moc.kcals` read as `slack.com`), zero-width characters, and runs of white
 * space. It is composed to Unicode NFC, the form mail clients and vendors
 * compare, and then cut to a length that fits a popup line and a mailto URL.
 */

// C0 and C1 controls (this includes CR, LF, TAB), bidi marks, embeddings,
// overrides and isolates, zero-width characters, and the line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const SPACES = /\s+/gu;

export const MAX_PAGE_TEXT = 80;

/** Without control, bidi and zero-width characters, runs of white space as one space, in NFC. */
export function stripUnsafe(raw: string): string {
  // NFC: what mail clients and vendors compare; a name typed on macOS arrives decomposed (NFD).
  return raw.replace(UNSAFE, ' ').replace(SPACES, ' ').trim().normalize('NFC');
}

export function cleanPageText(raw: string, maxLength = MAX_PAGE_TEXT): string {
  const flat = stripUnsafe(raw);
  const chars = Array.from(flat);
  if (chars.length <= maxLength) return flat;
  // Cutting can leave a base letter whose combining mark was cut off: compose again.
  return `${chars
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`.normalize('NFC');
}
