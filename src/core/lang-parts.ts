/**
 * A translated sentence that quotes text in another language: "Schalten Sie
 * „Use my data for training…“ aus" reads the quote in German unless the quote
 * is marked `lang="en"`. The sentence is translated with markers in place of
 * the quoted values, then cut at the markers, so the UI can render each
 * value in an element of its own language. Pure: the caller renders.
 */
import type { MessageKey, Translate } from './i18n.ts';

/** A run of text, and its language where it differs from the sentence's. */
export interface TextPart {
  readonly text: string;
  readonly lang?: string;
}

/** A substitution: plain text in the sentence's language, a run in its own, or several runs. */
export type Substitution = string | TextPart | readonly TextPart[];

// Private-use characters: no translation carries them, and values are never scanned for them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/u;

export function translateParts(t: Translate, key: MessageKey, subs: readonly Substitution[]): TextPart[] {
  const sentence = t(
    key,
    // Every value goes in as a marker, so no value's own text is ever read as one.
    subs.map((_, i) => `${OPEN}${i}${CLOSE}`),
  );
  const pieces = sentence.split(MARKER);
  const parts: TextPart[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
      return;
    }
    const sub = subs[Number(piece)];
    if (sub === undefined) return;
    if (typeof sub === 'string') parts.push({ text: sub });
    else if (Array.isArray(sub)) parts.push(...(sub as readonly TextPart[]));
    else parts.push(sub as TextPart);
  });
  // Neighbouring runs of the sentence's own language are one run.
  return parts.reduce<TextPart[]>((runs, part) => {
    const last = runs[runs.length - 1];
    if (last && last.lang === undefined && part.lang === undefined)
      runs[runs.length - 1] = { text: last.text + part.text };
    else runs.push(part);
    return runs;
  }, []);
}

/** The parts as one string, for places that take text only. */
export const partsText = (parts: readonly TextPart[]): string => parts.map((p) => p.text).join('');

/** Marks record prose as English when the UI is in another language; in English it needs no mark. */
export const english = (text: string, uiLang: string): Substitution =>
  /^en\b/iu.test(uiLang) ? text : { text, lang: 'en' };
