/**
 * The options page in Chromium, against the built extension: a Slack
 * opt-out NoTrain recorded shows with its status; filters, mutes, export
 * (real downloads), import (again, without duplicates; a file with bad rows,
 * listed); the email method chosen here changes the popup's main button; axe
 * in light and dark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import { sentFields } from '../support/sent-fields.ts';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { marks, waitForMark } from './marks.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

const ACME = 'slack@https://acme.slack.com/';
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
/** As the popup records it: an email drafted on 1 November, marked sent on the 2nd. */
const SEEDED = {
  version: 2,
  entries: {
    [ACME]: {
      vendorId: 'slack',
      workspace: { url: 'https://acme.slack.com/', name: 'Acme' },
      status: 'sent',
      steps: [
        { kind: 'email-drafted', at: at(1) },
        { kind: 'marked-sent', at: at(2) },
      ],
    },
    linkedin: {
      vendorId: 'linkedin',
      status: 'setting-changed',
      steps: [{ kind: 'control-seen', at: at(3), label: 'Data for Generative AI Improvement', state: 'opted-out' }],
    },
  },
  preferences: {},
  quarantine: [],
};

const storage = {
  set: (items: Record<string, unknown>) =>
    browser().serviceWorker.evaluate((i) => (globalThis as any).chrome.storage.local.set(i), items),
  get: (key: string) =>
    browser().serviceWorker.evaluate(async (k) => (await (globalThis as any).chrome.storage.local.get(k))[k], key),
};

async function openOptions(): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
  await page.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
  return page;
}

/**
 * The file a click downloads, through Playwright's download event. Only before
 * the first toolbar popup of the run: the harness reaches popups over a second
 * debugging connection, which then receives the browser's downloads instead.
 */
async function downloadOf(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const keys = (page: Page) =>
  page.getByTestId('entry').evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));

describe('the options page', () => {
  it('is the extension’s options page, opened in a tab', async () => {
    const manifest = await browser().serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
  });

  it('shows the recorded Slack workspace with its status, dates and what is left', async () => {
    await storage.set({ tracker: SEEDED });
    const page = await openOptions();
    expect(await page.locator('h1').textContent()).toBe('NoTrain: your opt-outs and preferences');
    expect(await page.locator('h3').allTextContents()).toEqual(['LinkedIn', 'Slack']);
    const acme = page.locator(`[data-key="${ACME}"]`);
    expect(await acme.locator('.where').textContent()).toBe('Acme https://acme.slack.com/');
    expect(await acme.getByTestId('entry-status').textContent()).toBe('Email sent');
    // Dates in the browser's language (en-US here).
    expect(await acme.textContent()).toContain('since Nov 2, 2026 · started Nov 1, 2026');
    expect(await acme.getByTestId('entry-left').textContent()).toBe(
      'What is left: Wait for the vendor’s reply, then mark it confirmed',
    );
    await page.close();
  });

  it('filters by needs action and done, and announces the count', async () => {
    const page = await openOptions();
    await page.getByLabel('Show').selectOption('needs-action');
    expect(await keys(page)).toEqual([ACME]);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toBe('Showing 1 of 2');
    await page.getByLabel('Show').selectOption('done');
    expect(await keys(page)).toEqual(['linkedin']);
    await page.close();
  });

  it('mutes a vendor, stored in the tracker’s preferences', async () => {
    const page = await openOptions();
    await page.getByTestId('mutes').locator('summary').click();
    await page.getByLabel('Mute Slack').check();
    await expect.poll(async () => (await storage.get('tracker'))?.preferences?.mutedVendors).toEqual(['slack']);
    await page.getByLabel('Mute Slack').uncheck();
    await expect.poll(async () => (await storage.get('tracker'))?.preferences?.mutedVendors).toEqual([]);
    await page.close();
  });

  it('a muted vendor gets no toolbar badge and no note on its settings page; unmuted, both come back', async () => {
    const linkedin = settingsFixture('linkedin.html');
    const page = await openOptions();
    await page.getByTestId('mutes').locator('summary').click();
    await page.getByLabel('Mute Slack').check();
    await page.getByLabel('Mute LinkedIn').check();
    await expect
      .poll(async () => (await storage.get('tracker'))?.preferences?.mutedVendors)
      .toEqual(['linkedin', 'slack']);
    const slack = await browser().open('https://acme.slack.com/archives/C0123');
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).toBe('');
    // The default look, as on any other site.
    expect((await browser().badgeOfActiveTab()).title).toBe('NoTrain: does this tool train AI on your data?');
    const settings = await browser().open(linkedin.url);
    // Muted, NoTrain still follows the switch: turning it off is recorded, with no note shown.
    const today = new Date().toISOString().slice(0, 10);
    const recordedToday = async () =>
      ((await storage.get('tracker'))?.entries?.linkedin?.steps ?? [])
        .filter((step: { at: string }) => step.at.startsWith(today))
        .map((step: { kind: string; state?: string }) => `${step.kind} ${step.state}`);
    expect(await recordedToday()).toEqual([]);
    await settings.click('[data-fixture="target"]');
    await expect.poll(recordedToday).toEqual(['control-seen opted-out']);
    // Long enough for the note to appear on this small page when it is not muted (it does below).
    await settings.waitForTimeout(1500);
    expect(await marks(settings)).toEqual([]);

    await page.bringToFront();
    await page.getByLabel('Mute Slack').uncheck();
    await page.getByLabel('Mute LinkedIn').uncheck();
    await expect.poll(async () => (await storage.get('tracker'))?.preferences?.mutedVendors).toEqual([]);
    await settings.reload();
    expect(await waitForMark(settings, 'mark')).toHaveLength(1);
    await slack.bringToFront();
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).not.toBe('');
    await Promise.all([slack.close(), settings.close(), page.close()]);
  });

  it('exports JSON and CSV as downloads that hold the workspace, and re-imports the JSON without duplicates', async () => {
    const page = await openOptions();
    const json = await downloadOf(page, 'export-json');
    expect(json.name).toMatch(/^notrain-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text);
    expect(file.format).toBe('notrain-tracker');
    expect(file.tracker.version).toBe(2);
    expect(file.tracker.entries[ACME].workspace).toEqual({ url: 'https://acme.slack.com/', name: 'Acme' });
    expect(file.tracker.entries[ACME].steps).toEqual(SEEDED.entries[ACME].steps);

    const csv = await downloadOf(page, 'export-csv');
    expect(csv.name).toMatch(/^notrain-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(
      '"Vendor","Workspace","Workspace URL","Workspace ID","Status","Status since","First step","Last step","What is left"',
    );
    expect(lines).toContain(
      '"Slack","Acme","https://acme.slack.com/","","Email sent","2026-11-02","2026-11-01","2026-11-02","Wait for the vendor’s reply, then mark it confirmed"',
    );

    const saved = join(tmpdir(), `notrain-export-${process.pid}.json`);
    writeFileSync(saved, json.text);
    await page.getByLabel('Import a NoTrain JSON export').setInputFiles(saved);
    await expect
      .poll(() => page.getByTestId('import-result').textContent())
      .toBe('Imported: 0 new, 0 updated, 2 already here.');
    expect(await keys(page)).toEqual(['linkedin', ACME]);
    expect(Object.keys((await storage.get('tracker')).entries).sort()).toEqual(['linkedin', ACME]);
    expect((await storage.get('tracker')).entries[ACME].steps).toHaveLength(2);
    await page.close();
  });

  it('imports a file with bad rows: the good ones are merged, the bad ones listed with why', async () => {
    const page = await openOptions();
    const bad = {
      format: 'notrain-tracker',
      fileVersion: 1,
      exportedAt: at(5),
      tracker: {
        version: 2,
        entries: {
          [ACME]: {
            ...SEEDED.entries[ACME],
            steps: [...SEEDED.entries[ACME].steps, { kind: 'marked-confirmed', at: at(4) }],
          },
          zoom: { vendorId: 'zoom', status: 'sent', steps: [{ kind: 'format-c', at: at(1) }] },
          'slack@https://evil.example/': {
            vendorId: 'slack',
            workspace: { url: 'javascript:alert(1)' },
            status: 'sent',
            steps: [],
          },
        },
        preferences: { emailMethod: 'carrier-pigeon' },
        quarantine: [],
      },
    };
    const path = join(tmpdir(), `notrain-bad-${process.pid}.json`);
    writeFileSync(path, JSON.stringify(bad));
    await page.getByLabel('Import a NoTrain JSON export').setInputFiles(path);
    await page.getByTestId('import-rejected').waitFor();
    expect(await page.getByTestId('import-result').locator('p').first().textContent()).toBe(
      'Imported: 0 new, 1 updated, 0 already here.',
    );
    expect(await page.getByTestId('import-rejected').locator('li').allTextContents()).toEqual([
      'zoom: a step of this entry is not valid',
      'slack@https://evil.example/: workspace address, ID or name not valid',
      'preferences.emailMethod: preference not valid',
    ]);
    await expect
      .poll(() => page.locator(`[data-key="${ACME}"]`).getByTestId('entry-status').textContent())
      .toBe('Vendor confirmed');
    expect(await keys(page)).toEqual(['linkedin', ACME]);
    await page.close();
  });

  it('deletes an entry, and Undo brings it back with its steps', async () => {
    const page = await openOptions();
    const before = (await storage.get('tracker')).entries.linkedin;
    await page.getByRole('button', { name: 'Delete the entry for Your account at LinkedIn' }).click();
    await expect.poll(() => keys(page)).toEqual([ACME]);
    expect((await storage.get('tracker')).entries.linkedin).toBeUndefined();
    await page.getByTestId('undo-delete').click();
    await expect.poll(() => keys(page)).toEqual(['linkedin', ACME]);
    expect((await storage.get('tracker')).entries.linkedin).toEqual(before);
    await page.close();
  });

  it('passes axe in light and dark', async () => {
    const page = await openOptions();
    await page.getByTestId('mutes').locator('summary').click();
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('works from the keyboard', async () => {
    const page = await openOptions();
    // The first stop is the audit link under the intro, then the filter; Tab moves on through the controls in order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-audit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter-since');
    await page.close();
  });
});

describe('from the popup to the options page', () => {
  it('an opt-out drafted and marked sent in the real popup shows on the options page', async () => {
    await storage.set({ tracker: { version: 2, entries: {}, preferences: {}, quarantine: [] } });
    await storage.set({ choices: { roles: { 'slack@https://globex.slack.com/': 'owner' } } });
    const tab = await browser().open('https://globex.slack.com/archives/C0123');
    const popup = await browser().openPopup(tab);
    // Copying the email drafts it; "I sent it" moves it on.
    await popup.getByTestId('copy-email').click();
    await popup.getByTestId('tracker-next').click();
    await expect
      .poll(async () => (await storage.get('tracker'))?.entries?.['slack@https://globex.slack.com/']?.status)
      .toBe('sent');
    await popup.close();
    const page = await openOptions();
    const entry = page.locator('[data-key="slack@https://globex.slack.com/"]');
    expect(await entry.getByTestId('entry-status').textContent()).toBe('Email sent');
    expect(await entry.getByTestId('entry-left').textContent()).toBe(
      'What is left: Wait for the vendor’s reply, then mark it confirmed',
    );
    await page.close();
    await tab.close();
  });
});

describe('the email method chosen on the options page', () => {
  const owner = { roles: { 'slack@https://acme.slack.com/': 'owner' } };
  /** The options page, with the signature saved through its form. */
  const optionsWithSignature = async () => {
    const options = await openOptions();
    await options.getByLabel('Your name').fill('Ana Ruiz');
    await options.getByLabel('Your organisation').fill('Acme Legal');
    await options.getByTestId('signature-save').click();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    return options;
  };

  it('changes the popup’s main button: the mail app, Gmail, Outlook, each with the same email and signature', async () => {
    await storage.set({ choices: owner });
    const options = await optionsWithSignature();
    const tab = await browser().open('https://acme.slack.com/archives/C0123');
    const seen: Record<string, ReturnType<typeof sentFields>> = {};
    for (const [method, label, origin] of [
      ['gmail', 'Gmail on the web', 'https://mail.google.com/'],
      ['outlook', 'Outlook on the web', 'https://outlook.office.com/'],
      ['mailto', 'Your default mail app', 'mailto:feedback@slack.com?'],
    ] as const) {
      await options.getByLabel(label).check();
      await expect.poll(async () => (await storage.get('tracker'))?.preferences?.emailMethod).toBe(method);
      const popup = await browser().openPopup(tab);
      const main = popup.getByTestId('optout-email');
      const href = (await main.getAttribute('href')) ?? '';
      expect(href.startsWith(origin), href).toBe(true);
      expect(await main.getAttribute('data-method')).toBe(method);
      seen[method] = sentFields(href);
      await popup.close();
    }
    expect(seen.gmail?.[0]).toBe('feedback@slack.com');
    expect(seen.gmail?.[1]).toBe('Slack global model opt-out request');
    expect(seen.gmail?.[2]).toContain('Workspace URL: https://acme.slack.com/');
    expect(seen.gmail?.[2]).toMatch(/Thank you\.\r\nAna Ruiz\r\nAcme Legal$/);
    expect(seen.outlook).toEqual(seen.gmail);
    expect(seen.mailto).toEqual(seen.gmail);
    await tab.close();
    await options.close();
  });

  it('signs a member’s note to their owner with the name and organisation saved here', async () => {
    await storage.set({ choices: { roles: { 'slack@https://acme.slack.com/': 'member' } } });
    const options = await optionsWithSignature();
    const tab = await browser().open('https://acme.slack.com/archives/C0123');
    const popup = await browser().openPopup(tab);
    const note = popup.getByTestId('owner-note');
    await note.waitFor();
    const [to, subject, body] = sentFields((await note.getByTestId('owner-note-email').getAttribute('href')) ?? '');
    expect([to, subject]).toEqual(['', 'Please opt our workspace out of Slack’s AI training']);
    expect(body).toMatch(/\r\nThanks\.\r\nAna Ruiz\r\nAcme Legal$/);
    await popup.close();
    await tab.close();
    await options.close();
  });
});
