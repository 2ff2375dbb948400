/**
 * What the toolbar button says about a tab at a glance. Text carries the
 * meaning (colour only backs it up, for colour-blind users), and the tooltip
 * spells it out for screen readers and hover.
 */
import { BADGE_COLORS } from './badge-colors.ts';
import type { TabMatch } from './classify-tab.ts';
import { type Message, message } from './i18n.ts';
import type { VendorEntry } from './registry.ts';
import { type ViewVendor, viewHeadline } from './summarize.ts';
import { controlsOf, type Entry, nextStep } from './tracker/entry.ts';

/** What the badge needs of a record: matching data, the training entries and who publishes each source. */
export type BadgeVendor = VendorEntry & ViewVendor;

export interface ToolbarBadge {
  readonly text: Message | undefined;
  readonly color: string;
  readonly title: Message;
}

const { trains: TRAINS_COLOR, optedOut: OPTED_OUT_COLOR, quiet: QUIET_COLOR, partial: PARTIAL_COLOR } = BADGE_COLORS;

/**
 * States a user can tell apart without colour: ON (trains by default, for the
 * user's plan, not opted out), OFF (opted out, as far as NoTrain saw, or
 * confirmed by the vendor as the user marked it), PART (opted out of part of
 * it; the rest is on by default), SENT (the user emailed the vendor, or asked
 * their owner, and waits for an answer), PLAN (it depends on the plan, not
 * picked yet), ✓ (the vendor says it does not train); `?` where the policy
 * could not be verified. The badge never claims more than the headline: a
 * reported "trains" is `ON?`, and a reported "does not train" is `?`, never
 * ✓. Red only when the user's plan trains by default and they have not
 * acted.
 *
 * Why SENT is grey, not red or green: the user did all they can (a red ON
 * forever would nag them for the vendor's silence), and nothing confirms the
 * opt-out yet (green would claim it). Their "Vendor confirmed" turns it
 * green OFF, as an opt-out NoTrain saw does; Undo brings the earlier state
 * back.
 */
export function toolbarBadge(match: TabMatch<BadgeVendor> | undefined, entry?: Entry, plan?: string): ToolbarBadge {
  if (!match) return { text: undefined, color: QUIET_COLOR, title: message('actionTitle') };
  const view = viewHeadline(match.vendor, plan, entry);
  const { tone, headline, reported } = view;
  const next = entry && nextStep(entry);
  const day = next?.since.slice(0, 10) ?? '';
  if (next?.status === 'confirmed')
    return {
      text: message('badgeOptedOut'),
      color: OPTED_OUT_COLOR,
      title: message('titleConfirmed', match.vendor.name, day),
    };
  if (next?.status === 'sent' || next?.status === 'asked-owner')
    return {
      text: message('badgeSent'),
      color: QUIET_COLOR,
      title: message(next.status === 'sent' ? 'titleSent' : 'titleAskedOwner', match.vendor.name, day),
    };
  if (tone === 'opted-out' && entry) {
    const seenOn = controlsOf(entry.steps)
      .filter((c) => c.state === 'opted-out')
      .map((c) => c.at.slice(0, 10))
      .sort()
      .at(-1);
    return {
      text: message('badgeOptedOut'),
      color: OPTED_OUT_COLOR,
      title: message('titleOptedOut', match.vendor.name, seenOn ?? day),
    };
  }
  if (tone === 'partial') return { text: message('badgePartial'), color: PARTIAL_COLOR, title: view.title ?? headline };
  if (tone === 'depends') return { text: message('badgeDependsOnPlan'), color: QUIET_COLOR, title: headline };
  if (tone === 'trains')
    return { text: message(reported ? 'badgeTrainsReported' : 'badgeTrains'), color: TRAINS_COLOR, title: headline };
  if (tone === 'unknown' || (tone === 'no-training' && reported))
    return { text: message('badgeUnknown'), color: QUIET_COLOR, title: headline };
  if (tone === 'no-training') return { text: message('badgeNoTraining'), color: QUIET_COLOR, title: headline };
  return { text: undefined, color: QUIET_COLOR, title: headline };
}
