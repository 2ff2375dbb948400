/**
 * The popup in a browser whose language has a catalog of its own (German):
 * the prerendered vendor pages are English, so the tab gets the
 * script-rendered popup, which shows nothing until it renders in German; the
 * opt-out email stays in the vendor's language, English.
 */
import { describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { waitForMark } from './marks.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness({ language: 'de' });

describe('a Slack workspace, in a German browser', () => {
  it('opens the script-rendered popup, in German from its first frame, with the email in English', async () => {
    const tab = await browser().open('https://acme.slack.com/archives/C0123');
    const popup = await browser().openPopup(tab, {
      worker: browser().serviceWorker,
      popupUrl: `chrome-extension://${browser().extensionId}/src/popup/`,
    });
    await popup.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
    expect(new URL(popup.url()).pathname).toBe('/src/popup/index.html');
    // The page itself holds no text before the script renders: no frame in the wrong language.
    const served = await popup.evaluate(async () => (await fetch(location.href)).text());
    expect(served).toMatch(/<div id="root"><\/div>/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.locator('h1').textContent()).toBe(
      'Slack trainiert seine nicht-generativen KI-Modelle standardmäßig mit Ihren Inhalten.',
    );
    // Only owners can send Slack's opt-out email: the popup asks first, in German.
    expect(await popup.getByTestId('role-question').textContent()).toMatch(/Gehören Sie dazu\?/);
    await popup.getByTestId('role-owner').click();
    const link = popup.getByRole('link', { name: 'Slack per E-Mail widersprechen' });
    const href = decodeURIComponent((await link.getAttribute('href')) ?? '');
    expect(href).toContain('subject=Slack global model opt-out request');
    expect(href).toContain('Workspace URL: https://acme.slack.com/');
    expect(href).toContain('Hello,');
    // The record's prose stays English inside the German page, and says so to screen readers.
    const titleLangs = await popup
      .locator('.sources a')
      .evaluateAll((links) => links.map((a) => a.querySelector('span')?.closest('[lang]')?.getAttribute('lang')));
    expect(titleLangs.length).toBeGreaterThan(0);
    expect(new Set(titleLangs)).toEqual(new Set(['en']));
    expect(await browser().badgeOfActiveTab()).toEqual({
      text: 'AN',
      title: 'Slack trainiert seine nicht-generativen KI-Modelle standardmäßig mit Ihren Inhalten.',
    });
    await popup.close();
    await tab.close();
  });
});

describe('the opt-out email’s language, in a German browser', () => {
  const openSlackPopup = async (tab: Awaited<ReturnType<ReturnType<typeof browser>['open']>>) => {
    const popup = await browser().openPopup(tab, {
      worker: browser().serviceWorker,
      popupUrl: `chrome-extension://${browser().extensionId}/src/popup/`,
    });
    await popup.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
    return popup;
  };
  const mailto = async (popup: Awaited<ReturnType<typeof openSlackPopup>>) =>
    new URL((await popup.getByTestId('optout-email').getAttribute('href')) ?? '');
  const field = (url: URL, name: string) => new URLSearchParams(url.search.replace(/\+/g, '%2B')).get(name) ?? '';

  it('is English until the user picks German, then German, with Slack’s address and subject unchanged, and remembered', async () => {
    const tab = await browser().open('https://acme.slack.com/archives/C0123');
    const popup = await openSlackPopup(tab);
    if (await popup.getByTestId('role-owner').isVisible()) await popup.getByTestId('role-owner').click();
    const menu = popup.getByLabel('Sprache der E-Mail');
    expect(await menu.inputValue()).toBe('vendor');
    const english = await mailto(popup);
    expect(field(english, 'body')).toMatch(/^Hello,\r\n/);

    await menu.selectOption('ui');
    const german = await mailto(popup);
    expect(german.pathname).toBe('feedback@slack.com');
    expect(field(german, 'subject')).toBe('Slack global model opt-out request');
    expect(field(german, 'body')).toMatch(/^Guten Tag,\r\n/);
    expect(field(german, 'body')).toContain('Workspace-URL: https://acme.slack.com/');
    expect(await axeInBothSchemes(popup)).toEqual({ light: [], dark: [] });
    await popup.close();

    // The choice is Slack's from now on: the next popup drafts in German at once.
    const again = await openSlackPopup(tab);
    expect(await again.getByLabel('Sprache der E-Mail').inputValue()).toBe('ui');
    expect(field(await mailto(again), 'body')).toMatch(/^Guten Tag,\r\n/);
    await again.getByLabel('Sprache der E-Mail').selectOption('vendor');
    await again.close();
    await tab.close();
  });
});

describe('a settings page in a language whose label NoTrain does not know, in a German browser', () => {
  it('says so in German, with the record’s English label and path marked English', async () => {
    const page = await browser().open(settingsFixture('linkedin-de.html').url);
    const [notice] = await waitForMark(page, 'notice', 20_000);
    expect(notice?.lang).toBe('de');
    expect(notice?.status).toContain('Es kennt nur ihre englische Bezeichnung');
    expect(notice?.quoted).toEqual([
      { lang: 'en', text: 'Use my data for training content creation AI models' },
      { lang: 'en', text: 'Settings & Privacy › Data privacy › Data for Generative AI Improvement' },
    ]);
    await page.close();
  });
});

describe('the welcome page, in a German browser', () => {
  it('is in German, marked as German, and passes axe in both themes', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/src/welcome/index.html`);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('NoTrain ist bereit');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('.badges dt').allTextContents()).toEqual(['AN', 'AUS', '✓', '?', 'keins']);
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });
});
