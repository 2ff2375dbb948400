/**
 * The source watch's report: the JSON a script reads, and the Markdown a
 * maintainer reads (the CI job files it as an issue). Pure.
 */
import { fails, OUTCOMES, type Outcome, type PageResult, type QuoteResult } from './outcome.ts';

export interface Report {
  readonly tool: string;
  readonly userAgent: string;
  readonly generatedAt: string;
  readonly summary: {
    readonly pages: number;
    /** Pages that answered: read, moved or gone. None at all means the watch could not reach the web. */
    readonly pagesAnswered: number;
    readonly quotes: number;
    readonly critical: number;
    /** Quotes per outcome, and of them the critical ones. */
    readonly outcomes: Record<Outcome, { readonly all: number; readonly critical: number }>;
    /** Critical quotes that fail the watch (see `fails`). */
    readonly failing: number;
  };
  readonly pages: readonly PageResult[];
  readonly quotes: readonly QuoteResult[];
}

export function buildReport(
  meta: { tool: string; userAgent: string; generatedAt: string },
  pages: readonly PageResult[],
  quotes: readonly QuoteResult[],
): Report {
  const outcomes = Object.fromEntries(
    OUTCOMES.map((outcome) => {
      const these = quotes.filter((q) => q.outcome === outcome);
      return [outcome, { all: these.length, critical: these.filter((q) => q.critical).length }];
    }),
  ) as Report['summary']['outcomes'];
  const summary = {
    pages: pages.length,
    pagesAnswered: pages.filter((p) => p.state !== 'blocked').length,
    quotes: quotes.length,
    critical: quotes.filter((q) => q.critical).length,
    outcomes,
    failing: quotes.filter(fails).length,
  };
  return { ...meta, summary, pages, quotes };
}

/** 1 when a critical quote fails; 2 when no page answered at all, so nothing was checked; else 0. */
export function exitCodeOf({ summary }: Report): number {
  if (summary.failing) return 1;
  return summary.pages && !summary.pagesAnswered ? 2 : 0;
}

const MEANING: Record<Outcome, string> = {
  present: 'the page was read and the quote is in it',
  gone: 'the page was read and the quote is not in it: the vendor changed the text',
  moved: 'the address redirects elsewhere; the quote was looked for there',
  'page-gone': 'the server says the page does not exist (404 or 410)',
  blocked:
    'the page could not be read (refused, rate-limited, a bot challenge, a timeout, a network error, or not text); check it by hand',
};

/**
 * Sections of the Markdown, most urgent first; present quotes are only
 * counted. The ones that need no edit to a record are folded, so a long list
 * of blocked pages does not bury the failures in an issue.
 */
const SECTIONS: { title: string; keep: (q: QuoteResult) => boolean; folded?: true }[] = [
  { title: 'Failing: critical quotes gone', keep: fails },
  {
    title: 'Gone, not critical',
    keep: (q) =>
      !fails(q) && (q.outcome === 'gone' || q.outcome === 'page-gone' || (q.outcome === 'moved' && q.found === false)),
  },
  { title: 'Moved, quote still there', keep: (q) => q.outcome === 'moved' && q.found === true, folded: true },
  { title: 'Blocked: check by hand', keep: (q) => q.outcome === 'blocked', folded: true },
];

export function renderMarkdown(report: Report): string {
  const { summary } = report;
  const unchecked = summary.outcomes.blocked.critical;
  const headline = summary.failing
    ? `${count(summary.failing, 'critical quote')} ${summary.failing === 1 ? 'is' : 'are'} gone`
    : summary.pages && !summary.pagesAnswered
      ? 'no page could be read; is the network reachable?'
      : unchecked
        ? `no critical quote is gone; ${unchecked} could not be checked`
        : 'every critical quote is still there';
  const lines = [
    `# Source watch: ${headline}`,
    '',
    `${count(summary.quotes, 'quote')} on ${count(summary.pages, 'page')}, checked ${report.generatedAt} by \`${code(report.userAgent)}\`. ` +
      `Critical quotes (${summary.critical}) are vendor-hosted evidence for a way out (\`optOut.methods\`) or a default (\`training\`); one that is gone fails the watch.`,
    '',
    '| outcome | quotes | critical | meaning |',
    '| --- | --: | --: | --- |',
    ...OUTCOMES.map((o) => `| ${o} | ${summary.outcomes[o].all} | ${summary.outcomes[o].critical} | ${MEANING[o]} |`),
  ];
  for (const section of SECTIONS) {
    // By vendor; within a vendor, in the record's order (the sort is stable).
    const quotes = report.quotes.filter(section.keep).sort((a, b) => a.vendor.localeCompare(b.vendor));
    if (!quotes.length) continue;
    lines.push('', `## ${section.title} (${quotes.length})`, '');
    if (section.folded) lines.push('<details><summary>The list</summary>', '');
    for (const q of quotes) {
      lines.push(
        `- **${q.vendor}** \`${q.path}\`${q.critical ? ' (critical)' : ''}: ${q.outcome}, \`${code(q.detail)}\``,
        `  - source \`${q.source}\` (${q.publisher}), verified ${q.verified}: <${q.url}>`,
        `  - > ${q.quote.replace(/[\\`*_[\]<>|#]/g, '\\$&')}`,
      );
    }
    if (section.folded) lines.push('', '</details>');
  }
  lines.push('', 'How to act on each outcome: docs/vendor-criteria.md, "Watching sources".', '');
  return lines.join('\n');
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Text that came from a server (a redirect target, an error) is kept short and
 * made inert for Markdown: no backticks, so it stays inside a code span, and
 * no line breaks.
 */
function code(text: string): string {
  const flat = text.replace(/[`\r\n]+/g, ' ');
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
