import { describe, expect, it } from 'vitest';
import type { PageResult, QuoteResult } from '../../../scripts/sources-check/outcome.ts';
import { buildReport, exitCodeOf, renderMarkdown } from '../../../scripts/sources-check/report.ts';

const meta = {
  tool: 'notrain-sources-check',
  userAgent: 'NoTrain-sources-check/0.1.0 (test)',
  generatedAt: '2026-12-01T06:17:00.000Z',
};
const page: PageResult = {
  url: 'https://acme.example/ai',
  finalUrl: 'https://acme.example/ai',
  status: 200,
  redirects: [],
  state: 'read',
  reason: '',
};
const quote = (over: Partial<QuoteResult>): QuoteResult => ({
  vendor: 'acme',
  path: 'training.0.evidence.0',
  source: 'help',
  url: 'https://acme.example/ai',
  publisher: 'vendor',
  quote: 'We never train on your data.',
  verified: '2026-11-29',
  critical: true,
  outcome: 'present',
  found: true,
  status: 200,
  finalUrl: 'https://acme.example/ai',
  detail: 'quote found',
  ...over,
});

describe('buildReport', () => {
  it('counts quotes per outcome, critical ones apart, and the failing ones', () => {
    const report = buildReport(
      meta,
      [page],
      [
        quote({}),
        quote({ outcome: 'gone', found: false }),
        quote({ outcome: 'gone', found: false, critical: false }),
        quote({ outcome: 'moved', found: false }),
        quote({ outcome: 'blocked', found: null }),
      ],
    );
    expect(report.summary).toEqual({
      pages: 1,
      pagesAnswered: 1,
      quotes: 5,
      critical: 4,
      failing: 2,
      outcomes: {
        present: { all: 1, critical: 1 },
        gone: { all: 2, critical: 1 },
        moved: { all: 1, critical: 1 },
        'page-gone': { all: 0, critical: 0 },
        blocked: { all: 1, critical: 1 },
      },
    });
    expect(exitCodeOf(report)).toBe(1);
    expect(exitCodeOf(buildReport(meta, [page], [quote({}), quote({ outcome: 'blocked', found: null })]))).toBe(0);
  });

  it('exits 2 when no page answered at all: nothing was checked', () => {
    const blocked = buildReport(
      meta,
      [{ ...page, state: 'blocked', status: null, reason: 'network error: ENOTFOUND' }],
      [quote({ outcome: 'blocked', found: null })],
    );
    expect(blocked.summary.pagesAnswered).toBe(0);
    expect(exitCodeOf(blocked)).toBe(2);
    expect(renderMarkdown(blocked)).toMatch(/^# Source watch: no page could be read; is the network reachable\?\n/);
    expect(exitCodeOf(buildReport(meta, [], []))).toBe(0);
  });

  it('says how many critical quotes could not be checked, and when all were found', () => {
    expect(
      renderMarkdown(buildReport(meta, [page, page], [quote({}), quote({ outcome: 'blocked', found: null })])),
    ).toMatch(/^# Source watch: no critical quote is gone; 1 could not be checked\n/);
    expect(renderMarkdown(buildReport(meta, [page], [quote({})]))).toMatch(
      /^# Source watch: every critical quote is still there\n/,
    );
  });
});

describe('renderMarkdown', () => {
  it('leads with the verdict and lists what needs a maintainer, most urgent first; present quotes are only counted', () => {
    const markdown = renderMarkdown(
      buildReport(
        meta,
        [page],
        [
          quote({ path: 'training.0.evidence.0' }),
          quote({ path: 'training.1.evidence.0', outcome: 'blocked', found: null, detail: 'HTTP 403' }),
          quote({
            path: 'history.0.evidence.0',
            outcome: 'gone',
            found: false,
            critical: false,
            detail: 'quote not in the page text',
          }),
          quote({ path: 'optOut.methods.0.evidence.0', outcome: 'page-gone', found: null, detail: 'HTTP 404' }),
        ],
      ),
    );
    expect(markdown).toMatchInlineSnapshot(`
      "# Source watch: 1 critical quote is gone

      4 quotes on 1 page, checked 2026-12-01T06:17:00.000Z by \`NoTrain-sources-check/0.1.0 (test)\`. Critical quotes (3) are vendor-hosted evidence for a way out (\`optOut.methods\`) or a default (\`training\`); one that is gone fails the watch.

      | outcome | quotes | critical | meaning |
      | --- | --: | --: | --- |
      | present | 1 | 1 | the page was read and the quote is in it |
      | gone | 1 | 0 | the page was read and the quote is not in it: the vendor changed the text |
      | moved | 0 | 0 | the address redirects elsewhere; the quote was looked for there |
      | page-gone | 1 | 1 | the server says the page does not exist (404 or 410) |
      | blocked | 1 | 1 | the page could not be read (refused, rate-limited, a bot challenge, a timeout, a network error, or not text); check it by hand |

      ## Failing: critical quotes gone (1)

      - **acme** \`optOut.methods.0.evidence.0\` (critical): page-gone, \`HTTP 404\`
        - source \`help\` (vendor), verified 2026-11-29: <https://acme.example/ai>
        - > We never train on your data.

      ## Gone, not critical (1)

      - **acme** \`history.0.evidence.0\`: gone, \`quote not in the page text\`
        - source \`help\` (vendor), verified 2026-11-29: <https://acme.example/ai>
        - > We never train on your data.

      ## Blocked: check by hand (1)

      <details><summary>The list</summary>

      - **acme** \`training.1.evidence.0\` (critical): blocked, \`HTTP 403\`
        - source \`help\` (vendor), verified 2026-11-29: <https://acme.example/ai>
        - > We never train on your data.

      </details>

      How to act on each outcome: docs/vendor-criteria.md, "Watching sources".
      "
    `);
  });

  it('keeps what a server said inert: a redirect target cannot break out of its code span or add lines', () => {
    const detail = 'redirected (302) to https://evil.example/`](x)\n# @maintainers: quote found';
    const markdown = renderMarkdown(
      buildReport(meta, [page], [quote({ outcome: 'moved', found: true, detail, quote: 'a *b* <i>c</i> | d' })]),
    );
    expect(markdown).toContain('moved, `redirected (302) to https://evil.example/ ](x) # @maintainers: quote found`');
    expect(markdown).toContain('> a \\*b\\* \\<i\\>c\\</i\\> \\| d');
    expect(markdown).not.toMatch(/^# @maintainers/m);
  });
});
