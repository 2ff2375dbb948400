import { describe, expect, it } from 'vitest';
import {
  classifyPage,
  type Fetched,
  fails,
  MIN_TEXT_CHARS,
  quoteOutcome,
} from '../../../scripts/sources-check/outcome.ts';
import type { QuoteRef } from '../../../scripts/sources-check/quotes.ts';

const URL_ = 'https://help.acme.example/ai';
const QUOTE = 'Acme does not train on customer content.';
const LONG = `<p>${'Acme explains here how it stores and protects your data. '.repeat(8)}</p>`;
const response = (over: Partial<Extract<Fetched, { kind: 'response' }>> = {}): Fetched => ({
  kind: 'response',
  status: 200,
  finalUrl: URL_,
  redirects: [],
  contentType: 'text/html; charset=utf-8',
  body: `<html><head><title>AI</title></head><body>${LONG}<p>${QUOTE}</p></body></html>`,
  truncated: false,
  ...over,
});
const ref = (critical = true): QuoteRef => ({
  vendor: 'acme',
  path: 'training.0.evidence.0',
  source: 'help',
  url: `${URL_}#x`,
  publisher: 'vendor',
  quote: QUOTE,
  verified: '2026-11-29',
  critical,
});
const outcomeOf = (fetched: Fetched, quote = ref()) => quoteOutcome(quote, classifyPage(URL_, fetched));

describe('classifyPage and quoteOutcome', () => {
  it('present: the page was read and the quote is in it', () => {
    expect(outcomeOf(response())).toMatchObject({
      outcome: 'present',
      found: true,
      status: 200,
      detail: 'quote found',
    });
    expect(
      outcomeOf(response({ contentType: 'text/plain', body: `${'plain words '.repeat(30)}${QUOTE}` })).outcome,
    ).toBe('present');
    expect(outcomeOf(response({ contentType: '' })).outcome).toBe('present');
  });

  it('gone: the page was read and the quote is not in it', () => {
    expect(outcomeOf(response({ body: `<body>${LONG}<p>Acme trains on customer content.</p></body>` }))).toMatchObject({
      outcome: 'gone',
      found: false,
      detail: 'quote not in the page text',
    });
  });

  it('moved: a redirect to another address, with the quote looked for there', () => {
    const redirects = [{ status: 301, to: 'https://help.acme.example/en/ai' }];
    const moved = response({ finalUrl: redirects[0]!.to, redirects });
    expect(outcomeOf(moved)).toMatchObject({
      outcome: 'moved',
      found: true,
      finalUrl: redirects[0]!.to,
      detail: 'permanently redirected (301) to https://help.acme.example/en/ai: quote found',
    });
    expect(outcomeOf({ ...moved, body: LONG } as Fetched)).toMatchObject({ outcome: 'moved', found: false });
    expect(
      outcomeOf(
        response({
          finalUrl: 'https://acme.example/login',
          redirects: [{ status: 302, to: 'https://acme.example/login' }],
        }),
      ).detail,
    ).toMatch(/^redirected \(302\) to /);
  });

  it('not moved: redirects that come back to the same address, or differ only in the fragment', () => {
    expect(outcomeOf(response({ redirects: [{ status: 302, to: URL_ }] })).outcome).toBe('present');
    expect(outcomeOf(response({ finalUrl: `${URL_}#top` })).outcome).toBe('present');
  });

  it.each([404, 410])('page-gone: HTTP %i', (status) => {
    expect(outcomeOf(response({ status, body: '' }))).toMatchObject({
      outcome: 'page-gone',
      found: null,
      detail: `HTTP ${status}`,
    });
  });

  it('page-gone or blocked after a redirect says where the redirect led', () => {
    const redirects = [{ status: 301, to: 'https://acme.example/new' }];
    expect(
      outcomeOf(response({ status: 404, body: '', finalUrl: 'https://acme.example/new', redirects })),
    ).toMatchObject({
      outcome: 'page-gone',
      detail: 'HTTP 404 after a redirect to https://acme.example/new',
    });
  });

  it.each([401, 403, 429, 451, 500, 503, 304])('blocked: HTTP %i', (status) => {
    expect(outcomeOf(response({ status, body: '' }))).toMatchObject({
      outcome: 'blocked',
      found: null,
      detail: `HTTP ${status}`,
    });
  });

  it('blocked: timeouts, TLS and network errors, with the reason', () => {
    const error = (e: string): Fetched => ({ kind: 'error', finalUrl: URL_, redirects: [], error: e });
    expect(outcomeOf(error('timed out after 20 s'))).toMatchObject({
      outcome: 'blocked',
      status: null,
      detail: 'timed out after 20 s',
    });
    expect(outcomeOf(error('TLS error: CERT_HAS_EXPIRED')).detail).toBe('TLS error: CERT_HAS_EXPIRED');
  });

  it('blocked: content that is not a page', () => {
    expect(outcomeOf(response({ contentType: 'application/pdf', body: '%PDF' }))).toMatchObject({
      outcome: 'blocked',
      detail: 'application/pdf is not a page the watch can read',
    });
  });

  it('blocked: a bot challenge, by its title or by challenge markup on a page with little text', () => {
    const challenge = (title: string, body = '') =>
      outcomeOf(response({ body: `<title>${title}</title><body>${body}</body>` }));
    expect(challenge('Just a moment...').detail).toBe('a bot challenge page (Cloudflare)');
    expect(challenge('Attention Required! | Cloudflare').outcome).toBe('blocked');
    expect(challenge('Human Verification').detail).toBe('a bot challenge page (captcha)');
    expect(challenge('Access Denied').detail).toBe('a bot challenge page (block page)');
    expect(
      challenge('Acme', '<p>One moment</p><script src="https://geo.captcha-delivery.com/captcha/"></script>').detail,
    ).toBe('a bot challenge page (DataDome)');
    expect(challenge('Acme', `${LONG}<div id="px-captcha"></div>`).detail).toBe(
      'a bot challenge page (HUMAN/PerimeterX)',
    );
  });

  it('not a challenge: an ordinary long page that loads a challenge script or mentions reCAPTCHA', () => {
    const body = `${LONG.repeat(6)}<p>We use reCAPTCHA (g-recaptcha) to fight spam.</p><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>`;
    expect(outcomeOf(response({ body })).outcome).toBe('gone');
  });

  it('blocked, not gone, when the page cannot prove the quote missing: little text, or a cut body', () => {
    expect(outcomeOf(response({ body: '<div id="root"></div><noscript>You need JavaScript</noscript>' })).detail).toBe(
      'the page has almost no text without running its scripts',
    );
    expect(outcomeOf(response({ body: LONG, truncated: true })).detail).toMatch(
      /^the page is larger than the watch reads/,
    );
    expect(outcomeOf(response({ body: `<p>${QUOTE}</p>` })).outcome).toBe('present');
    expect(MIN_TEXT_CHARS).toBeGreaterThan(QUOTE.length);
  });
});

describe('fails', () => {
  const result = (outcome: string, found: boolean | null, critical = true) =>
    ({ ...outcomeOf(response()), outcome, found, critical }) as ReturnType<typeof outcomeOf>;
  it.each([
    ['gone', false, true, true],
    ['page-gone', null, true, true],
    ['moved', false, true, true],
    ['moved', true, true, false],
    ['blocked', null, true, false],
    ['present', true, true, false],
    ['gone', false, false, false],
    ['page-gone', null, false, false],
  ] as const)('%s (found: %s, critical: %s) fails the watch: %s', (outcome, found, critical, expected) => {
    expect(fails(result(outcome, found, critical))).toBe(expected);
  });
});
