import { describe, expect, it } from 'vitest';
import { median, medianInterval, trimmedMean, trimmedMeanRatioInterval } from '../../bench/stats.ts';

describe('bench statistics', () => {
  it('takes the middle of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('drops a tenth at each end before averaging', () => {
    // 10 values: one dropped at each end, so the outliers 1000 and -1000 do not count.
    expect(trimmedMean([-1000, 1, 2, 3, 4, 5, 6, 7, 8, 1000])).toBe(4.5);
    expect(trimmedMean([80, 96])).toBe(88);
  });

  it('gives a median interval that holds the median and widens with spread', () => {
    const values = Array.from({ length: 45 }, (_, i) => i - 22);
    const { low, high } = medianInterval(values);
    expect(low).toBeLessThan(median(values));
    expect(high).toBeGreaterThan(median(values));
    // n = 45: ranks 22.5 ± 6.6 (0-based 15 and 29), so [-7, 7] on this evenly spread sample.
    expect([low, high]).toEqual([-7, 7]);
    const tight = medianInterval(values.map((v) => v / 10));
    expect(tight.high - tight.low).toBeCloseTo((high - low) / 10);
  });

  it('gives a ratio interval that holds the ratio, is repeatable, and narrows with more opens', () => {
    // Paint times on display frames: 36, 52 and 68 ms, the copy one frame earlier on average.
    const frames = (shift: number, n: number) => Array.from({ length: n }, (_, i) => 36 + 16 * ((i + shift) % 3));
    const ours = frames(1, 30);
    const copy = frames(0, 30);
    const ratio = trimmedMean(ours) / trimmedMean(copy);
    const interval = trimmedMeanRatioInterval(ours, copy);
    expect(interval.low).toBeLessThan(ratio);
    expect(interval.high).toBeGreaterThan(ratio);
    expect(trimmedMeanRatioInterval(ours, copy)).toEqual(interval);
    const wider = trimmedMeanRatioInterval(frames(1, 9), frames(0, 9));
    expect(wider.high - wider.low).toBeGreaterThan(interval.high - interval.low);
    expect(trimmedMeanRatioInterval([], copy).low).toBeNaN();
  });

  it('gives a zero-width ratio interval when nothing varies', () => {
    expect(trimmedMeanRatioInterval([60, 60, 60], [50, 50, 50])).toEqual({ low: 1.2, high: 1.2 });
  });
});
