/**
 * Summaries for noisy samples. Frame-aligned timings (a popup's first paint
 * lands on a display frame, 16.7 ms apart) make the median jump a whole frame
 * between runs, so paint times use a trimmed mean; differences of paired runs
 * use the median with a distribution-free 95% interval, so a figure that is
 * only noise says so.
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Mean of the values left after dropping `fraction` of them at each end. */
export function trimmedMean(values: readonly number[], fraction = 0.1): number {
  const sorted = [...values].sort((a, b) => a - b);
  const drop = Math.floor(sorted.length * fraction);
  const kept = sorted.slice(drop, sorted.length - drop);
  return kept.length ? kept.reduce((sum, v) => sum + v, 0) / kept.length : Number.NaN;
}

/**
 * The 95% confidence interval of the median from order statistics (no
 * assumption about the distribution): ranks n/2 ± 1.96·√n/2, rounded outwards.
 */
export function medianInterval(values: readonly number[]): { low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  const spread = (1.96 * Math.sqrt(n)) / 2;
  const lowRank = Math.max(0, Math.floor(n / 2 - spread));
  const highRank = Math.min(n - 1, Math.ceil(n / 2 + spread) - 1);
  return { low: sorted[lowRank] as number, high: sorted[highRank] as number };
}

/** A small seeded generator (mulberry32): the same samples give the same interval on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95% bootstrap interval of trimmedMean(a) ÷ trimmedMean(b), resampling each set of opens with replacement:
 * how far a ratio of two frame-aligned paint times can move on noise alone.
 */
export function trimmedMeanRatioInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): { low: number; high: number } {
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(0x5eed);
  const resample = (values: readonly number[]) =>
    Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] as number);
  const ratios = Array.from({ length: resamples }, () => trimmedMean(resample(a)) / trimmedMean(resample(b))).sort(
    (x, y) => x - y,
  );
  return {
    low: ratios[Math.floor(resamples * 0.025)] as number,
    high: ratios[Math.ceil(resamples * 0.975) - 1] as number,
  };
}
