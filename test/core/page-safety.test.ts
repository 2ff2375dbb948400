// @vitest-environment happy-dom
/**
 * The control finder must never hurt the page (issue #11): it ends on pages
 * whose forms and document shadow every DOM property it touches, its work
 * grows with the page (and after the first walk, with what changed), a
 * per-page budget ends it, and labels that render other than they read do
 * not match. Named properties are simulated as own properties of the form
 * and the document, which is what they are to a script (whatwg/html#4458);
 * the browser test (test/e2e/page-safety.test.ts) uses real ones.
 */
import fc from 'fast-check';
import { clobberLayouts } from '../support/arbitraries.ts';
import { describe, expect, it } from 'vitest';
import { createControlScanner, findControl } from '../../src/core/find-control.ts';
import { captureDom, type Realm } from '../../src/core/safe-dom.ts';
import { effectiveOpacity, isFaint } from '../../src/core/visibility.ts';
import {
  AI_LABEL,
  CLOBBERED_NAMES,
  clobberedPage,
  clobberingPage,
  DOCUMENT_NAMES,
  manyRowsPage,
} from '../support/hostile-pages.ts';

const realm = window as unknown as Realm;
const dom = captureDom(realm);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const usable = (element: Element) => !dom.closest(element, '[hidden]');
/**
 * happy-dom implements its TreeWalker, `closest` and `textContent` in JavaScript, reading
 * these public properties, so shadowing them loops happy-dom itself (browsers'
 * C++ never sees named properties). The browser test shadows them for real.
 */
const TEST_DOM_TRAVERSES = new Set([
  'parentElement',
  'parentNode',
  'firstChild',
  'nextSibling',
  'childNodes',
  'children',
  'nodeType',
  'textContent',
]);
const FORM_NAMES = CLOBBERED_NAMES.filter((name) => !TEST_DOM_TRAVERSES.has(name));
/** Gives every form and the document own properties named like DOM members, pointing at page elements. */
function clobber(doc: Document, formNames: readonly string[], docNames: readonly string[]) {
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    const input = doc.createElement('input');
    input.type = 'hidden';
    form.append(input);
    for (const name of formNames) Object.defineProperty(form, name, { value: input, configurable: true });
  }
  const img = doc.createElement('img');
  for (const name of docNames) Object.defineProperty(doc, name, { value: img, configurable: true });
}

const row = (i: string, label: string, attrs = '') =>
  `<div class="row"><h3 id="l-${i}">${label}</h3><button role="switch" aria-checked="true" aria-labelledby="l-${i}" ${attrs}></button></div>`;

describe('DOM clobbering (property tests)', () => {
  it('terminates, throws nothing and finds only the real control, whatever DOM properties forms and the document shadow', () => {
    fc.assert(
      fc.property(
        clobberLayouts,
        fc.subarray(FORM_NAMES),
        fc.subarray([...DOCUMENT_NAMES]),
        ([segments, realAt], formNames, docNames) => {
          const doc = parse(clobberedPage(segments, realAt, formNames, docNames));
          clobber(doc, formNames, docNames);
          const hit = findControl(doc, [AI_LABEL], dom, usable);
          expect(hit && dom.attr(hit.control, 'data-fixture')).toBe('target');
          expect(hit?.state).toBe('on');
        },
      ),
      { numRuns: 200 },
    );
    // 200 generated documents parsed in happy-dom: 2–3 s alone, more when the full suite shares two loaded cores.
  }, 30_000);

  it('shadowing every property at once, forms and document alike', () => {
    const doc = parse(clobberingPage());
    clobber(doc, FORM_NAMES, DOCUMENT_NAMES);
    const hit = findControl(doc, [AI_LABEL], dom, usable);
    expect(hit && dom.attr(hit.control, 'data-fixture')).toBe('target');
  });
});

describe('work: linear in the page, then in what changed', () => {
  const walked = (rows: number) => {
    const doc = parse(manyRowsPage(rows));
    const scanner = createControlScanner(doc, [AI_LABEL], dom);
    scanner.added(dom.documentElement(doc) as Element);
    expect(scanner.step(() => true)).toBe('idle');
    return { doc, scanner };
  };

  it('grows linearly with the number of rows', () => {
    const small = walked(500).scanner.work;
    const { scanner } = walked(2_000);
    expect(scanner.work / small).toBeLessThan(4 * 1.1);
    expect(scanner.pick(usable)?.label).toBe(AI_LABEL);
  });

  it('after the first walk, reads only what was added', () => {
    const { doc, scanner } = walked(2_000);
    const before = scanner.work;
    const added = doc.importNode(
      parse('<div><label for="new">New setting</label><input type="checkbox" id="new"></div>').body
        .firstElementChild as Element,
      true,
    );
    doc.getElementById('rows')?.append(added);
    scanner.added(added);
    expect(scanner.step(() => true)).toBe('idle');
    expect(scanner.work - before).toBeLessThan(60);
  });

  it('ends the search once its budget is spent', () => {
    const doc = parse(manyRowsPage(2_000));
    const scanner = createControlScanner(doc, [AI_LABEL], dom, 1_000);
    scanner.added(dom.documentElement(doc) as Element);
    expect(scanner.step(() => true)).toBe('exhausted');
    expect(scanner.work).toBeLessThan(10_000);
    expect(scanner.pick(usable)).toBeUndefined();
  });

  it('stops when its caller says so, and goes on from there', () => {
    const doc = parse(manyRowsPage(300));
    const scanner = createControlScanner(doc, [AI_LABEL], dom);
    scanner.added(dom.documentElement(doc) as Element);
    let slices = 0;
    for (let status = 'working'; status === 'working'; slices++) {
      let steps = 0;
      status = scanner.step(() => ++steps <= 1);
    }
    expect(slices).toBeGreaterThan(3);
    expect(scanner.pick(usable)?.label).toBe(AI_LABEL);
  });

  it('reads a long list a batch at a time when the label sits inside it, never half the list in one step', () => {
    const rows = Array.from(
      { length: 6_000 },
      (_, i) =>
        `<div class="row"><label for="s${i}">Member ${i}: notify on new channel ${i % 97}</label><input type="checkbox" id="s${i}"></div>`,
    );
    rows.splice(
      4_000,
      0,
      `<div class="row"><h3 id="ai">${AI_LABEL}</h3><button type="button" role="switch" aria-checked="true" aria-labelledby="ai"></button></div>`,
    );
    const doc = parse(`<main><div id="rows">${rows.join('')}</div></main>`);
    const scanner = createControlScanner(doc, [AI_LABEL], dom);
    scanner.added(dom.documentElement(doc) as Element);
    const steps: number[] = [];
    for (let status = 'working'; status === 'working';) {
      const before = scanner.work;
      let taken = 0;
      status = scanner.step(() => ++taken <= 1);
      steps.push(scanner.work - before);
    }
    const [pageRead, ...rest] = [...steps].sort((a, b) => b - a);
    // One step reads the page's text once (native, about 9 ms for 2 MB); every other step reads a small part of it.
    expect(Math.max(...rest)).toBeLessThan((pageRead ?? 0) / 8);
    expect(scanner.pick(usable)?.label).toBe(AI_LABEL);
  });

  it('finds a control whose label arrives later, and one whose row gets its text later', () => {
    const doc = parse(
      '<main><div id="a"><button role="switch" aria-checked="false" aria-labelledby="later"></button></div><div id="b"><span></span><input type="checkbox"></div></main>',
    );
    const scanner = createControlScanner(doc, [AI_LABEL, 'Content analysis'], dom);
    scanner.added(dom.documentElement(doc) as Element);
    expect(scanner.step(() => true)).toBe('idle');
    expect(scanner.pick(usable)).toBeUndefined();
    const text = doc.createTextNode('Content analysis');
    doc.querySelector('#b span')?.append(text);
    scanner.added(text);
    scanner.step(() => true);
    expect(scanner.pick(usable)).toMatchObject({ label: 'Content analysis', via: 'row' });
    const label = doc.createElement('h3');
    label.id = 'later';
    label.textContent = AI_LABEL;
    doc.getElementById('a')?.prepend(label);
    scanner.added(label);
    scanner.step(() => true);
    expect(scanner.pick(usable)).toMatchObject({ label: AI_LABEL, via: 'name', state: 'off' });
  });

  it('takes no row with two controls, even when the second arrives later', () => {
    const doc = parse('<main><div id="row"><p>Content analysis</p><input type="checkbox"></div></main>');
    const scanner = createControlScanner(doc, ['Content analysis'], dom);
    scanner.added(dom.documentElement(doc) as Element);
    scanner.step(() => true);
    expect(scanner.pick(usable)?.via).toBe('row');
    const second = doc.createElement('input');
    second.type = 'checkbox';
    doc.getElementById('row')?.append(second);
    scanner.added(second);
    scanner.step(() => true);
    expect(scanner.pick(usable)).toBeUndefined();
  });

  it('copes with more added roots than it queues', () => {
    const doc = parse('<main id="m"></main>');
    const scanner = createControlScanner(doc, [AI_LABEL], dom);
    scanner.added(dom.documentElement(doc) as Element);
    scanner.step(() => true);
    const main = doc.getElementById('m') as Element;
    for (let i = 0; i < 5_000; i++) {
      const span = doc.createElement('span');
      main.append(span);
      scanner.added(span);
    }
    const real = parse(row('real', AI_LABEL, 'data-fixture="target"')).body.firstElementChild as Element;
    const adopted = doc.importNode(real, true);
    main.append(adopted);
    scanner.added(adopted);
    expect(scanner.step(() => true)).toBe('idle');
    expect(scanner.pick(usable)?.label).toBe(AI_LABEL);
  });
});

describe('labels that render other than they read', () => {
  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', `\u202E${AI_LABEL}\u202C`],
    ['LEFT-TO-RIGHT OVERRIDE', `\u202D${AI_LABEL}\u202C`],
    ['an isolate', `\u2067${AI_LABEL}\u2069`],
    ['a right-to-left mark inside', `Use my data for \u200Ftraining content creation AI models`],
  ])('%s: not matched', (_, text) => {
    const doc = parse(`${row('x', text, 'data-fixture="decoy"')}${row('real', AI_LABEL, 'data-fixture="target"')}`);
    const hit = findControl(doc, [AI_LABEL], dom);
    expect(hit && dom.attr(hit.control, 'data-fixture')).toBe('target');
    const alone = parse(row('x', text));
    expect(findControl(alone, [AI_LABEL], dom)).toBeUndefined();
  });
});

describe('effective opacity', () => {
  it.each([
    [['0.05'], true],
    [['1', '0.2', '0.25'], true],
    [['0.5', '0.5'], false],
    [['1'], false],
    [['0.1'], false],
    [['', 'junk'], false],
  ])('%j faint: %s', (values, faint) => {
    expect(isFaint(effectiveOpacity(values))).toBe(faint);
  });
});
