/**
 * The find piece of marking controls: runs the incremental control search
 * (src/core/find-control.ts) in slices of at most SLICE_MS, each its own
 * task, feeds it what the page adds or changes, and once it has caught up
 * picks, per wanted label, the usable control it names (after the page's
 * next frame: visibility reads layout). A page that costs more than the
 * search's budget ends the search instead of getting more work.
 */
import { createControlScanner, DEFAULT_BUDGET } from '../core/find-control.ts';
import { dom } from './dom.ts';
import { guarded } from './guarded.ts';

/** Longest slice of searching before yielding to the page (a long task is 50 ms). */
export const SLICE_MS = 8;
/** On a page that never stops changing, the best pick so far is looked at no more often than this. */
const REPICK_MS = 200;

export interface FindOptions {
  /** The record's labels; a label named twice is looked for once. */
  readonly labels: readonly string[];
  /**
   * Every wording of a label the page may show (the vendor's German, French
   * or Spanish label, the page's language first); the label alone where
   * absent. A control found by any wording is found for its label.
   */
  readonly wordings?: ((label: string) => readonly string[]) | undefined;
  readonly signal: AbortSignal;
  readonly isUsable: (element: Element) => boolean;
  /** Runs its work once the page's layout is clean (see usable.ts). */
  readonly whenLaidOut: (work: () => void) => void;
  /** A control was found for `label` (never one already found for another label). */
  readonly onFound: (label: string, control: Element) => void;
  /** A control found before left the page (the page re-rendered): every found control is forgotten and the search starts again. */
  readonly onLost: () => void;
  /** The per-page budget is spent: the search has ended. */
  readonly onExhausted: () => void;
  readonly budget?: number;
  /** The clock slices are cut by (tests pass their own). */
  readonly now?: () => number;
}

export interface ControlFinder {
  /** What the page changed (a MutationObserver's records). */
  changed(records: readonly MutationRecord[]): void;
  /** Each wanted label's control, as found so far. */
  readonly found: ReadonlyMap<string, Element>;
}

export function findControls(options: FindOptions): ControlFinder {
  const { labels, signal, isUsable, whenLaidOut, onFound, onLost, onExhausted } = options;
  const wordingsOf = options.wordings ?? ((label: string) => [label]);
  const budget = options.budget ?? DEFAULT_BUDGET;
  const now = options.now ?? (() => performance.now());
  /** One control per distinct label: a page with two switches (Atlassian's data contribution) gets two. */
  const wanted = [...new Set(labels)];
  const found = new Map<string, Element>();
  /** What the search looks for: every wording of every wanted label. */
  const searched = [...new Set(wanted.flatMap(wordingsOf))];
  let scanner = createControlScanner(document, searched, dom, budget);
  let spent = 0;
  let sliceQueued = false;
  let pickQueued = false;
  let lastPick = 0;
  let gaveUp = false;
  const allFound = () => found.size === wanted.length;

  const pick = () => {
    pickQueued = false;
    lastPick = now();
    if (allFound() || gaveUp || signal.aborted) return;
    const taken = new Set(found.values());
    for (const label of wanted) {
      if (found.has(label)) continue;
      // The first wording that names a usable control not taken yet, the page's language first.
      const hit = wordingsOf(label)
        .map((wording) => scanner.pick(isUsable, wording))
        .find((candidate) => candidate && !taken.has(candidate.control));
      // Two wordings of one switch's label (Grammarly's "and" and "&") name one control: found once.
      if (hit) {
        found.set(label, hit.control);
        taken.add(hit.control);
        onFound(label, hit.control);
      }
    }
  };

  const slice = () => {
    sliceQueued = false;
    if (signal.aborted || gaveUp) return;
    const start = now();
    const before = scanner.work;
    // Steps range from a map lookup to reading a large subtree's text: check the clock after each.
    const status = scanner.step(() => now() - start < SLICE_MS);
    spent += scanner.work - before;
    if (status === 'exhausted') {
      gaveUp = true;
      onExhausted();
      return;
    }
    if (status === 'working') queueSlice();
    // Once caught up, every control whose label matched is known, so the pick is the page's best;
    // a page that never stops changing is looked at at most every REPICK_MS.
    if (!allFound() && !pickQueued && (status === 'idle' || (scanner.settled && now() - lastPick > REPICK_MS))) {
      pickQueued = true;
      whenLaidOut(pick);
    }
  };

  const queueSlice = () => {
    if (sliceQueued || gaveUp) return;
    sliceQueued = true;
    setTimeout(() => guarded(slice), 0);
  };

  const searchPage = () => {
    const root = dom.documentElement(document);
    if (root) scanner.added(root);
    queueSlice();
  };

  searchPage();
  return {
    found,
    changed(records) {
      if (gaveUp || signal.aborted) return;
      if (Array.from(found.values()).some((control) => !dom.isConnected(control))) {
        // A re-rendered page: search it again, within what is left of the page's budget.
        found.clear();
        onLost();
        scanner = createControlScanner(document, searched, dom, budget - spent);
        searchPage();
        return;
      }
      if (allFound()) return;
      for (const record of records) {
        if (record.type === 'characterData') scanner.changed(record.target);
        else for (const node of record.addedNodes) scanner.added(node);
      }
      queueSlice();
    },
  };
}
