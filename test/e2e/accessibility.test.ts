/**
 * The popup as keyboard and screen-reader users meet it, in the real toolbar
 * popup: axe-core finds nothing in light or dark mode, the way out is the
 * first Tab stop, Enter and Escape work, focus is visible, and the
 * accessibility tree says what changed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { axeInBothSchemes } from '../support/axe.ts';
import { registry } from '../support/vendors.ts';
import { serializeTracker } from '../../src/core/tracker.ts';
import { trackerWith } from '../support/tracker.ts';
import { setStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

const firstVendorUrl = (vendor: Vendor) => {
  const fixtures = JSON.parse(readFileSync(`test/fixtures/urls/${vendor.id}.json`, 'utf8')) as {
    url: string;
    vendor: string | null;
  }[];
  return fixtures.find((f) => f.vendor === vendor.id)?.url ?? '';
};
const byKind = (kind: string) => registry.vendors.find((v) => v.optOut.methods.some((m) => m.kind === kind));

const pages: [string, string][] = [
  ['a Slack workspace (email)', 'https://acme.slack.com/archives/C0123'],
  ['the Slack web client (workspace notice)', 'https://app.slack.com/client/T0123ABCD/C0456EFGH'],
  [`a settings link (${byKind('settings')?.id})`, firstVendorUrl(byKind('settings') as Vendor)],
  [`a form (${byKind('form')?.id})`, firstVendorUrl(byKind('form') as Vendor)],
  ['Grammarly (two settings links)', 'https://account.grammarly.com/'],
  ['a page of no known vendor', 'https://example.com/'],
];

describe.each(pages)('axe on the popup for %s', (_name, url) => {
  it('finds no violation, light or dark', async () => {
    const tab = await browser().open(url);
    const popup = await browser().openPopup(tab);
    expect(await axeInBothSchemes(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await tab.close();
  });
});

describe('axe on the popup that says what the user did (“You set … to opt out”)', () => {
  it('finds no violation, light or dark', async () => {
    const tracker = trackerWith('grammarly', undefined, {
      kind: 'control-seen',
      at: '2026-11-30T10:00:00.000Z',
      label: 'Product Improvement and Training',
      state: 'opted-out',
    });
    await setStored(browser().serviceWorker, { tracker: serializeTracker(tracker) });
    const tab = await browser().open('https://account.grammarly.com/');
    const popup = await browser().openPopup(tab);
    expect(await popup.getByTestId('seen').textContent()).toMatch(/Product Improvement and Training/);
    expect(await axeInBothSchemes(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await tab.close();
    await browser().serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.clear(),
    );
  });
});

describe('the Slack popup by keyboard alone', () => {
  let tab: Page;
  let popup: Page;
  const focused = () =>
    popup.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return {
        text: e?.textContent ?? '',
        tag: e?.tagName ?? '',
        outline: e ? getComputedStyle(e).outlineStyle : 'none',
      };
    });
  beforeAll(async () => {
    tab = await browser().open('https://acme.slack.com/archives/C0123');
    popup = await browser().openPopup(tab);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });
  afterAll(async () => {
    await popup.close();
    await tab.close();
  });

  it('reaches the role question first, past the footnotes; answering it takes focus to the opt-out email, with a visible focus ring', async () => {
    // Only owners can send Slack's opt-out email: the way out starts with the question whether the user is one.
    await popup.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Yes, I am', tag: 'BUTTON', outline: 'solid' });
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Email Slack to opt out');
    expect(await focused()).toEqual({ text: 'Email Slack to opt out', tag: 'A', outline: 'solid' });
  });

  it('activates the email link with Enter', async () => {
    // Keep the mail handler from opening: only whether Enter reached the link matters.
    await popup.evaluate(() =>
      document.querySelector('[data-testid=optout-email]')?.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
          document.body.dataset.emailActivated = 'yes';
        },
        { once: true },
      ),
    );
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.body.dataset.emailActivated)).toBe('yes');
  });

  it('copies with Tab, Enter, and the live region, in the accessibility tree, says so', async () => {
    expect(await popup.getByRole('status').count()).toBe(1);
    await popup.keyboard.press('Tab');
    expect((await focused()).tag).toBe('BUTTON');
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await popup.locator('body').ariaSnapshot()).toContain('- status: Copied');
  });

  it('opens the email preview with Enter and closes it with Escape, focus staying on it', async () => {
    for (let i = 0; i < 10 && (await focused()).tag !== 'SUMMARY'; i++) await popup.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Preview the email', outline: 'solid' });
    const open = () => popup.locator('.preview').evaluate((d) => (d as HTMLDetailsElement).open);
    await popup.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await open()).toBe(false);
    expect((await focused()).tag).toBe('SUMMARY');
  });
});
