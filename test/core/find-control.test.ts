// @vitest-environment happy-dom
/**
 * The control finder on hand-made copies of vendors' settings pages, parsed
 * without running their scripts: it must find the control each vendor's label
 * names, by label and semantics only (never `data-fixture`, which marks the
 * expected answer), and read its state.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { createControlScanner, findControl, readState } from '../../src/core/find-control.ts';
import { captureDom, type Realm } from '../../src/core/safe-dom.ts';
import { controlLabels, controlWatch, pageLanguage } from '../../src/core/settings-page.ts';
import { settingsFixtures } from '../support/settings-fixtures.ts';
import { registry } from '../support/vendors.ts';

const fixtures = settingsFixtures;
const realm = window as unknown as Realm;
const load = (file: string) =>
  new DOMParser().parseFromString(readFileSync(`test/fixtures/settings/${file}`, 'utf8'), 'text/html');
/** Pages whose control only exists once their script has run: covered by the browser tests. */
const SCRIPTED = new Set(['late.html', 'spa.html', 'hostile-big.html']);

/** Layout-free stand-in for the content script's visibility test: hidden, inert, undisplayed and zero-size boxes are not usable. */
function usable(element: Element): boolean {
  if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (/display:\s*none|width:\s*0|height:\s*0/.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}

describe('findControl on vendor settings pages', () => {
  it.each(fixtures.filter((f) => f.expect === 'mark' && !SCRIPTED.has(f.file)))(
    '$file: finds “$label”',
    ({ file, label }) => {
      const doc = load(file);
      const hit = findControl(doc, [label], realm, usable);
      expect(hit?.control.getAttribute('data-fixture')).toBe('target');
      expect(hit?.label).toBe(label);
      expect(hit?.state).toBe('on');
    },
  );

  it('finds nothing on an admin page that has no such control', () => {
    const fixture = fixtures.find((f) => f.expect === 'email-notice');
    expect(fixture).toBeDefined();
    expect(
      findControl(load(fixture?.file ?? ''), ['Use my data for training content creation AI models'], realm),
    ).toBeUndefined();
  });

  it('matches labels regardless of case and white space, and split across elements', () => {
    const doc = new DOMParser().parseFromString(
      '<div><span id="l">Use my data for <b>training</b>\n content creation   AI models</span><button role="switch" aria-checked="false" aria-labelledby="l"></button></div>',
      'text/html',
    );
    const hit = findControl(doc, ['use my data for training content creation ai models'], realm);
    expect(hit?.state).toBe('off');
    expect(hit?.via).toBe('name');
  });

  it('matches a label with a placeholder by its fixed text', () => {
    const doc = new DOMParser().parseFromString(
      '<label><input type="checkbox" checked> Prevent third-party sharing for my-art-blog</label>',
      'text/html',
    );
    expect(findControl(doc, ['Prevent third-party sharing for [your blog name]'], realm)?.label).toBe(
      'Prevent third-party sharing for [your blog name]',
    );
  });

  it('prefers an explicitly named control over one that only shares a row with the text', () => {
    const doc = new DOMParser().parseFromString(
      `<div><p>Content analysis</p><input type="checkbox" id="row"></div>
       <div><input type="checkbox" id="named" aria-label="Content analysis" checked></div>`,
      'text/html',
    );
    expect(findControl(doc, ['Content analysis'], realm)?.control.id).toBe('named');
  });

  it('does not take the text of a row that holds several controls', () => {
    const doc = new DOMParser().parseFromString(
      '<div><p>Content analysis</p><input type="checkbox"><input type="checkbox"></div>',
      'text/html',
    );
    expect(findControl(doc, ['Content analysis'], realm)).toBeUndefined();
  });

  it('finds nothing for no labels, and never throws on odd markup', () => {
    const doc = new DOMParser().parseFromString(
      '<button role="switch" aria-labelledby="missing  also-missing"></button>',
      'text/html',
    );
    expect(findControl(doc, [], realm)).toBeUndefined();
    expect(findControl(doc, ['  '], realm)).toBeUndefined();
    expect(findControl(doc, ['anything'], realm)).toBeUndefined();
  });
});

describe('readState', () => {
  const control = (html: string) =>
    new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as Element;
  it.each([
    ['<button role="switch" aria-checked="true"></button>', 'on'],
    ['<button role="switch" aria-checked="false"></button>', 'off'],
    ['<button aria-pressed="true"></button>', 'on'],
    ['<input type="checkbox" checked>', 'on'],
    ['<input type="checkbox">', 'off'],
    ['<div role="switch"></div>', 'unknown'],
    ['<button role="switch" aria-checked="mixed"></button>', 'unknown'],
  ])('%s → %s', (html, state) => {
    expect(readState(control(html), captureDom(realm))).toBe(state);
  });
});

describe('controlWatch', () => {
  it.each([
    ['https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', 'settings'],
    ['https://acme.slack.com/admin/settings', 'settings'],
    ['https://chatgpt.com/c/123', 'dialog'],
    ['https://chatgpt.com/', 'dialog'],
    ['https://www.figma.com/files/team/1/admin', 'dialog'],
    ['https://www.figma.com/design/abc', undefined],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://example.com/settings', undefined],
  ])('%s → %s', (url, expected) => {
    expect(controlWatch(classifyTab({ url }, registry), url)).toBe(expected);
  });
});

describe('a page with two switches the record names (Atlassian’s data contribution)', () => {
  it('picks each label’s own control, and only that label’s', () => {
    const doc = load('atlassian.html');
    const dom = captureDom(realm);
    const scanner = createControlScanner(doc, ['In-app data contribution', 'Metadata contribution'], dom);
    const root = dom.documentElement(doc);
    if (root) scanner.added(root);
    scanner.step(() => true);
    expect(scanner.pick(usable, 'In-app data contribution')?.control.getAttribute('data-fixture')).toBe('target');
    expect(scanner.pick(usable, 'Metadata contribution')?.control.getAttribute('data-fixture')).toBe('target-2');
    expect(scanner.pick(usable, 'A label the page does not have')).toBeUndefined();
    expect(scanner.pick(usable)?.control.getAttribute('data-fixture')).toBe('target');
  });
});

describe('labels in the vendor’s other UI languages', () => {
  const spec = {
    label: 'Use messages to train models',
    labels: {
      de: 'Nachrichten zum Trainieren von Modellen verwenden',
      fr: 'Utiliser les messages pour entraîner les modèles',
    },
    optOutState: 'off' as const,
    path: ['Admin', 'KI'],
  };
  const page = (lang: string, label: string) =>
    new DOMParser().parseFromString(
      `<html lang="${lang}"><body><h1>Einstellungen</h1><div><span id="l">${label}</span><button role="switch" aria-checked="true" aria-labelledby="l"></button></div></body></html>`,
      'text/html',
    );

  it('finds the German switch on a German page, by the German label', () => {
    const doc = page('de', 'Nachrichten zum <b>Trainieren</b> von Modellen verwenden');
    const hit = findControl(doc, controlLabels(spec, pageLanguage(doc.documentElement.lang)), realm);
    expect(hit?.label).toBe(spec.labels.de);
    expect(hit?.state).toBe('on');
  });

  it('matches non-ASCII letters in any case', () => {
    const doc = page('fr', 'UTILISER LES MESSAGES POUR ENTRAÎNER LES MODÈLES');
    expect(findControl(doc, controlLabels(spec, 'fr'), realm)?.label).toBe(spec.labels.fr);
  });

  it('finds a label in another listed language when the page’s lang attribute is wrong', () => {
    const doc = page('de', 'Utiliser les messages pour entraîner les modèles');
    expect(findControl(doc, controlLabels(spec, 'de'), realm)?.label).toBe(spec.labels.fr);
  });

  it('still refuses a translated label carrying a bidi control', () => {
    const doc = page('de', 'Nachrichten zum Trainieren von Modellen\u202e verwenden');
    expect(findControl(doc, controlLabels(spec, 'de'), realm)).toBeUndefined();
  });
});
