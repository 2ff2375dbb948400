/**
 * What NoTrain costs inside Chromium, each figure beside a baseline measured
 * in the same run: page script time and heap on a busy Slack client with and
 * without the extension; extension execution contexts created in pages; the
 * popup's first paint against a static reference popup; and how long the
 * service worker takes to badge a tab from cold and from warm.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultRoute, type Harness, launch, workerOf } from '../test/e2e/harness.ts';

/** `chrome` as an extension page sees it (the probe runs in one). */
type ChromeGlobal = { chrome: typeof import('webextension-polyfill') };

const REFERENCE_EXTENSION = resolve('bench/reference-extension');
const LARGE_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?fixture=hostile-big';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A Slack-client-like page: a script renders thousands of messages, as the real client does. */
function busySlackPage(messages: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>general - Acme Inc - Slack</title></head>
<body><div id="messages" role="log"></div><script>
const log = document.getElementById('messages');
const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ');
for (let i = 0; i < ${messages}; i++) {
  const item = document.createElement('div');
  item.className = 'c-message';
  item.setAttribute('role', 'listitem');
  const who = document.createElement('strong');
  who.textContent = 'user' + (i % 50);
  const text = document.createElement('span');
  text.textContent = Array.from({ length: 12 }, (_, j) => words[(i + j) % words.length]).join(' ');
  item.append(who, ' ', text);
  log.append(item);
}
</script></body></html>`;
}

async function pageMetrics(harness: Harness, url: string): Promise<{ script: number; heap: number }> {
  const page = await harness.context.newPage();
  const cdp = await harness.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await page.close();
  return { script: value('ScriptDuration') * 1000, heap: value('JSHeapUsedSize') };
}

async function extensionContexts(harness: Harness, url: string): Promise<number> {
  const page = await harness.context.newPage();
  const cdp = await harness.context.newCDPSession(page);
  let count = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    // Playwright makes isolated worlds of its own (`__playwright_utility_world__…`): not ours.
    if (context.name.startsWith('__playwright')) return;
    if (context.origin.startsWith('chrome-extension://') || aux?.type === 'isolated') count++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.close();
  return count;
}

async function paintTimes(popup: Page) {
  return popup.evaluate(async () => {
    for (let i = 0; i < 100 && performance.getEntriesByName('first-contentful-paint').length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    // No helper function here: tsx would wrap it in a `__name` call the page does not have.
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      rendered: performance.getEntriesByName('notrain:rendered')[0]?.startTime ?? Number.NaN,
    };
  });
}

/** Polls the badge from an extension page (which does not wake the worker) while a tab navigates. */
async function timeToBadge(harness: Harness, probe: Page, tab: Page, tabId: number, cold: boolean): Promise<number> {
  await tab.goto('https://example.com/');
  await probe.waitForFunction(async (id) => (await (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id })) === '', tabId);
  if (cold) {
    const cdp = await harness.context.newCDPSession(probe);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await probe.waitForTimeout(200);
    await cdp.detach();
  }
  const waited = probe.evaluate(async (id) => {
    const start = performance.now();
    while ((await (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id })) !== 'ON') {
      if (performance.now() - start > 10_000) return Number.NaN;
      await new Promise((r) => setTimeout(r, 1));
    }
    return performance.now() - start;
  }, tabId);
  await tab.goto('https://acme.slack.com/', { waitUntil: 'commit' });
  return waited;
}

export async function benchBrowser(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'notrain-bench-'));
  const busyPage = join(dir, 'slack-busy.html');
  writeFileSync(busyPage, busySlackPage(5000));
  const route = (host: string, path: string, search: string) =>
    host === 'app.slack.com' && path.startsWith('/client/') ? busyPage : defaultRoute(host, path, search);
  const busyUrl = 'https://app.slack.com/client/T0123ABCD/C0456EFGH';
  try {
    // Page cost: alternate browsers with and without NoTrain, so drift hits both alike.
    const onlyNoTrain = await launch({ route });
    const without = await launch({ route, withExtension: false });
    const page = { with: [] as { script: number; heap: number }[], without: [] as { script: number; heap: number }[] };
    const settings = { with: [] as { script: number; heap: number }[], without: [] as { script: number; heap: number }[] };
    // Script time on a 2-core machine swings by milliseconds between loads: many paired runs,
    // and the median of the pairs' differences rather than the difference of two medians.
    for (let run = 0; run < runs * 5; run++) {
      page.with.push(await pageMetrics(onlyNoTrain, busyUrl));
      page.without.push(await pageMetrics(without, busyUrl));
    }
    // A large settings page (100,000 nodes) where the badge does its work.
    for (let run = 0; run < runs; run++) {
      settings.with.push(await pageMetrics(onlyNoTrain, LARGE_SETTINGS_URL));
      settings.without.push(await pageMetrics(without, LARGE_SETTINGS_URL));
    }
    const contexts = {
      nonVendor: await extensionContexts(onlyNoTrain, 'https://example.com/'),
      slackClient: await extensionContexts(onlyNoTrain, busyUrl),
      baseline: await extensionContexts(without, busyUrl),
    };
    await without.close();
    await onlyNoTrain.close();

    const withExt = await launch({ route, extraExtensions: [REFERENCE_EXTENSION] });

    const reference = await workerOf(withExt.context, REFERENCE_EXTENSION);
    const referencePopupUrl = `chrome-extension://${new URL(reference.url()).host}/popup.html`;
    const popup = { fcp: [] as number[], rendered: [] as number[], referenceFcp: [] as number[], summaryAtFirstPaint: true };
    const tab = await withExt.open('https://acme.slack.com/');
    // The worker points the tab's popup at Slack's prerendered page when the tab loads: wait for that.
    await withExt.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as ChromeGlobal).chrome;
      for (let i = 0; i < 200; i++) {
        const [slack] = await c.tabs.query({ url: 'https://acme.slack.com/*' });
        if (slack?.id !== undefined && (await c.action.getPopup({ tabId: slack.id })).endsWith('/src/popup/vendors/slack.html')) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('the Slack tab never got its prerendered popup');
    });
    for (let run = 0; run < runs; run++) {
      const ours = await withExt.openPopup(tab);
      const times = await paintTimes(ours);
      popup.fcp.push(times.fcp);
      popup.rendered.push(times.rendered);
      // The vendor popup is prerendered: the summary and the action are in its HTML, so in its first paint.
      const served = await ours.evaluate(async () => (await fetch(location.href)).text());
      popup.summaryAtFirstPaint &&= served.includes('data-testid="headline"') && served.includes('data-testid="optout-email"');
      await ours.close();
      const theirs = await withExt.openPopup(tab, { worker: reference, popupUrl: referencePopupUrl });
      popup.referenceFcp.push((await paintTimes(theirs)).fcp);
      await theirs.close();
    }

    const probe = await withExt.context.newPage();
    await probe.goto(`chrome-extension://${withExt.extensionId}/src/popup/index.html`);
    const tabId = await probe.evaluate(async () => {
      const [slack] = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ url: 'https://acme.slack.com/*' });
      return slack?.id as number;
    });
    const worker = { cold: [] as number[], warm: [] as number[] };
    for (let run = 0; run < runs; run++) {
      worker.cold.push(await timeToBadge(withExt, probe, tab, tabId, true));
      worker.warm.push(await timeToBadge(withExt, probe, tab, tabId, false));
    }
    await withExt.close();

    return {
      page: {
        scriptMsWith: median(page.with.map((m) => m.script)),
        scriptMsWithout: median(page.without.map((m) => m.script)),
        scriptMsAddedPaired: median(page.with.map((m, i) => m.script - (page.without[i]?.script ?? m.script))),
        heapWith: median(page.with.map((m) => m.heap)),
        heapWithout: median(page.without.map((m) => m.heap)),
      },
      settingsPage: {
        scriptMsWith: median(settings.with.map((m) => m.script)),
        scriptMsWithout: median(settings.without.map((m) => m.script)),
        heapWith: median(settings.with.map((m) => m.heap)),
        heapWithout: median(settings.without.map((m) => m.heap)),
      },
      contexts,
      popup: {
        fcpMs: median(popup.fcp),
        renderedMs: median(popup.rendered),
        referenceFcpMs: median(popup.referenceFcp),
        summaryAtFirstPaint: popup.summaryAtFirstPaint,
      },
      worker: { coldMs: median(worker.cold), warmMs: median(worker.warm) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
