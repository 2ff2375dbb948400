import { describe, expect, it } from 'vitest';
import { policyHeadline } from '../../src/core/summarize.ts';
import { prerenderPopup } from '../../src/popup/prerender.tsx';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

describe('prerendered vendor popups', () => {
  it.each(registry.vendors.map((v) => [v.id, v] as const))('%s: headline and actions in the HTML, nothing tab-specific', (_, vendor) => {
    const html = prerenderPopup(vendor, translate, 'en');
    const { headline } = policyHeadline(vendor);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe(translate(headline.key, headline.subs));
    expect(doc.querySelectorAll('.fact').length).toBe(vendor.training.length + (vendor.humanReview ? 1 : 0) + 1);
    // The email link gets its address only once the tab (and workspace) is known.
    const email = doc.querySelector('[data-testid="optout-email"]');
    if (vendor.optOut.methods.some((m) => m.kind === 'email')) expect(email?.hasAttribute('href')).toBe(false);
    expect(doc.querySelector('[data-testid="workspace"]')).toBeNull();
    expect(html).not.toContain('Open this from inside your workspace');
    expect(doc.querySelector('.chip')).toBeNull();
  });
});
