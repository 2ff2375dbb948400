import { describe, expect, it } from 'vitest';
import { english, partsText, translateParts } from '../../src/core/lang-parts.ts';
import { translatorFor } from '../../src/core/messages-table.ts';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

const tDe = translatorFor(de);
const tEn = translatorFor(en);

describe('a translated sentence quoting English record text', () => {
  it('cuts the German sentence around the English label, which alone is marked English', () => {
    const parts = translateParts(tDe, 'settingsControl', [
      english('Improve the model for everyone', 'de'),
      tDe('stateOff'),
    ]);
    expect(parts.filter((p) => p.lang === 'en')).toEqual([{ text: 'Improve the model for everyone', lang: 'en' }]);
    expect(partsText(parts)).toBe(tDe('settingsControl', ['Improve the model for everyone', tDe('stateOff')]));
    expect(parts.every((p) => p.text.length > 0)).toBe(true);
  });

  it('marks nothing in an English popup: the whole sentence is one run', () => {
    const parts = translateParts(tEn, 'settingsControl', [english('Improve the model for everyone', 'en-US'), 'off']);
    expect(parts).toEqual([{ text: tEn('settingsControl', ['Improve the model for everyone', 'off']) }]);
  });

  it('keeps record text that looks like a marker as text', () => {
    const parts = translateParts(tEn, 'settingsPath', [english('A $1 B', 'de')]);
    expect(partsText(parts)).toBe(tEn('settingsPath', ['A $1 B']));
  });
});

describe('values are never read as markers', () => {
  it('keeps a value holding marker characters as its own text', () => {
    const forged = '\uE0000\uE001';
    const parts = translateParts(tEn, 'settingsControl', [{ text: 'Label', lang: 'en' }, forged]);
    expect(partsText(parts)).toBe(tEn('settingsControl', ['Label', forged]));
  });

  it('takes several runs as one value: an English menu path ending in a German label', () => {
    const path = [
      { text: 'Settings › Privacy › ', lang: 'en' },
      { text: 'Aktivitäten speichern', lang: 'de' },
    ];
    const parts = translateParts(tDe, 'controlNotFound', [path]);
    expect(parts.filter((p) => p.lang)).toEqual(path);
  });
});
