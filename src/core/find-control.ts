/**
 * Finds a settings control the way a person does: by the text that labels it
 * (its `aria-labelledby` or `aria-label`, its `<label>`, or the text of the
 * row it sits in) and by what it is (a switch or a checkbox), never by the
 * vendor's class names, which change with every release.
 *
 * It must never hurt the page it reads (issue #11):
 * - Linear and incremental. One walk of the page visits each node once and
 *   counts, for each ancestor up to a row's depth, whether it holds one
 *   control or several; after that only added subtrees are walked, and text
 *   changes re-read the few controls whose name or row they touch. Every text
 *   read is capped. Nothing asks the browser for `labels`, which scans the
 *   whole document per control.
 * - Sliced. `step` does as much as its caller allows and returns, so the
 *   caller can yield to the page between slices.
 * - Bounded. Each node visited counts against a per-page budget; past it the
 *   search ends (`exhausted`) instead of going on.
 * - Clobbering-proof. Every read goes through `SafeDom` (prototype getters)
 *   and `TreeWalker`s, so a form whose inputs are named `parentElement` or
 *   `closest` cannot redirect or loop a walk.
 *
 * Pure over the DOM it is handed: no globals, no browser API. Visibility
 * needs layout, so the caller decides it.
 */
import { captureDom, ELEMENT_NODE, type Realm, type SafeDom, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './safe-dom.ts';

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
/** A label or a row's text is short: reading stops after this many characters or nodes. */
const MAX_TEXT = 1_000;
const MAX_TEXT_NODES = 200;
/** `aria-labelledby` ids read per control. */
const MAX_LABELLED_BY = 8;
/** Controls whose label matches (the real one and any decoys); more than this is a hostile page. */
const MAX_CANDIDATES = 64;
/** Roots waiting to be walked; past this, one walk of the whole page replaces them. */
const MAX_QUEUE = 4_096;
/**
 * Nodes visited per page before the search gives up: about 40 walks of a
 * 50,000-row admin console (250,000 nodes), well under a second of work.
 */
export const DEFAULT_BUDGET = 10_000_000;

/** Bidi embeddings, overrides, isolates and marks: a label carrying them renders other than it reads. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export const normalizeText = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');

export type ScanStatus = 'idle' | 'working' | 'exhausted';

export interface ControlScanner {
  /** A subtree was added to the page. */
  added(node: Node): void;
  /** Text or attributes changed at `node`: re-read the controls whose name or row it may be part of. */
  changed(node: Node): void;
  /** Works while `more()` says so; `idle` when nothing is left, `exhausted` once the budget is spent. */
  step(more: () => boolean): ScanStatus;
  /** The first usable control named by a wanted label, else the first whose row carries it. */
  pick(isUsable: (element: Element) => boolean): FoundControl | undefined;
  /** Nodes visited so far. */
  readonly work: number;
  /**
   * The first walk is done and every control found so far has been read:
   * `pick` gives the page's best answer even while more is queued (a page
   * that never stops adding nodes).
   */
  readonly settled: boolean;
}

interface Wanted {
  label: string;
  normal: string;
}

export function createControlScanner(doc: Document, labels: readonly string[], dom: SafeDom, budget = DEFAULT_BUDGET): ControlScanner {
  // A label with a placeholder ("Prevent third-party sharing for [your blog name]") is matched by its fixed text.
  const wanted: Wanted[] = labels.map((label) => ({ label, normal: normalizeText(label.replace(/\[[^\]]*\]/gu, ' ')) })).filter((w) => w.normal !== '');
  const labelIn = (text: string): string | undefined => {
    if (BIDI.test(text)) return undefined;
    const normal = normalizeText(text);
    return normal === '' ? undefined : wanted.find((w) => normal.includes(w.normal))?.label;
  };

  let work = 0;
  let exhausted = false;
  let walkedOnce = false;
  const queue: Node[] = [];
  let walk: { root: Node; walker: TreeWalker } | undefined;
  /** Controls to (re-)read, in the order found; a set, so churn does not pile them up. */
  const pending = new Set<Element>();
  const seen = new WeakSet<Element>();
  /** Ancestor → its only control, or null once it holds several. */
  const rowOwner = new WeakMap<Element, Element | null>();
  /** `<label for=id>` elements by id, so no control has to ask the browser for its `labels`. */
  const labelsFor = new Map<string, Set<Element>>();
  /** Controls named by `aria-labelledby`, by the ids they point at: text changes there re-read them. */
  const labelledBy = new Map<string, Set<Element>>();
  const candidates = new Map<Element, { label: string; via: FoundControl['via'] }>();

  const remember = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
    const set = map.get(key) ?? new Set<V>();
    if (set.size < MAX_CANDIDATES) set.add(value);
    map.set(key, set);
  };

  /** The text under `root`, up to MAX_TEXT characters or MAX_TEXT_NODES nodes. */
  const textOf = (root: Node | null): string => {
    if (!root) return '';
    if (dom.nodeType(root) === TEXT_NODE) return dom.data(root).slice(0, MAX_TEXT);
    const walker = dom.walker(doc, root, SHOW_ELEMENT | SHOW_TEXT);
    let text = '';
    for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES && text.length < MAX_TEXT; n++, node = walker.nextNode()) {
      work++;
      if (dom.nodeType(node) === TEXT_NODE) text += dom.data(node);
    }
    return text.slice(0, MAX_TEXT);
  };

  const accessibleName = (control: Element): string => {
    const ids = (dom.attr(control, 'aria-labelledby') ?? '').split(/\s+/u).filter(Boolean).slice(0, MAX_LABELLED_BY);
    if (ids.length) {
      for (const id of ids) remember(labelledBy, id, control);
      const text = ids.map((id) => textOf(dom.byId(doc, id))).join(' ');
      if (text.trim()) return text;
    }
    const ariaLabel = dom.attr(control, 'aria-label');
    if (ariaLabel?.trim()) return ariaLabel.slice(0, MAX_TEXT);
    const id = dom.attr(control, 'id');
    const labels = new Set<Element>();
    for (const label of (id && labelsFor.get(id)) || []) if (dom.isConnected(label) && dom.attr(label, 'for') === id) labels.add(label);
    const wrapping = dom.closest(control, 'label');
    if (wrapping) labels.add(wrapping);
    return Array.from(labels, textOf).join(' ');
  };

  /** The text of the nearest ancestor that holds this control and no other: its settings row. */
  const rowText = (control: Element): string => {
    let row = dom.parent(control);
    for (let depth = 0; row && depth < MAX_ROW_DEPTH && dom.nodeType(row) === ELEMENT_NODE; depth++, row = dom.parent(row)) {
      work++;
      if (rowOwner.get(row as Element) !== control) return '';
      const text = textOf(row);
      if (text.trim()) return text;
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
    const inRow = named === undefined ? labelIn(rowText(control)) : undefined;
    const label = named ?? inRow;
    if (label === undefined) candidates.delete(control);
    else if (candidates.has(control) || candidates.size < MAX_CANDIDATES) candidates.set(control, { label, via: named !== undefined ? 'name' : 'row' });
  };

  /** Counts `control` in each ancestor up to a row's depth: one control, or several. */
  const countInRows = (control: Element) => {
    let row = dom.parent(control);
    for (let depth = 0; row && depth < MAX_ROW_DEPTH && dom.nodeType(row) === ELEMENT_NODE; depth++, row = dom.parent(row)) {
      work++;
      const owner = rowOwner.get(row as Element);
      // An owner that has left this row since (a re-rendered row) no longer counts.
      const stale = owner && (!dom.isConnected(owner) || !dom.contains(row, owner));
      if (owner === undefined || stale) rowOwner.set(row as Element, control);
      else if (owner && owner !== control) {
        rowOwner.set(row as Element, null);
        // Its row now holds two controls: the one it had is read again.
        pending.add(owner);
      }
    }
  };

  const visit = (node: Node) => {
    work++;
    if (dom.nodeType(node) !== ELEMENT_NODE) return;
    const element = node as Element;
    if (dom.matches(element, CONTROLS)) {
      if (!seen.has(element)) {
        seen.add(element);
        countInRows(element);
      }
      pending.add(element);
    } else if (dom.localName(element) === 'label') {
      const id = dom.attr(element, 'for');
      if (!id) return;
      remember(labelsFor, id, element);
      const control = dom.byId(doc, id);
      if (control && seen.has(control)) pending.add(control);
    }
  };

  const recheck = (control: Element | null | undefined) => {
    if (control && seen.has(control)) pending.add(control);
  };

  /** Climbs a row's depth from `node`: the controls whose row, label or `aria-labelledby` target it is are read again. */
  const changed = (node: Node) => {
    if (exhausted) return;
    let at: Node | null = dom.nodeType(node) === ELEMENT_NODE ? node : dom.parent(node);
    for (let depth = 0; at && depth <= MAX_ROW_DEPTH && dom.nodeType(at) === ELEMENT_NODE; depth++, at = dom.parent(at)) {
      work++;
      const element = at as Element;
      recheck(rowOwner.get(element));
      const id = dom.attr(element, 'id');
      if (id) for (const control of labelledBy.get(id) ?? []) recheck(control);
      if (dom.localName(element) === 'label') {
        const target = dom.attr(element, 'for');
        recheck(target ? dom.byId(doc, target) : undefined);
      }
    }
  };

  return {
    get work() {
      return work;
    },
    get settled() {
      return walkedOnce && pending.size === 0;
    },
    added(node) {
      if (exhausted) return;
      if (dom.nodeType(node) === ELEMENT_NODE) {
        if (queue.length >= MAX_QUEUE) {
          // More roots than a page adds in earnest: walk the whole page once instead.
          queue.length = 0;
          const root = dom.documentElement(doc);
          if (root) queue.push(root);
        } else queue.push(node);
      }
      // Text or an element added beside existing controls (a row's label rendered late) changes their rows.
      changed(node);
    },
    changed,
    step(more) {
      while (!exhausted && more()) {
        if (work > budget) {
          exhausted = true;
          queue.length = 0;
          pending.clear();
          walk = undefined;
          break;
        }
        if (walk) {
          // The node the walk stood on was removed: walk that root again (controls already seen are not counted twice).
          if (!dom.isConnected(walk.walker.currentNode)) {
            if (dom.isConnected(walk.root)) queue.push(walk.root);
            walk = undefined;
            continue;
          }
          const next = walk.walker.nextNode();
          if (next) visit(next);
          else {
            walk = undefined;
            walkedOnce = true;
          }
          continue;
        }
        // Controls are read between walks, once their rows are counted: a page that adds
        // subtrees without pause (a mutation storm) cannot starve them.
        const [control] = pending;
        if (control) {
          pending.delete(control);
          evaluate(control);
          continue;
        }
        const root = queue.shift();
        if (!root) return 'idle';
        if (!dom.isConnected(root)) continue;
        visit(root);
        walk = { root, walker: dom.walker(doc, root, SHOW_ELEMENT) };
      }
      return exhausted ? 'exhausted' : 'working';
    },
    pick(isUsable) {
      const found = Array.from(candidates).filter(([control]) => dom.isConnected(control));
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
