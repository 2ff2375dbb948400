/** NoTrain's storage.local in the running Chromium, read and written through its service worker. */
import type { Worker } from 'playwright-core';

type Chrome = typeof import('webextension-polyfill');

/** Sets keys, as another version of NoTrain (or the worker) would have stored them. */
export const setStored = (worker: Worker, items: Record<string, unknown>) =>
  worker.evaluate(async (values) => {
    await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(values);
  }, items);

/** One key's stored value, or null. */
export const getStored = (worker: Worker, key: string) =>
  worker.evaluate(async (k) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await c.storage.local.get(k))[k] ?? null;
  }, key);

/** Empties storage.local, between tests that seed it. */
export const clearStored = (worker: Worker) =>
  worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.clear();
  });
