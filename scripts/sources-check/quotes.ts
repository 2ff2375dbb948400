/**
 * Which quotes the source watch checks, read from vendor records through a
 * minimal structural shape: the watch needs only ids, sources and evidence,
 * and tolerates any other field, so it keeps working while the schema grows.
 */
import * as v from 'valibot';

const SourceShape = v.looseObject({
  url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
  title: v.optional(v.string()),
  publisher: v.picklist(['vendor', 'third-party']),
});
const RecordShape = v.looseObject({ id: v.string(), sources: v.record(v.string(), SourceShape) });
const EvidenceShape = v.looseObject({ source: v.string(), quote: v.string(), verified: v.string() });

export type Publisher = v.InferOutput<typeof SourceShape>['publisher'];

/** One quote to look for, and where the record cites it. */
export interface QuoteRef {
  readonly vendor: string;
  /** Where the evidence sits in the record, e.g. `optOut.methods.0.evidence.1`. */
  readonly path: string;
  /** The key into the record's `sources`. */
  readonly source: string;
  readonly url: string;
  readonly publisher: Publisher;
  readonly quote: string;
  readonly verified: string;
  /** Failing it fails the watch: see `isCritical`. */
  readonly critical: boolean;
}

/**
 * A quote is critical when the vendor's own page is the proof of a way out
 * (`optOut.methods[*]`, where the popup sends people) or of a default
 * (`training[*]`, what the badge says).
 */
export function isCritical(path: string, publisher: Publisher): boolean {
  return publisher === 'vendor' && /^(training|optOut\.methods)\.\d+\.evidence\.\d+$/.test(path);
}

export interface CollectedQuotes {
  readonly quotes: QuoteRef[];
  /** One line per record the watch cannot read, naming the file and the field. */
  readonly problems: string[];
}

/** Every evidence item in `record` (parsed JSON from `fileName`), wherever in the record it stands. */
export function collectQuotes(fileName: string, record: unknown): CollectedQuotes {
  const parsed = v.safeParse(RecordShape, record);
  if (!parsed.success) {
    return {
      quotes: [],
      problems: parsed.issues.map((issue) => `${fileName}: ${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`),
    };
  }
  const { id, sources } = parsed.output;
  const quotes: QuoteRef[] = [];
  const problems: string[] = [];
  for (const { path, item } of evidenceItems(record)) {
    const evidence = v.safeParse(EvidenceShape, item);
    const source =
      evidence.success && Object.hasOwn(sources, evidence.output.source) ? sources[evidence.output.source] : undefined;
    if (!evidence.success || !source) {
      problems.push(`${fileName}: ${path}: not evidence citing a key of "sources"`);
      continue;
    }
    const { quote, verified } = evidence.output;
    quotes.push({
      vendor: id,
      path,
      source: evidence.output.source,
      url: source.url,
      publisher: source.publisher,
      quote,
      verified,
      critical: isCritical(path, source.publisher),
    });
  }
  return { quotes, problems };
}

/** Items of every `evidence` array in the record, in document order, with their paths. */
function* evidenceItems(node: unknown, path = ''): Generator<{ path: string; item: unknown }> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* evidenceItems(child, `${path}${index}.`);
  } else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (path === '' && key === 'sources') continue;
      if (key === 'evidence' && Array.isArray(child)) {
        for (const [index, item] of child.entries()) yield { path: `${path}evidence.${index}`, item };
      } else yield* evidenceItems(child, `${path}${key}.`);
    }
  }
}

/** The address fetched for a source: its URL without the fragment, which the server never sees. */
export function pageAddress(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Quotes grouped by the page that holds them, so each page is fetched once. */
export function groupByPage(quotes: readonly QuoteRef[]): Map<string, QuoteRef[]> {
  const pages = new Map<string, QuoteRef[]>();
  for (const quote of quotes) {
    const address = pageAddress(quote.url);
    pages.set(address, [...(pages.get(address) ?? []), quote]);
  }
  return pages;
}
