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
import { emptyTracker, recordStep, serializeTracker, type Tracker } from '../../src/core/tracker.ts';
import { axeInBothSchemes } from '../support/axe.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();
const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => {});
});

const at = (day: string) => `${day}T10:00:00.000Z`;
function seeded(): Tracker {
  const steps: [string, { url?: string; id?: string; name?: string } | undefined, Parameters<typeof recordStep>[3]][] =
    [
      ['slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'email-drafted', at: at('2026-11-01') }],
      ['slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'marked-sent', at: at('2026-11-02') }],
      ['slack', { url: 'https://beta.slack.com/' }, { kind: 'marked-confirmed', at: at('2026-11-03') }],
      ['meta', undefined, { kind: 'control-seen', at: at('2026-11-04'), label: 'Object', state: 'opted-out' }],
      ['figma', undefined, { kind: 'owner-asked', at: at('2026-11-05') }],
    ];
  return steps.reduce(
    (tracker, [vendorId, workspace, step]) => recordStep(tracker, vendorId, workspace, step) ?? tracker,
    emptyTracker(),
  );
}

beforeAll(async () => {
  const tracker = serializeTracker(seeded());
  await browser().serviceWorker.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.set(value),
    { tracker, choices: { roles: { 'slack@https://acme.slack.com/': 'owner' } } },
  );
});

async function auditPage(): Promise<Page> {
  const page = await browser().context.newPage();
  open.push(page);
  await page.goto(`chrome-extension://${browser().extensionId}/src/audit/index.html`);
  await page.getByTestId('audit-summary').waitFor();
  return page;
}

const rowKeys = (page: Page) =>
  page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));

describe('the audit page', () => {
  it('lists every tool and workspace the tracker recorded, with its status, and counts them right', async () => {
    const page = await auditPage();
    expect(await page.locator('h1').textContent()).toBe('Where you stand: AI training across your tools');
    expect((await rowKeys(page)).sort()).toEqual([
      'figma',
      'meta',
      'slack@https://acme.slack.com/',
      'slack@https://beta.slack.com/',
    ]);
    expect(await page.getByTestId('audit-summary').textContent()).toBe(
      '3 tools, 2 train by default, 2 opted out, 1 waiting on Slack, 1 waiting on an owner',
    );
    const acme = page.locator('[data-key="slack@https://acme.slack.com/"]');
    expect(await acme.getByTestId('audit-status').textContent()).toBe('Email sent2026-11-02');
    expect(await acme.textContent()).toContain('You (you said you are an owner or admin)');
    expect(await acme.textContent()).toContain('Wait for the vendor’s reply, then mark it confirmed');
    expect(await acme.textContent()).toMatch(/\((Confirmed|Reported by .+), verified \d{4}-\d{2}-\d{2}\)/);
    expect(await page.getByTestId('audit-db').textContent()).toMatch(
      /^Vendor database: NoTrain \d+\.\d+\.\d+, 41 records, reviewed up to \d{4}-\d{2}-\d{2}\.$/,
    );
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
    expect((await rowKeys(page)).sort()).toEqual(['meta', 'slack@https://beta.slack.com/']);
    await page.getByTestId('audit-filter').selectOption('all');
    await page.getByTestId('audit-sort').selectOption('status');
    const statuses = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(['asked-owner', 'sent', 'setting-changed', 'confirmed']);
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
    const csv = await saved('audit-csv');
    expect(csv.name).toMatch(/^notrain-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(csv.text).toContain('"Acme"');
    expect(csv.text).toContain('"Email sent","2026-11-02"');
    expect(csv.text).toMatch(/verified \d{4}-\d{2}-\d{2}/);
    expect(csv.text).toMatch(/"Vendor database: NoTrain [^"]+, 41 records, reviewed up to \d{4}-\d{2}-\d{2}\."/);
    const md = await saved('audit-markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text.split('\n').filter((l) => l.startsWith('| ')).length).toBe(4 + 2);
    expect(md.text).toContain('| Slack | Acme |');
    expect(md.text).toContain('Vendor database\\: NoTrain');
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
