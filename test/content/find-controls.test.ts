// @vitest-environment happy-dom
/**
 * The find piece: the sliced search over the live document, fed by the
 * page's mutations, picking one usable control per wanted label; re-rendered
 * pages start it again, a spent budget ends it, an aborted page stops it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findControls, type FindOptions } from '../../src/content/find-controls.ts';

const LABEL = 'Use my data for training AI';
const row = (label: string, fixture: string) =>
  `<div class="row"><span id="l-${fixture}">${label}</span><button role="switch" aria-checked="true" aria-labelledby="l-${fixture}" data-fixture="${fixture}"></button></div>`;

afterEach(() => document.body.replaceChildren());

/** Appends `html` (the test's own markup, parsed as a document, never as page text) to `parent`. */
const put = (parent: Element | null | undefined, html: string) =>
  parent?.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));

/** Runs a finder on the current document, forwarding the page's mutations to it as the content script does. */
function start(overrides: Partial<FindOptions> = {}) {
  const found: [string, string | null][] = [];
  const page = new AbortController();
  const options: FindOptions = {
    labels: [LABEL],
    signal: page.signal,
    isUsable: () => true,
    whenLaidOut: (work) => setTimeout(work, 0),
    onFound: (label, control) => found.push([label, control.getAttribute('data-fixture')]),
    onLost: vi.fn(),
    onExhausted: vi.fn(),
    ...overrides,
  };
  const finder = findControls(options);
  const observer = new MutationObserver((records) => finder.changed(records));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  page.signal.addEventListener('abort', () => observer.disconnect());
  return { finder, found, page, options };
}

describe('a label in the vendor’s other UI languages', () => {
  const GERMAN = 'Meine Daten zum Trainieren von KI verwenden';
  const FRENCH = 'Utiliser mes données pour entraîner l’IA';
  const wordings = (label: string) => (label === LABEL ? [GERMAN, label, FRENCH] : [label]);

  it('finds the switch by its German wording, for the record’s (English) label', async () => {
    put(document.body, `<main>${row(GERMAN, 'target')}</main>`);
    const { found, page } = start({ wordings });
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'target']]));
    page.abort();
  });

  it('finds a wording later in the list when the page shows that one', async () => {
    put(document.body, `<main>${row(FRENCH, 'target')}</main>`);
    const { found, page } = start({ wordings });
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'target']]));
    page.abort();
  });

  it('prefers the first wording where the page shows two switches, one per wording', async () => {
    put(document.body, `<main>${row(LABEL, 'english')}${row(GERMAN, 'german')}</main>`);
    const { found, page } = start({ wordings });
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'german']]));
    page.abort();
  });
});

describe('finding controls on the live page', () => {
  it('finds the control its label names, once', async () => {
    put(document.body, `<main>${row('Notifications', 'other')}${row(LABEL, 'target')}</main>`);
    const { found, page } = start();
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'target']]));
    page.abort();
  });

  it('finds one control per distinct label, and one control never for two labels', async () => {
    const other = 'Share metadata for AI';
    put(document.body, `<main>${row(LABEL, 'target')}${row(other, 'target-2')}</main>`);
    const { found, page } = start({ labels: [LABEL, other, LABEL] });
    await vi.waitFor(() => expect(found).toHaveLength(2));
    expect(found).toEqual([
      [LABEL, 'target'],
      [other, 'target-2'],
    ]);
    page.abort();
  });

  it('passes over a control the visibility check refuses', async () => {
    put(document.body, `<main>${row(LABEL, 'decoy')}${row(LABEL, 'target')}</main>`);
    const { found, page } = start({ isUsable: (element) => element.getAttribute('data-fixture') !== 'decoy' });
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'target']]));
    page.abort();
  });

  it('finds a control the page renders later', async () => {
    put(document.body, '<main><p>Loading…</p></main>');
    const { found, page } = start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toEqual([]);
    put(document.querySelector('main'), row(LABEL, 'target'));
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'target']]));
    page.abort();
  });

  it('forgets and finds again when the page re-renders the control', async () => {
    put(document.body, `<main>${row(LABEL, 'first')}</main>`);
    const { found, page, options } = start();
    await vi.waitFor(() => expect(found).toEqual([[LABEL, 'first']]));
    document.querySelector('main')?.replaceChildren();
    put(document.querySelector('main'), row(LABEL, 'second'));
    await vi.waitFor(() =>
      expect(found).toEqual([
        [LABEL, 'first'],
        [LABEL, 'second'],
      ]),
    );
    expect(options.onLost).toHaveBeenCalledTimes(1);
    page.abort();
  });

  it('ends when its budget is spent, and says so', async () => {
    put(document.body, `<main>${'<p>Member list row</p>'.repeat(200)}</main>`);
    const { found, page, options } = start({ budget: 1 });
    await vi.waitFor(() => expect(options.onExhausted).toHaveBeenCalledTimes(1));
    put(document.querySelector('main'), row(LABEL, 'target'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toEqual([]);
    page.abort();
  });

  it('yields to the page: a long search runs as many slices, each its own task, cut by the clock', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(`${LABEL} ${i}`, `copy-${i}`)).join('');
    put(document.body, `<main>${rows}</main>`);
    let clock = 0;
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    // Every reading of the clock is one millisecond later: a slice ends after a handful of steps.
    const { found, page } = start({ now: () => clock++ });
    await vi.waitFor(() => expect(found).toHaveLength(1), { timeout: 10_000 });
    const slices = timeout.mock.calls.filter(([, delay]) => delay === 0).length;
    timeout.mockRestore();
    expect(slices).toBeGreaterThan(10);
    page.abort();
  });

  it('does nothing more once the page’s signal aborts', async () => {
    put(document.body, `<main>${row(LABEL, 'target')}</main>`);
    const { found, page } = start();
    page.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toEqual([]);
  });
});
