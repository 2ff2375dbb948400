/**
 * The settings-page script must never hurt the page (issue #11): a form whose
 * inputs shadow DOM properties must not freeze the tab, a 50,000-row admin
 * console must finish loading and get its mark, and faint or bidi-reversed
 * decoys must not take the mark. Bounded timeouts, no timed assertions:
 * speed is measured by `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { clobberLayouts } from '../support/arbitraries.ts';
import {
  bidiDecoyPage,
  CLOBBERED_NAMES,
  clobberedPage,
  clobberingPage,
  DOCUMENT_NAMES,
  faintDecoyPage,
  manyRowsPage,
} from '../support/hostile-pages.ts';
import { defaultRoute } from './harness.ts';
import { waitForMark } from './marks.ts';
import { useHarness } from './use-harness.ts';
import { prerenderedPopup } from '../../src/core/popup-page.ts';

const SETTINGS = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const dir = mkdtempSync(join(tmpdir(), 'notrain-page-safety-'));
const pages: Record<string, string> = {
  clobber: clobberingPage(),
  rows: manyRowsPage(50_000),
  faint: faintDecoyPage(),
  bidi: bidiDecoyPage(),
};
const serve = (name: string, html: string) => {
  pages[name] = html;
  writeFileSync(join(dir, `${name}.html`), html);
};
for (const [name, html] of Object.entries(pages)) serve(name, html);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const browser = useHarness({
  route: (host, path, search) => {
    const name = /^\?fixture=ps-(\w+)$/.exec(search)?.[1];
    return name && name in pages ? join(dir, `${name}.html`) : defaultRoute(host, path, search);
  },
});
const url = (name: string) => `${SETTINGS}?fixture=ps-${name}`;

/** The page still answers a script within `ms`: a frozen tab never does. */
async function answers(page: Page, ms = 10_000): Promise<boolean> {
  const timeout = new Promise<false>((r) => setTimeout(() => r(false), ms));
  return Promise.race([page.evaluate(() => 6 * 7).then((v) => v === 42), timeout]);
}

async function close(page: Page) {
  await Promise.race([page.close({ runBeforeUnload: false }), new Promise((r) => setTimeout(r, 5_000))]);
}

describe('DOM clobbering', () => {
  /** Opens `name`: NoTrain must mark exactly the real control and leave the page answering. */
  async function marksOnlyTheRealControl(name: string) {
    const page = await browser().context.newPage();
    try {
      await page.goto(url(name), { waitUntil: 'domcontentloaded', timeout: 15_000 });
      const marks = await waitForMark(page, 'mark', 15_000);
      expect(marks.map((b) => b.after)).toEqual(['target']);
      // Still responsive after NoTrain has looked, and again a while later.
      expect(await answers(page)).toBe(true);
      await page.waitForTimeout(300);
      expect(await answers(page)).toBe(true);
      expect(await page.locator('[data-notrain="mark"]').count()).toBe(1);
    } finally {
      await close(page);
    }
  }

  it('a form whose inputs shadow DOM properties does not freeze the tab, and only the real control is marked', async () => {
    await marksOnlyTheRealControl('clobber');
  }, 60_000);

  it('property: generated pages whose forms and document shadow DOM members never freeze the tab nor move the mark', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        clobberLayouts,
        fc.subarray([...CLOBBERED_NAMES], { minLength: 1 }),
        fc.subarray([...DOCUMENT_NAMES]),
        async ([segments, realAt], formNames, documentNames) => {
          const name = `generated${run++}`;
          serve(
            name,
            clobberedPage(
              segments.map((s, i) => (i === realAt ? { ...s, form: true } : s)),
              realAt,
              formNames,
              documentNames,
            ),
          );
          await marksOnlyTheRealControl(name);
        },
      ),
      { numRuns: 10 },
    );
  }, 240_000);
});

describe('page size', () => {
  it('a settings page with 50,000 rows finishes loading and gets its mark', async () => {
    const page = await browser().context.newPage();
    try {
      await page.goto(url('rows'), { waitUntil: 'load', timeout: 120_000 });
      const marks = await waitForMark(page, 'mark', 60_000);
      expect(marks.map((b) => b.after)).toEqual(['target']);
      expect(await answers(page)).toBe(true);
    } finally {
      await close(page);
    }
  }, 240_000);
});

describe('visible means visible', () => {
  it.each([
    ['faint', 'a copy at opacity 0.05 (0.2 × 0.25 through its ancestors)'],
    ['bidi', 'a copy whose label is wrapped in RIGHT-TO-LEFT OVERRIDE'],
  ])('%s: %s does not take the mark', async (name) => {
    const page = await browser().open(url(name));
    try {
      const marks = await waitForMark(page, 'mark');
      expect(marks.map((b) => b.after)).toEqual(['target']);
    } finally {
      await close(page);
    }
  });
});

describe('a quiet worker', () => {
  it('keeps the right toolbar badge through full and in-app navigations, though it skips calls that change nothing', async () => {
    // Register both URLs as opened by the test (the harness checks every request against them).
    const other = await browser().open('https://acme.slack.com/archives/C1');
    await close(other);
    const page = await browser().open('https://acme.slack.com/');
    try {
      const shown = async () => (await browser().badgeOfActiveTab()).text;
      await expect.poll(shown).toBe('ON');
      // Chrome clears a tab's action values on each full navigation, and reports in-app ones the same way:
      // the worker must tell them apart (it reads the tab's popup) and set the badge again only after the former.
      for (const next of [
        'https://acme.slack.com/archives/C1',
        'https://acme.slack.com/',
        'https://acme.slack.com/archives/C1',
      ]) {
        await page.goto(next);
        await expect.poll(shown).toBe('ON');
        await page.evaluate(() => history.pushState({}, '', '/archives/C2'));
        await page.waitForTimeout(200);
        expect(await shown()).toBe('ON');
      }
      const popup = await browser().serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
        const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        return c.action.getPopup({ tabId: active?.id ?? -1 });
      });
      expect(new URL(popup).pathname).toBe(`/${prerenderedPopup('slack')}`);
    } finally {
      await close(page);
    }
  });
});
