/**
 * The source watch end to end, minus the command line: reads vendor files,
 * fetches each cited page once, matches every quote and builds the report.
 * `scripts/sources-check.ts` is the command; tests call this directly or run
 * the command.
 */
import { fetchPage, type FetchOptions, pooled } from './fetch-page.ts';
import { classifyPage, quoteOutcome } from './outcome.ts';
import { collectQuotes, groupByPage, type QuoteRef } from './quotes.ts';
import { buildReport, type Report } from './report.ts';

export interface VendorFileText {
  readonly name: string;
  readonly text: string;
}

/** The quotes of every file, or the problems that stop the watch from reading them. */
export function quotesOf(
  files: readonly VendorFileText[],
  vendorIds: readonly string[] = [],
): { quotes: QuoteRef[]; problems: string[] } {
  const quotes: QuoteRef[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      problems.push(`${file.name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const collected = collectQuotes(file.name, json);
    quotes.push(...collected.quotes);
    problems.push(...collected.problems);
  }
  const known = new Set(quotes.map((q) => q.vendor));
  for (const id of vendorIds) if (!known.has(id)) problems.push(`--vendor ${id}: no such vendor`);
  return { quotes: vendorIds.length ? quotes.filter((q) => vendorIds.includes(q.vendor)) : quotes, problems };
}

export interface CheckOptions extends FetchOptions {
  /** Pages fetched at once, and at once from one host. */
  readonly concurrency: number;
  readonly perHost: number;
  readonly now?: () => Date;
  /** Called as each page is done, for progress output. */
  readonly onPage?: (url: string, state: string) => void;
}

export async function checkSources(quotes: readonly QuoteRef[], options: CheckOptions): Promise<Report> {
  const byPage = [...groupByPage(quotes)];
  const pages = await pooled(
    byPage,
    { total: options.concurrency, perKey: options.perHost, keyOf: ([url]) => new URL(url).host },
    async ([url, cited]) => {
      const page = classifyPage(url, await fetchPage(url, options));
      options.onPage?.(url, page.state);
      return { page, results: cited.map((quote) => quoteOutcome(quote, page)) };
    },
  );
  const meta = {
    tool: 'notrain-sources-check',
    userAgent: options.userAgent,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  return buildReport(
    meta,
    pages.map(({ page: { text: _text, doubt: _doubt, ...result } }) => result),
    pages.flatMap(({ results }) => results),
  );
}

/**
 * `NoTrain-sources-check/<version> (+<repository>; maintainers' source watch, one request per cited page)`.
 * The address is the package's `repository`, or the repository a CI run
 * belongs to; without either the agent names none rather than invent one.
 */
export function userAgent(version: string, repository: string | undefined): string {
  return `NoTrain-sources-check/${version} (${repository ? `+${repository}; ` : ''}maintainers' source watch, one request per cited page)`;
}
