import { describe, expect, it } from 'vitest';
import { collectQuotes, groupByPage, isCritical } from '../../../scripts/sources-check/quotes.ts';
import { readVendorFiles } from '../../../build/vendor-files.ts';

const cite = (source: string, quote: string) => ({ source, quote, verified: '2026-11-29' });
const record = {
  id: 'acme',
  training: [{ evidence: [cite('help', 'A'), cite('news', 'B')] }],
  optOut: { methods: [{ kind: 'email', evidence: [cite('help', 'C')] }], evidence: [cite('help', 'D')] },
  humanReview: { evidence: [cite('help', 'E')] },
  differences: [{ evidence: [cite('help', 'F')] }],
  history: [{ evidence: [cite('help', 'G')] }],
  sources: {
    help: { url: 'https://help.acme.example/ai#training', title: 'AI', publisher: 'vendor' },
    news: { url: 'https://news.example/acme', title: 'News', publisher: 'third-party' },
  },
};

describe('collectQuotes', () => {
  it('finds every evidence item with its path, source and whether it is critical', () => {
    const { quotes, problems } = collectQuotes('acme.json', record);
    expect(problems).toEqual([]);
    expect(quotes.map((q) => [q.path, q.quote, q.publisher, q.critical])).toEqual([
      ['training.0.evidence.0', 'A', 'vendor', true],
      ['training.0.evidence.1', 'B', 'third-party', false],
      ['optOut.methods.0.evidence.0', 'C', 'vendor', true],
      ['optOut.evidence.0', 'D', 'vendor', false],
      ['humanReview.evidence.0', 'E', 'vendor', false],
      ['differences.0.evidence.0', 'F', 'vendor', false],
      ['history.0.evidence.0', 'G', 'vendor', false],
    ]);
    expect(quotes[0]).toMatchObject({
      vendor: 'acme',
      source: 'help',
      url: 'https://help.acme.example/ai#training',
      verified: '2026-11-29',
    });
  });

  it('tolerates fields it does not know, on records, evidence and sources', () => {
    const grown = {
      ...record,
      newClaim: { evidence: [{ ...cite('help', 'H'), asOf: '2026-01-01', confidence: 'high' }] },
      sources: {
        ...record.sources,
        help: { ...record.sources.help, kind: 'help-centre', archive: 'https://archive.example/x' },
      },
    };
    const { quotes, problems } = collectQuotes('acme.json', grown);
    expect(problems).toEqual([]);
    expect(quotes.map((q) => q.path)).toContain('newClaim.evidence.0');
  });

  it('names the file and field of what it cannot read', () => {
    expect(
      collectQuotes('x.json', { id: 'x', sources: { a: { url: 'http://x.example', publisher: 'vendor' } } }).problems,
    ).toEqual([expect.stringMatching(/^x\.json: sources\.a\.url: /)]);
    expect(
      collectQuotes('x.json', { ...record, history: [{ evidence: [cite('gone', 'Z'), { quote: 1 }] }] }).problems,
    ).toEqual([
      'x.json: history.0.evidence.0: not evidence citing a key of "sources"',
      'x.json: history.0.evidence.1: not evidence citing a key of "sources"',
    ]);
  });

  it('reads every real record', () => {
    for (const file of readVendorFiles()) {
      const { quotes, problems } = collectQuotes(file.name, JSON.parse(file.text));
      expect(problems).toEqual([]);
      expect(quotes.length, file.name).toBeGreaterThan(0);
    }
  });
});

describe('isCritical', () => {
  it.each([
    ['training.0.evidence.0', 'vendor', true],
    ['optOut.methods.2.evidence.1', 'vendor', true],
    ['optOut.methods.2.evidence.1', 'third-party', false],
    ['optOut.evidence.0', 'vendor', false],
    ['history.0.evidence.0', 'vendor', false],
    ['differences.0.evidence.0', 'vendor', false],
  ] as const)('%s from a %s source: %s', (path, publisher, critical) => {
    expect(isCritical(path, publisher)).toBe(critical);
  });
});

describe('groupByPage', () => {
  it('fetches a page once however many quotes, vendors and fragments cite it', () => {
    const a = collectQuotes('acme.json', record).quotes;
    const b = collectQuotes('beta.json', {
      ...record,
      id: 'beta',
      sources: { ...record.sources, help: { ...record.sources.help, url: 'https://help.acme.example/ai' } },
    }).quotes;
    const pages = groupByPage([...a, ...b]);
    expect([...pages.keys()]).toEqual(['https://help.acme.example/ai', 'https://news.example/acme']);
    expect(pages.get('https://help.acme.example/ai')).toHaveLength(12);
  });
});
