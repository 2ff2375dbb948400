/** The page NoTrain opens once, on install: it opens, says what it must, and passes axe in both themes. */
import { describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import { registry } from '../support/vendors.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

describe('the welcome page', () => {
  it('opens by itself when NoTrain is installed', async () => {
    const url = `chrome-extension://${browser().extensionId}/src/welcome/index.html`;
    const opened = () =>
      browser()
        .context.pages()
        .some((p) => p.url() === url);
    for (let i = 0; i < 50 && !opened(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(opened()).toBe(true);
  });

  it('explains each badge in words, what NoTrain reads and keeps, and what it does not cover', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/src/welcome/index.html`);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('NoTrain is ready');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const badges = await page.locator('.badges dt').allTextContents();
    expect(badges).toEqual(['ON', 'OFF', '✓', '?', 'none']);
    expect(await page.locator('.badges dd').count()).toBe(5);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(`the sites of the ${registry.vendors.length} tools it knows`);
    expect(text).toContain('Nothing leaves your browser');
    expect(text).toContain('Desktop and mobile apps, such as Slack’s');
    // Chrome granted the vendors' sites at install: no request for them.
    expect(await page.getByTestId('grant-access').count()).toBe(0);
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });
});
