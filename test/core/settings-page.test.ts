import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsView } from '../../build/vendor-views.ts';
import { messageTranslator } from '../../src/core/i18n.ts';
import {
  controlLabels,
  controlMarkText,
  expectedPath,
  labelKnownIn,
  notFoundParts,
  pageLanguage,
} from '../../src/core/settings-page.ts';
import { translatorFor } from '../../src/core/messages-table.ts';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

const text = messageTranslator(translate);

describe('the note beside a settings switch', () => {
  const switches = registry.vendors.flatMap((vendor) =>
    vendor.optOut.methods.flatMap((m) =>
      m.kind === 'settings' && m.label ? [[vendor.id, vendor.name, m.label, m.optOutState, m.path] as const] : [],
    ),
  );

  it.each(switches)(
    '%s, “%s”: says what the switch does in the direction it works',
    (_, name, label, optOutState, path) => {
      const note = controlMarkText({ name }, { label, optOutState, path: [...path] }, 'unknown');
      if (optOutState === 'on') {
        // Where on means out, never "this setting lets the vendor use your data" followed by "turn it on".
        expect(text(note.what)).toBe(
          `On means out: while this setting is on, ${name} does not use your data to train AI.`,
        );
        expect(text(note.how)).toBe('Turn it on to opt out.');
      } else {
        expect(text(note.what)).toBe(`This setting lets ${name} use your data to train AI.`);
        expect(text(note.how)).toBe('Turn it off to opt out.');
      }
    },
  );

  it('covers the switches where on opts out', () => {
    expect(switches.filter((s) => s[3] === 'on').map((s) => s[0])).toEqual(
      expect.arrayContaining(['medium', 'squarespace', 'substack', 'tumblr', 'wordpress-com', 'aws-ai-services']),
    );
  });
});

describe('a control’s label in the vendor’s other UI languages', () => {
  const spec = {
    label: 'Use messages to train models',
    labels: {
      de: 'Nachrichten zum Trainieren von Modellen verwenden',
      fr: 'Utiliser les messages pour entraîner les modèles',
    },
    optOutState: 'off' as const,
    path: ['Admin', 'AI'],
  };

  it('reads the page’s language from its primary subtag, English when it says none or nonsense', () => {
    expect(pageLanguage('de-AT')).toBe('de');
    expect(pageLanguage('FR')).toBe('fr');
    expect(pageLanguage('es_419')).toBe('es');
    expect(pageLanguage('')).toBe('en');
    expect(pageLanguage(null)).toBe('en');
    expect(pageLanguage('de"><script>')).toBe('en');
  });

  it('tries the page’s language first, then English, then every other listed language', () => {
    expect(controlLabels(spec, 'fr')).toEqual([spec.labels.fr, spec.label, spec.labels.de]);
    expect(controlLabels(spec, 'de')).toEqual([spec.labels.de, spec.label, spec.labels.fr]);
    // A page in a language the record does not list still matches any wording it knows.
    expect(controlLabels(spec, 'it')).toEqual([spec.label, spec.labels.de, spec.labels.fr]);
    expect(controlLabels({ label: spec.label, optOutState: 'off', path: spec.path }, 'de')).toEqual([spec.label]);
  });

  it('never takes a language from an inherited property', () => {
    expect(controlLabels(spec, 'constructor')).toEqual([spec.label, spec.labels.de, spec.labels.fr]);
    expect(labelKnownIn(spec, 'constructor')).toBe(false);
  });

  it('knows whether a label exists in the page’s language, and names it in the “not found” path', () => {
    expect(labelKnownIn(spec, 'en')).toBe(true);
    expect(labelKnownIn(spec, 'de')).toBe(true);
    expect(labelKnownIn(spec, 'es')).toBe(false);
    expect(expectedPath(spec, 'de')).toBe('Admin › AI › Nachrichten zum Trainieren von Modellen verwenden');
    expect(expectedPath(spec, 'es')).toBe('Admin › AI › Use messages to train models');
    expect(expectedPath(spec)).toBe('Admin › AI › Use messages to train models');
  });

  it('says where the control should be in the user’s language, the record’s words marked by language', () => {
    const tDe = translatorFor(de);
    const onGerman = notFoundParts(spec, 'de', 'de', tDe);
    expect(onGerman.filter((p) => p.lang)).toEqual([{ text: 'Admin › AI › ', lang: 'en' }]);
    expect(onGerman.map((p) => p.text).join('')).toBe(tDe('controlNotFound', [expectedPath(spec, 'de')]));
    // An English UI on a German page: the German label is the foreign run.
    const enOnGerman = notFoundParts(spec, 'de', 'en', translate);
    expect(enOnGerman.filter((p) => p.lang)).toEqual([{ text: spec.labels.de, lang: 'de' }]);
    // A Spanish page, whose label the record does not give: the language is the reason, the English label quoted.
    const onSpanish = notFoundParts(spec, 'es', 'de', tDe);
    expect(onSpanish.map((p) => p.text).join('')).toBe(
      tDe('controlNotFoundLanguage', [spec.label, spec.path.join(' › ')]),
    );
    expect(onSpanish.filter((p) => p.lang === 'en').map((p) => p.text)).toEqual([spec.label, 'Admin › AI']);
  });

  it('hands the content script the labels without their evidence', () => {
    const acme = JSON.parse(readFileSync('test/fixtures/records/acme.json', 'utf8')) as Vendor;
    expect(settingsView(acme).controls).toEqual([
      {
        label: 'Use messages to train models',
        labels: { de: spec.labels.de, fr: spec.labels.fr },
        optOutState: 'off',
        path: ['Admin', 'AI'],
      },
    ]);
  });
});
