import { describe, expect, it } from 'vitest';
import {
  charsetOf,
  describeError,
  fetchPage,
  type FetchOptions,
  pooled,
} from '../../../scripts/sources-check/fetch-page.ts';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;
const options = (handler: Handler, over: Partial<FetchOptions> = {}): FetchOptions => ({
  userAgent: 'NoTrain-sources-check/test',
  timeoutMs: 1000,
  maxBytes: 1024,
  maxRedirects: 3,
  fetch: (async (input: string, init: RequestInit) => handler(input, init)) as typeof fetch,
  ...over,
});
const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });

describe('fetchPage', () => {
  it('asks once, with an honest user agent, English, and redirects left to it', async () => {
    const seen: RequestInit[] = [];
    const fetched = await fetchPage(
      'https://acme.example/ai',
      options((_url, init) => (seen.push(init), html('<p>hi</p>'))),
    );
    expect(fetched).toEqual({
      kind: 'response',
      status: 200,
      finalUrl: 'https://acme.example/ai',
      redirects: [],
      contentType: 'text/html; charset=utf-8',
      body: '<p>hi</p>',
      truncated: false,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      redirect: 'manual',
      headers: { 'user-agent': 'NoTrain-sources-check/test', 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('follows redirects by hand, relative ones included, and records each', async () => {
    const routes: Record<string, () => Response> = {
      'https://acme.example/ai': () => redirect(301, '/en/ai'),
      'https://acme.example/en/ai': () => redirect(302, 'https://help.acme.example/ai?lang=en'),
      'https://help.acme.example/ai?lang=en': () => html('<p>here</p>'),
    };
    const fetched = await fetchPage(
      'https://acme.example/ai',
      options((url) => routes[url]!()),
    );
    expect(fetched).toMatchObject({
      kind: 'response',
      status: 200,
      finalUrl: 'https://help.acme.example/ai?lang=en',
      redirects: [
        { status: 301, to: 'https://acme.example/en/ai' },
        { status: 302, to: 'https://help.acme.example/ai?lang=en' },
      ],
    });
  });

  it('refuses a redirect to plain http, and a redirect loop', async () => {
    expect(
      await fetchPage(
        'https://acme.example/a',
        options(() => redirect(301, 'http://acme.example/a')),
      ),
    ).toMatchObject({
      kind: 'error',
      error: 'redirected to a non-https address (http://acme.example/a)',
    });
    expect(
      await fetchPage(
        'https://acme.example/a',
        options(() => redirect(302, '/a')),
      ),
    ).toMatchObject({ kind: 'error', error: 'more than 3 redirects' });
  });

  it('reads no body for a status that is not 2xx', async () => {
    expect(
      await fetchPage(
        'https://acme.example/a',
        options(() => new Response('<p>not found</p>', { status: 404 })),
      ),
    ).toMatchObject({ kind: 'response', status: 404, body: '' });
  });

  it('reads at most maxBytes and says the body was cut', async () => {
    const fetched = await fetchPage(
      'https://acme.example/a',
      options(() => html('x'.repeat(5000))),
    );
    expect(fetched).toMatchObject({ kind: 'response', truncated: true });
    expect(fetched.kind === 'response' && fetched.body.length).toBe(1024);
  });

  it('decodes the charset the page declares', async () => {
    const latin1 = Buffer.from('<p>donn\u00e9es</p>', 'latin1');
    const fromHeader = await fetchPage(
      'https://a.example/',
      options(() => new Response(latin1, { headers: { 'content-type': 'text/html; charset=ISO-8859-1' } })),
    );
    expect(fromHeader.kind === 'response' && fromHeader.body).toBe('<p>donn\u00e9es</p>');
    const fromMeta = await fetchPage(
      'https://a.example/',
      options(
        () =>
          new Response(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin1]), {
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    expect(fromMeta.kind === 'response' && fromMeta.body).toContain('donn\u00e9es');
  });

  it('gives up after the time limit, even while a body is still arriving', async () => {
    const never: Handler = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason as DOMException)),
      );
    expect(await fetchPage('https://a.example/', options(never, { timeoutMs: 50 }))).toMatchObject({
      kind: 'error',
      error: 'timed out after 0.05 s',
    });
    const trickle: Handler = (_url, init) =>
      new Response(
        new ReadableStream({
          start: (c) => (
            c.enqueue(new TextEncoder().encode('<p>')),
            init.signal!.addEventListener('abort', () => c.error(init.signal!.reason))
          ),
        }),
        { headers: { 'content-type': 'text/html' } },
      );
    expect(await fetchPage('https://a.example/', options(trickle, { timeoutMs: 50 }))).toMatchObject({
      kind: 'error',
      error: 'timed out after 0.05 s',
    });
  });

  it('never throws: a network failure becomes a reason', async () => {
    const failing =
      (code: string): Handler =>
      () => {
        throw Object.assign(new TypeError('fetch failed'), {
          cause: Object.assign(new Error(`connect ${code}`), { code }),
        });
      };
    expect(await fetchPage('https://a.example/', options(failing('ENOTFOUND')))).toMatchObject({
      kind: 'error',
      finalUrl: 'https://a.example/',
      error: 'network error: ENOTFOUND',
    });
    expect(await fetchPage('https://a.example/', options(failing('CERT_HAS_EXPIRED')))).toMatchObject({
      kind: 'error',
      error: 'TLS error: CERT_HAS_EXPIRED',
    });
  });
});

describe('charsetOf and describeError', () => {
  it('prefers the header, then a meta tag, then UTF-8', () => {
    const bytes = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">');
    expect(charsetOf('text/html; charset="iso-8859-2"', bytes)).toBe('iso-8859-2');
    expect(charsetOf('text/html', bytes)).toBe('shift_jis');
    expect(charsetOf('', Buffer.from('<p>'))).toBe('utf-8');
  });

  it('names self-signed and hostname problems as TLS errors', () => {
    const cause = (code: string) => ({ cause: { code, message: code } });
    expect(describeError(cause('DEPTH_ZERO_SELF_SIGNED_CERT'), 1000)).toBe('TLS error: DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(describeError(cause('ERR_TLS_CERT_ALTNAME_INVALID'), 1000)).toBe('TLS error: ERR_TLS_CERT_ALTNAME_INVALID');
    expect(describeError(cause('ECONNRESET'), 1000)).toBe('network error: ECONNRESET');
  });
});

describe('pooled', () => {
  it('keeps to the total and per-host limits and returns results in order', async () => {
    const running = new Map<string, number>();
    let peak = 0;
    const peakPerHost = new Map<string, number>();
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'c/1', 'd/1', 'e/1', 'e/2'];
    const results = await pooled(items, { total: 3, perKey: 1, keyOf: (item) => item.split('/')[0]! }, async (item) => {
      const host = item.split('/')[0]!;
      running.set(host, (running.get(host) ?? 0) + 1);
      peak = Math.max(
        peak,
        [...running.values()].reduce((a, b) => a + b, 0),
      );
      peakPerHost.set(host, Math.max(peakPerHost.get(host) ?? 0, running.get(host)!));
      await new Promise((r) => setTimeout(r, 5));
      running.set(host, running.get(host)! - 1);
      return item.toUpperCase();
    });
    expect(results).toEqual(items.map((item) => item.toUpperCase()));
    expect(peak).toBe(3);
    expect(Math.max(...peakPerHost.values())).toBe(1);
  });

  it('resolves at once with nothing to do', async () => {
    expect(await pooled([], { total: 2, perKey: 1, keyOf: String }, () => Promise.resolve(1))).toEqual([]);
  });
});
