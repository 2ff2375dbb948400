/**
 * Issue #11's figures: what the settings-page script costs on large settings
 * pages (1k, 10k and 50k controls) and on the clobbering page, and what the
 * service worker costs per navigation. Everything is read from browser-level
 * traces (`Browser.newBrowserCDPSession`, every process): a page-target trace
 * does not include the service worker.
 *
 * Budgets are checked on thread CPU time (the trace's `tdur`): on this shared
 * 2-core machine another process can hold the CPU while NoTrain's task is
 * open, and its wall time then measures the machine, not NoTrain (a run of
 * 1.5 ms of CPU once took 108 ms of wall time at a load average of 17). Wall
 * times are reported beside them, with the load average, median and worst.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { defaultRoute, type Harness, launch, workerOf } from '../test/e2e/harness.ts';
import { clobberingPage, manyRowsPage } from '../test/support/hostile-pages.ts';
import {
  type LongestRun,
  processesOfOrigin,
  scriptSummary,
  type TraceEvent,
  workerTaskMs,
} from './script-attribution.ts';
import type { Row } from './row.ts';
import { median } from './stats.ts';

const SETTINGS = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
export const SIZES = [1_000, 10_000, 50_000] as const;
const CATEGORIES = 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline';
/** Navigations per worker figure: the figure is their mean. */
const NAVIGATIONS = 20;

/**
 * Marks when NoTrain's mark appears (in the page's main world, watching only
 * after DOMContentLoaded). Through prototypes: the clobbering page shadows
 * `document.documentElement` too.
 */
const MARK_WATCH = `addEventListener('DOMContentLoaded', () => {
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get.call(document);
  const attr = Element.prototype.getAttribute;
  new MutationObserver((records, observer) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType === 1 && attr.call(node, 'data-notrain') === 'mark') { performance.mark('notrain-mark'); observer.disconnect(); return; }
    }
  }).observe(root, { childList: true, subtree: true });
});`;

async function traced<T>(session: CDPSession, during: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise((r) => session.once('Tracing.tracingComplete', r));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await during();
  } finally {
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', collect);
  }
  return { events, result };
}

interface PageLoad {
  loadMs: number;
  markMs: number;
}

/** Loads `url`, waits for the mark (if NoTrain is there) and one more second; times from navigation start. */
async function loadPage(harness: Harness, url: string, expectMark: boolean): Promise<PageLoad & { page: Page }> {
  const page = await harness.context.newPage();
  await page.addInitScript(MARK_WATCH);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  if (expectMark)
    await page.waitForFunction(() => performance.getEntriesByName('notrain-mark').length > 0, undefined, {
      timeout: 60_000,
    });
  await page.waitForTimeout(1_000);
  const times = await page.evaluate(() => ({
    loadMs:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventStart ??
      Number.NaN,
    markMs: performance.getEntriesByName('notrain-mark')[0]?.startTime ?? Number.NaN,
  }));
  return { ...times, page };
}

/** Median and worst of a sample. */
export interface Spread {
  median: number;
  worst: number;
  n: number;
}
const spread = (values: readonly number[]): Spread => ({
  median: median(values),
  worst: Math.max(...values),
  n: values.length,
});

interface SizeFigures {
  controls: number;
  /** NoTrain's main-thread time per traced load (all its runs added), CPU and wall. */
  cpuMs: Spread;
  wallMs: Spread;
  /** The longest NoTrain run of each traced load, CPU and wall. */
  longestCpuMs: Spread;
  longestWallMs: Spread;
  markMs: number;
  loadWithMs: number;
  loadWithoutMs: number;
}

/** What one traced load showed, kept in bench/results.json to tell an outlier from a pattern. */
interface TracedLoad {
  page: string;
  cpuMs: number;
  wallMs: number;
  longest: LongestRun;
  /** One-minute load average of the machine when the load ended. */
  load: number;
}

export async function benchPageSafety(runs: number) {
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const dir = mkdtempSync(join(tmpdir(), 'notrain-bench-safety-'));
  const files = new Map<string, string>();
  for (const size of SIZES) files.set(`rows-${size}`, manyRowsPage(size));
  files.set('clobber', clobberingPage());
  for (const [name, html] of files) writeFileSync(join(dir, `${name}.html`), html);
  const route = (host: string, path: string, search: string) => {
    const name = /^\?bench=([\w-]+)$/.exec(search)?.[1];
    return name && files.has(name) ? join(dir, `${name}.html`) : defaultRoute(host, path, search);
  };
  const url = (name: string) => `${SETTINGS}?bench=${name}`;
  const withExt = await launch({ route });
  const without = await launch({ route, withExtension: false });
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${withExt.debugPort}`);
  const loads: TracedLoad[] = [];
  try {
    const session = await cdp.newBrowserCDPSession();
    const prefix = `chrome-extension://${withExt.extensionId}/`;
    const origin = new URL(SETTINGS).origin;

    /** One load with NoTrain, traced: its script time and longest run in that page's renderer. */
    const measured = async (name: string) => {
      const { events, result } = await traced(session, () => loadPage(withExt, url(name), true));
      await result.page.close();
      const summary = scriptSummary(events, prefix, processesOfOrigin(events, origin));
      const load: TracedLoad = { page: name, ...summary, load: loadavg()[0] ?? Number.NaN };
      loads.push(load);
      return load;
    };

    const sizes: SizeFigures[] = [];
    for (const size of SIZES) {
      const samples = {
        cpu: [] as number[],
        wall: [] as number[],
        longestCpu: [] as number[],
        longestWall: [] as number[],
        mark: [] as number[],
        loadWith: [] as number[],
        loadWithout: [] as number[],
      };
      // 50k-control pages take seconds to load: fewer runs there.
      const n = size >= 50_000 ? Math.max(3, Math.ceil(runs / 2)) : runs;
      for (let run = 0; run < n; run++) {
        // Traced: what NoTrain ran. Untraced (tracing slows the page): load and mark times, with and without.
        const ours = await measured(`rows-${size}`);
        samples.cpu.push(ours.cpuMs);
        samples.wall.push(ours.wallMs);
        samples.longestCpu.push(ours.longest.cpuMs);
        samples.longestWall.push(ours.longest.wallMs);
        const timed = await loadPage(withExt, url(`rows-${size}`), true);
        samples.mark.push(timed.markMs);
        samples.loadWith.push(timed.loadMs);
        await timed.page.close();
        const base = await loadPage(without, url(`rows-${size}`), false);
        samples.loadWithout.push(base.loadMs);
        await base.page.close();
      }
      sizes.push({
        controls: size,
        cpuMs: spread(samples.cpu),
        wallMs: spread(samples.wall),
        longestCpuMs: spread(samples.longestCpu),
        longestWallMs: spread(samples.longestWall),
        markMs: median(samples.mark),
        loadWithMs: median(samples.loadWith),
        loadWithoutMs: median(samples.loadWithout),
      });
    }

    const clobber = { mark: [] as number[], cpu: [] as number[] };
    for (let run = 0; run < runs; run++) {
      const ours = await measured('clobber');
      clobber.cpu.push(ours.cpuMs);
      const timed = await loadPage(withExt, url('clobber'), true);
      clobber.mark.push(timed.markMs);
      await timed.page.close();
    }

    const worker = await workerAgainstFloor(dir, route, runs);
    return {
      sizes,
      longestCpuMs: spread(loads.map((l) => l.longest.cpuMs)),
      longestWallMs: spread(loads.map((l) => l.longest.wallMs)),
      loads,
      clobber: { markMs: median(clobber.mark), cpuMs: median(clobber.cpu) },
      worker,
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? Number.NaN },
    };
  } finally {
    await cdp.close().catch(() => {});
    await without.close();
    await withExt.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An extension whose worker has one empty `tabs.onUpdated` listener: the floor under any worker that listens. */
function emptyListenerExtension(dir: string): string {
  const extension = join(dir, 'empty-listener');
  mkdirSync(extension, { recursive: true });
  writeFileSync(
    join(extension, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty listener',
      version: '1',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(extension, 'sw.js'), 'chrome.tabs.onUpdated.addListener(() => {});\n');
  return extension;
}

/** Per navigation, ms of thread CPU: NoTrain's worker, the empty listener's, and the difference. */
interface WorkerSample {
  noTrain: number;
  floor: number;
  added: number;
}

/**
 * The service worker's CPU per navigation against the floor, paired: NoTrain
 * and the empty-listener extension run in one browser, so both workers get
 * the same `tabs.onUpdated` events at the same moment, under the same load,
 * in the same trace, and each is read from its own thread. `rounds` rounds
 * of NAVIGATIONS navigations per kind; the figure is NoTrain − floor.
 */
async function workerAgainstFloor(
  dir: string,
  route: (host: string, path: string, search: string) => string,
  rounds: number,
) {
  const extension = emptyListenerExtension(dir);
  const harness = await launch({ route, extraExtensions: [extension] });
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${harness.debugPort}`);
  try {
    const floorWorker = await workerOf(harness.context, extension);
    const session = await cdp.newBrowserCDPSession();
    const ours = `chrome-extension://${harness.extensionId}/`;
    const floor = `chrome-extension://${new URL(floorWorker.url()).host}/`;
    const kinds = {
      nonVendor: [] as WorkerSample[],
      vendorFull: [] as WorkerSample[],
      vendorInApp: [] as WorkerSample[],
    };
    const tab = await harness.open('https://example.com/');
    const paths = Array.from({ length: NAVIGATIONS }, (_, i) => `/n${i}`);
    const perNavigation = async (urls: string[], inApp: boolean): Promise<WorkerSample> => {
      // Warm the workers first: a stopped worker's start-up is a separate figure (see "Badge after navigation, worker stopped").
      await tab.goto(urls[0] ?? 'https://example.com/');
      await tab.waitForTimeout(300);
      const { events } = await traced(session, async () => {
        for (const next of urls) {
          if (inApp) await tab.evaluate((path) => history.pushState({}, '', path), new URL(next).pathname);
          else await tab.goto(next, { waitUntil: 'load' });
          await tab.waitForTimeout(100);
        }
        await tab.waitForTimeout(300);
      });
      const noTrain = workerTaskMs(events, ours).cpuMs / urls.length;
      const base = workerTaskMs(events, floor).cpuMs / urls.length;
      if (noTrain === 0 || base === 0) throw new Error("the trace did not name both workers' threads");
      return { noTrain, floor: base, added: noTrain - base };
    };
    for (let round = 0; round < rounds; round++) {
      kinds.nonVendor.push(
        await perNavigation(
          paths.map((p) => `https://example.com${p}`),
          false,
        ),
      );
      kinds.vendorFull.push(
        await perNavigation(
          paths.map((p) => `https://acme.slack.com${p}`),
          false,
        ),
      );
      kinds.vendorInApp.push(
        await perNavigation(
          paths.map((p) => `https://acme.slack.com${p}`),
          true,
        ),
      );
    }
    await tab.close();
    const summary = (samples: WorkerSample[]) => ({
      noTrain: spread(samples.map((s) => s.noTrain)),
      floor: spread(samples.map((s) => s.floor)),
      added: spread(samples.map((s) => s.added)),
      samples,
    });
    return {
      navigations: NAVIGATIONS,
      rounds,
      nonVendor: summary(kinds.nonVendor),
      vendorFull: summary(kinds.vendorFull),
      vendorInApp: summary(kinds.vendorInApp),
    };
  } finally {
    await cdp.close().catch(() => {});
    await harness.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const range = (value: Spread) => `${ms(value.median)} median, ${ms(value.worst)} worst`;
const each = (sizes: readonly SizeFigures[], value: (s: SizeFigures) => number) =>
  sizes.map((s) => `${(s.controls / 1000).toFixed(0)}k ${ms(value(s))}`).join('; ');

/** The budgets of issue #11, as rows. */
export function pageSafetyRows(result: Awaited<ReturnType<typeof benchPageSafety>>): Row[] {
  const { sizes, clobber, worker, loadAverage } = result;
  const small = sizes.find((s) => s.controls === 1_000);
  const large = sizes.find((s) => s.controls === 50_000);
  const growth = small && large ? large.cpuMs.median / small.cpuMs.median : Number.NaN;
  const load = `load average ${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)} on 2 cores`;
  const loadsAt50k = large ? large.cpuMs.n : 0;
  return [
    {
      figure:
        'Settings page with 1k; 10k; 50k controls: NoTrain main-thread CPU per load (traced, whole load + 1 s, median)',
      value: each(sizes, (s) => s.cpuMs.median),
      baseline: `50k is ${growth.toFixed(1)} × 1k; 50k worst of ${loadsAt50k} ${ms(large?.cpuMs.worst ?? Number.NaN)}; wall 50k ${large ? range(large.wallMs) : '-'}`,
      budget: '≤ 50 ms at 50k (every load); 50k ≤ 60 × 1k',
      pass: (large?.cpuMs.worst ?? Number.POSITIVE_INFINITY) <= 50 && growth <= 60,
    },
    {
      figure: 'Settings page with 1k; 10k; 50k controls: time to mark (from navigation start)',
      value: each(sizes, (s) => s.markMs),
      baseline: `load event without NoTrain: ${each(sizes, (s) => s.loadWithoutMs)}`,
      budget: 'reported',
      pass: sizes.every((s) => Number.isFinite(s.markMs)),
    },
    {
      figure: 'Settings page with 1k; 10k; 50k controls: load event with NoTrain',
      value: each(sizes, (s) => s.loadWithMs),
      baseline: `without: ${each(sizes, (s) => s.loadWithoutMs)}`,
      budget: 'reported',
      pass: sizes.every((s) => Number.isFinite(s.loadWithMs)),
    },
    {
      figure: `Longest task attributable to NoTrain, thread CPU (each of ${result.longestCpuMs.n} traced loads: the pages above and the clobbering page)`,
      value: range(result.longestCpuMs),
      baseline: `wall time ${range(result.longestWallMs)} (${load})`,
      budget: '≤ 50 ms, every load',
      pass: result.longestCpuMs.worst <= 50,
    },
    {
      figure: 'Clobbering page (forms and document shadowing DOM members): time to mark; NoTrain CPU',
      value: `${ms(clobber.markMs)}; ${ms(clobber.cpuMs)}`,
      baseline: '-',
      budget: 'marked',
      pass: Number.isFinite(clobber.markMs),
    },
    {
      figure: `Service worker CPU per navigation above an empty onUpdated listener, paired in one browser (${worker.rounds} rounds of ${worker.navigations}): non-vendor; vendor full; vendor in-app`,
      value: `${range(worker.nonVendor.added)}; ${range(worker.vendorFull.added)}; ${range(worker.vendorInApp.added)}`,
      baseline: `non-vendor: NoTrain ${range(worker.nonVendor.noTrain)}, floor ${range(worker.nonVendor.floor)}`,
      budget: 'non-vendor ≤ floor + 0.5 ms, every round',
      pass: worker.nonVendor.added.worst <= 0.5,
    },
  ];
}
