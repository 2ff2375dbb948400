// @vitest-environment happy-dom
/** The mark's text never carries bidi or control characters, whatever its strings hold. */
import { afterEach, expect, it } from 'vitest';
import { attachMark, showNotice } from '../../src/content/mark-view.ts';

// eslint-disable-next-line no-control-regex -- the characters the mark must never carry
const UNSAFE = /[\u0000-\u001f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// The original, restored after each test exactly as it was, and called from a replacement with its receiver.
const original = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!;
const attachShadow = original.value as (this: Element, init: ShadowRootInit) => ShadowRoot;
afterEach(() => {
  Object.defineProperty(Element.prototype, 'attachShadow', original);
});

/** The closed shadow roots the mark makes, caught as they are made (the page cannot do this: it runs after). */
function catchRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };
  return roots;
}

/** A mark on a fresh control, with `content` over plain defaults. */
function markWith(content: Partial<Parameters<typeof attachMark>[1]>) {
  const control = document.createElement('input');
  document.body.append(control);
  return attachMark(control, {
    lang: 'en',
    what: 'a',
    how: 'b',
    now: 'c',
    reading: 'training',
    sourceLabel: 's',
    sourceUrl: 'https://example.com/',
    ...content,
  });
}

it('strips bidi overrides, isolates and control characters from every string of the mark and the notice', () => {
  const roots = catchRoots();
  markWith({
    what: '\u202EAcme\u202C lets you\n opt out.',
    how: 'Turn it \u2067off\u2069.',
    now: 'Now:\u200F on.',
    reading: 'training',
    sourceLabel: '\u202Dsource',
    sourceUrl: 'https://example.com/policy',
  });
  showNotice(
    [{ text: 'Not \u202Efound\u202C' }],
    'en',
    { label: '\u2066Email\u2069', href: 'mailto:a@example.com' },
    'Dis\u0000miss',
  );
  expect(roots).toHaveLength(2);
  const texts = roots.map((root) => root.querySelector('.box')?.textContent ?? '');
  for (const root of roots) {
    const text = root.querySelector('.box')?.textContent;
    expect(text).toBeTruthy();
    expect(text).not.toMatch(UNSAFE);
    for (const labelled of Array.from(root.querySelectorAll('[aria-label]')))
      expect(labelled.getAttribute('aria-label')).not.toMatch(UNSAFE);
  }
  expect(texts[0]).toContain('Acme lets you opt out.');
});

it('speaks the user’s language on a page in another, and reads quoted English record text as English', async () => {
  const roots = catchRoots();
  document.documentElement.lang = 'fr';
  markWith({ lang: 'de', what: 'Mit dieser Einstellung darf Acme Ihre Daten zum Trainieren von KI verwenden.' });
  showNotice(
    [
      { text: 'Nicht gefunden. Erwartet: ' },
      { text: 'Admin › AI › Use messages to train models', lang: 'en' },
      { text: '.' },
    ],
    'de',
    undefined,
    'Schließen',
  );
  const [badge, notice] = roots.map((root) => root.querySelector('.box'));
  expect(badge?.getAttribute('lang')).toBe('de');
  expect(notice?.getAttribute('lang')).toBe('de');
  await new Promise((resolve) => setTimeout(resolve, 150));
  const english = notice?.querySelector('[role="status"] [lang="en"]');
  expect(english?.textContent).toBe('Admin › AI › Use messages to train models');
  expect(notice?.querySelector('[role="status"]')?.textContent).toBe(
    'Nicht gefunden. Erwartet: Admin › AI › Use messages to train models. ',
  );
});

it('never writes a lang attribute that is not a language tag', () => {
  const roots = catchRoots();
  markWith({ lang: 'de" onclick="x' });
  expect(roots[0]?.querySelector('.box')?.getAttribute('lang')).toBe('');
});
