/**
 * The audit's one-line summary ("7 tools, 4 train by default, 2 opted out,
 * 1 waiting on Slack"), with each count in the right plural form for the
 * language. The catalogs give each count a `…One` and a `…Other` message
 * (chrome.i18n has no plurals); `Intl.PluralRules` picks between them, so
 * French says "0 outil" and "1 outil" (both "one") but "2 outils".
 */
import type { MessageKey, Translate } from '../i18n.ts';
import { type AuditRow, isDone } from './rows.ts';

export interface AuditCounts {
  /** Distinct vendors listed. */
  readonly tools: number;
  /** Distinct vendors that train on the user's data by default, on their plan, somewhere listed. */
  readonly trains: number;
  /** Rows (vendor in a workspace) done: confirmed by the vendor, or the setting seen in its opting-out state. */
  readonly optedOut: number;
  /** Rows whose email was sent and not yet confirmed, and the vendors they wait on. */
  readonly waiting: number;
  readonly waitingOn: readonly string[];
  /** Rows waiting on an owner the user asked. */
  readonly waitingOwner: number;
}

export function auditCounts(rows: readonly AuditRow[]): AuditCounts {
  const vendors = (list: readonly AuditRow[]) => new Set(list.map((r) => r.vendorId)).size;
  const sent = rows.filter((r) => r.status === 'sent');
  return {
    tools: vendors(rows),
    trains: vendors(rows.filter((r) => r.trainsByDefault)),
    optedOut: rows.filter(isDone).length,
    waiting: sent.length,
    waitingOn: [...new Set(sent.map((r) => r.vendorName))],
    waitingOwner: rows.filter((r) => r.status === 'asked-owner').length,
  };
}

type Forms = readonly [one: MessageKey, other: MessageKey];

const TOOLS: Forms = ['auditSumToolsOne', 'auditSumToolsOther'];
const TRAINS: Forms = ['auditSumTrainsOne', 'auditSumTrainsOther'];
const OPTED_OUT: Forms = ['auditSumOptedOutOne', 'auditSumOptedOutOther'];
const WAITING: Forms = ['auditSumWaitingOne', 'auditSumWaitingOther'];
const WAITING_OWNER: Forms = ['auditSumWaitingOwnerOne', 'auditSumWaitingOwnerOther'];

/** `count` in the language's digits, in the message of its plural form (`one`, or any other category). */
export function plural(count: number, [one, other]: Forms, t: Translate, language: string, subs: string[] = []) {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? one : other;
  return t(form, [new Intl.NumberFormat(language).format(count), ...subs]);
}

export function summaryLine(counts: AuditCounts, t: Translate, language: string): string {
  const and = new Intl.ListFormat(language, { type: 'conjunction' });
  const parts = [
    plural(counts.tools, TOOLS, t, language),
    plural(counts.trains, TRAINS, t, language),
    plural(counts.optedOut, OPTED_OUT, t, language),
    ...(counts.waiting ? [plural(counts.waiting, WAITING, t, language, [and.format(counts.waitingOn)])] : []),
    ...(counts.waitingOwner ? [plural(counts.waitingOwner, WAITING_OWNER, t, language)] : []),
  ];
  return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(parts);
}
