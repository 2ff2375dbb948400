/**
 * The popup's one-click settings link and its region choice, in the real
 * toolbar popup: the link opens the vendor's settings page in a new tab, and
 * a region picked in one popup still leads the routes in the next.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { vendor } from '../support/vendors.ts';
import { type Harness, launch } from './harness.ts';

let browser: Harness;
/** Pages the popup itself opened, which reach the loopback server as any page does. */
const openedByPopup: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  const unexpected = browser.unexpectedRequests().filter((request) => !openedByPopup.includes(request));
  await browser.close();
  expect(unexpected).toEqual([]);
});

/** A URL of the vendor's own, from its fixtures. */
function vendorUrl(record: Vendor): string {
  const fixtures = JSON.parse(readFileSync(`test/fixtures/urls/${record.id}.json`, 'utf8')) as {
    url: string;
    vendor: string | null;
  }[];
  const hit = fixtures.find((f) => f.vendor === record.id);
  if (!hit) throw new Error(`${record.id} has no URL fixture`);
  return hit.url;
}

describe('the settings link', () => {
  const grammarly = vendor('grammarly');
  const settings = grammarly.optOut.methods.find((m) => m.kind === 'settings' && m.url);

  it('opens the vendor’s settings page in a new tab, in one click', async () => {
    if (settings?.kind !== 'settings' || !settings.url)
      throw new Error('grammarly has no settings link any more: pick another record');
    const tab = await browser.open(vendorUrl(grammarly));
    const popup = await browser.openPopup(tab);
    const link = popup.getByTestId('open-settings').first();
    expect(await link.getAttribute('href')).toBe(settings.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noreferrer noopener');
    // The menu path, where the record has one, stays under the button for when the link moves.
    if (settings.path.length)
      expect(await popup.locator('.method-settings').first().textContent()).toContain(
        `Go to ${settings.path.join(' › ')}.`,
      );

    const { host, pathname } = new URL(settings.url);
    openedByPopup.push(`${host}${pathname}`);
    // The popup closes as the new tab takes focus, so the click's own promise may see it gone; the new tab is the proof.
    const [page] = await Promise.all([browser.context.waitForEvent('page'), link.click().catch(() => undefined)]);
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe(settings.url);
    expect(grammarly.domains.some((d) => host === d || host.endsWith(`.${d}`))).toBe(true);
    await page.close();
    await tab.close();
  });
});

describe('the region choice', () => {
  const meta = vendor('meta');
  const formFor = (region: string) =>
    meta.optOut.methods.find((m) => m.kind === 'form' && m.regions?.includes(region as never));
  /** The main actions' links in the order shown, and those behind "Other regions". */
  const routes = (popup: Awaited<ReturnType<Harness['openPopup']>>) =>
    popup.evaluate(() => {
      const hrefs = (inOther: boolean) =>
        [...document.querySelectorAll('.optout .method')]
          .filter((m) => (m.closest('[data-testid="other-regions"]') !== null) === inOther)
          .map((m) => m.querySelector('a.button')?.getAttribute('href'));
      return { lead: hrefs(false), other: hrefs(true) };
    });

  it('is remembered across popup opens, and its routes lead', async () => {
    const eu = formFor('UK');
    const br = formFor('BR');
    if (eu?.kind !== 'form' || br?.kind !== 'form')
      throw new Error('meta no longer has regional forms: pick another record');
    const tab = await browser.open(vendorUrl(meta));

    const first = await browser.openPopup(tab);
    const select = first.getByTestId('region');
    // Whatever the browser's language hinted, pick Brazil, then the UK.
    await select.selectOption('BR');
    expect(await routes(first)).toEqual({ lead: [br.url], other: [eu.url] });
    await select.selectOption('UK');
    expect(await routes(first)).toEqual({ lead: [eu.url], other: [br.url] });
    await first.close();

    const again = await browser.openPopup(tab);
    expect(await again.getByTestId('region').inputValue()).toBe('UK');
    expect(await again.getByText('Showing routes for').count()).toBe(1);
    expect(await routes(again)).toEqual({ lead: [eu.url], other: [br.url] });
    expect(await again.getByTestId('other-regions').getAttribute('open')).toBeNull();

    // Somewhere with no route of its own: said so, the others open, never "no opt-out".
    await again.getByTestId('region').selectOption('US');
    const text = (await again.locator('.optout').textContent()) ?? '';
    expect(text).toContain(`${meta.name} lists no way out for your region.`);
    expect(text).not.toContain('offers no opt-out');
    expect(await again.getByTestId('other-regions').getAttribute('open')).not.toBeNull();
    await again.close();
    await tab.close();
  });
});
