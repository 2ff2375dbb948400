/**
 * Text as the source watch compares it: a quote and a page's text are both
 * normalised the same way, so that typography (curly or straight quotes, dash
 * kinds, soft hyphens, non-breaking or doubled spaces, letter case) never
 * raises a false alarm, while a changed word still does.
 */

/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark: invisible in the page. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Every single and double quotation mark, prime and guillemet, folded to one apostrophe. */
const QUOTE_MARKS = /["'`\u00AB\u00B4\u00BB\u2018-\u201F\u2032-\u2037\u2039\u203A\u275B-\u275E\uFF02\uFF07]/g;
/** Hyphens, dashes and the minus sign, folded to one hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;
/** An ellipsis, optionally bracketed, where a quote leaves words out ("A ... B", "A […] B"). */
const ELISION = /\s*\[?\.\.\.\]?\s*/;

export function normalise(text: string): string {
  // Fold before NFKC too: NFKC turns some marks (´, ″) into sequences the fold would miss.
  const fold = (s: string) => s.replace(QUOTE_MARKS, "'").replace(DASHES, '-');
  return fold(fold(text.replace(INVISIBLE, '')).normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/**
 * Whether `quote` stands in `normalisedText` (already passed through
 * `normalise`). A quote that elides words with an ellipsis matches when its
 * parts appear in order.
 */
export function containsQuote(normalisedText: string, quote: string): boolean {
  const parts = normalise(quote)
    .split(ELISION)
    .filter((part) => part !== '');
  if (!parts.length) return false;
  let from = 0;
  for (const part of parts) {
    const at = normalisedText.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
