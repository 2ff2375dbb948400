/**
 * An organisation's managed settings, read by the real browser: Firefox ESR with a managed-storage manifest for
 * NoTrain (what an IT department deploys, see the README's "Managed settings"), the Firefox build installed.
 * Chromium reads managed settings only from root-owned policy files, which a test cannot write without changing
 * the machine for every other browser on it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { type FirefoxHarness, goExtension, launchFirefox } from './firefox-harness.ts';

/** The extension's API, inside `evaluate` in one of NoTrain's pages. */
declare const browser: import('webextension-polyfill').Browser;

const POLICY = {
  senderOrganisation: 'Acme Corp IT',
  emailMethod: 'gmail',
  hiddenVendors: ['linkedin'],
  reminders: false,
};
const WORKSPACE = 'https://acme.slack.com/archives/C0123';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox({ managedStorage: POLICY });
}, 120_000);
afterAll(async () => {
  const unexpected = ff?.unexpectedRequests() ?? [];
  await ff?.close();
  expect(unexpected).toEqual([]);
});

describe('Firefox with an organisation’s managed settings', () => {
  it('reads the policy through storage.managed', async () => {
    expect(await ff.extension.evaluate(() => browser.storage.managed.get())).toEqual(POLICY);
  });

  it('opens the opt-out email in Gmail, signed with the organisation, as the policy says', async () => {
    await ff.open(WORKSPACE);
    const popup = await ff.popupFor(WORKSPACE);
    await popup.waitForSelector('[data-testid=role-owner]');
    await popup.click('[data-testid=role-owner]');
    const main = await popup.waitForSelector('[data-testid=optout-email][data-method=gmail]');
    const href = new URL((await main?.evaluate((a) => a.getAttribute('href'))) ?? '');
    expect(href.origin).toBe('https://mail.google.com');
    expect(href.searchParams.get('to')).toBe('feedback@slack.com');
    expect(href.searchParams.get('su')).toBe('Slack global model opt-out request');
    expect(href.searchParams.get('body')).toMatch(/\r\nAcme Corp IT$/);
    await popup.close();
  });

  it('shows the organisation’s settings on the options page, marked and not editable', async () => {
    const options: Page = await ff.browser.newPage();
    await goExtension(options, '/src/options/index.html', { rendered: true });
    const organisation = await options.waitForSelector('[data-testid=sender-organisation][disabled]');
    expect(await organisation?.evaluate((input) => (input as HTMLInputElement).value)).toBe('Acme Corp IT');
    expect(await options.$eval('[data-testid=email-method]', (set) => (set as HTMLFieldSetElement).disabled)).toBe(
      true,
    );
    const checked = await options.$eval('[data-testid=email-method] input:checked', (i) => i.value);
    expect(checked).toBe('gmail');
    const notes = await options.$$eval('.managed', (spans) => spans.map((s) => s.textContent));
    expect(notes.length).toBeGreaterThanOrEqual(2);
    await options.close();
  });

  it('gives a vendor the organisation hid no badge and no note on its settings page, and Slack its badge', async () => {
    const linkedin = settingsFixture('linkedin.html');
    const page = await ff.open(linkedin.url);
    // The settings script, were it allowed, marks the control within a second: wait longer than that, then look.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelector('[data-notrain]') !== null)).toBe(false);
    expect((await ff.badgeOf(linkedin.url)).text).toBe('');
    expect((await ff.badgeOf(WORKSPACE)).text).toBe('ON');
    await page.close();
  });

  it('leaves the hidden vendor’s entries off the options and audit pages, says so, and keeps them stored', async () => {
    const tracker = {
      version: 2,
      entries: {
        linkedin: {
          vendorId: 'linkedin',
          status: 'setting-changed',
          steps: [{ kind: 'control-seen', at: '2026-11-03T09:00:00.000Z', label: 'AI', state: 'opted-out' }],
        },
        'slack@https://acme.slack.com/': {
          vendorId: 'slack',
          workspace: { url: 'https://acme.slack.com/' },
          status: 'sent',
          steps: [{ kind: 'marked-sent', at: '2026-11-02T09:00:00.000Z' }],
        },
      },
      preferences: {},
      quarantine: [],
    };
    await ff.extension.evaluate((value) => browser.storage.local.set({ tracker: value }), tracker);
    const options: Page = await ff.browser.newPage();
    await goExtension(options, '/src/options/index.html', { rendered: true });
    const hidden = await options.waitForSelector('[data-testid=entries-hidden]');
    expect(await hidden?.evaluate((p) => p.textContent)).toContain('not listed here: 1.');
    expect(await options.$$eval('[data-testid=entry]', (li) => li.map((e) => e.getAttribute('data-key')))).toEqual([
      'slack@https://acme.slack.com/',
    ]);
    await options.close();
    const audit: Page = await ff.browser.newPage();
    await goExtension(audit, '/src/audit/index.html', { rendered: true });
    await audit.waitForSelector('[data-testid=audit-hidden]');
    const rows = await audit.$$eval('[data-testid=audit-row]', (r) => r.map((e) => e.getAttribute('data-key')));
    expect(rows).not.toContain('linkedin');
    await audit.close();
    const stored = await ff.extension.evaluate(() => browser.storage.local.get('tracker'));
    expect(Object.keys((stored['tracker'] as { entries: object }).entries)).toContain('linkedin');
  });
});
