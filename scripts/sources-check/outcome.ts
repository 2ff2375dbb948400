/**
 * From what a fetch returned to what it means for each quote. Pure: the
 * network adapter (`fetch-page.ts`) hands over the response, this module
 * decides.
 */
import { readableText } from './html-text.ts';
import { containsQuote, normalise } from './normalise.ts';
import { pageAddress, type QuoteRef } from './quotes.ts';

/**
 * - `present`: the page was read and the quote is in its text.
 * - `gone`: the page was read and the quote is not in it.
 * - `moved`: the page redirected to another address; `found` says whether the quote is there.
 * - `page-gone`: the server says the page does not exist (404, 410).
 * - `blocked`: the page could not be read (401/403/429/451 and other errors, a bot challenge,
 *   a timeout, a TLS or network error, content that is not text).
 */
export const OUTCOMES = ['present', 'gone', 'moved', 'page-gone', 'blocked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Redirect {
  readonly status: number;
  readonly to: string;
}

/** What the network adapter got for one address, after following redirects. */
export type Fetched =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly finalUrl: string;
      readonly redirects: readonly Redirect[];
      readonly contentType: string;
      /** The decoded body of a 2xx response, empty for any other status. */
      readonly body: string;
      /** The body was longer than the adapter reads; `body` is its start. */
      readonly truncated: boolean;
    }
  | {
      readonly kind: 'error';
      readonly finalUrl: string;
      readonly redirects: readonly Redirect[];
      readonly error: string;
    };

/** One page, as the report states it. */
export interface PageResult {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number | null;
  readonly redirects: readonly Redirect[];
  readonly state: 'read' | 'moved' | 'page-gone' | 'blocked';
  /** Why the page is blocked or gone, or why a quote missing from it may still be there. */
  readonly reason: string;
}

/** A page and its normalised text, for matching quotes. */
export interface ReadPage extends PageResult {
  readonly text: string;
  /** Set when a quote missing from `text` does not prove it gone (a challenge, a script-only page, a cut body). */
  readonly doubt: string;
}

const PAGE_GONE = new Set([404, 410]);
const READABLE = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;
/** A page with less text than this cannot hold a record's worth of quotes; it is likely rendered by script. */
export const MIN_TEXT_CHARS = 200;

export function classifyPage(url: string, fetched: Fetched): ReadPage {
  const base = { url, finalUrl: fetched.finalUrl, redirects: fetched.redirects, text: '', doubt: '' };
  if (fetched.kind === 'error') return { ...base, status: null, state: 'blocked', reason: fetched.error };
  const { status } = fetched;
  const moved = pageAddress(fetched.finalUrl) !== pageAddress(url);
  const http = `HTTP ${status}${moved ? ` after a redirect to ${fetched.finalUrl}` : ''}`;
  if (PAGE_GONE.has(status)) return { ...base, status, state: 'page-gone', reason: http };
  if (status < 200 || status > 299) return { ...base, status, state: 'blocked', reason: http };
  const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
  const isHtml = type === '' ? /^\s*</.test(fetched.body) : type !== 'text/plain';
  if (type !== '' && !READABLE.test(type))
    return { ...base, status, state: 'blocked', reason: `${type} is not a page the watch can read` };
  const page = isHtml ? readableText(fetched.body) : { title: '', text: fetched.body };
  const text = normalise(page.text);
  const challenge = challengeOf(page.title, fetched.body, text);
  const doubt = challenge
    ? `a bot challenge page (${challenge})`
    : fetched.truncated
      ? 'the page is larger than the watch reads; the quote may stand further on'
      : text.length < MIN_TEXT_CHARS
        ? 'the page has almost no text without running its scripts'
        : '';
  return {
    ...base,
    status,
    state: moved ? 'moved' : 'read',
    reason: moved ? movedReason(fetched.redirects) : '',
    text,
    doubt,
  };
}

function movedReason(redirects: readonly Redirect[]): string {
  const permanent = redirects.some((r) => r.status === 301 || r.status === 308);
  return `${permanent ? 'permanently ' : ''}redirected (${redirects.map((r) => r.status).join(', ')})`;
}

/** Titles that only bot challenges and block pages use. */
const CHALLENGE_TITLES: [RegExp, string][] = [
  [/^just a moment\.*$|^attention required!? \| cloudflare/i, 'Cloudflare'],
  [
    /captcha|are you a (robot|human)|verify(ing)? (that )?you are (a )?human|human verification|bot (check|detection)/i,
    'captcha',
  ],
  [/^(access denied|pardon our interruption|security check|request (unsuccessful|rejected))\b/i, 'block page'],
];
/**
 * Markup that challenge scripts leave. Some of it (Cloudflare's challenge
 * platform) is also injected into ordinary pages, so it counts only on a page
 * with little text of its own.
 */
const CHALLENGE_MARKERS: [RegExp, string][] = [
  [/\/cdn-cgi\/challenge-platform\/|_cf_chl_opt|cf-chl-/i, 'Cloudflare'],
  [/captcha-delivery\.com/i, 'DataDome'],
  [/px-captcha|perimeterx/i, 'HUMAN/PerimeterX'],
  [/_incapsula_resource|incapsula incident id/i, 'Imperva'],
  [/\/_sec\/cp_challenge\/|sec-if-cpt/i, 'Akamai'],
  [/awswafintegration|awswaf/i, 'AWS WAF'],
  [/g-recaptcha|h-captcha|hcaptcha\.com|challenges\.cloudflare\.com\/turnstile/i, 'captcha'],
];
const SHORT_PAGE_CHARS = 2000;

function challengeOf(title: string, html: string, text: string): string {
  const byTitle = CHALLENGE_TITLES.find(([pattern]) => pattern.test(title));
  if (byTitle) return byTitle[1];
  if (text.length >= SHORT_PAGE_CHARS) return '';
  return CHALLENGE_MARKERS.find(([pattern]) => pattern.test(html))?.[1] ?? '';
}

export interface QuoteResult extends QuoteRef {
  readonly outcome: Outcome;
  /** Whether the quote is in the text that was read; null when no text was read. */
  readonly found: boolean | null;
  readonly status: number | null;
  readonly finalUrl: string;
  /** What happened, in a few words, for the report. */
  readonly detail: string;
}

export function quoteOutcome(quote: QuoteRef, page: ReadPage): QuoteResult {
  const result = (outcome: Outcome, found: boolean | null, detail: string): QuoteResult => ({
    ...quote,
    outcome,
    found,
    status: page.status,
    finalUrl: page.finalUrl,
    detail,
  });
  if (page.state === 'page-gone' || page.state === 'blocked') return result(page.state, null, page.reason);
  const found = containsQuote(page.text, quote.quote);
  const where = page.state === 'moved' ? `${page.reason} to ${page.finalUrl}: ` : '';
  if (found) return result(page.state === 'moved' ? 'moved' : 'present', true, `${where}quote found`);
  if (page.doubt) return result('blocked', null, `${where}${page.doubt}`);
  return result(page.state === 'moved' ? 'moved' : 'gone', false, `${where}quote not in the page text`);
}

/**
 * Whether a result fails the watch: a critical quote that is gone, whose page
 * is gone, or that is not on the page its address now redirects to. Blocked
 * pages and moves that kept the quote are reported without failing.
 */
export function fails(result: QuoteResult): boolean {
  return (
    result.critical &&
    (result.outcome === 'gone' ||
      result.outcome === 'page-gone' ||
      (result.outcome === 'moved' && result.found === false))
  );
}
