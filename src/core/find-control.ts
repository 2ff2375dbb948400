/**
 * Finds a settings control the way a person does: by the text that labels it
 * (its `aria-labelledby` or `aria-label`, its `<label>`, or the text of the
 * row it sits in) and by what it is (a switch or a checkbox), never by the
 * vendor's class names, which change with every release.
 *
 * It must never hurt the page it reads (issue #11):
 * - Text first, linear, incremental. The label is rare; controls are not (an
 *   admin console has tens of thousands). So the search reads a subtree's
 *   text natively (`textContent`), finds the label in it with one regular
 *   expression, and walks down to the element that holds it by halving the
 *   children's text (`Range`), never building a JS object per node. Only the
 *   few controls around such a place are then read, by the same rules as
 *   before. After the first search only added subtrees (and changed text) are
 *   searched. No `labels` (it scans the whole document per control), no
 *   per-control row query.
 * - Sliced. `step` does as much as its caller allows and returns, so the
 *   caller can yield to the page between slices.
 * - Bounded. Text read and elements visited count against a per-page budget;
 *   past it the search ends (`exhausted`). At most MAX_SITES places per
 *   subtree are followed.
 * - Clobbering-proof. Every read goes through `SafeDom` (prototype getters,
 *   `TreeWalker`, `Range`), so a form whose inputs are named `parentElement`
 *   or `closest` cannot redirect or loop a walk.
 *
 * Pure over the DOM it is handed: no globals, no browser API. Visibility
 * needs layout, so the caller decides it.
 */
import { captureDom, ELEMENT_NODE, type Realm, type SafeDom, SHOW_ELEMENT } from './safe-dom.ts';

export type ControlState = 'on' | 'off' | 'unknown';

export interface FoundControl {
  readonly control: Element;
  /** Which of the wanted labels named it, as given. */
  readonly label: string;
  readonly state: ControlState;
  /** How the label was found: an explicit name beats the text of the surrounding row. */
  readonly via: 'name' | 'row';
}

export const CONTROLS = '[role="switch"], [role="checkbox"], input[type="checkbox"], button[aria-pressed]';
/** How far up from a control its row may be; real settings rows are a few levels deep. */
const MAX_ROW_DEPTH = 5;
/** A label or a row's text is short: what is kept of it. */
const MAX_TEXT = 1_000;
/** `aria-labelledby` ids read per control. */
const MAX_LABELLED_BY = 8;
/** Controls whose label matches (the real one and any decoys); more than this is a hostile page. */
const MAX_CANDIDATES = 64;
/** Places where a label's text occurs, followed per searched subtree; more is a hostile page. */
const MAX_SITES = 32;
/** How far above a label the controls that point at it (`aria-labelledby`) are looked for. */
const SECTION_DEPTH = 6;
/** Elements looked at after a control for a second one in its row. */
const MAX_ROW_SCAN = 2_000;
/** Roots waiting to be searched; past this, one search of the whole page replaces them. */
const MAX_QUEUE = 4_096;
/** Children past which a list is walked in batches rather than halved, and how many one step reads. */
const LONG_LIST = 512;
const LIST_BATCH = 256;
/** Characters of text read per unit of work: native reads are cheap per character. */
const CHARS_PER_UNIT = 64;
/**
 * Work per page before the search gives up: more than 100 searches of a
 * 50,000-row admin console's text (2 MB), and about a second of work.
 */
export const DEFAULT_BUDGET = 5_000_000;

/** Bidi embeddings, overrides, isolates and marks: a label carrying them renders other than it reads. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export const normalizeText = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const escapeAttribute = (text: string) => text.replace(/["\\]/gu, '\\$&');

export type ScanStatus = 'idle' | 'working' | 'exhausted';

export interface ControlScanner {
  /** A subtree (or a text node) was added to the page. */
  added(node: Node): void;
  /** Text changed at `node`: search it again. */
  changed(node: Node): void;
  /** Works while `more()` says so; `idle` when nothing is left, `exhausted` once the budget is spent. */
  step(more: () => boolean): ScanStatus;
  /**
   * The first usable control named by a wanted label, else the first whose
   * row carries it; with `label`, only controls that label names.
   */
  pick(isUsable: (element: Element) => boolean, label?: string): FoundControl | undefined;
  /** Work done so far (elements looked at, and text read in CHARS_PER_UNIT). */
  readonly work: number;
  /**
   * The first search is done and every control found so far has been read:
   * `pick` gives the page's best answer even while more is queued (a page
   * that never stops adding nodes).
   */
  readonly settled: boolean;
}

interface Wanted {
  label: string;
  /** The label's words, any case, any white space between them. */
  pattern: RegExp;
  /** Its longest word, for finding it in attributes. */
  word: string;
}

export function createControlScanner(
  doc: Document,
  labels: readonly string[],
  dom: SafeDom,
  budget = DEFAULT_BUDGET,
): ControlScanner {
  // A label with a placeholder ("Prevent third-party sharing for [your blog name]") is matched by its fixed text.
  const wanted: Wanted[] = labels.flatMap((label) => {
    const words = normalizeText(label.replace(/\[[^\]]*\]/gu, ' '))
      .split(' ')
      .filter(Boolean);
    const word = words.reduce((longest, w) => (w.length > longest.length ? w : longest), '');
    // ASCII labels (all of today's) take the faster non-Unicode matcher; case folding is the same for them.
    const flags = /^[\x20-\x7e]*$/u.test(words.join(' ')) ? 'i' : 'iu';
    return words.length ? [{ label, pattern: new RegExp(words.map(escapeRegExp).join('\\s+'), flags), word }] : [];
  });
  const labelIn = (text: string): string | undefined =>
    BIDI.test(text) ? undefined : wanted.find((w) => w.pattern.test(text))?.label;

  let work = 0;
  let exhausted = false;
  let searchedOnce = false;
  const queue: Element[] = [];
  let head = 0;
  /** Places (elements) holding a wanted label's text, still to be followed to their controls. */
  const sites: Element[] = [];
  /** Parts of a search still to do, in order. */
  const tasks: (() => void)[] = [];
  let nextTask = 0;
  /** Every place found so far: a control added later near one of them is found through it. */
  const known = new Set<Element>();
  /** Controls to read, in the order found; a set, so churn does not pile them up. */
  const pending = new Set<Element>();
  /** `<label for>` elements met near a place, by id. */
  const labelsFor = new Map<string, Set<Element>>();
  const candidates = new Map<Element, { label: string; via: FoundControl['via'] }>();

  const text = (node: Node | null): string => {
    if (!node) return '';
    const all = dom.textContent(node);
    work += 1 + all.length / CHARS_PER_UNIT;
    return all.length > MAX_TEXT ? all.slice(0, MAX_TEXT) : all;
  };

  /** Whether `row` holds a control other than `control` (looking at most MAX_ROW_SCAN elements after it). */
  const holdsAnother = (row: Element, control: Element): boolean => {
    const first = dom.query(row, CONTROLS);
    work++;
    if (first !== control) return first !== null;
    const walker = dom.walker(doc, row, SHOW_ELEMENT);
    walker.currentNode = control;
    for (let n = 0, next = walker.nextNode(); next; n++, next = walker.nextNode()) {
      work++;
      if (n >= MAX_ROW_SCAN || dom.matches(next as Element, CONTROLS)) return true;
    }
    return false;
  };

  const accessibleName = (control: Element): string => {
    const ids = (dom.attr(control, 'aria-labelledby') ?? '').split(/\s+/u).filter(Boolean).slice(0, MAX_LABELLED_BY);
    if (ids.length) {
      const named = ids.map((id) => text(dom.byId(doc, id))).join(' ');
      if (named.trim()) return named;
    }
    const ariaLabel = dom.attr(control, 'aria-label');
    if (ariaLabel?.trim()) return ariaLabel.slice(0, MAX_TEXT);
    const id = dom.attr(control, 'id');
    const found = new Set<Element>();
    for (const label of (id && labelsFor.get(id)) || [])
      if (dom.isConnected(label) && dom.attr(label, 'for') === id) found.add(label);
    const wrapping = dom.closest(control, 'label');
    if (wrapping) found.add(wrapping);
    return Array.from(found, text).join(' ');
  };

  /** The text of the nearest ancestor that holds this control and no other: its settings row. */
  const rowText = (control: Element): string => {
    let row = dom.parent(control);
    for (
      let depth = 0;
      row && depth < MAX_ROW_DEPTH && dom.nodeType(row) === ELEMENT_NODE;
      depth++, row = dom.parent(row)
    ) {
      if (holdsAnother(row as Element, control)) return '';
      const found = text(row);
      if (found.trim()) return found;
    }
    return '';
  };

  const evaluate = (control: Element) => {
    work++;
    if (!dom.isConnected(control)) {
      candidates.delete(control);
      return;
    }
    const named = labelIn(accessibleName(control));
    const label = named ?? labelIn(rowText(control));
    if (label === undefined) candidates.delete(control);
    else if (candidates.has(control) || candidates.size < MAX_CANDIDATES)
      candidates.set(control, { label, via: named !== undefined ? 'name' : 'row' });
  };

  const consider = (control: Element | null | undefined) => {
    if (control && dom.isConnected(control) && dom.matches(control, CONTROLS) && pending.size < MAX_CANDIDATES * 4)
      pending.add(control);
  };

  /** The ancestor SECTION_DEPTH levels above `element` (or the highest one below the document). */
  const section = (element: Element): Element => {
    let at = element;
    for (let depth = 0; depth < SECTION_DEPTH; depth++) {
      const parent = dom.parent(at);
      if (!parent || dom.nodeType(parent) !== ELEMENT_NODE) break;
      at = parent as Element;
    }
    return at;
  };

  /**
   * The controls a place can label: the control of a `<label>` around it,
   * the controls whose `aria-labelledby` points at it, and the control of
   * each row around it (up to the first ancestor with several controls).
   */
  const follow = (site: Element) => {
    const ids: { id: string; near: Element }[] = [];
    const rows: Element[] = [];
    let at: Node | null = site;
    for (
      let depth = 0;
      at && depth <= MAX_ROW_DEPTH + 1 && dom.nodeType(at) === ELEMENT_NODE;
      depth++, at = dom.parent(at)
    ) {
      const element = at as Element;
      work++;
      if (dom.localName(element) === 'label') {
        const target = dom.attr(element, 'for');
        if (target) {
          const set = labelsFor.get(target) ?? new Set<Element>();
          set.add(element);
          labelsFor.set(target, set);
          consider(dom.byId(doc, target));
        } else consider(dom.query(element, CONTROLS));
      }
      const id = dom.attr(element, 'id');
      if (id && depth <= 2) ids.push({ id, near: element });
      const first = dom.query(element, CONTROLS);
      if (first) {
        consider(first);
        rows.push(first);
        if (holdsAnother(element, first)) break;
      }
    }
    for (const { id, near } of ids) {
      // Usually the control in the label's own row points at it; otherwise look in the section around it.
      if (rows.some((control) => (dom.attr(control, 'aria-labelledby') ?? '').split(/\s+/u).includes(id))) continue;
      const pointing = dom.queryAll(section(near), `[aria-labelledby~="${escapeAttribute(id)}"]`);
      work += 1 + pointing.length;
      for (let i = 0; i < pointing.length && i < MAX_CANDIDATES; i++) consider(pointing[i]);
    }
  };

  /**
   * Searches `root`, as separate steps (each bounded, so a slice can end
   * between them): its text for the wanted labels, each place found down to
   * the element that holds it, and its controls' `aria-label`s.
   */
  const search = (searched: Element) => {
    // The whole page's labels are in its body: the head's styles and scripts are text no one reads.
    const root = (searched === dom.documentElement(doc) && dom.body(doc)) || searched;
    const all = dom.textContent(root);
    work += 1 + all.length / CHARS_PER_UNIT;
    let found = 0;
    for (const { pattern } of wanted) {
      const global = new RegExp(pattern.source, `g${pattern.flags}`);
      for (let match = global.exec(all); match && found < MAX_SITES; match = global.exec(all)) {
        found++;
        const start = match.index;
        const end = start + match[0].length;
        tasks.push(
          descend(root, start, end, all.length, (site) => {
            if (!known.has(site) && known.size < MAX_SITES * 8) {
              known.add(site);
              sites.push(site);
            }
          }),
        );
      }
    }
    // Labels in attributes: controls whose aria-label carries a wanted label's longest word.
    tasks.push(() => {
      for (const { word } of wanted) {
        const labelled = dom.queryAll(root, `[aria-label*="${escapeAttribute(word)}" i]`);
        work += 1 + labelled.length;
        for (let i = 0; i < labelled.length && i < MAX_CANDIDATES; i++) consider(labelled[i]);
      }
    });
    // A control added near a place found before (the label rendered first): follow those places again.
    tasks.push(() => {
      if (!dom.matches(root, CONTROLS) && !dom.query(root, CONTROLS)) return;
      for (const site of known) {
        if (dom.isConnected(site)) sites.push(site);
        else known.delete(site);
      }
    });
  };

  /**
   * A task that finds the smallest element under `root` whose text holds
   * characters `start` to `end` (`length`: the text length of `root`), by
   * halving children's text; each child's length comes out of the halving,
   * never read again. Every read is a step of its own (it pushes the next
   * one as a task), so a slice can end between two reads; a long list is
   * walked a batch of children at a time, since halving it would read half
   * its text in one go.
   */
  const descend = (root: Element, start: number, end: number, length: number, found: (site: Element) => void) => {
    let element = root;
    let kids = dom.children(element);
    let depth = 0;
    // The halving of `element`'s children: the occurrence is in children [low, high), which hold `window` characters after `before`.
    let low = 0;
    let high = kids.length;
    let before = 0;
    let window = length;
    const next = () => {
      if (!dom.isConnected(root)) return;
      if (high - low > LONG_LIST) {
        // A long list: halving would read half of it in one go (1 MB in a 100,000-row list). Walk its
        // children a batch at a time instead, so every step stays small and a slice can end between them.
        for (const stop = Math.min(high, low + LIST_BATCH); low < stop; low++) {
          const measured = dom.spanLength(doc, element, low, low + 1);
          work += 1 + measured / CHARS_PER_UNIT;
          if (start < before + measured) {
            high = low + 1;
            window = measured;
            break;
          }
          before += measured;
          window -= measured;
        }
        tasks.push(next);
        return;
      }
      if (high - low > 1) {
        const middle = (low + high) >> 1;
        // Read whichever half has fewer children, or on a tie the half the offset falls in by position: a label
        // sits in a small element, so this half is usually the short one, not a 2 MB list beside it.
        const right = high - middle < middle - low || (high - middle === middle - low && start - before > window / 2);
        const measured = right ? dom.spanLength(doc, element, middle, high) : dom.spanLength(doc, element, low, middle);
        work += 1 + measured / CHARS_PER_UNIT;
        const half = right ? window - measured : measured;
        if (start < before + half) {
          high = middle;
          window = half;
        } else {
          low = middle;
          before += half;
          window -= half;
        }
        tasks.push(next);
        return;
      }
      const child = kids[low];
      // A text child, or an occurrence running past this child: `element` is the smallest that holds all of it.
      if (!child || dom.nodeType(child) !== ELEMENT_NODE || end - before > window || depth >= 1_000) {
        found(element);
        return;
      }
      element = child as Element;
      start -= before;
      end -= before;
      depth++;
      kids = dom.children(element);
      low = 0;
      high = kids.length;
      before = 0;
      tasks.push(next);
    };
    return next;
  };

  const enqueue = (root: Element) => {
    if (queue.length - head >= MAX_QUEUE) {
      // More roots than a page adds in earnest: search the whole page once instead.
      queue.length = head = 0;
      const page = dom.documentElement(doc);
      if (page) queue.push(page);
    } else queue.push(root);
  };

  return {
    get work() {
      return work;
    },
    get settled() {
      return searchedOnce && pending.size === 0 && sites.length === 0 && nextTask >= tasks.length;
    },
    added(node) {
      if (exhausted) return;
      if (dom.nodeType(node) === ELEMENT_NODE) enqueue(node as Element);
      else this.changed(node);
    },
    changed(node) {
      if (exhausted) return;
      const parent = dom.nodeType(node) === ELEMENT_NODE ? node : dom.parent(node);
      if (parent && dom.nodeType(parent) === ELEMENT_NODE) enqueue(parent as Element);
    },
    step(more) {
      while (!exhausted && more()) {
        if (work > budget) {
          exhausted = true;
          queue.length = head = sites.length = tasks.length = nextTask = 0;
          pending.clear();
          break;
        }
        // Controls first, then places, then new roots: a page that adds subtrees without pause cannot starve them.
        const [control] = pending;
        if (control) {
          pending.delete(control);
          evaluate(control);
          continue;
        }
        const site = sites.pop();
        if (site) {
          if (dom.isConnected(site)) follow(site);
          continue;
        }
        const task = tasks[nextTask++];
        if (task) {
          task();
          continue;
        }
        if (tasks.length) searchedOnce = true;
        tasks.length = nextTask = 0;
        const root = queue[head++];
        if (!root) {
          queue.length = head = 0;
          return 'idle';
        }
        if (dom.isConnected(root)) search(root);
      }
      return exhausted ? 'exhausted' : 'working';
    },
    pick(isUsable, label) {
      const found = Array.from(candidates).filter(
        ([control, hit]) => (label === undefined || hit.label === label) && dom.isConnected(control),
      );
      found.sort(([a], [b]) => dom.order(a, b));
      const usable = (via: FoundControl['via']) => found.find(([control, hit]) => hit.via === via && isUsable(control));
      const hit = usable('name') ?? usable('row');
      return hit && { control: hit[0], label: hit[1].label, state: readState(hit[0], dom), via: hit[1].via };
    },
  };
}

/** One whole, unsliced search: for fixture documents and tests. */
export function findControl(
  doc: Document,
  labels: readonly string[],
  realm: Realm | SafeDom,
  isUsable: (element: Element) => boolean = () => true,
): FoundControl | undefined {
  const dom = 'walker' in realm ? realm : captureDom(realm);
  const scanner = createControlScanner(doc, labels, dom);
  const root = dom.documentElement(doc);
  if (root) scanner.added(root);
  scanner.step(() => true);
  return scanner.pick(isUsable);
}

export function readState(control: Element, dom: SafeDom): ControlState {
  const checked = dom.attr(control, 'aria-checked') ?? dom.attr(control, 'aria-pressed');
  if (checked === 'true') return 'on';
  if (checked === 'false') return 'off';
  const box = dom.checked(control);
  if (typeof box === 'boolean') return box ? 'on' : 'off';
  return 'unknown';
}
