/**
 * Whether a person sees and can use a control: the part of finding it that
 * needs the page's layout. Called once the page has laid itself out (see
 * `whenLaidOut`), and only on the few controls whose label matched.
 */
import { ELEMENT_NODE } from '../core/safe-dom.ts';
import { effectiveOpacity, isFaint } from '../core/visibility.ts';
import { dom } from './dom.ts';
import { guarded } from './guarded.ts';

/** How deep `isUsable` climbs; deeper ancestors are trusted on `checkVisibility` alone. */
const MAX_ANCESTORS = 1_024;

export function isUsable(element: Element): boolean {
  if (dom.closest(element, '[inert], [hidden], [aria-hidden="true"]')) return false;
  const box = dom.rect(element);
  if (box.width === 0 || box.height === 0) return false;
  if (!dom.checkVisibility(element, { opacityProperty: true, visibilityProperty: true })) return false;
  const opacities: string[] = [];
  let at: Node | null = element;
  for (let depth = 0; at && depth < MAX_ANCESTORS && dom.nodeType(at) === ELEMENT_NODE; depth++, at = dom.parent(at)) {
    const style = getComputedStyle(at as Element);
    opacities.push(style.opacity);
    // A control inside a zero-size box that clips it is not visible, whatever its own size.
    const rect = at === element ? box : dom.rect(at as Element);
    if ((rect.width === 0 || rect.height === 0) && style.overflow !== 'visible') return false;
  }
  // Faint through its ancestors (a copy at opacity 0.05) is hidden from a person, not from checkVisibility.
  if (isFaint(effectiveOpacity(opacities))) return false;
  // A control covered by something else (a decoy laid over it) is not the one a person sees.
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
    const hit = dom.hitAt(document, x, y);
    if (
      hit &&
      hit !== element &&
      !dom.contains(element, hit) &&
      !dom.contains(hit, element) &&
      dom.closest(hit, 'label') !== dom.closest(element, 'label')
    ) {
      return false;
    }
  }
  return true;
}

/** Runs `work` after the page's next frame, when its layout is clean: reading geometry then forces none. */
export function whenLaidOut(work: () => void, signal: AbortSignal) {
  let done = false;
  const run = () => {
    if (done || signal.aborted) return;
    done = true;
    guarded(work);
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  // Hidden tabs paint no frames.
  setTimeout(run, 1_000);
}
