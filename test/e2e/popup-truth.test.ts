/**
 * What the popup says is right for the person looking at it, in the real
 * browser with the built extension: their plan, their role, their workspace,
 * what they already did, and the summary and action within Chrome's 600 px.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRoute } from './harness.ts';
import { serializeTracker, type Tracker } from '../../src/core/tracker.ts';
import { trackerWith } from '../support/tracker.ts';
import { clearStored, setStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

const CLIENT = 'https://app.slack.com/client/TACME0001/C0456EFGH';
const browser = useHarness({
  route: (host, path, search) => {
    // acme.slack.com sends a signed-in user on to its team's web client from its page;
    // redirect.slack.com does it with an HTTP redirect, which the worker cannot see.
    if (host === 'acme.slack.com' && path === '/') return 'slack-workspace-redirect.html';
    if (host === 'redirect.slack.com') return `redirect:https://app.slack.com/client/TREDIR001/C1`;
    return defaultRoute(host, path, search);
  },
});

const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => {});
});

async function popupFor(url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser().open(url);
  const popup = await browser().openPopup(tab);
  open.push(popup, tab);
  return { tab, popup };
}

const mailtoParts = (href: string) => {
  const url = new URL(href);
  const params = Object.fromEntries(
    url.search
      .slice(1)
      .split('&')
      .map((p) => p.split('=').map(decodeURIComponent)),
  );
  return { to: url.pathname, ...params } as Record<string, string>;
};

/** Stores what the user did, as the worker would have after a settings page reported it (or clears it). */
const storeTracker = (tracker: Tracker | undefined) =>
  tracker
    ? setStored(browser().serviceWorker, { tracker: serializeTracker(tracker) })
    : clearStored(browser().serviceWorker);

/** The bottom edge, in CSS pixels from the top of the popup's page (not of its scrolled view), of the last of these elements. */
const bottomOf = (popup: Page, selectors: string[]) =>
  popup.evaluate(
    (list) =>
      Math.max(
        ...list.map(
          (s) =>
            (document.querySelector(s)?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY) + window.scrollY,
        ),
      ),
    selectors,
  );

describe('plan-aware verdicts: GitHub Copilot', () => {
  it('says "Depends on your plan" until the user picks one; Business is not red, and a consumer plan is', async () => {
    const { tab, popup } = await popupFor('https://github.com/copilot');
    expect(await popup.locator('h1').textContent()).toMatch(/^Depends on your plan/);
    expect(await browser().badgeOfActiveTab()).toMatchObject({ text: 'PLAN' });

    await popup.locator('[data-plan="copilot-business"]').click();
    expect(await popup.locator('h1').textContent()).toBe(
      'GitHub Copilot says it does not train AI models on your content.',
    );
    expect(await popup.locator('main').getAttribute('data-tone')).toBe('no-training');
    expect(await popup.locator('h1').evaluate((h) => getComputedStyle(h).color)).not.toBe('rgb(179, 38, 30)');
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).toBe('✓');

    // Remembered: the next popup opens on the chosen plan.
    await popup.close();
    const again = await browser().openPopup(tab);
    open.push(again);
    expect(await again.getByTestId('plan').textContent()).toMatch(/^Your plan: Copilot Business/);

    await again.getByTestId('plan-change').click();
    await again.locator('[data-plan="copilot-pro"]').click();
    expect(await again.locator('h1').textContent()).toBe(
      'GitHub Copilot trains generative AI on your content by default.',
    );
    expect(await again.locator('h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(179, 38, 30)');
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).toBe('ON');
  });
});

describe('role-aware Slack flow', () => {
  it('gives a member the note to their owner and no draft that claims ownership', async () => {
    const { popup } = await popupFor('https://beta.slack.com/archives/C0123');
    expect(await popup.getByTestId('role-question').isVisible()).toBe(true);
    expect(await popup.getByTestId('optout-email').count()).toBe(0);
    await popup.getByTestId('role-member').click();
    const note = popup.getByTestId('owner-note');
    await note.waitFor();
    expect(await popup.getByTestId('optout-email').count()).toBe(0);
    const parts = mailtoParts((await note.getByTestId('owner-note-email').getAttribute('href')) ?? '');
    expect(parts.to).toBe('');
    expect(parts.body).toMatch(/^Hi,\r\n\r\nSlack trains its non-generative AI models/);
    expect(parts.body).toContain('To opt out, an owner sends this email to feedback@slack.com:');
    expect(parts.body).toContain('Workspace URL: https://beta.slack.com/');
    // The only "As an owner" is in the email quoted for the owner to send.
    expect(parts.body?.indexOf('As an owner')).toBeGreaterThan(parts.body?.indexOf('an owner sends this email') ?? 0);
    await note.getByTestId('owner-note-copy').click();
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toContain('To opt out, an owner sends this email');
  });

  it('fills https://acme.slack.com/ for an owner on app.slack.com/client/T… after arriving from acme.slack.com', async () => {
    browser().expectPage(CLIENT);
    const { tab, popup } = await popupFor('https://acme.slack.com/');
    expect(tab.url()).toBe(CLIENT);
    await popup.getByTestId('role-owner').click();
    expect(await popup.getByTestId('workspace').textContent()).toBe('Workspace acme.slack.com · Acme Inc');
    const parts = mailtoParts(
      (await popup.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href')) ?? '',
    );
    expect(parts.to).toBe('feedback@slack.com');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(await popup.getByTestId('workspace-url').count()).toBe(0);
    const stored = await browser().serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return (await c.storage.local.get('choices')).choices as { teamHosts: Record<string, string> };
    });
    expect(stored.teamHosts).toEqual({ TACME0001: 'acme.slack.com' });
  });

  it('offers a field for the workspace URL on a team it has not seen (an HTTP redirect hides the address), and remembers what the user types', async () => {
    browser().expectPage('https://app.slack.com/client/TREDIR001/C1');
    const { tab, popup } = await popupFor('https://redirect.slack.com/');
    expect(tab.url()).toBe('https://app.slack.com/client/TREDIR001/C1');
    await popup.getByTestId('role-owner').click();
    await popup.getByTestId('workspace-url').fill('acme.slack.com.evil.example');
    await popup.getByTestId('workspace-url-save').click();
    expect(await popup.getByRole('alert').textContent()).toMatch(/^Type the address of a Slack workspace/);
    await popup.getByTestId('workspace-url').fill('redirect.slack.com');
    await popup.getByTestId('workspace-url-save').click();
    const parts = mailtoParts(
      (await popup.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href')) ?? '',
    );
    expect(parts.body).toContain('Workspace URL: https://redirect.slack.com/');
    // The answer to the role question stays with the workspace once its address is known.
    expect(await popup.getByTestId('role-line').textContent()).toMatch(/^You said you are one of/);
  });
});

describe('what the user did', () => {
  it('reads a partial opt-out as partial, in the popup and the badge', async () => {
    await storeTracker(
      trackerWith('linkedin', undefined, {
        kind: 'control-seen',
        at: '2026-11-30T10:00:00.000Z',
        label: 'Use my data for training content creation AI models',
        state: 'opted-out',
      }),
    );
    const { popup } = await popupFor('https://www.linkedin.com/feed/');
    expect(await popup.locator('h1').textContent()).toBe('Off for generative AI; other AI models still on by default.');
    expect(await browser().badgeOfActiveTab()).toEqual({
      text: 'PART',
      title: 'LinkedIn: off for generative AI; other AI models still on by default.',
    });
    await storeTracker(undefined);
  });
});

describe('summary first, within Chrome’s 600 px popup', () => {
  it.each([
    ['Slack (owner)', 'https://gamma.slack.com/archives/C1', 'owner'],
    ['Slack (member)', 'https://delta.slack.com/archives/C1', 'member'],
    ['Slack client, address unknown (owner)', 'https://app.slack.com/client/TFOLD0001/C1', 'owner'],
    ['LinkedIn', 'https://www.linkedin.com/feed/', undefined],
  ] as const)(
    '%s: headline, plan, action and its rule end above 600 px; sources and policy changes are folded',
    async (_, url, role) => {
      const { popup } = await popupFor(url);
      if (role) {
        // Before the answer: the question, with the rule in it, is the action.
        expect(await bottomOf(popup, ['h1', '[data-testid="role-question"]'])).toBeLessThanOrEqual(600);
        await popup.getByTestId(`role-${role}`).click();
      }
      const action = role === 'member' ? '[data-testid="owner-note-email"]' : '.optout .method .button.primary';
      if (role === 'member') await popup.locator(action).waitFor();
      const bottom = await bottomOf(popup, ['h1', '.facts', action]);
      expect(bottom).toBeLessThanOrEqual(600);
      expect(await popup.getByTestId('sources').getAttribute('open')).toBeNull();
      expect(await popup.getByTestId('sources').locator('summary').textContent()).toMatch(/^Sources \(\d+\)$/);
    },
  );
});

describe('no way out', () => {
  it('shows Zendesk without "Who can opt out"', async () => {
    const { popup } = await popupFor('https://acme.zendesk.com/agent/');
    const labels = await popup.locator('.fact dt').allTextContents();
    expect(labels.some((l) => l.startsWith('Who can opt out'))).toBe(false);
    expect(await popup.getByTestId('no-route').textContent()).toMatch(
      /^NoTrain found no documented way to opt out of Zendesk’s AI training\./,
    );
  });
});

describe('the default popup on a vendor tab', () => {
  it('loads the vendor popup when the tab’s popup is still the default one', async () => {
    const tab = await browser().open('https://acme.zendesk.com/agent/');
    open.push(tab);
    await browser().serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      await c.action.setPopup({ tabId: active?.id ?? -1, popup: 'src/popup/index.html' });
    });
    const popup = await browser().openPopup(tab);
    open.push(popup);
    expect(new URL(popup.url()).pathname).toBe('/src/popup/index.html');
    expect(await popup.locator('main').getAttribute('data-vendor')).toBe('zendesk');
  });
});

describe('the empty state', () => {
  it('says NoTrain has no record (not that the page is safe), and opens any record from its search', async () => {
    const { popup } = await popupFor('https://example.com/');
    expect(await popup.locator('h1').textContent()).toBe('NoTrain has no record for this page');
    expect(await popup.getByTestId('vendor-list').locator('li').count()).toBe(41);
    await popup.getByTestId('vendor-search').fill('zendesk');
    await popup.getByRole('button', { name: 'Zendesk' }).click();
    await popup.waitForFunction(
      () =>
        document.querySelector('main')?.getAttribute('data-vendor') === 'zendesk' &&
        document.querySelector('[data-testid="back"]'),
    );
    expect(await popup.locator('h1').textContent()).toMatch(/Zendesk/);
  });
});
