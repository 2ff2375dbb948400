/**
 * Prose in a record is text a person reads, in the popup, the docs table and
 * the opt-out email: never a control character that breaks a header, a bidi
 * control that reverses what is shown, or an invisible character that makes
 * two names look the same while comparing different.
 */
import type { Problem } from './problem.ts';

// C0 and C1 controls (tab and newline included: no field is multi-line), and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
// Bidi embeddings, overrides, isolates and marks.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Zero-width and other invisible format characters, soft hyphen included.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/u;

/** Every string in a parsed record (keys included), checked; `path` names the field. */
export function textProblems(value: unknown, path = ''): Problem[] {
  if (typeof value === 'string') return stringProblems(value, path || '(record)');
  if (Array.isArray(value)) return value.flatMap((item, index) => textProblems(item, join(path, String(index))));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...stringProblems(key, join(path, key)).map((p) => ({ ...p, message: `key ${p.message}` })),
      ...textProblems(item, join(path, key)),
    ]);
  }
  return [];
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function stringProblems(text: string, field: string): Problem[] {
  const problems: Problem[] = [];
  const at = (pattern: RegExp) => codePoint(text.match(pattern)?.[0]);
  if (CONTROL.test(text)) problems.push({ field, message: `contains the control character ${at(CONTROL)}` });
  if (BIDI.test(text)) problems.push({ field, message: `contains the bidi control ${at(BIDI)}` });
  if (INVISIBLE.test(text)) problems.push({ field, message: `contains the invisible character ${at(INVISIBLE)}` });
  if (text.normalize('NFC') !== text) problems.push({ field, message: 'is not in Unicode normal form C (NFC)' });
  if (text.startsWith('TODO'))
    problems.push({ field, message: 'is still a TODO from `npm run new:vendor`: fill it from a source' });
  return problems;
}

const codePoint = (char: string | undefined) =>
  `U+${(char?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What two display names are compared by: NFC, case-folded, invisible and
 * format characters removed, white space folded. "Slack", "SLACK" and
 * "Sla\u200Bck" are one name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

// Scripts whose letters pass for each other (Latin "a" and Cyrillic "а").
const CONFUSABLE_SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic'] as const;
const SCRIPT_TESTS = CONFUSABLE_SCRIPTS.map((script) => ({ script, test: new RegExp(`\\p{Script=${script}}`, 'u') }));

/** The confusable scripts a string's letters come from; more than one is a spoof. */
export function confusableScripts(text: string): string[] {
  return SCRIPT_TESTS.filter(({ test }) => [...text].some((char) => test.test(char))).map(({ script }) => script);
}
