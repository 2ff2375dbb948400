/**
 * When a control counts as visible, beyond what the browser's
 * `checkVisibility` says. A copy of a control at `opacity: 0.05` is hidden
 * from a person but not from `checkVisibility({ opacityProperty: true })`,
 * which only catches 0; opacity multiplies down the tree, so it is the
 * product over the control and its ancestors that counts.
 */

/** Below this effective opacity a control is not one a person sees. */
export const MIN_OPACITY = 0.1;

/** The product of computed `opacity` values (the control's and its ancestors'); unreadable values count as 1. */
export function effectiveOpacity(values: Iterable<string>): number {
  let product = 1;
  for (const value of values) {
    const opacity = Number.parseFloat(value);
    if (Number.isFinite(opacity)) product *= Math.min(1, Math.max(0, opacity));
  }
  return product;
}

export const isFaint = (opacity: number) => opacity < MIN_OPACITY;
