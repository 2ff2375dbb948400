import type { TextPart } from '../../core/lang-parts.ts';

/** A translated sentence with quoted record text in its own language (`lang`), so screen readers switch voice for it. */
export function Parts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.lang ? (
          <span key={index} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** Record prose: the vendor records are written in English, whatever the popup's language. */
export const en = (text: string): TextPart => ({ text, lang: 'en' });
