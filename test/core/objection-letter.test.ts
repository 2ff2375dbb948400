/**
 * The objection letter in every catalog: the right law for each region, no
 * letter where NoTrain knows no right to object, every blank named until
 * filled, and never a text with a blank or a slot marker in it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptField, type FieldId, SLOT_CLOSE, SLOT_OPEN, withoutSlots } from '../../src/core/drafted.ts';
import { cleanPageText } from '../../src/core/page-text.ts';
import type { Translate } from '../../src/core/i18n.ts';
import { type MessageEntry, translatorFor } from '../../src/core/messages-table.ts';
import {
  blanksOf,
  draftObjection,
  type LegalBasis,
  type LetterInput,
  legalBasisFor,
  letterFields,
  letterParts,
  objectionEmail,
  objectionMailto,
} from '../../src/core/objection-letter.ts';
import { emailHrefs } from '../../src/core/draft-email.ts';
import { PLACES, type Place } from '../../src/core/regions.ts';
import { vendor } from '../support/vendors.ts';

const LOCALES = ['en', 'de', 'fr', 'es'] as const;
const translators = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    translatorFor(
      JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, MessageEntry>,
    ),
  ]),
) as Record<(typeof LOCALES)[number], Translate>;

/** What each letter must cite, per locale: the article and the law's name as that locale writes it. */
const CITES: Record<(typeof LOCALES)[number], Record<LegalBasis, RegExp>> = {
  en: {
    gdpr: /Article 21 of the General Data Protection Regulation \(GDPR\)/,
    'uk-gdpr': /Article 21 of the UK General Data Protection Regulation \(UK GDPR\)/,
    lgpd: /Article 18, § 2 .*\(LGPD, Law No\. 13,709\/2018\)/,
  },
  de: {
    gdpr: /Artikel 21 der Datenschutz-Grundverordnung \(DSGVO\)/,
    'uk-gdpr': /Artikel 21 der britischen Datenschutz-Grundverordnung \(UK GDPR\)/,
    lgpd: /Artikel 18 § 2 .*\(LGPD, Gesetz Nr\. 13\.709\/2018\)/,
  },
  fr: {
    gdpr: /article 21 du règlement général sur la protection des données \(RGPD\)/,
    'uk-gdpr': /article 21 .*\(UK GDPR\)/,
    lgpd: /article 18, § 2 .*\(LGPD, loi nº 13\.709\/2018\)/,
  },
  es: {
    gdpr: /artículo 21 del Reglamento General de Protección de Datos \(RGPD\)/,
    'uk-gdpr': /artículo 21 .*\(UK GDPR\)/,
    lgpd: /artículo 18, § 2 .*\(LGPD, Ley n\.º 13\.709\/2018\)/,
  },
};
const OTHER_LAWS: Record<LegalBasis, RegExp> = {
  gdpr: /UK GDPR|LGPD|13[.,]709/,
  'uk-gdpr': /LGPD|13[.,]709|\((DSGVO|RGPD|GDPR)\)/,
  lgpd: /GDPR|DSGVO|RGPD/,
};

const filled = { name: 'Ada Lovelace', email: 'ada@example.com', account: 'facebook.com/ada' };
const meta = (basis: LegalBasis): LetterInput => ({ vendorName: 'Meta', basis });

/** Any marker of a blank a letter could leave: the slot characters, `$…$` or `$1` placeholders, brackets. */
const UNFILLED = new RegExp(`[${SLOT_OPEN}${SLOT_CLOSE}]|\\$[A-Z0-9_]+\\$|\\$\\d|\\[[^\\]]*\\]`, 'u');

describe('legalBasisFor', () => {
  const form = (regions?: string[]) => ({ kind: 'form' as const, ...(regions ? { regions } : {}) });

  it('invokes the GDPR in the EU and EEA, the UK GDPR in the UK, the LGPD in Brazil', () => {
    expect(legalBasisFor(form(), 'EU')).toBe('gdpr');
    expect(legalBasisFor(form(), 'EEA')).toBe('gdpr');
    expect(legalBasisFor(form(), 'UK')).toBe('uk-gdpr');
    expect(legalBasisFor(form(), 'BR')).toBe('lgpd');
  });

  it('offers no letter for a region without a known right to object, or an unknown region', () => {
    for (const place of PLACES.filter((p) => !['EU', 'EEA', 'UK', 'BR'].includes(p)))
      expect(legalBasisFor(form(), place), place).toBeUndefined();
    expect(legalBasisFor(form(), undefined)).toBeUndefined();
  });

  it('offers none where the route does not apply in the user’s region', () => {
    expect(legalBasisFor(form(['BR']), 'EU')).toBeUndefined();
    expect(legalBasisFor(form(['EU', 'EEA', 'UK']), 'BR')).toBeUndefined();
    expect(legalBasisFor(form(['EU', 'EEA', 'UK']), 'UK')).toBe('uk-gdpr');
  });

  it('offers none for a switch, nor for an email whose wording the vendor sets', () => {
    expect(legalBasisFor({ kind: 'settings' }, 'EU')).toBeUndefined();
    expect(legalBasisFor({ kind: 'email', subject: 'Slack global model opt-out request' }, 'EU')).toBeUndefined();
    expect(legalBasisFor({ kind: 'email' }, 'EU')).toBe('gdpr');
  });

  it('follows the records: Meta’s forms by region, OpenAI’s and LinkedIn’s forms and Discord’s address, Slack’s email never', () => {
    const routes = (id: string) => vendor(id).optOut.methods;
    const bases = (id: string, place: Place) => routes(id).map((m) => legalBasisFor(m, place) ?? null);
    expect(bases('meta', 'EU')).toEqual(['gdpr', null]);
    expect(bases('meta', 'UK')).toEqual(['uk-gdpr', null]);
    expect(bases('meta', 'BR')).toEqual([null, 'lgpd']);
    expect(bases('meta', 'US')).toEqual([null, null]);
    expect(bases('openai-chatgpt', 'EU')).toEqual([null, 'gdpr']);
    expect(bases('linkedin', 'UK')).toEqual([null, 'uk-gdpr']);
    expect(bases('discord', 'EU')).toEqual(['gdpr']);
    expect(bases('slack', 'EU')).toEqual([null]);
  });
});

describe.each(LOCALES)('the letter in %s', (locale) => {
  const t = translators[locale];

  it.each(['gdpr', 'uk-gdpr', 'lgpd'] as const)('cites %s, and no other law, with every blank filled', (basis) => {
    const result = draftObjection(meta(basis), filled, t);
    if (!result.ok) throw new Error(`refused: ${result.missing.join()}`);
    const { subject, body } = result.value;
    expect(body).toMatch(CITES[locale][basis]);
    expect(body).not.toMatch(OTHER_LAWS[basis]);
    expect(`${subject}\n${body}`).not.toMatch(UNFILLED);
    for (const value of Object.values(filled)) expect(body).toContain(value);
    // The name signs the letter too.
    expect(body.trimEnd().endsWith('Ada Lovelace')).toBe(true);
    expect(body).toContain('Meta');
    expect(subject).toContain('Meta');
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('names each blank, in order, and refuses to write the text while one is left', () => {
    expect(draftObjection(meta('gdpr'), {}, t)).toEqual({ ok: false, missing: ['name', 'email', 'account'] });
    expect(draftObjection(meta('gdpr'), { name: 'Ada' }, t)).toEqual({ ok: false, missing: ['email', 'account'] });
    // An address that is not one stays a blank.
    expect(draftObjection(meta('gdpr'), { ...filled, email: 'Ada Lovelace' }, t)).toEqual({
      ok: false,
      missing: ['email'],
    });
    // White space and control characters alone are no answer.
    expect(draftObjection(meta('gdpr'), { ...filled, name: ' \u200b\r\n ' }, t)).toEqual({
      ok: false,
      missing: ['name'],
    });
  });

  it('names the account as detected on the tab and then does not ask for it', () => {
    const input = {
      ...meta('gdpr'),
      workspace: { scope: 'workspace' as const, url: 'https://acme.slack.com/', name: 'Acme' },
    };
    expect(letterFields(input)).toEqual(['name', 'email']);
    const result = draftObjection(input, { name: 'Ada', email: 'ada@example.com' }, t);
    expect(result.ok && result.value.body).toContain('https://acme.slack.com/');
    expect(result.ok && result.value.body).toContain('Acme');
  });

  it('shows its blanks as fields in the parts, which join to the letter once filled', () => {
    const parts = letterParts(meta('uk-gdpr'), {}, t);
    expect(blanksOf(parts)).toEqual(['name', 'email', 'account']);
    // The name appears twice (the account line and the signature): two slots, one field.
    expect(parts.filter((p) => 'field' in p && p.field === 'name')).toHaveLength(2);
    for (const p of parts) if ('text' in p) expect(p.text).not.toMatch(UNFILLED);
  });
});

describe('no letter holds an unfilled placeholder', () => {
  const field = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('', ' ', SLOT_OPEN, `${SLOT_OPEN}name${SLOT_CLOSE}`, '$NAME$', '$1', 'a@b.co', '\r\nBcc: x@y.z'),
  );

  it('for any values in any locale and region: a complete text with no marker, or the exact blanks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom<LegalBasis>('gdpr', 'uk-gdpr', 'lgpd'),
        fc.record({ name: field, email: field, account: field }, { requiredKeys: [] }),
        fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('[x]', '$1', SLOT_CLOSE)), { nil: undefined }),
        (locale, basis, values, workspaceName) => {
          const input: LetterInput = {
            vendorName: 'Meta',
            basis,
            ...(workspaceName !== undefined ? { workspace: { scope: 'workspace', name: workspaceName } } : {}),
          };
          const result = draftObjection(input, values, translators[locale]);
          const expected = letterFields(input).filter(
            (f: FieldId) => acceptField(f, values[f as keyof typeof values]) === undefined,
          );
          if (!result.ok) {
            expect(result.missing).toEqual(expected);
            return;
          }
          expect(expected).toEqual([]);
          // Slot markers never survive; apart from what the user typed (their own text, even `$NAME$`), no marker either.
          const { subject, body } = result.value;
          expect(body).not.toMatch(new RegExp(`[${SLOT_OPEN}${SLOT_CLOSE}]`, 'u'));
          const typed = [
            ...Object.values(values).map((v) => acceptField('account', v)),
            workspaceName && cleanPageText(withoutSlots(workspaceName)),
          ]
            .filter((v): v is string => !!v)
            .sort((a, b) => b.length - a.length);
          const fixed = typed.reduce((text, value) => text.replaceAll(value, ''), `${subject}\n${body}`);
          expect(fixed).not.toMatch(UNFILLED);
          const mailto = new URL(objectionMailto('privacy@discord.com', result.value));
          expect(decodeURIComponent(mailto.pathname)).toBe('privacy@discord.com');
          expect([...new URLSearchParams(mailto.search.replaceAll('+', '%2B')).keys()]).toEqual(['subject', 'body']);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('objectionMailto', () => {
  it('encodes the body whole: a typed `&`, `=`, `#` or line break adds no header and cuts nothing', () => {
    const letter = { subject: 'Objection & request', body: 'Account: a&cc=x@evil.example#top\r\nbcc=y@evil.example' };
    const mailto = new URL(objectionMailto('privacy@discord.com', letter));
    const params = new URLSearchParams(mailto.search);
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(params.get('subject')).toBe(letter.subject);
    expect(params.get('body')).toBe(letter.body);
    expect(mailto.hash).toBe('');
  });
});

describe('objectionEmail', () => {
  it('is the letter, whole, in every way of sending, through the opt-out email’s own links', () => {
    const letter = { subject: 'Objection & request', body: `Account: a&cc=x@evil.example\r\n${'x'.repeat(2000)}` };
    const hrefs = emailHrefs(objectionEmail('privacy@discord.com', letter));
    const gmail = new URL(hrefs.gmail).searchParams;
    const outlook = new URL(hrefs.outlook).searchParams;
    expect([gmail.get('to'), gmail.get('su'), gmail.get('body')]).toEqual([
      'privacy@discord.com',
      letter.subject,
      letter.body,
    ]);
    expect([outlook.get('to'), outlook.get('subject'), outlook.get('body')]).toEqual([
      'privacy@discord.com',
      letter.subject,
      letter.body,
    ]);
    // The mail app gets the whole letter too, long as it is: its text is the point of the link.
    expect(new URLSearchParams(new URL(hrefs.mailto).search).get('body')).toBe(letter.body);
  });
});
