/**
 * The toolbar badge's colours, in one place: the worker sets them
 * (toolbar-badge.ts) and the welcome page's legend shows the same ones
 * (src/welcome/Welcome.tsx). Each is dark enough for white text at the
 * badge's size; the text, not the colour, carries the meaning.
 */
export const BADGE_COLORS = {
  /** ON: trains on the user's data by default. */
  trains: '#b3261e',
  /** OFF: opted out, as far as NoTrain saw. */
  optedOut: '#146c2e',
  /** PART: opted out of part of it. */
  partial: '#8a4b00',
  /** ✓, ?, PLAN and no badge: nothing to act on, or nothing known yet. */
  quiet: '#5f6368',
} as const;
