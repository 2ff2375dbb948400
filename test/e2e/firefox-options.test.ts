/**
 * The options page's export and import in Firefox ESR, with the Firefox
 * build: the JSON and CSV files Firefox really downloads, the JSON chosen
 * again in the page's file input (merged, no duplicate), a file with bad
 * rows (the good one merged, the bad ones listed); and an opt-out drafted
 * and marked sent in the popup page showing on the options page. The same
 * scenario as the Chromium test (options-scenario.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { goExtension } from './firefox-harness.ts';
import * as scenario from './options-scenario.ts';
import { useFirefox } from './use-firefox.ts';

const ff = useFirefox();

async function optionsPage(): Promise<Page> {
  const page = await ff().browser.newPage();
  await goExtension(page, scenario.OPTIONS_URL, { rendered: true });
  return page;
}
const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const keys = (page: Page) =>
  page.$$eval('[data-testid=entry]', (items) => items.map((li) => li.getAttribute('data-key') ?? ''));
type StoredTracker = { entries: Record<string, { status: string; steps: unknown[] }> };
const tracker = async () => (await ff().getStored('tracker')) as StoredTracker | undefined;

/** Chooses a file in the import input, as the file dialog would, and waits for the page's new answer. */
async function importFile(page: Page, name: string, content: string): Promise<void> {
  const path = join(tmpdir(), `notrain-firefox-${process.pid}-${name}`);
  writeFileSync(path, content);
  const input = await page.$('[data-testid=import-file]');
  if (!input) throw new Error('the options page has no file input');
  const before = await text(page, '[data-testid=import-result]');
  await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  await page.waitForFunction(
    (was) => (document.querySelector('[data-testid=import-result]')?.textContent ?? was) !== was,
    {},
    before,
  );
  rmSync(path);
}

describe('Firefox: export and import on the options page', () => {
  let page: Page;
  beforeAll(async () => {
    await ff().setStored({ tracker: scenario.SEEDED });
    page = await optionsPage();
  });
  afterAll(() => page?.close());

  it('downloads JSON and CSV files holding the workspace, and re-imports the JSON without duplicates', async () => {
    const json = await ff().downloadOf(() => page.click('[data-testid=export-json]'));
    scenario.expectJsonExport(json);
    scenario.expectCsvExport(await ff().downloadOf(() => page.click('[data-testid=export-csv]')));

    await importFile(page, 'export.json', json.text);
    expect(await text(page, '[data-testid=import-result]')).toBe(scenario.REIMPORTED);
    expect(await keys(page)).toEqual(scenario.LISTED);
    const stored = await tracker();
    expect(Object.keys(stored?.entries ?? {}).sort()).toEqual(scenario.LISTED);
    expect(stored?.entries[scenario.ACME]?.steps).toHaveLength(2);
  });

  it('imports a file with bad rows: the good ones are merged, the bad ones listed with why', async () => {
    await importFile(page, 'bad.json', JSON.stringify(scenario.BAD_IMPORT));
    await page.waitForSelector('[data-testid=import-rejected]');
    expect(await text(page, '[data-testid=import-result] p')).toBe(scenario.BAD_IMPORT_RESULT);
    expect(await page.$$eval('[data-testid=import-rejected] li', (li) => li.map((l) => l.textContent))).toEqual(
      scenario.BAD_IMPORT_REJECTED,
    );
    const acmeStatus = `[data-key="${scenario.ACME}"] [data-testid=entry-status]`;
    await page.waitForFunction(
      (selector, status) => document.querySelector(selector)?.textContent === status,
      {},
      acmeStatus,
      scenario.BAD_IMPORT_ACME_STATUS,
    );
    expect(await keys(page)).toEqual(scenario.LISTED);
    expect((await tracker())?.entries[scenario.ACME]?.status).toBe('confirmed');
  });
});

describe('Firefox: from the popup to the options page', () => {
  it('an opt-out drafted and marked sent in the popup page shows on the options page', async () => {
    await ff().setStored({
      tracker: { version: 2, entries: {}, preferences: {}, quarantine: [] },
      choices: { roles: { [scenario.GLOBEX]: 'owner' } },
    });
    await ff().open(scenario.GLOBEX_TAB);
    const popup = await ff().popupFor(scenario.GLOBEX_TAB);
    // Copying the email drafts it; "Mark as sent" moves it on.
    await popup.click('[data-testid=copy-email]');
    await popup.waitForSelector('[data-testid=tracker-next]');
    await popup.click('[data-testid=tracker-next]');
    await expect.poll(async () => (await tracker())?.entries[scenario.GLOBEX]?.status).toBe('sent');
    // The background script follows: the tab's toolbar badge says the email is out, waiting for the vendor.
    await expect.poll(async () => (await ff().badgeOf(scenario.GLOBEX_TAB)).text).toBe('✉');
    await popup.close();
    const page = await optionsPage();
    const entry = `[data-key="${scenario.GLOBEX}"]`;
    expect(await text(page, `${entry} [data-testid=entry-status]`)).toBe(scenario.SENT_STATUS);
    expect(await text(page, `${entry} [data-testid=entry-left]`)).toBe(scenario.SENT_LEFT);
    await page.close();
  });
});

describe('Firefox: writers in two parts of the extension', () => {
  it('the popup page and the background script share one Web Lock: a write waits for the other, and neither update is lost', async () => {
    const workspace = 'https://initech.slack.com/archives/C0123';
    const key = 'slack@https://initech.slack.com/';
    await ff().setStored({
      tracker: { version: 2, entries: {}, preferences: {}, quarantine: [] },
      choices: { roles: { [key]: 'owner' } },
    });
    // LinkedIn's settings page: its content script reports a switch to the background script, which writes the tracker.
    const settings = await ff().open(settingsFixture('linkedin.html').url);
    await settings.waitForSelector('[data-notrain]');
    await ff().open(workspace);
    const popup = await ff().popupFor(workspace);
    // The popup page holds the tracker's lock, as a slow write would.
    await popup.evaluate(() => {
      void navigator.locks.request(
        'notrain-tracker',
        () => new Promise<void>((release) => Object.assign(window, { releaseTrackerLock: release })),
      );
    });
    // Meanwhile the popup records a draft, and the background script a switch turned on LinkedIn's page.
    await popup.click('[data-testid=copy-email]');
    await settings.evaluate(() => (document.querySelector('[data-fixture="target"]') as HTMLElement).click());
    await new Promise((r) => setTimeout(r, 700));
    expect((await tracker())?.entries ?? {}).toEqual({});
    await popup.evaluate(() => (window as unknown as { releaseTrackerLock: () => void }).releaseTrackerLock());
    await expect.poll(async () => Object.keys((await tracker())?.entries ?? {}).sort()).toEqual(['linkedin', key]);
    expect((await tracker())?.entries[key]?.status).toBe('drafted');
    expect((await tracker())?.entries.linkedin?.status).toBe('setting-changed');
    await popup.close();
  });
});
