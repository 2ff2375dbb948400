import { describe, expect, it } from 'vitest';
import { viewHeadline } from '../../src/core/summarize.ts';
import { prerenderPopup } from '../../src/popup/prerender.tsx';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

describe('prerendered vendor popups', () => {
  it.each(registry.vendors.map((v) => [v.id, v] as const))(
    '%s: headline and actions in the HTML, nothing tab-specific',
    (_, vendor) => {
      const html = prerenderPopup(vendor, translate, 'en');
      const { headline } = viewHeadline(vendor, undefined);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelector('h1')?.textContent).toBe(translate(headline.key, headline.subs));
      // "Who can opt out" only where a way out exists.
      const routes = vendor.optOut.methods.length > 0 && !vendor.optOut.who.includes('nobody');
      expect(doc.querySelectorAll('.fact').length).toBe(
        vendor.training.length + (vendor.humanReview ? 1 : 0) + (routes ? 1 : 0),
      );
      // The action is in the first paint: a route's button, the role question where only owners can act, or why there is none.
      const action = doc.querySelector('.optout .method, [data-testid="role-question"], [data-testid="no-route"]');
      expect(action).not.toBeNull();
      expect(doc.querySelector('[data-testid="sources"]')?.hasAttribute('open')).toBe(false);
      // The email link gets its address only once the tab (and workspace) is known.
      const email = doc.querySelector('[data-testid="optout-email"]');
      if (email) expect(email.hasAttribute('href')).toBe(false);
      expect(doc.querySelector('[data-testid="workspace"]')).toBeNull();
      expect(html).not.toContain('Open this from inside your workspace');
      expect(doc.querySelector('.chip')).toBeNull();
    },
  );
});
