// @vitest-environment happy-dom
/**
 * The joined pieces on a settings page, for a vendor the user muted: no mark
 * and no notice, but the control is still found, watched and reported, so
 * the tracker records what the user does with it (mute only silences).
 * Geometry (isUsable) and the extension's messaging are replaced: happy-dom
 * lays nothing out, and there is no worker.
 */
import entries from 'virtual:notrain/vendor-controls';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsVendor } from '../../src/core/settings-page.ts';

const sent = vi.hoisted(() => [] as { label: string; state: string }[]);
vi.mock('../../src/content/usable.ts', () => ({
  isUsable: () => true,
  whenLaidOut: (work: () => void) => setTimeout(work, 0),
}));
vi.mock('../../src/platform/messages.ts', () => ({
  reportControl: (message: { label: string; state: string }) => {
    sent.push({ label: message.label, state: message.state });
    return Promise.resolve(true);
  },
}));
// A browser language without a catalog of its own: the script reads the bundled English one.
vi.mock('../../src/platform/i18n.ts', () => ({ translate: () => '', uiLanguage: () => 'xx' }));
vi.mock('../../src/platform/dismissed.ts', () => ({
  wasDismissed: () => Promise.resolve(false),
  rememberDismissed: () => Promise.resolve(),
}));
const { markControls } = await import('../../src/content/mark-controls.ts');

const linkedin = (entries as readonly SettingsVendor[]).find((v) => v.id === 'linkedin');
if (!linkedin?.controls[0]) throw new Error('linkedin has no settings control any more: pick another record');
const spec = linkedin.controls[0];

let page: AbortController;
beforeEach(() => {
  sent.length = 0;
  page = new AbortController();
  const html = `<div><span id="l">${spec.label}</span><button role="switch" aria-checked="true" aria-labelledby="l" data-fixture="target"></button></div>`;
  document.body.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
});
afterEach(() => {
  page.abort();
  document.body.replaceChildren();
});

const target = () => document.querySelector('[data-fixture="target"]') as Element;
const notes = () => document.querySelectorAll('[data-notrain]').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** The switch turned to the record's opting-out state. */
const optOut = () => target().setAttribute('aria-checked', spec.optOutState === 'on' ? 'true' : 'false');
const training = spec.optOutState === 'on' ? 'opted-out' : 'training';

describe('markControls for a muted vendor (unseen)', () => {
  it('shows nothing, yet reports the control’s state and each change of it', async () => {
    markControls(linkedin, page.signal, { unseen: true });
    await vi.waitFor(() => expect(sent).toEqual([{ label: spec.label, state: training }]));
    expect(notes()).toBe(0);
    optOut();
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ label: spec.label, state: 'opted-out' }));
    expect(notes()).toBe(0);
  });

  it('never says the control is missing', async () => {
    document.body.replaceChildren();
    markControls(linkedin, page.signal, { unseen: true });
    await settle();
    expect(notes()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('not muted, the same page gets its mark, and the same reports', async () => {
    markControls(linkedin, page.signal);
    await vi.waitFor(() => expect(notes()).toBe(1));
    optOut();
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ label: spec.label, state: 'opted-out' }));
  });
});
