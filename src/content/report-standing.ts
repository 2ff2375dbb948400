/**
 * The report piece of marking a control: tells the worker a control's
 * standing only when it changed for that label, and never `unknown` (an
 * unreadable state says nothing about what the user did).
 */
import type { Standing } from '../core/settings-page.ts';

export type StandingReport = (label: string, standing: Standing) => void;
/** A standing worth telling the worker: what the user's control says, read. */
export type KnownStanding = Exclude<Standing, 'unknown'>;

/** `send` delivers one report; a failed send is dropped (the worker may be restarting), not retried. */
export function createStandingReport(
  send: (label: string, standing: KnownStanding) => Promise<unknown>,
): StandingReport {
  /** The standing last reported, per label. */
  const reported = new Map<string, KnownStanding>();
  return (label, standing) => {
    if (standing === 'unknown' || standing === reported.get(label)) return;
    reported.set(label, standing);
    void send(label, standing).catch(() => {});
  };
}
