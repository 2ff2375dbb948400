/**
 * The source watch's only network code: fetches one page politely (an honest
 * user agent, a time limit, a size limit, redirects followed by hand so a move
 * is seen) and reports what came back. It never throws: every failure becomes
 * a `Fetched` with the reason, for `outcome.ts` to classify.
 */
import type { Fetched, Redirect } from './outcome.ts';

export interface FetchOptions {
  readonly userAgent: string;
  /** For the whole page, redirects and body included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** The fetch to use; the global one by default (tests pass their own). */
  readonly fetch?: typeof fetch;
}

export const DEFAULT_FETCH_OPTIONS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const redirects: Redirect[] = [];
  let current = url;
  const failed = (error: string): Fetched => ({ kind: 'error', finalUrl: current, redirects, error });
  try {
    for (;;) {
      const response = await doFetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
          // The quotes are English: ask for the English page, not one chosen by the runner's region.
          'accept-language': 'en-US,en;q=0.9',
        },
      });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        const next = new URL(location, current).href;
        redirects.push({ status: response.status, to: next });
        if (!next.startsWith('https://')) return failed(`redirected to a non-https address (${next.slice(0, 200)})`);
        if (redirects.length > options.maxRedirects) return failed(`more than ${options.maxRedirects} redirects`);
        current = next;
        continue;
      }
      const ok = response.status >= 200 && response.status <= 299;
      const contentType = response.headers.get('content-type') ?? '';
      const { body, truncated } = ok
        ? await readBody(response, contentType, options.maxBytes)
        : { body: '', truncated: false };
      if (!ok) await response.body?.cancel();
      return { kind: 'response', status: response.status, finalUrl: current, redirects, contentType, body, truncated };
    }
  } catch (error) {
    return failed(describeError(error, options.timeoutMs));
  }
}

/** At most `maxBytes` of the body, decoded with the charset the page declares. */
async function readBody(
  response: Response,
  contentType: string,
  maxBytes: number,
): Promise<{ body: string; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = Buffer.concat(chunks).subarray(0, maxBytes);
  return { body: decode(bytes, charsetOf(contentType, bytes)), truncated };
}

/** The charset from the Content-Type header, else from a `<meta>` near the start, else UTF-8. */
export function charsetOf(contentType: string, bytes: Uint8Array): string {
  const declared = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A failed fetch in a few words: a timeout, a TLS problem or a network error, with Node's code. */
export function describeError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError')
    return `timed out after ${timeoutMs / 1000} s`;
  const code = err?.cause?.code ?? '';
  const message = err?.cause?.message ?? err?.message ?? String(error);
  if (/CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME/i.test(`${code} ${message}`)) return `TLS error: ${code || message}`;
  return `network error: ${code || message}`;
}

/**
 * Runs `task` over `items` with at most `total` at once and at most
 * `perKey` at once for items with the same key (the same host), resolving
 * with the results in the items' order.
 */
export function pooled<T, R>(
  items: readonly T[],
  limits: { total: number; perKey: number; keyOf: (item: T) => string },
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const waiting = items.map((item, index) => ({ item, index, key: limits.keyOf(item) }));
  const busy = new Map<string, number>();
  let running = 0;
  return new Promise((resolve, reject) => {
    const next = () => {
      if (!waiting.length && !running) resolve(results);
      for (let i = 0; i < waiting.length && running < limits.total;) {
        const { item, index, key } = waiting[i]!;
        if ((busy.get(key) ?? 0) >= limits.perKey) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        running++;
        busy.set(key, (busy.get(key) ?? 0) + 1);
        task(item)
          .then((result) => {
            results[index] = result;
            running--;
            busy.set(key, busy.get(key)! - 1);
            next();
          })
          .catch(reject);
      }
    };
    next();
  });
}
