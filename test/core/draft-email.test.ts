import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/core/classify-tab.ts';
import { draftOptOutEmail, emailAsText, emailHrefs, MAX_MAILTO_LENGTH, mailtoOf } from '../../src/core/draft-email.ts';
import type { Drafted } from '../../src/core/drafted.ts';
import { composeHref } from '../../src/core/links.ts';
import { cleanPageText } from '../../src/core/page-text.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { translate } from '../support/translate.ts';
import { vendor } from '../support/vendors.ts';

/** A record's email method, quotes and all (the drafter takes the shipped one, without them). */
type RecordEmail = Extract<Vendor['optOut']['methods'][number], { kind: 'email' }>;

const slack = vendor('slack');
const slackEmail = slack.optOut.methods.find((m): m is RecordEmail => m.kind === 'email');
if (!slackEmail) throw new Error('the Slack record has no email method');

/** Reads a mailto URL the way a mail client does (RFC 6068). */
function openMailto(mailto: string) {
  const url = new URL(mailto);
  expect(url.protocol).toBe('mailto:');
  const headers = new Map<string, string[]>();
  for (const pair of url.search.slice(1).split('&')) {
    const [name = '', value = ''] = pair.split('=');
    const key = decodeURIComponent(name).toLowerCase();
    headers.set(key, [...(headers.get(key) ?? []), decodeURIComponent(value)]);
  }
  return { to: decodeURIComponent(url.pathname).split(','), headers };
}

/** The finished email; a test that expects one fails here if the drafter refused. */
function done<T>(result: Drafted<T>): T {
  if (!result.ok) throw new Error(`the drafter refused: missing ${result.missing.join(', ')}`);
  return result.value;
}

const draft = (workspace?: Workspace) => done(draftOptOutEmail(slack.name, slackEmail, workspace, translate));

describe('draftOptOutEmail (Slack)', () => {
  it('writes to feedback@slack.com with Slack’s exact subject and the workspace URL', () => {
    const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/' });
    const { to, headers } = openMailto(email.mailto);
    expect(to).toEqual(['feedback@slack.com']);
    expect(headers.get('subject')).toEqual(['Slack global model opt-out request']);
    const [body] = headers.get('body') ?? [];
    expect(body).toBe(email.body);
    expect(body).toContain('Workspace URL: https://acme.slack.com/');
    expect(body).toContain('opt it out of Slack global models');
    expect(body).toContain('Please reply to confirm');
  });

  it('names an Enterprise Grid org by its org URL', () => {
    const { body } = draft({ scope: 'org', url: 'https://bigco.enterprise.slack.com/' });
    expect(body).toContain('Org URL: https://bigco.enterprise.slack.com/');
  });

  it('refuses without the workspace URL Slack asks for: it names the field, it writes no email', () => {
    for (const workspace of [undefined, { scope: 'workspace', id: 'T0123ABCD', name: 'Acme Inc' } as const]) {
      expect(draftOptOutEmail(slack.name, slackEmail, workspace, translate)).toEqual({
        ok: false,
        missing: ['workspace-url'],
      });
    }
  });

  it('adds team ID and name beside the URL', () => {
    const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/', id: 'T0123ABCD', name: 'Acme Inc' });
    expect(email.body).toContain('Team ID: T0123ABCD');
    expect(email.body).toContain('Workspace name: Acme Inc');
  });

  it('drafts for a vendor that asks for nothing in particular without a workspace', () => {
    const discord = vendor('discord').optOut.methods.find((m): m is RecordEmail => m.kind === 'email');
    if (!discord) throw new Error('the Discord record has no email method');
    const email = done(draftOptOutEmail('Discord', discord, undefined, translate));
    expect(email.body).toContain('opt my account out');
  });

  it('uses CRLF line breaks in the body, encoded as %0D%0A, and %20 for spaces', () => {
    const { mailto, body } = draft({ scope: 'workspace', url: 'https://acme.slack.com/' });
    expect(body.split('\r\n').length).toBeGreaterThan(5);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(mailto).toContain('%0D%0A');
    expect(mailto).not.toContain('+');
    expect(mailto).toContain('subject=Slack%20global%20model%20opt-out%20request');
  });

  it.each([
    ['&cc=evil@example.com', 'a header after the body'],
    ['?bcc=evil@example.com', 'a second query'],
    ['Acme\r\nBcc: evil@example.com', 'a raw line break'],
    ['Acme%0D%0ABcc:%20evil@example.com', 'an encoded line break'],
    ['Acme&body=replaced', 'a second body'],
    ['<script>alert(1)</script>', 'markup'],
    ['\u202Emoc.kcals\u202C', 'a bidi override'],
  ])('keeps a hostile workspace name (%s: %s) inside the body', (hostile) => {
    const name = cleanPageText(hostile);
    const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/', id: 'T0123ABCD', name });
    const { to, headers } = openMailto(email.mailto);
    expect(to).toEqual(['feedback@slack.com']);
    expect([...headers.keys()].sort()).toEqual(['body', 'subject']);
    expect(headers.get('subject')).toEqual(['Slack global model opt-out request']);
    expect(headers.get('body')?.[0]).toContain(`Workspace name: ${name}`);
  });

  it('for any name: one recipient, the exact subject, the cleaned name in the body, a bounded link', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 400 }),
        (a, b) => {
          for (const raw of [a, b]) {
            const name = cleanPageText(raw);
            const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/', name });
            expect(email.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
            const { to, headers } = openMailto(email.mailto);
            expect(to).toEqual(['feedback@slack.com']);
            expect(headers.get('subject')).toEqual(['Slack global model opt-out request']);
            const body = headers.get('body')?.[0] ?? '';
            expect(body).toContain('Workspace URL: https://acme.slack.com/');
            // The template's line breaks are the only ones.
            expect(body.split('\r\n').length).toBe(email.body.split('\r\n').length);
            if (name) expect(body).toMatch(/Workspace name: \S/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('composes a workspace name typed decomposed (NFD) to NFC, the form mail clients and vendors compare', () => {
    const composed = 'Café Ünïcödé – Ångström 한국';
    const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/', name: composed.normalize('NFD') });
    const body = openMailto(email.mailto).headers.get('body')?.[0] ?? '';
    expect(body).toContain(`Workspace name: ${composed.normalize('NFC')}`);
    expect(body).toBe(body.normalize('NFC'));
    // The popup shows names cleaned the same way (tab titles, through cleanPageText).
    expect(cleanPageText(composed.normalize('NFD'))).toBe(composed.normalize('NFC'));
  });

  it('for any name in any normal form, the email is NFC and the same as for the composed name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (a, b) => {
          for (const raw of [a, b]) {
            const composed = draft({ scope: 'workspace', url: 'https://acme.slack.com/', name: raw.normalize('NFC') });
            for (const form of ['NFD', 'NFKD'] as const) {
              const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/', name: raw.normalize(form) });
              const body = openMailto(email.mailto).headers.get('body')?.[0] ?? '';
              expect(body).toBe(body.normalize('NFC'));
              if (form === 'NFD') expect(email.mailto).toBe(composed.mailto);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the link within the mail-handler limit even when the translated text is long', () => {
    // A verbose translation: the link falls back to address and subject rather than grow past the cap.
    const verbose: typeof translate = (key, subs) =>
      key === 'emailConfirm' ? 'Please confirm. '.repeat(200) : translate(key, subs);
    const email = done(
      draftOptOutEmail(slack.name, slackEmail, { scope: 'workspace', url: 'https://acme.slack.com/' }, verbose),
    );
    expect(email.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(email.mailto).toBe('mailto:feedback@slack.com?subject=Slack%20global%20model%20opt-out%20request');
    expect(email.body).toContain('Please confirm.');
  });

  it('gives webmail users the same address, subject and body as text', () => {
    const email = draft({ scope: 'workspace', url: 'https://acme.slack.com/' });
    const text = emailAsText(email, translate);
    expect(text.startsWith('To: feedback@slack.com\nSubject: Slack global model opt-out request\n\n')).toBe(true);
    expect(text).toContain(email.body);
  });
});

/** Text as a page or a hostile import can hold it: any code points, line breaks, bidi controls, lone surrogates. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('\r\n', '&cc=x@evil.example', '%0D%0A', '\u202E', '\uD800', '\uDC00', '?bcc=', '=', '#'),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

describe('draftOptOutEmail: the sender’s signature', () => {
  const workspace = { scope: 'workspace', url: 'https://acme.slack.com/' } as const;

  it('signs with the sender’s name and organisation under the thanks', () => {
    const email = done(
      draftOptOutEmail(slack.name, slackEmail, workspace, translate, { name: 'Ana Ruiz', org: 'Acme' }),
    );
    const body = openMailto(email.mailto).headers.get('body')?.[0] ?? '';
    expect(body.endsWith('Thank you.\r\nAna Ruiz\r\nAcme')).toBe(true);
    expect(body).toBe(email.body);
  });

  it('leaves the signature out when there is none, and skips an empty line', () => {
    expect(draft(workspace).body.endsWith('Thank you.')).toBe(true);
    const orgOnly = done(draftOptOutEmail(slack.name, slackEmail, workspace, translate, { name: '  ', org: 'Acme' }));
    expect(orgOnly.body.endsWith('Thank you.\r\nAcme')).toBe(true);
  });

  it('for any name, organisation and workspace name: one recipient, the exact subject, the full body, no added line', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (name, org, wsName) => {
        const email = done(
          draftOptOutEmail(slack.name, slackEmail, { ...workspace, name: cleanPageText(wsName) }, translate, {
            name,
            org,
          }),
        );
        expect(email.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
        const { to, headers } = openMailto(email.mailto);
        expect(to).toEqual(['feedback@slack.com']);
        expect([...headers.keys()].sort()).toEqual(['body', 'subject']);
        expect(headers.get('subject')).toEqual(['Slack global model opt-out request']);
        // The whole body is in the link (never cut to the subject-only fallback by a long signature).
        expect(headers.get('body')).toEqual([email.body]);
        const lines = email.body.split('\r\n');
        const plain = draft({ ...workspace, name: cleanPageText(wsName) }).body.split('\r\n');
        // At most two signature lines, each one line of plain text.
        expect(lines.slice(0, plain.length)).toEqual(plain);
        expect(lines.length - plain.length).toBeLessThanOrEqual(2);
        for (const line of lines.slice(plain.length)) expect(line).toMatch(/^[^\r\n\u202a-\u202e\u2066-\u2069]+$/u);
        for (const href of Object.values(emailHrefs(email))) expect(href).toBe(href.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('opens the same recipient, subject and body in the mail app, Gmail and Outlook', () => {
    const email = done(
      draftOptOutEmail(slack.name, slackEmail, workspace, translate, { name: 'Ana & Co', org: 'A=B' }),
    );
    const hrefs = emailHrefs(email);
    expect(hrefs.mailto).toBe(email.mailto);
    const gmail = new URL(hrefs.gmail).searchParams;
    const outlook = new URL(hrefs.outlook).searchParams;
    expect([gmail.get('to'), gmail.get('su'), gmail.get('body')]).toEqual([email.to, email.subject, email.body]);
    expect([outlook.get('to'), outlook.get('subject'), outlook.get('body')]).toEqual([
      email.to,
      email.subject,
      email.body,
    ]);
    expect(composeHref(hrefs.gmail)).toBe(hrefs.gmail);
    expect(composeHref(hrefs.outlook)).toBe(hrefs.outlook);
  });

  it('never throws on a workspace name with a lone surrogate (a page title can hold one)', () => {
    const email = draft({ ...workspace, name: 'Acme\uD800' });
    expect(email.body).toContain('Workspace name: Acme\uFFFD');
  });
});

describe('mailtoOf: the one mailto builder (opt-out email, owner note, objection letter)', () => {
  const long = { to: 'privacy@discord.com', subject: 'Objection & request', body: 'x'.repeat(MAX_MAILTO_LENGTH) };

  it('encodes every value: a typed `&`, `=`, `#` or line break adds no header', () => {
    const mail = { to: 'privacy@discord.com', subject: 'a&cc=x@evil.example', body: 'b#top\r\nbcc=y@evil.example' };
    const url = new URL(mailtoOf(mail));
    expect([...new URLSearchParams(url.search).entries()]).toEqual([
      ['subject', mail.subject],
      ['body', mail.body],
    ]);
    expect(url.hash).toBe('');
  });

  it('past the length mail handlers take, carries the subject only; `whole` keeps the body', () => {
    expect(mailtoOf(long)).toBe('mailto:privacy@discord.com?subject=Objection%20%26%20request');
    expect(new URLSearchParams(new URL(mailtoOf(long, { whole: true })).search).get('body')).toBe(long.body);
  });

  it('with no recipient (the member’s note), the user addresses it', () => {
    expect(mailtoOf({ to: '', subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });
});
