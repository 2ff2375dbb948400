import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsQuote, normalise } from '../../../scripts/sources-check/normalise.ts';

const found = (page: string, quote: string) => containsQuote(normalise(page), quote);

describe('normalise', () => {
  it.each([
    ['whitespace of any kind, collapsed', 'a \u00A0\t\n b\u2003c\u3000', 'a b c'],
    [
      'curly and straight quotes, primes and guillemets, folded',
      '\u201Cdo not train\u201D, it\u2019s \u2018off\u2019 \u00ABnon\u00BB "x" 7\u2032',
      "'do not train', it's 'off' 'non' 'x' 7'",
    ],
    [
      'dashes and minus, folded, with the spaces around them',
      'on \u2014 by default\u2013or not \u2212 1 e-mail',
      'on-by default-or not-1 e-mail',
    ],
    ['case, folded', 'DO NOT Train', 'do not train'],
    [
      'soft hyphens and zero-width characters, removed',
      'train\u00ADing da\u200Bta\u2060 \uFEFFset',
      'training data set',
    ],
    ['compatibility forms (ligatures, full-width), unified by NFKC', '\uFB01les \uFF21\uFF29 \u2026', 'files ai ...'],
  ])('%s', (_name, text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('containsQuote', () => {
  const page =
    'Slack does not use Customer Data to train large language models (LLMs) used in generative AI features. Most of our predictive models are global models.';

  it('finds a quote through typographic differences', () => {
    expect(
      found(
        page.replace(/ /g, '\u00A0 ').toUpperCase(),
        'slack does NOT use customer data to train large\nlanguage models',
      ),
    ).toBe(true);
    expect(
      found('We don\u2019t train \u201Cglobal models\u201D \u2014 ever.', 'We don\'t train "global models" - ever.'),
    ).toBe(true);
  });

  it('does not find a changed word, a partial word list or an empty quote', () => {
    expect(found(page, 'Slack does use Customer Data to train large language models')).toBe(false);
    expect(found(page, 'predictive models are local models')).toBe(false);
    expect(found(page, '')).toBe(false);
    expect(found(page, '...')).toBe(false);
  });

  it('matches a quote that elides words with an ellipsis, when its parts stand in order', () => {
    expect(found(page, 'Slack does not use Customer Data \u2026 used in generative AI features.')).toBe(true);
    expect(found(page, 'Slack does not use Customer Data [...] generative AI features')).toBe(true);
    expect(found(page, 'generative AI features ... Slack does not use Customer Data')).toBe(false);
  });

  it('finds any quote in a page that shows it with other spacing, quote marks, dashes, case and invisible characters', () => {
    const variant = fc.constantFrom<[RegExp, string[]]>(
      [/ /g, [' ', '  ', '\u00A0', '\n', ' \t ']],
      [/'/g, ["'", '\u2019', '\u2018', '`']],
      [/"/g, ['"', '\u201C', '\u201D', '\u00AB']],
      [/-/g, ['-', '\u2013', ' \u2014 ', '\u2011']],
    );
    const quote = fc.stringMatching(/^[A-Za-z]+(?:[ '"-][A-Za-z]+){0,12}$/);
    fc.assert(
      fc.property(quote, fc.array(variant, { maxLength: 4 }), fc.nat(), fc.boolean(), (text, variants, seed, upper) => {
        let shown = text;
        for (const [pattern, options] of variants)
          shown = shown.replace(pattern, (m) => options[(seed + m.length) % options.length]!);
        shown = shown.replace(/([a-z])([a-z])/i, '$1\u00AD$2');
        expect(found(`Before. ${upper ? shown.toUpperCase() : shown} After.`, text)).toBe(true);
      }),
    );
  });
});
