/**
 * Every vendor's popup, as a screen reader lists its controls: each link and
 * button has a name of its own (links to one place may share one), so "Open
 * the setting" twice cannot leave the listener guessing which is which.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { locale } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

const accessibleName = (element: Element) =>
  (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each(registry.vendors.map((v) => [v.id, v] as const))('the %s popup', (_id, vendor) => {
  it('names every link and button uniquely', () => {
    const { container } = render(
      <LocaleContext.Provider value={locale}>
        <App match={{ vendor, page: 'workspace' }} copy={async () => {}} />
      </LocaleContext.Provider>,
    );
    const controls = [...container.querySelectorAll('a[href], button, summary')];
    expect(controls.map(accessibleName).every(Boolean), 'every control has a name').toBe(true);
    // One name, one purpose: footnote markers to the same source may share "Source 2"; two different settings pages may not.
    const targets = new Map<string, Set<string>>();
    controls.forEach((control, i) => {
      const name = accessibleName(control);
      targets.set(name, (targets.get(name) ?? new Set()).add(control.getAttribute('href') ?? `control ${i}`));
    });
    const ambiguous = [...targets].filter(([, where]) => where.size > 1).map(([name]) => name);
    expect(ambiguous).toEqual([]);
  });
});
