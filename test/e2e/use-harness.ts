/**
 * One browser per test file: launched before its tests, closed after them,
 * and checked on the way out that nothing but the pages the tests opened
 * reached the network (NoTrain makes no request of its own).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { type Harness, type LaunchOptions, launch } from './harness.ts';

interface Launched {
  unexpectedRequests(): string[];
  close(): Promise<void>;
}

/** The browser `start` launches, for the tests of the file that calls this. */
export function useLaunched<H extends Launched>(start: () => Promise<H>, timeout?: number): () => H {
  let harness: H | undefined;
  beforeAll(async () => {
    harness = await start();
  }, timeout);
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

/** Chromium with the Chrome build (dist/chrome). */
export const useHarness = (options?: LaunchOptions): (() => Harness) => useLaunched(() => launch(options));
