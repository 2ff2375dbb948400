/**
 * The messages between NoTrain's parts, typed, and checked on arrival: the
 * background trusts no message it has not validated.
 */
import type { ControlSeen } from '../core/tracker.ts';
import browser from './browser.ts';
import { isKebabId } from '../core/kebab-id.ts';

/** The settings-page script saw a control (by its label) in its opting-out state, or back in its training state. */
export interface ControlSeenMessage {
  readonly type: 'control-seen';
  readonly vendorId: string;
  readonly label: string;
  readonly state: ControlSeen;
}

export function reportControl(message: ControlSeenMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function parseControlSeen(raw: unknown): ControlSeenMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, vendorId, label, state } = raw as Record<string, unknown>;
  if (type !== 'control-seen') return undefined;
  if (typeof vendorId !== 'string' || !isKebabId(vendorId)) return undefined;
  if (typeof label !== 'string' || label.length === 0 || label.length > 200) return undefined;
  if (state !== 'opted-out' && state !== 'training') return undefined;
  return { type, vendorId, label, state };
}
