/**
 * One browser per test file: launched before its tests, closed after them,
 * and checked on the way out that nothing but the pages the tests opened
 * reached the network (NoTrain makes no request of its own).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { type Harness, type LaunchOptions, launch } from './harness.ts';

export function useHarness(options?: LaunchOptions): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launch(options);
  });
  afterAll(async () => {
    const unexpected = harness?.unexpectedRequests() ?? [];
    await harness?.close();
    expect(unexpected).toEqual([]);
  });
  return () => {
    if (!harness) throw new Error('the browser is not running: use it inside a test');
    return harness;
  };
}
