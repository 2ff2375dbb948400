/**
 * The report piece of marking a control: tells the worker what a control's
 * state means (opted out, or training) only when it changed for that label,
 * and never `unknown` (an unreadable state says nothing about what the user
 * did).
 */
import type { ControlReading } from '../core/settings-page.ts';
import type { ControlSeen } from '../core/tracker.ts';

export type ControlReport = (label: string, reading: ControlReading) => void;

/** `send` delivers one report; a failed send is dropped (the worker may be restarting), not retried. */
export function createControlReport(send: (label: string, state: ControlSeen) => Promise<unknown>): ControlReport {
  /** The state last reported, per label. */
  const reported = new Map<string, ControlSeen>();
  return (label, reading) => {
    if (reading === 'unknown' || reading === reported.get(label)) return;
    reported.set(label, reading);
    void send(label, reading).catch(() => {});
  };
}
