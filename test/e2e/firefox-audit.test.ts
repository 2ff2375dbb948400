/**
 * The audit page in Firefox ESR, with the Firefox build: the tracker seeded
 * as NoTrain stores it, the rows and counts, a tool added from the database
 * and kept, the filter and the sort, and the CSV and Markdown files Firefox
 * really downloads. The same scenario as the Chromium test (audit-scenario.ts).
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as audit from './audit-scenario.ts';
import { axeViolations } from '../support/axe.ts';
import { EXTENSION_ORIGIN, goExtension } from './firefox-harness.ts';
import { useFirefox } from './use-firefox.ts';

const ff = useFirefox();
let page: Page;
beforeAll(async () => {
  await ff().setStored(audit.auditStorage());
  page = await ff().browser.newPage();
  await goExtension(page, audit.AUDIT_URL, { rendered: true });
});

const text = (selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const rows = (attribute: string) =>
  page.$$eval('[data-testid=audit-row]', (all, a) => all.map((r) => r.getAttribute(a) ?? ''), attribute);

describe('Firefox: the audit page', () => {
  it('lists every tool and workspace the tracker recorded, with its status, and counts them right', async () => {
    expect(await text('h1')).toBe(audit.AUDIT_HEADING);
    expect((await rows('data-key')).sort()).toEqual(audit.AUDIT_ROWS);
    expect(await text('[data-testid=audit-summary]')).toBe(audit.AUDIT_SUMMARY);
    const acme = `[data-key="${audit.ACME_ROW}"]`;
    audit.expectAcmeRow(await text(`${acme} [data-testid=audit-status]`), await text(acme));
    expect(await text('[data-testid=audit-db]')).toMatch(audit.DB_LINE);
  });

  it('adds a tool from the database and keeps it after a reload', async () => {
    await page.type('[data-testid=audit-add]', 'noti');
    await page.click('button::-p-text(Add Notion)');
    await page.waitForFunction(() => document.querySelector('[data-key=notion]'));
    expect(await text('[data-testid=audit-summary]')).toMatch(/^4 tools, /);
    await goExtension(page, audit.AUDIT_URL, { rendered: true });
    expect(await rows('data-key')).toContain('notion');
    await page.click('button::-p-text(Remove Notion)');
    await page.waitForFunction(() => !document.querySelector('[data-key=notion]'));
  });

  it('filters and sorts', async () => {
    await page.select('[data-testid=audit-filter]', 'done');
    expect((await rows('data-key')).sort()).toEqual(audit.AUDIT_DONE_ROWS);
    await page.select('[data-testid=audit-filter]', 'all');
    await page.select('[data-testid=audit-sort]', 'status');
    expect(await rows('data-status')).toEqual(audit.AUDIT_BY_STATUS);
  });

  it('has no accessibility violation in Firefox’s rendering (light: BiDi cannot switch Firefox to dark)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is linked from the options page and from the popup, and opens in a tab of its own', async () => {
    const auditTabs = () =>
      ff().extension.evaluate(
        async (url) => (await browser.tabs.query({})).filter((tab) => tab.url === url).length,
        `${EXTENSION_ORIGIN}${audit.AUDIT_URL}`,
      );
    for (const from of ['/src/options/index.html', '/src/popup/index.html']) {
      const linking = await ff().browser.newPage();
      await goExtension(linking, from, { rendered: true });
      expect(await linking.$eval('[data-testid=open-audit]', (a) => a.getAttribute('href'))).toBe(audit.AUDIT_URL);
      const before = await auditTabs();
      await linking.click('[data-testid=open-audit]');
      await expect.poll(auditTabs, { message: from }).toBe(before + 1);
      await linking.close();
    }
  });

  it('downloads CSV and Markdown files holding the rows, each fact’s verified date and the database', async () => {
    audit.expectAuditCsv(await ff().downloadOf(() => page.click('[data-testid=audit-csv]')));
    audit.expectAuditMarkdown(await ff().downloadOf(() => page.click('[data-testid=audit-markdown]')));
  });
});

declare const browser: import('webextension-polyfill').Browser;
