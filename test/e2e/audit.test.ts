/**
 * The audit page in Chromium with the built extension: it lists what the
 * tracker recorded in this browser (seeded through the tracker's own
 * functions, as the popup and the worker store it), its counts are right, a
 * tool added from the database joins the list and stays, filters and sorts
 * work, the print view has no extension chrome, the CSV and Markdown
 * downloads hold the rows and name the database, axe finds nothing, and the
 * popup links to it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import {
  ACME_ROW,
  AUDIT_BY_STATUS,
  AUDIT_DONE_ROWS,
  AUDIT_HEADING,
  AUDIT_ROWS,
  AUDIT_SUMMARY,
  AUDIT_URL,
  DB_LINE,
  auditStorage,
  expectAcmeRow,
  expectAuditCsv,
  expectAuditMarkdown,
} from './audit-scenario.ts';
import { setStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();
const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => {});
});

beforeAll(async () => {
  await setStored(browser().serviceWorker, auditStorage());
});

async function auditPage(): Promise<Page> {
  const page = await browser().context.newPage();
  open.push(page);
  await page.goto(`chrome-extension://${browser().extensionId}${AUDIT_URL}`);
  await page.getByTestId('audit-summary').waitFor();
  return page;
}

const rowKeys = (page: Page) =>
  page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));

describe('the audit page', () => {
  it('lists every tool and workspace the tracker recorded, with its status, and counts them right', async () => {
    const page = await auditPage();
    expect(await page.locator('h1').textContent()).toBe(AUDIT_HEADING);
    expect((await rowKeys(page)).sort()).toEqual(AUDIT_ROWS);
    expect(await page.getByTestId('audit-summary').textContent()).toBe(AUDIT_SUMMARY);
    const acme = page.locator(`[data-key="${ACME_ROW}"]`);
    expectAcmeRow((await acme.getByTestId('audit-status').textContent()) ?? '', (await acme.textContent()) ?? '');
    expect(await page.getByTestId('audit-db').textContent()).toMatch(DB_LINE);
  });

  it('adds a tool from the database, keeps it after a reload, and can remove it', async () => {
    const page = await auditPage();
    await page.getByLabel("Add a tool from NoTrain's database").fill('noti');
    await page.getByRole('button', { name: 'Add Notion' }).click();
    await expect.poll(() => rowKeys(page)).toContain('notion');
    expect(await page.getByTestId('audit-summary').textContent()).toMatch(/^4 tools, /);
    await page.reload();
    await page.getByTestId('audit-summary').waitFor();
    expect(await rowKeys(page)).toContain('notion');
    await page.getByRole('button', { name: 'Remove Notion' }).click();
    await expect.poll(() => rowKeys(page)).not.toContain('notion');
  });

  it('filters and sorts', async () => {
    const page = await auditPage();
    await page.getByTestId('audit-filter').selectOption('done');
    expect((await rowKeys(page)).sort()).toEqual(AUDIT_DONE_ROWS);
    await page.getByTestId('audit-filter').selectOption('all');
    await page.getByTestId('audit-sort').selectOption('status');
    const statuses = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(AUDIT_BY_STATUS);
  });

  it('prints as a clean page: title, summary, table and database, no controls or buttons', async () => {
    const page = await auditPage();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('audit-controls').isVisible()).toBe(false);
    expect(await page.locator('button:visible, select:visible, input:visible').count()).toBe(0);
    for (const id of ['audit-summary', 'audit-table', 'audit-db'])
      expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    // Black on white, whatever the screen's scheme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('exports CSV and Markdown holding the rows, each fact’s verified date and the database', async () => {
    const page = await auditPage();
    const saved = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path()) ?? '', 'utf8') };
    };
    expectAuditCsv(await saved('audit-csv'));
    expectAuditMarkdown(await saved('audit-markdown'));
  });

  it('has no accessibility violation, light or dark', async () => {
    const page = await auditPage();
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });

  it('is linked from the options page', async () => {
    const options = await browser().context.newPage();
    open.push(options);
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    const link = options.getByTestId('open-audit');
    expect(await link.getAttribute('href')).toBe('/src/audit/index.html');
    const [page] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    open.push(page);
    await page.getByTestId('audit-summary').waitFor();
    expect(page.url()).toBe(`chrome-extension://${browser().extensionId}/src/audit/index.html`);
  });

  it('is linked from the popup', async () => {
    const tab = await browser().open('https://acme.slack.com/archives/C1');
    const popup = await browser().openPopup(tab);
    open.push(popup, tab);
    const link = popup.getByTestId('open-audit');
    expect(await link.getAttribute('href')).toBe('/src/audit/index.html');
    const [page] = await Promise.all([browser().context.waitForEvent('page'), link.click().catch(() => undefined)]);
    open.push(page);
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe(`chrome-extension://${browser().extensionId}/src/audit/index.html`);
  });
});
