import { describe, expect, it } from 'vitest';
import { checkSources, quotesOf, userAgent } from '../../../scripts/sources-check/check.ts';

const file = (id: string, url = `https://${id}.example/ai`) => ({
  name: `${id}.json`,
  text: JSON.stringify({
    id,
    training: [{ evidence: [{ source: 'help', quote: `${id} does not train.`, verified: '2026-11-29' }] }],
    sources: { help: { url, title: 'AI', publisher: 'vendor' } },
  }),
});

describe('quotesOf', () => {
  it('reads every file, or only the vendors asked for', () => {
    expect(quotesOf([file('acme'), file('beta')]).quotes.map((q) => q.vendor)).toEqual(['acme', 'beta']);
    expect(quotesOf([file('acme'), file('beta')], ['beta']).quotes.map((q) => q.vendor)).toEqual(['beta']);
  });

  it('names files it cannot read and vendors that do not exist', () => {
    expect(quotesOf([{ name: 'bad.json', text: '{' }, file('acme')], ['acme', 'nobody']).problems).toEqual([
      expect.stringMatching(/^bad\.json: not valid JSON/),
      '--vendor nobody: no such vendor',
    ]);
  });
});

describe('checkSources', () => {
  it('fetches each page once and reports every quote on it', async () => {
    const { quotes } = quotesOf([file('acme'), file('beta', 'https://acme.example/ai#beta')]);
    const fetched: string[] = [];
    const report = await checkSources(quotes, {
      userAgent: 'test',
      timeoutMs: 1000,
      maxBytes: 10_000,
      maxRedirects: 1,
      concurrency: 2,
      perHost: 1,
      now: () => new Date('2026-12-01T00:00:00Z'),
      fetch: ((url: string) => {
        fetched.push(url);
        return Promise.resolve(
          new Response(`<p>${'Words about data. '.repeat(20)}acme does not train.</p>`, {
            headers: { 'content-type': 'text/html' },
          }),
        );
      }) as typeof fetch,
    });
    expect(fetched).toEqual(['https://acme.example/ai']);
    expect(report.generatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(report.pages).toEqual([
      {
        url: 'https://acme.example/ai',
        finalUrl: 'https://acme.example/ai',
        status: 200,
        redirects: [],
        state: 'read',
        reason: '',
      },
    ]);
    expect(report.quotes.map((q) => [q.vendor, q.outcome])).toEqual([
      ['acme', 'present'],
      ['beta', 'gone'],
    ]);
  });
});

describe('userAgent', () => {
  it('names the tool, its version and purpose, and a repository only when there is one', () => {
    expect(userAgent('0.1.0', undefined)).toBe(
      "NoTrain-sources-check/0.1.0 (maintainers' source watch, one request per cited page)",
    );
    expect(userAgent('0.1.0', 'https://github.com/acme/notrain')).toBe(
      "NoTrain-sources-check/0.1.0 (+https://github.com/acme/notrain; maintainers' source watch, one request per cited page)",
    );
  });
});
