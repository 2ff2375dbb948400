/**
 * The messages between NoTrain's parts, typed, and checked on arrival: the
 * background trusts no message it has not validated.
 */
import type { Standing } from '../core/settings-page.ts';
import browser from './browser.ts';
import { isKebabId } from '../core/kebab-id.ts';

export interface ControlStateMessage {
  readonly type: 'control-state';
  readonly vendorId: string;
  readonly label: string;
  readonly standing: Exclude<Standing, 'unknown'>;
}

export function reportControl(message: ControlStateMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function parseControlState(raw: unknown): ControlStateMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, vendorId, label, standing } = raw as Record<string, unknown>;
  if (type !== 'control-state') return undefined;
  if (typeof vendorId !== 'string' || !isKebabId(vendorId)) return undefined;
  if (typeof label !== 'string' || label.length === 0 || label.length > 200) return undefined;
  if (standing !== 'opted-out' && standing !== 'training') return undefined;
  return { type, vendorId, label, standing };
}
