/**
 * The popup's routes, links and confidence markers, on hand-made records that
 * use the schema's newer fields (regions, plans, workspace links, second-hand
 * sources), which the real records do not all use yet.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/core/classify-tab.ts';
import type { Place } from '../../src/core/regions.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { App } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { prerenderPopup } from '../../src/popup/prerender.tsx';
import { fakeVendor as fake, type Item, type Method, reported, said } from '../support/fake-vendor.ts';
import { locale, translate } from '../support/translate.ts';

afterEach(cleanup);

const fakeVendor = (methods: readonly Method[], trainingEvidence: readonly Item[] = [said]) =>
  fake([{ models: 'generative', usesCustomerData: 'yes', default: 'on', evidence: [...trainingEvidence] }], methods);

const euForm: Method = {
  kind: 'form',
  url: 'https://fake.example/eu-objection',
  regions: ['EU', 'EEA', 'UK'],
  evidence: [said],
};
const settings: Method = {
  kind: 'settings',
  url: 'https://fake.example/settings/privacy',
  workspaceUrl: 'https://{workspace-host}/admin/ai',
  path: ['Settings', 'Privacy', 'AI'],
  label: 'Improve the model',
  optOutState: 'off',
  evidence: [said],
};
const usEmail: Method = {
  kind: 'email',
  to: 'privacy@fake.example',
  mustInclude: [],
  regions: ['US'],
  plans: ['Enterprise'],
  evidence: [reported],
};

function renderPopup(vendor: Vendor, place?: Place, workspace?: Workspace) {
  const savePlace = vi.fn();
  render(
    <LocaleContext.Provider value={locale}>
      <App
        match={{ vendor, page: 'workspace', ...(workspace ? { workspace } : {}) }}
        copy={async () => {}}
        place={place}
        savePlace={savePlace}
      />
    </LocaleContext.Provider>,
  );
  return { savePlace };
}

/** The main actions of the routes shown first, in order, and those behind "Other regions". */
function routes() {
  const section = document.querySelector('.optout') as HTMLElement;
  const other = section.querySelector('[data-testid="other-regions"]');
  const names = (root: Element | null, inOther: boolean) =>
    [...(root?.querySelectorAll('.method') ?? [])]
      .filter((m) => (m.closest('[data-testid="other-regions"]') !== null) === inOther)
      .map((m) => m.querySelector('.button')?.textContent);
  return { lead: names(section, false), other: names(other, true) };
}

describe('the one-click settings link', () => {
  it('opens the settings page in a new tab, with the menu path as a fallback line under it', () => {
    renderPopup(fakeVendor([settings]));
    const link = screen.getByRole('link', { name: 'Open the setting' });
    expect(link.getAttribute('href')).toBe('https://fake.example/settings/privacy');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link.nextElementSibling?.textContent).toBe('Go to Settings › Privacy › AI.');
  });

  it('opens the workspace’s own page when the tab names the workspace', () => {
    renderPopup(fakeVendor([settings]), undefined, { scope: 'workspace', url: 'https://acme.fake.example/' });
    expect(screen.getByRole('link', { name: 'Open the setting' }).getAttribute('href')).toBe(
      'https://acme.fake.example/admin/ai',
    );
  });

  it('shows the menu path alone when no link is known', () => {
    const { url: _, ...pathOnly } = settings;
    renderPopup(fakeVendor([pathOnly]));
    expect(screen.queryByRole('link', { name: 'Open the setting' })).toBeNull();
    // The path is the record's English inside a translated sentence: one paragraph, the path in a span of its own.
    expect(
      screen.getByText(
        (_, element) => element?.textContent === 'Go to Settings › Privacy › AI.' && element.tagName === 'P',
      ),
    ).toBeTruthy();
  });
});

describe('routes by region', () => {
  const vendor = fakeVendor([usEmail, settings, euForm]);

  it('leads with the user’s region, then routes for everywhere, and keeps the others one click away', () => {
    renderPopup(vendor, 'UK');
    expect(routes()).toEqual({ lead: ['Open the opt-out form', 'Open the setting'], other: ['Email Fake to opt out'] });
    const other = screen.getByTestId<HTMLDetailsElement>('other-regions');
    expect(other.open).toBe(false);
    expect(within(other).getByText('Other regions (1)')).toBeTruthy();
    expect(within(other).getByText('In US only')).toBeTruthy();
    expect(
      within(other).getByText(
        (_, element) => element?.textContent === 'On Enterprise' && element.classList.contains('scope'),
      ),
    ).toBeTruthy();
    expect(screen.getByTestId<HTMLSelectElement>('region').value).toBe('UK');
    expect(screen.getByText(/^Showing routes for/)).toBeTruthy();
  });

  it('re-orders at once when the user picks another region, and remembers the choice', () => {
    const { savePlace } = renderPopup(vendor, 'UK');
    fireEvent.change(screen.getByTestId('region'), { target: { value: 'US' } });
    expect(routes()).toEqual({ lead: ['Email Fake to opt out', 'Open the setting'], other: ['Open the opt-out form'] });
    expect(savePlace).toHaveBeenCalledWith('US');
  });

  it('lists every route while the region is unknown, and asks for it', () => {
    renderPopup(vendor, undefined);
    expect(routes()).toEqual({
      lead: ['Open the setting', 'Email Fake to opt out', 'Open the opt-out form'],
      other: [],
    });
    const select = screen.getByTestId<HTMLSelectElement>('region');
    expect(select.value).toBe('');
    expect(select.options[0]?.textContent).toBe('Choose your region');
    expect([...select.options].map((o) => o.textContent)).toContain('Elsewhere');
  });

  it('never says "no opt-out" when another region has a route: it opens that region’s routes instead', () => {
    renderPopup(fakeVendor([euForm]), 'US');
    const text = document.querySelector('.optout')?.textContent ?? '';
    expect(text).not.toContain('offers no opt-out');
    expect(text).not.toContain('Delete your account.');
    expect(text).toContain('Fake lists no way out for your region. Other regions have one:');
    expect(screen.getByTestId<HTMLDetailsElement>('other-regions').open).toBe(true);
  });

  it('offers no region choice where nothing differs by region', () => {
    renderPopup(fakeVendor([settings]), 'UK');
    expect(screen.queryByTestId('region')).toBeNull();
    expect(screen.queryByTestId('other-regions')).toBeNull();
  });
});

describe('confidence the user can see', () => {
  it('marks confirmed claims and names who reported the others, and when', () => {
    renderPopup(fakeVendor([usEmail, settings]), 'US');
    const fact = screen.getByText('Generative AI').nextElementSibling as HTMLElement;
    expect(within(fact).getByText('Confirmed')).toBeTruthy();
    const email = document.querySelector('.method-email') as HTMLElement;
    expect(within(email).getByText('Reported by news.example, 3 Feb 2026')).toBeTruthy();
    const footnote = within(email).getByRole('link', { name: 'Source 2' });
    expect(footnote.getAttribute('href')).toBe('#source-2');
    expect(document.getElementById('source-2')?.textContent).toContain('A story');
  });

  it('says "Reported" in the headline when only second-hand sources back it', () => {
    renderPopup(fakeVendor([settings], [reported]));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Reported: Fake trains generative AI on your content by default.',
    );
    expect(screen.getByText('Generative AI').nextElementSibling?.textContent).toContain(
      'Reported by news.example, 3 Feb 2026',
    );
  });

  it('says "not verified" in the headline when only a low-confidence report backs it', () => {
    renderPopup(fakeVendor([settings], [{ ...reported, confidence: 'low' }]));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'We could not verify whether Fake trains AI models on your content.',
    );
    expect(screen.getByText('Generative AI').nextElementSibling?.textContent).toContain(
      'Unconfirmed: news.example, 3 Feb 2026',
    );
  });
});

describe('the prerendered page', () => {
  it('lists every route, with no region choice and no workspace link', () => {
    const html = prerenderPopup(fakeVendor([usEmail, { ...settings, url: undefined }, euForm]), translate, 'en');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('[data-testid="region"]')).toBeNull();
    expect(doc.querySelector('[data-testid="other-regions"]')).toBeNull();
    expect(doc.querySelectorAll('.method').length).toBe(3);
    expect(doc.querySelector('[data-testid="open-settings"]')).toBeNull();
  });
});
