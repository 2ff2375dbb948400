/**
 * `npm run bench` (after `npm run build`): every figure beside its baseline
 * from the same run and its budget, as a table and in bench/results.json.
 * Medians over BENCH_RUNS runs (default 7). Not part of `npm test`: these
 * machines are noisy, so budgets are checked here as ratios and deltas, never
 * as timed assertions in tests. `BENCH_ONLY=page-safety` runs only the
 * settings-page and worker rows of issue #11 (bench/page-safety.ts);
 * `BENCH_ONLY=popup` only the popup's paint rows; `BENCH_ONLY=bytes` only the
 * sizes of the built files and the store zip (no browser: a few seconds).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBrowser, benchPopup } from './browser.ts';
import { benchBytes } from './bytes.ts';
import { benchMatching } from './matching.ts';
import { benchPageSafety, pageSafetyRows } from './page-safety.ts';
import type { Row } from './row.ts';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

type PopupTimes = Awaited<ReturnType<typeof benchPopup>>['popup'];

/** The popup's paint against the two-line reference and against a static copy of itself. */
function popupRows(popup: PopupTimes): Row[] {
  const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)} ×`;
  const minimalRatio = popup.fcpMs / popup.minimalReferenceFcpMs;
  const staticCopyRatio = popup.fcpMs / popup.staticCopyFcpMs;
  return [
    {
      figure: `Popup first contentful paint (trimmed mean of ${popup.opens} opens)`,
      value: `${ms(popup.fcpMs)}, ${ratio(popup.fcpMs, popup.minimalReferenceFcpMs)}`,
      baseline: `${ms(popup.minimalReferenceFcpMs)} minimal static reference popup`,
      budget: '≤ 1.1 × reference',
      pass: minimalRatio <= 1.1,
    },
    {
      figure: 'Popup first contentful paint against a static copy of itself',
      value: `${ratio(popup.fcpMs, popup.staticCopyFcpMs)} (95% CI ${popup.staticCopyRatioInterval.low.toFixed(2)}–${popup.staticCopyRatioInterval.high.toFixed(2)})`,
      baseline: `${ms(popup.staticCopyFcpMs)} same HTML and CSS, no script, same extension`,
      budget: '≤ 1.1 × copy',
      pass: staticCopyRatio <= 1.1,
    },
    {
      figure: 'Popup: summary and action at first paint (prerendered); interactive',
      value: `${popup.summaryAtFirstPaint ? 'yes' : 'NO'}; ${ms(popup.renderedMs)}`,
      baseline: `first paint ${ms(popup.fcpMs)}`,
      budget: 'at first paint',
      pass: popup.summaryAtFirstPaint,
    },
  ];
}

/** Sizes of the built files and of the store zip: no browser, read in seconds. */
function bytesRows(bytes: ReturnType<typeof benchBytes>): Row[] {
  return [
    {
      figure: `Default popup first paint: JS + CSS (${bytes.popup.files} files)`,
      value: `${kb(bytes.popup.raw)} raw, ${kb(bytes.popup.gzip)} gzip`,
      baseline: '-',
      budget: '≤ 20 KB gzip',
      pass: bytes.popup.gzip <= 20 * 1024,
    },
    {
      figure: `Vendor popup first paint: prerendered HTML + CSS, no script (${bytes.vendorFirstPaint.count})`,
      value: `${kb(bytes.vendorFirstPaint.min)}–${kb(bytes.vendorFirstPaint.max)} gzip`,
      baseline: '-',
      budget: '≤ 20 KB gzip',
      pass: bytes.vendorFirstPaint.max <= 20 * 1024,
    },
    {
      figure: `Interactive vendor popup, imported after first paint (${bytes.app.files} files)`,
      value: `${kb(bytes.app.raw)} raw, ${kb(bytes.app.gzip)} gzip (${kb(bytes.app.notInFirstPaint)} not shared with the default popup)`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: `Lazy chunks (${bytes.lazy.files.join(', ')})`,
      value: `${kb(bytes.lazy.gzip)} gzip`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: 'Prerendered vendor popup page (HTML)',
      value: `${kb(bytes.prerenderedPage.min)}–${kb(bytes.prerenderedPage.max)} gzip`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: `Background (${bytes.background.files} files)`,
      value: `${kb(bytes.background.raw)} raw, ${kb(bytes.background.gzip)} gzip`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: 'Settings-page script',
      value: `${kb(bytes.settingsScript.raw)} raw, ${kb(bytes.settingsScript.gzip)} gzip`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: `One vendor record, loaded by the popup (${bytes.vendorRecordGzip.count})`,
      value: `${kb(bytes.vendorRecordGzip.min)}–${kb(bytes.vendorRecordGzip.max)} gzip`,
      baseline: '-',
      budget: 'reported',
      pass: true,
    },
    {
      figure: 'Store zip',
      value: kb(bytes.zip),
      baseline: `${kb(bytes.unpacked)} unpacked`,
      budget: '≤ 250 KB',
      pass: bytes.zip <= 250 * 1024,
    },
  ];
}

/** The rows from before issue #11: page cost, popup, bytes, lookups, worker start. */
async function mainRows() {
  const bytes = benchBytes();
  const matching = benchMatching(runs);
  const browser = await benchBrowser(runs);

  const added = browser.page.scriptMsAddedPaired;
  const addedInterval = browser.page.scriptMsAddedInterval;
  const addedHeap = browser.page.heapWith - browser.page.heapWithout;
  const traced = browser.noTrainScriptMs;
  // The trace must see NoTrain where its script does run, or a 0 on the Slack client would mean nothing.
  const traceSeesOurScript = traced.settings > 0;

  return {
    bytes,
    matching,
    browser,
    rows: [
      {
        figure: 'Slack client (5,000 messages): NoTrain script run in the page (traced)',
        value: `${ms(traced.slackClient)} (max ${ms(traced.slackClientMax)})`,
        baseline: `${ms(traced.settings)} on a settings page, where it runs`,
        budget: '≤ 0.5 ms',
        pass: traced.slackClient <= 0.5 && traceSeesOurScript,
      },
      {
        figure: `Slack client: page script time with − without NoTrain (median of ${browser.page.pairs} pairs)`,
        value: `${ms(added)} (95% CI ${ms(addedInterval.low)} to ${ms(addedInterval.high)})`,
        baseline: `${ms(browser.page.scriptMsWithout)} without NoTrain`,
        budget: 'CI reaches ≤ 0.5 ms',
        pass: addedInterval.low <= 0.5,
      },
      {
        figure: 'Slack client: added JS heap',
        value: kb(addedHeap),
        baseline: `${kb(browser.page.heapWithout)} without NoTrain`,
        budget: '≤ 512 KB',
        pass: addedHeap <= 512 * 1024,
      },
      {
        figure: 'Settings pages: NoTrain script run in the page (traced)',
        value: `${ms(traced.settings)}; ${ms(traced.largeSettings)} with 100,000 nodes`,
        baseline: '-',
        budget: 'reported',
        pass: traceSeesOurScript,
      },
      {
        figure: 'Large settings page (100,000 nodes), settings-page script at work: added script time',
        value: ms(browser.settingsPage.scriptMsWith - browser.settingsPage.scriptMsWithout),
        baseline: `${ms(browser.settingsPage.scriptMsWithout)} without NoTrain`,
        budget: 'reported',
        pass: true,
      },
      {
        figure: 'Large settings page: added JS heap (page world)',
        value: kb(browser.settingsPage.heapWith - browser.settingsPage.heapWithout),
        baseline: `${kb(browser.settingsPage.heapWithout)} without NoTrain`,
        budget: 'reported',
        pass: true,
      },
      {
        figure: 'Extension contexts created in a non-vendor page',
        value: String(browser.contexts.nonVendor),
        baseline: `${browser.contexts.baseline} without NoTrain`,
        budget: '0',
        pass: browser.contexts.nonVendor === 0,
      },
      {
        figure: 'Extension contexts created in the Slack client; in a settings page',
        value: `${browser.contexts.slackClient}; ${browser.contexts.settings}`,
        baseline: `${browser.contexts.baseline} without NoTrain`,
        budget: 'reported',
        pass: true,
      },
      ...popupRows(browser.popup),
      ...bytesRows(bytes),
      {
        figure: `Lookups/s, ${matching.vendorsLarge.toLocaleString('en')} vendors`,
        value: Math.round(matching.largeOpsPerSec).toLocaleString('en'),
        baseline: `${Math.round(matching.realOpsPerSec).toLocaleString('en')} with the real ${matching.vendorsReal}`,
        budget: '≥ 0.5 × real',
        pass: matching.largeOpsPerSec >= 0.5 * matching.realOpsPerSec,
      },
      {
        figure: `Lookups/s, linear scan of ${matching.vendorsLarge.toLocaleString('en')} vendors`,
        value: Math.round(matching.linearOpsPerSec).toLocaleString('en'),
        baseline: `indexed is ${(matching.largeOpsPerSec / matching.linearOpsPerSec).toFixed(0)} × faster`,
        budget: 'indexed ≥ 20 × scan',
        pass: matching.largeOpsPerSec >= 20 * matching.linearOpsPerSec,
      },
      {
        figure: 'Badge after navigation, worker stopped (cold)',
        value: ms(browser.worker.coldMs),
        baseline: `${ms(browser.worker.warmMs)} with the worker running`,
        budget: 'reported',
        pass: Number.isFinite(browser.worker.coldMs),
      },
    ] as Row[],
  };
}

const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'popup' && only !== 'page-safety' && only !== 'bytes')
  throw new Error(`BENCH_ONLY=${only}: expected popup, page-safety or bytes`);
const bytesOnly = only === 'bytes' ? benchBytes() : undefined;
const popupOnly = only === 'popup' ? await benchPopup(runs) : undefined;
const main = only === undefined ? await mainRows() : undefined;
const pageSafety = only === undefined || only === 'page-safety' ? await benchPageSafety(runs) : undefined;
const rows: Row[] = [
  ...(main?.rows ?? []),
  ...(bytesOnly ? bytesRows(bytesOnly) : []),
  ...(popupOnly ? popupRows(popupOnly.popup) : []),
  ...(pageSafety ? pageSafetyRows(pageSafety) : []),
];

const widths = (['figure', 'value', 'baseline', 'budget'] as const).map((key) =>
  Math.max(key.length, ...rows.map((r) => r[key].length)),
);
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
console.log(line(['figure', 'value', 'baseline', 'budget']) + ' | result');
console.log(widths.map((w) => '-'.repeat(w)).join('-|-') + '-|-------');
for (const row of rows)
  console.log(`${line([row.figure, row.value, row.baseline, row.budget])} | ${row.pass ? 'pass' : 'FAIL'}`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, ...(bytesOnly ? { bytes: bytesOnly } : {}), ...main, ...popupOnly, pageSafety, rows }, null, 2)}\n`,
);
const failed = rows.filter((r) => !r.pass).length;
console.log(`\n${rows.length - failed} within budget, ${failed} over. Written to bench/results.json.`);
process.exitCode = failed ? 1 : 0;
