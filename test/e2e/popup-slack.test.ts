/**
 * The whole Slack path in a real browser: the built extension, Slack's real
 * host names served from loopback, the real toolbar popup bound to the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootOrder } from './boot-order.ts';
import type { Page } from 'playwright-core';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

const mailtoParts = (href: string) => {
  const url = new URL(href);
  const params = Object.fromEntries(
    url.search
      .slice(1)
      .split('&')
      .map((p) => p.split('=').map(decodeURIComponent)),
  );
  return { to: url.pathname, keys: Object.keys(params).sort(), ...params } as Record<string, string> & {
    keys: string[];
  };
};

async function popupFor(url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser().open(url);
  const popup = await browser().openPopup(tab);
  return { tab, popup };
}

describe('on a Slack workspace (acme.slack.com)', () => {
  let popup: Page;
  let tab: Page;
  beforeAll(async () => {
    ({ tab, popup } = await popupFor('https://acme.slack.com/archives/C0123'));
  });

  it('asks whether the user is an owner before offering the email, with the rule', async () => {
    expect(await popup.getByTestId('role-question').textContent()).toMatch(
      /^Only Org Owners, Workspace Owners,? or the Primary Owner can opt this workspace out/,
    );
    expect(await popup.getByRole('link', { name: 'Email Slack to opt out' }).count()).toBe(0);
    await popup.getByTestId('role-owner').click();
    expect(await popup.locator('.optout .rule').first().textContent()).toMatch(/can make this request\.$/);
  });
  afterAll(async () => {
    await popup.close().catch(() => {});
    await tab.close();
  });

  it('paints the prerendered summary before it asks for the interactive popup', async () => {
    const { fcp, appRequested, rendered } = await popup.evaluate(bootOrder);
    expect(fcp).toBeGreaterThan(0);
    expect(appRequested).toBeGreaterThanOrEqual(fcp);
    expect(rendered).toBeGreaterThan(appRequested);
  });

  it('shows the summary for this workspace', async () => {
    expect(await popup.locator('.vendor-name').textContent()).toBe('Slack');
    expect(await popup.getByTestId('workspace').textContent()).toBe('Workspace acme.slack.com');
    expect(await popup.locator('h1').textContent()).toBe(
      'Slack trains its non-generative AI models on your content by default.',
    );
    const facts = await popup.locator('.fact').allTextContents();
    expect(facts[0]).toMatch(/^Generative AINot trained on your content/);
    expect(facts[1]).toMatch(/^Other AI models \(non-generative\)Trained on your content, on by default/);
    expect(facts[2]).toMatch(/^Who can opt outOrg Owners, Workspace Owners,? or the Primary Owner/);
  });

  it('has a mailto link to feedback@slack.com with the exact subject and this workspace’s URL', async () => {
    const link = popup.getByRole('link', { name: 'Email Slack to opt out' });
    const parts = mailtoParts((await link.getAttribute('href')) ?? '');
    expect(parts.to).toBe('feedback@slack.com');
    expect(parts.keys).toEqual(['body', 'subject']);
    expect(parts.subject).toBe('Slack global model opt-out request');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(parts.body).toContain('opt it out of Slack global models');
    // Keyboard users reach it.
    await link.focus();
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Email Slack to opt out');
  });

  it('copies the email to the clipboard', async () => {
    await popup.getByRole('button', { name: 'Copy all: the address, subject and body of the email' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: /Copied|Could not copy/ })
      .waitFor();
    const status = await popup.getByRole('status').textContent();
    expect(status).toBe('Copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^To: feedback@slack\.com\nSubject: Slack global model opt-out request\n\n/,
    );
  });

  it('links each source with the date it was verified', async () => {
    const sources = popup.locator('.sources li');
    expect(await sources.count()).toBeGreaterThanOrEqual(3);
    expect(await sources.first().locator('a').getAttribute('href')).toBe('https://slack.com/trust/ai-principles');
    expect(await sources.first().textContent()).toMatch(/verified \w+ \d{1,2}, \d{4}|verified \d{1,2} \w+ \d{4}/);
  });

  it('makes no network request of its own', () => {
    // Only the pages the test itself opened reached the server (plus the browser's favicon probe).
    const ours = browser().serverRequests.filter((r) => !r.endsWith('/favicon.ico'));
    expect(ours).toEqual(['acme.slack.com/archives/C0123']);
  });

  it('marks the tab’s toolbar button ON', async () => {
    expect(await browser().badgeOfActiveTab()).toEqual({
      text: 'ON',
      title: 'Slack trains its non-generative AI models on your content by default.',
    });
  });
});

describe('in the Slack web client (app.slack.com/client/<TEAM_ID>)', () => {
  it('names the team ID and the workspace name from the title', async () => {
    const { tab, popup } = await popupFor('https://app.slack.com/client/T0123ABCD/C0456EFGH');
    await popup.getByTestId('role-owner').click();
    expect(await popup.getByTestId('workspace').textContent()).toBe('Workspace Team ID T0123ABCD · Acme Inc');
    // No email without the workspace URL Slack asks for: the buttons say why, and the field asks for it.
    expect(await popup.getByRole('link', { name: 'Email Slack to opt out' }).count()).toBe(0);
    const reason = popup.getByTestId('needs-url');
    expect(await reason.textContent()).toMatch(/Slack needs the workspace URL in this email: type it above/);
    for (const id of ['optout-email', 'copy-email']) {
      expect(await popup.getByTestId(id).isDisabled(), id).toBe(true);
      expect(await popup.getByTestId(id).getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    }
    await popup.getByTestId('workspace-url').fill('acme');
    await popup.getByTestId('workspace-url-save').click();
    const parts = mailtoParts(
      (await popup.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href')) ?? '',
    );
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(parts.body).toContain('Team ID: T0123ABCD');
    expect(parts.body).toContain('Workspace name: Acme Inc');
    await popup.close();
    await tab.close();
  });
});

describe('on a page of no known vendor', () => {
  it.each(['https://example.com/', 'https://app.slack.com.evil.example/client/T0123ABCD', 'https://notslack.com/'])(
    'shows the empty state on %s and no badge',
    async (url) => {
      const { tab, popup } = await popupFor(url);
      expect(await popup.locator('h1').textContent()).toBe('NoTrain has no record for this page');
      // No link out: only the audit page, a page of NoTrain's own.
      expect(await popup.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        '/src/audit/index.html',
      ]);
      expect(await browser().badgeOfActiveTab()).toEqual({
        text: '',
        title: 'NoTrain: does this tool train AI on your data?',
      });
      await popup.close();
      await tab.close();
    },
  );
});
