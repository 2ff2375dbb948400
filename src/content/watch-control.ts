/**
 * The watch piece of marking a control: calls `onChange` whenever the
 * control's state may have changed (an ARIA state attribute, or a `change`
 * event on a native checkbox), until `signal` aborts. Listens on the control
 * only, never on the page: one observer, one listener.
 */
import { dom } from './dom.ts';

/** Where switches keep their state: `aria-checked`, `aria-pressed`, and Radix-style `data-state`. */
export const STATE_ATTRIBUTES = ['aria-checked', 'aria-pressed', 'data-state'];

export function watchControl(control: Element, signal: AbortSignal, onChange: () => void): void {
  if (signal.aborted) return;
  const observer = new MutationObserver(() => onChange());
  observer.observe(control, { attributes: true, attributeFilter: STATE_ATTRIBUTES });
  signal.addEventListener('abort', () => observer.disconnect());
  dom.listen(control, 'change', onChange, { signal });
}
