/**
 * The Slack popup flow in Firefox: the Firefox build (dist/firefox) installed
 * in Debian's Firefox ESR, Slack's host names served from loopback, the popup
 * page the service worker set for the tab (see firefox-harness.ts for why it
 * is opened in a tab of its own).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootOrder } from './boot-order.ts';
import { EXTENSION_ORIGIN, type FirefoxHarness, goExtension, launchFirefox } from './firefox-harness.ts';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
}, 120_000);
afterAll(async () => {
  const unexpected = ff?.unexpectedRequests() ?? [];
  await ff?.close();
  // NoTrain makes no request of its own: only the pages the tests opened reached the server.
  expect(unexpected).toEqual([]);
});

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

const mailtoParts = (href: string) => {
  const url = new URL(href);
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  return {
    to: url.pathname,
    keys: [...params.keys()].sort(),
    subject: params.get('subject'),
    body: params.get('body') ?? '',
  };
};

const WORKSPACE = 'https://acme.slack.com/archives/C0123';

describe('Firefox: on a Slack workspace', () => {
  let popup: Page;
  beforeAll(async () => {
    await ff.open(WORKSPACE);
    popup = await ff.popupFor(WORKSPACE);
    // Only owners can send Slack's opt-out email: the popup asks first, and remembers the answer for this workspace.
    await popup.waitForSelector('[data-testid=role-owner]');
    await popup.click('[data-testid=role-owner]');
    await popup.waitForSelector('[data-testid=optout-email][href]');
  });

  it('paints the prerendered summary before it asks for the interactive popup', async () => {
    const { fcp, appRequested, rendered } = await popup.evaluate(bootOrder);
    expect(fcp).toBeGreaterThan(0);
    expect(appRequested).toBeGreaterThanOrEqual(fcp);
    expect(rendered).toBeGreaterThan(appRequested);
  });

  it('installs the Firefox build, whose background script marks the tab ON', async () => {
    expect(await ff.badgeOf(WORKSPACE)).toEqual({
      text: 'ON',
      title: 'Slack trains its non-generative AI models on your content by default.',
    });
  });

  it('gives the tab Slack’s prerendered popup, and shows this workspace’s summary in it', async () => {
    expect(await popup.evaluate(() => location.pathname)).toBe('/generated/popups/slack.html');
    expect(await text(popup, '.vendor-name')).toBe('Slack');
    expect(await text(popup, '[data-testid=workspace]')).toBe('Workspace acme.slack.com');
    expect(await text(popup, 'h1')).toBe('Slack trains its non-generative AI models on your content by default.');
  });

  it('has a mailto link to feedback@slack.com with the exact subject and this workspace’s URL', async () => {
    const href = await popup.$eval('[data-testid=optout-email]', (a) => a.getAttribute('href') ?? '');
    const parts = mailtoParts(href);
    expect(parts.to).toBe('feedback@slack.com');
    expect(parts.keys).toEqual(['body', 'subject']);
    expect(parts.subject).toBe('Slack global model opt-out request');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
  });

  it('copies the email, and says so in the live region', async () => {
    await popup.click('[data-testid=copy-email]');
    await popup.waitForFunction(() =>
      /Copied|Could not copy/.test(document.querySelector('[role=status]')?.textContent ?? ''),
    );
    expect(await text(popup, '[role=status]')).toBe('Copied');
  });

  it('by keyboard alone, once the user said they are an owner: the opt-out email is the first Tab stop, Enter opens the preview, Escape folds it', async () => {
    // A fresh popup: focus starts at the top of the page, as when the toolbar popup opens. The Copy above recorded a
    // draft, whose status line ("Mark as sent") would come first: this is the popup before any step.
    await ff.extension.evaluate(() => browser.storage.local.remove('tracker'));
    const fresh = await ff.popupFor(WORKSPACE);
    const focused = () =>
      fresh.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));
    await fresh.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'A', text: 'Email Slack to opt out' });
    await fresh.keyboard.press('Tab');
    expect((await focused()).tag).toBe('BUTTON');
    // Past the copy buttons for each field and the webmail links.
    for (let i = 0; i < 10 && (await focused()).tag !== 'SUMMARY'; i++) await fresh.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'SUMMARY', text: 'Preview the email' });
    const open = () => fresh.$eval('.preview', (d) => (d as HTMLDetailsElement).open);
    await fresh.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await fresh.keyboard.press('Escape');
    expect(await open()).toBe(false);
    await fresh.close();
  });

  afterAll(async () => {
    await popup.close();
  });
});

describe('Firefox: on a page of no known vendor', () => {
  it('shows the empty state and no badge', async () => {
    await ff.open('https://example.com/');
    const popup = await ff.popupFor('https://example.com/');
    expect(await text(popup, 'h1')).toBe('NoTrain has no record for this page');
    expect(await ff.badgeOf('https://example.com/')).toEqual({
      text: '',
      title: 'NoTrain: does this tool train AI on your data?',
    });
    await popup.close();
  });
});

describe('Firefox: when the user has not allowed NoTrain on the vendors’ sites', () => {
  const CLIENT = 'https://app.slack.com/client/T0123ABCD/C0456EFGH';
  it('explains, asks, and shows the summary once allowed', async () => {
    // All of them: Firefox also grants the content script's settings pages as origins of their own.
    const granted = await ff.extension.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
    expect(await ff.extension.evaluate((o) => browser.permissions.remove({ origins: o }), granted)).toBe(true);
    const origins: string[] = await ff.extension.evaluate(() => browser.runtime.getManifest().host_permissions ?? []);
    await ff.open(CLIENT);
    const tabId = ff.tabId(CLIENT);
    // Without the permission the browser hides the tab's URL from NoTrain.
    expect(await ff.extension.evaluate(async (id) => (await browser.tabs.get(id)).url, tabId)).toBeUndefined();
    const popup = await ff.browser.newPage();
    await goExtension(popup, `/src/popup/index.html?tab=${tabId}`, { rendered: true });
    expect(await text(popup, 'h1')).toBe('NoTrain cannot see which site this is');
    // A real click: the browser only asks for permissions in a user gesture.
    await popup.click('[data-testid=grant-access]');
    await popup.waitForFunction(
      () => document.querySelector('h1')?.textContent !== 'NoTrain cannot see which site this is',
      { timeout: 10_000 },
    );
    await popup.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
    expect(await text(popup, '[data-testid=workspace]')).toBe('Workspace Team ID T0123ABCD · Acme Inc');
    expect(await ff.extension.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(true);
    await popup.close();
  });
});

describe('Firefox: the options page', () => {
  it('is the add-on’s options page, lists a recorded workspace, and saves the email method', async () => {
    // Firefox resolves the page to a full moz-extension: URL and adds its own `browser_style: false`.
    expect(await ff.extension.evaluate(() => browser.runtime.getManifest().options_ui)).toMatchObject({
      page: `${EXTENSION_ORIGIN}/src/options/index.html`,
      open_in_tab: true,
    });
    const at = '2026-11-01T09:00:00.000Z';
    await ff.extension.evaluate(
      (when) =>
        browser.storage.local.set({
          tracker: {
            version: 2,
            entries: {
              'slack@https://acme.slack.com/': {
                vendorId: 'slack',
                workspace: { url: 'https://acme.slack.com/', name: 'Acme' },
                status: 'drafted',
                steps: [{ kind: 'email-drafted', at: when }],
              },
            },
            preferences: {},
            quarantine: [],
          },
        }),
      at,
    );
    const page = await ff.browser.newPage();
    await goExtension(page, '/src/options/index.html', { rendered: true });
    expect(await text(page, 'h1')).toBe('NoTrain: your opt-outs and preferences');
    expect(await text(page, '[data-testid=entry-status]')).toBe('Email drafted');
    await page.click('[data-testid=email-method-outlook]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=preferences-status]')?.textContent === 'Saved',
    );
    const stored = await ff.extension.evaluate(async () => (await browser.storage.local.get('tracker')).tracker);
    expect((stored as { preferences: { emailMethod: string } }).preferences.emailMethod).toBe('outlook');
    await page.close();
  });
});

declare const browser: import('webextension-polyfill').Browser;
