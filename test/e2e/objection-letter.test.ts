/**
 * The objection letter in the real toolbar popup of the built extension: an
 * EU Facebook user reaches Meta's form with a complete text; a blank blocks
 * Copy and Send (announced as unavailable, with the reason) and Copy leaves
 * the clipboard untouched; filled in, the copied text has no blank; axe finds
 * nothing, light or dark.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sentFields } from '../support/sent-fields.ts';
import { vendor } from '../support/vendors.ts';
import { axeInBothSchemes } from '../support/axe.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();
const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => {});
});

/** The Meta popup with the region set the way a user sets it: the region choice above the routes. */
async function metaPopupIn(region: string): Promise<Page> {
  const tab = await browser().open('https://www.facebook.com/');
  const popup = await browser().openPopup(tab);
  open.push(popup, tab);
  await popup.getByTestId('region').selectOption(region);
  await popup.getByTestId('objection-letter').waitFor();
  return popup;
}

const clipboard = (popup: Page) => popup.evaluate(() => navigator.clipboard.readText());

describe('Meta, for a user in the EU', () => {
  const euForm = vendor('meta').optOut.methods.find((m) => m.kind === 'form' && m.regions?.includes('EU'));

  it('shows the objection form’s link and the GDPR objection text', async () => {
    if (euForm?.kind !== 'form') throw new Error('meta has no EU form any more: pick another record');
    const popup = await metaPopupIn('EU');
    const method = popup.locator('.method-form', { has: popup.getByTestId('objection-letter') });
    expect(await method.getByTestId('open-form').getAttribute('href')).toBe(euForm.url);
    expect(await method.getByRole('heading', { name: 'Objection text (GDPR Art. 21)' }).isVisible()).toBe(true);
    const text = (await popup.getByTestId('letter-text').textContent()) ?? '';
    expect(text).toContain('Under Article 21 of the General Data Protection Regulation (GDPR), I object');
    expect(text).toContain('Meta (Facebook and Instagram)');
    expect(await popup.getByTestId('objection-letter').count()).toBe(1);
  });

  it('a blank blocks Copy: unavailable with its reason, and the clipboard stays as it was', async () => {
    const popup = await metaPopupIn('EU');
    await popup.evaluate(() => navigator.clipboard.writeText('before'));
    const copy = popup.getByTestId('letter-copy');
    expect(await copy.isDisabled()).toBe(true);
    const reason = popup.getByTestId('letter-blocked');
    expect(await copy.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    expect(await reason.textContent()).toBe('Fill in every highlighted blank to copy or send the text.');
    // The accessibility tree says so: the button is named, disabled, and described by the reason.
    const snapshot = await popup.getByTestId('objection-letter').ariaSnapshot();
    expect(snapshot).toContain('button "Copy the text" [disabled]');
    // Still reachable by keyboard, so the reason is heard; Enter does nothing.
    await copy.focus();
    await popup.keyboard.press('Enter');
    await copy.click({ force: true });
    expect(await clipboard(popup)).toBe('before');
    expect(await popup.getByTestId('letter-blank').count()).toBe(4);
  });

  it('filled in, Copy is enabled and the copied text is complete, with no blank', async () => {
    const popup = await metaPopupIn('EU');
    await popup.getByLabel('Your full name').fill('Ada Lovelace');
    await popup.getByLabel('Email address of your Meta (Facebook and Instagram) account').fill('ada@example.com');
    expect(await popup.getByTestId('letter-copy').isDisabled()).toBe(true);
    await popup.getByLabel('Your Meta (Facebook and Instagram) profile URL or username').fill('facebook.com/ada');
    expect(await popup.getByTestId('letter-blocked').count()).toBe(0);
    expect(await popup.getByTestId('letter-copy').isDisabled()).toBe(false);
    await popup.getByTestId('letter-copy').click();
    await popup.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await clipboard(popup);
    expect(copied).toMatch(/^Dear Meta \(Facebook and Instagram\) privacy team,\r?\n/);
    expect(copied).toContain('Article 21 of the General Data Protection Regulation (GDPR)');
    expect(copied).toContain('Name: Ada Lovelace');
    expect(copied).toContain('Account email: ada@example.com');
    expect(copied).toContain('Account (profile URL or username): facebook.com/ada');
    expect(copied).not.toMatch(/blank:|\$[A-Z0-9]|[\uE000\uE001]|\[/);
    expect(copied.trimEnd().endsWith('Ada Lovelace')).toBe(true);
  });

  it('has no accessibility violation with the letter open, light or dark, blank or filled', async () => {
    const popup = await metaPopupIn('EU');
    await popup.getByLabel('Email address of your Meta (Facebook and Instagram) account').fill('not an address');
    expect(await axeInBothSchemes(popup)).toEqual({ light: [], dark: [] });
  });
});

describe('Discord, for a user in the UK', () => {
  it('offers the region choice (the right to object depends on it), and blocks the mail link until the letter is complete', async () => {
    const tab = await browser().open('https://discord.com/channels/@me');
    const popup = await browser().openPopup(tab);
    open.push(popup, tab);
    await popup.getByTestId('region').selectOption('UK');
    await popup.getByTestId('objection-letter').waitFor();
    expect(await popup.getByRole('heading', { name: 'Objection text (UK GDPR Art. 21)' }).isVisible()).toBe(true);
    const send = popup.getByTestId('letter-send');
    expect(await send.isDisabled()).toBe(true);
    expect(await send.getAttribute('href')).toBeNull();
    await popup.getByLabel('Your full name').fill('Ada Lovelace');
    await popup.getByLabel('Email address of your Discord account').fill('ada@example.com');
    await popup.getByLabel('Your Discord profile URL or username').fill('ada');
    const href = (await popup.getByRole('link', { name: 'Email it to Discord' }).getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.pathname).toBe('privacy@discord.com');
    const body = new URLSearchParams(url.search.replaceAll('+', '%2B')).get('body') ?? '';
    expect(body).toContain('Article 21 of the UK General Data Protection Regulation (UK GDPR)');
    expect(body).toContain('Name: Ada Lovelace');
    // Elsewhere, no letter: the plain opt-out email instead.
    await popup.getByTestId('region').selectOption('US');
    expect(await popup.getByTestId('objection-letter').count()).toBe(0);
    expect(await popup.getByTestId('optout-email').count()).toBe(1);
  });
});

describe('Discord: the letter’s Send follows the email method chosen on the options page', () => {
  it('opens the mail app, Gmail or Outlook, each with the same recipient, subject and complete letter', async () => {
    const seen: Record<string, ReturnType<typeof sentFields>> = {};
    for (const [emailMethod, label, start] of [
      ['mailto', 'Email it to Discord', 'mailto:privacy@discord.com?'],
      ['gmail', 'Email it to Discord in Gmail', 'https://mail.google.com/mail/?'],
      ['outlook', 'Email it to Discord in Outlook', 'https://outlook.office.com/mail/deeplink/compose?'],
    ] as const) {
      // As the options page stores the choice: the tracker's preferences.
      await browser().serviceWorker.evaluate(
        (preferences) =>
          (globalThis as any).chrome.storage.local.set({
            tracker: { version: 2, entries: {}, preferences, quarantine: [] },
          }),
        { emailMethod },
      );
      const tab = await browser().open('https://discord.com/channels/@me');
      const popup = await browser().openPopup(tab);
      open.push(popup, tab);
      await popup.getByTestId('region').selectOption('UK');
      await popup.getByTestId('objection-letter').waitFor();
      await popup.getByLabel('Your full name').fill('Ada Lovelace');
      await popup.getByLabel('Email address of your Discord account').fill('ada@example.com');
      await popup.getByLabel('Your Discord profile URL or username').fill('ada');
      const send = popup.getByRole('link', { name: label, exact: true });
      expect(await send.getAttribute('data-method')).toBe(emailMethod);
      const href = (await send.getAttribute('href')) ?? '';
      expect(href.startsWith(start), href).toBe(true);
      seen[emailMethod] = sentFields(href);
    }
    expect(seen.mailto?.[0]).toBe('privacy@discord.com');
    expect(seen.mailto?.[1]).toBe('Objection to the use of my personal data for AI training (Discord)');
    expect(seen.mailto?.[2]).toContain('Article 21 of the UK General Data Protection Regulation (UK GDPR)');
    expect(seen.mailto?.[2]).toContain('Name: Ada Lovelace');
    expect(seen.gmail).toEqual(seen.mailto);
    expect(seen.outlook).toEqual(seen.mailto);
  });
});
