/**
 * `npm run sources:check`: fetches every page the vendor records cite and
 * reports, for each quote, whether it is still there. Writes
 * `<out>/sources-report.json` and `<out>/sources-report.md`, and exits 1 when
 * a critical quote (vendor-hosted evidence for an opt-out destination or a
 * default) is gone, 2 when it cannot run or no page answered at all. What
 * each outcome means: docs/vendor-criteria.md, "Watching sources". Maintainers'
 * tooling: the extension itself makes no request.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readVendorFiles, VENDOR_DIR } from '../build/vendor-files.ts';
import { checkSources, quotesOf, userAgent } from './sources-check/check.ts';
import { DEFAULT_FETCH_OPTIONS } from './sources-check/fetch-page.ts';
import { exitCodeOf, renderMarkdown } from './sources-check/report.ts';

const USAGE = `usage: npm run sources:check -- [--vendor <id>]... [--out <dir>] [--dir <records dir>] [--timeout <ms>]
  --vendor   check only this vendor (repeatable)
  --out      where to write sources-report.json and .md (default reports/sources)
  --dir      the vendor records to read (default ${VENDOR_DIR})
  --timeout  time limit per page in milliseconds (default ${DEFAULT_FETCH_OPTIONS.timeoutMs})`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        vendor: { type: 'string', multiple: true, default: [] },
        out: { type: 'string', default: 'reports/sources' },
        dir: { type: 'string', default: VENDOR_DIR },
        timeout: { type: 'string', default: String(DEFAULT_FETCH_OPTIONS.timeoutMs) },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const timeoutMs = Number(args.timeout);
  if (args.help || !(timeoutMs > 0)) {
    console[args.help ? 'log' : 'error'](USAGE);
    return args.help ? 0 : 2;
  }
  const { quotes, problems } = quotesOf(readVendorFiles(args.dir), args.vendor);
  if (problems.length) {
    console.error(
      `The watch cannot read these records (npm run validate:vendors explains more):\n  ${problems.join('\n  ')}`,
    );
    return 2;
  }
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
    repository?: string | { url?: string };
  };
  const declared = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const repository = declared?.replace(/^git\+/, '').replace(/\.git$/, '') ?? githubRepository();
  const report = await checkSources(quotes, {
    ...DEFAULT_FETCH_OPTIONS,
    timeoutMs,
    userAgent: userAgent(pkg.version, repository),
    concurrency: 4,
    perHost: 1,
    onPage: (url, state) => console.log(`${state.padEnd(9)} ${url}`),
  });
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'sources-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(args.out, 'sources-report.md'), renderMarkdown(report));
  const { summary } = report;
  const counts = Object.entries(summary.outcomes)
    .map(([outcome, n]) => `${n.all} ${outcome}`)
    .join(', ');
  console.log(`\n${summary.quotes} quotes on ${summary.pages} pages: ${counts}; ${summary.failing} critical failing.`);
  console.log(`Report: ${join(args.out, 'sources-report.md')}`);
  const code = exitCodeOf(report);
  if (code === 2) console.error('No page answered at all, so nothing was checked: is the network reachable?');
  return code;
}

/** The repository a GitHub Actions run belongs to, from the variables Actions sets. */
function githubRepository(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  return server && repo ? `${server}/${repo}` : undefined;
}

// 1 is the watch's verdict; anything that stops it from running is 2.
process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 2;
});
