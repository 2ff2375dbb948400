import { type ManagedPolicy, readManaged } from '../core/tracker.ts';
import browser from './browser.ts';

/**
 * What the organisation preset through the browser's policies, validated
 * (src/core/tracker/managed.ts). Firefox rejects the read when no policy
 * names NoTrain, and a browser may lack the area: both mean no policy.
 */
export async function loadManaged(): Promise<ManagedPolicy> {
  try {
    return readManaged(await browser.storage.managed.get()).policy;
  } catch {
    return {};
  }
}
