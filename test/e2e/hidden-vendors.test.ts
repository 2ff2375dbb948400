/**
 * Vendors an organisation hid (managed `hiddenVendors`), in Chromium against
 * the built extension: the options page and the audit page leave their
 * entries out and say how many, the audit page never offers them, and the
 * options page's exports still hold every stored entry.
 *
 * Chromium reads a real policy only from root-owned files under /etc that
 * every browser on the machine reads, so here the pages' `storage.managed.get`
 * answers a policy from an init script; everything after that read
 * (validation, the pages, storage, downloads) is the real extension. Firefox
 * reads a real policy in test/e2e/firefox-managed.test.ts, which checks the
 * same two pages. The worker's side (no badge, no
 * reminders) is tested in test/background/badge.test.ts and reminders.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyTracker, recordStep, serializeTracker, type Tracker } from '../../src/core/tracker.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();
const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => {});
});

const at = (day: string) => `${day}T10:00:00.000Z`;
function seeded(): Tracker {
  const steps: [string, { url?: string; name?: string } | undefined, Parameters<typeof recordStep>[3]][] = [
    ['slack', { url: 'https://acme.slack.com/', name: 'Acme' }, { kind: 'marked-sent', at: at('2026-11-02') }],
    ['figma', undefined, { kind: 'owner-asked', at: at('2026-11-05') }],
  ];
  return steps.reduce(
    (tracker, [vendorId, workspace, step]) => recordStep(tracker, vendorId, workspace, step) ?? tracker,
    emptyTracker(),
  );
}

beforeAll(async () => {
  await browser().serviceWorker.evaluate((value) => (globalThis as any).chrome.storage.local.set(value), {
    tracker: serializeTracker(seeded()),
  });
});

/** An extension page whose managed storage answers `policy`, as Chrome does once a policy names NoTrain. */
async function pageWithPolicy(path: string, policy: Record<string, unknown>): Promise<Page> {
  const page = await browser().context.newPage();
  open.push(page);
  await page.addInitScript((value) => {
    const managed = (globalThis as any).chrome?.storage?.managed;
    if (managed) managed.get = () => Promise.resolve(value);
  }, policy);
  await page.goto(`chrome-extension://${browser().extensionId}/${path}`);
  await page.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
  return page;
}

describe('vendors the organisation hid', () => {
  it('the options page leaves their entries out, says so, and its exports still hold them', async () => {
    const page = await pageWithPolicy('src/options/index.html', { hiddenVendors: ['slack'] });
    await page.getByTestId('entries-hidden').waitFor();
    expect(await page.getByTestId('entry').evaluateAll((li) => li.map((e) => e.getAttribute('data-key')))).toEqual([
      'figma',
    ]);
    expect(await page.getByTestId('entries-hidden').textContent()).toBe(
      'Entries for tools your organisation hid, not listed here: 1. They stay stored, and the JSON and CSV exports include them.',
    );
    expect(await page.getByTestId('mute-slack').count()).toBe(0);
    for (const [button, needle] of [
      ['export-json', '"slack@https://acme.slack.com/"'],
      ['export-csv', 'https://acme.slack.com/'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      expect(readFileSync(await download.path(), 'utf8')).toContain(needle);
    }
    // Nothing was deleted: the stored tracker still holds the Slack entry.
    const stored = await browser().serviceWorker.evaluate(
      async () => (await (globalThis as any).chrome.storage.local.get('tracker')).tracker,
    );
    expect(Object.keys(stored.entries)).toContain('slack@https://acme.slack.com/');
  });

  it('the audit page leaves their rows out of the table and the summary, says so, and never offers them', async () => {
    const page = await pageWithPolicy('src/audit/index.html', { hiddenVendors: ['slack'] });
    await page.getByTestId('audit-hidden').waitFor();
    expect(await page.getByTestId('audit-row').evaluateAll((r) => r.map((e) => e.getAttribute('data-key')))).toEqual([
      'figma',
    ]);
    expect(await page.getByTestId('audit-summary').textContent()).not.toMatch(/Slack/);
    expect(await page.getByTestId('audit-summary').textContent()).toMatch(/^1 tool,/);
    expect(await page.getByTestId('audit-hidden').textContent()).toBe(
      'Rows for tools your organisation hid, not listed: 1. What you did there stays stored.',
    );
    await page.getByTestId('audit-add').fill('sla');
    expect(await page.getByTestId('audit-found').count()).toBe(0);
  });

  it('without a policy, both pages list every entry', async () => {
    const options = await pageWithPolicy('src/options/index.html', {});
    expect(await options.getByTestId('entry').count()).toBe(2);
    expect(await options.getByTestId('entries-hidden').count()).toBe(0);
    const audit = await pageWithPolicy('src/audit/index.html', {});
    expect(await audit.getByTestId('audit-row').count()).toBe(2);
  });
});
