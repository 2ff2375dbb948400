/**
 * The readable text of an HTML page, as a reader sees it: no script, style or
 * other non-text content, entities decoded, inline elements joined and every
 * other element separated by a space. The page is tokenised by htmlparser2 and
 * never run: no script executes, no resource loads.
 */
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is not text a reader sees. Not `head` as a whole:
 * minified pages often leave out `</head><body>`, and the tokeniser, unlike a
 * browser, would then count the whole page as head. The title is kept apart.
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);
/** Phrasing elements that sit inside a line; every other element breaks the text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

export interface PageText {
  /** The document's `<title>`, whitespace collapsed. */
  readonly title: string;
  /** The body's readable text, whitespace collapsed. */
  readonly text: string;
}

export function readableText(html: string): PageText {
  const text: string[] = [];
  const title: string[] = [];
  let skipped = 0;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipped++;
        if (!INLINE.has(name)) text.push(' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name) && skipped > 0) skipped--;
        if (!INLINE.has(name)) text.push(' ');
      },
      ontext(data) {
        if (inTitle) title.push(data);
        else if (!skipped) text.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const collapse = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return { title: collapse(title), text: collapse(text) };
}
