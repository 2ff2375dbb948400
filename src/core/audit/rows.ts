/**
 * The audit page's rows: for each item (a vendor in a workspace or account),
 * what the vendor trains on and whether by default on the user's plan (the
 * popup's own summary), who can opt out and whether the user is that person,
 * the user's status and its date, what is left to do, the record's changes
 * since the user's opt-out, and how sure NoTrain is of each fact. Pure data;
 * the page and the exports translate it.
 */
import { type Choices, planFor, type Role, roleFor } from '../choices.ts';
import type { Strength } from '../claim-status.ts';
import type { Workspace } from '../classify-tab.ts';
import type { Message, MessageKey } from '../i18n.ts';
import { OTHER_PLAN, type PolicySummary, summarize, type ViewTone } from '../summarize.ts';
import type { Entry, Status } from '../tracker/entry.ts';
import { type PolicyChange, policyChangesSince } from '../tracker/policy-changes.ts';
import type { ShippedVendor } from '../vendor-schema.ts';
import { type FirstStep, leftToDo } from '../tracker-view.ts';
import { type AuditItem, itemOfEntry } from './items.ts';

/** One training fact, with how sure NoTrain is of it and the day its source was last verified. */
export interface AuditFact {
  readonly label: Message;
  readonly scope?: string | undefined;
  readonly value: readonly Message[];
  readonly strength: Strength;
  /** Who reports it, for a fact no vendor page confirms. */
  readonly by?: string | undefined;
  /** YYYY-MM-DD: the latest day a source of this fact was verified. */
  readonly verified: string;
}

/** Whether the user is the person who can opt out here. */
export type You = 'anyone' | 'owner' | 'not-owner' | 'unanswered';

export interface AuditRow {
  readonly key: string;
  readonly vendorId: string;
  readonly vendorName: string;
  /** The workspace or account, as NoTrain detected it (name, address or ID); absent for the account as a whole. */
  readonly workspace?: string | undefined;
  readonly added: boolean;
  /** The user's plan, by the vendor's name for it. */
  readonly plan?: string | undefined;
  readonly tone: ViewTone;
  readonly headline: Message;
  /** The vendor trains on the user's data by default, on their plan. */
  readonly trainsByDefault: boolean;
  readonly facts: readonly AuditFact[];
  readonly who: readonly Message[];
  readonly you: You;
  readonly status: Status;
  readonly since?: string | undefined;
  readonly left: MessageKey;
  readonly changes: readonly PolicyChange[];
  /** YYYY-MM-DD the record was last reviewed as a whole. */
  readonly reviewed: string;
}

const DONE: readonly Status[] = ['confirmed', 'setting-changed'];
export const isDone = (row: Pick<AuditRow, 'status'>): boolean => DONE.includes(row.status);

/** Before any step: what the record says to do, for the user's plan and role. */
function firstStep(summary: PolicySummary, you: You): FirstStep {
  if (summary.tone === 'no-training' || summary.tone === 'opt-in') return 'entryLeftNothingNeeded';
  if (summary.tone === 'depends') return 'entryLeftPickPlan';
  if (summary.methods.length === 0) return 'entryLeftNoRoute';
  return you === 'not-owner' ? 'entryLeftAskOwner' : 'entryLeftOptOut';
}

/** The vendor neither trains on the user's data by default nor needs anything of them. */
export const nothingToOptOutOf = (row: Pick<AuditRow, 'tone'>): boolean =>
  row.tone === 'no-training' || row.tone === 'opt-in';

const youOf = (summary: PolicySummary, role: Role | undefined): You =>
  !summary.ownerOnly ? 'anyone' : role === 'owner' ? 'owner' : role === 'member' ? 'not-owner' : 'unanswered';

/** The row for one item, from the vendor's full record and the user's stored answers. */
export function auditRow(vendor: ShippedVendor, item: AuditItem, choices: Choices): AuditRow {
  const workspace: Workspace | undefined = item.workspace && { scope: 'workspace', ...item.workspace };
  const plan = planFor(choices, vendor.id, workspace);
  const summary = summarize(
    { vendor, page: workspace ? 'workspace' : 'marketing', ...(workspace ? { workspace } : {}) },
    { plan },
  );
  const verifiedOf = (refs: readonly number[]) =>
    summary.sources
      .filter((s) => refs.includes(s.n))
      .map((s) => s.verified)
      .sort()
      .at(-1) ?? vendor.reviewed;
  const you = youOf(summary, roleFor(choices, vendor.id, workspace));
  return {
    key: item.key,
    vendorId: vendor.id,
    vendorName: vendor.name,
    workspace: item.workspace?.name ?? item.workspace?.url ?? item.workspace?.id,
    added: item.added,
    plan: plan === OTHER_PLAN ? undefined : vendor.plans?.find((p) => p.id === plan)?.name,
    tone: summary.tone,
    headline: summary.headline,
    trainsByDefault: summary.tone === 'trains',
    // The training rows: who can opt out has a column of its own.
    facts: summary.facts
      .filter((fact) => fact.models !== undefined)
      .map((fact) => ({
        label: fact.label,
        scope: fact.scope,
        value: fact.value,
        strength: fact.status.strength,
        by: fact.status.strength === 'confirmed' ? undefined : fact.status.by,
        verified: verifiedOf(fact.refs),
      })),
    who: summary.methods.length ? summary.who : [],
    you,
    status: item.status,
    since: item.since,
    // The options page's table (tracker-view.ts), with the record's first step before the user has taken one.
    left: leftToDo(item.status, firstStep(summary, you)),
    // The tracker's own rule (changes dated after the cutoff, newest first), asked with the item's cutoff as the last look.
    changes: item.cutoff
      ? policyChangesSince(vendor, {
          vendorId: vendor.id,
          status: item.status,
          steps: [{ kind: 'changes-seen', at: `${item.cutoff}T00:00:00.000Z` }],
        })
      : [],
    reviewed: vendor.reviewed,
  };
}

export type AuditSort = 'vendor' | 'status' | 'trains' | 'changes';
export type AuditFilter = 'all' | 'needs-action' | 'done' | 'trains' | 'changed';
export const AUDIT_SORTS: readonly AuditSort[] = ['vendor', 'status', 'trains', 'changes'];
export const AUDIT_FILTERS: readonly AuditFilter[] = ['all', 'needs-action', 'done', 'trains', 'changed'];

/** Least done first: what needs the user comes to the top when sorting by status. */
const STATUS_ORDER: readonly Status[] = [
  'setting-reverted',
  'not-started',
  'opened',
  'drafted',
  'asked-owner',
  'sent',
  'setting-changed',
  'confirmed',
];

export function filterRows(rows: readonly AuditRow[], filter: AuditFilter): AuditRow[] {
  switch (filter) {
    case 'all':
      return [...rows];
    case 'done':
      return rows.filter(isDone);
    case 'needs-action':
      return rows.filter((r) => !isDone(r) && !(r.status === 'not-started' && nothingToOptOutOf(r)));
    case 'trains':
      return rows.filter((r) => r.trainsByDefault);
    case 'changed':
      return rows.filter((r) => r.changes.length > 0);
  }
}

/** Sorted by the key, then by vendor name and workspace, in the user's language; stable whatever the input order. */
export function sortRows(rows: readonly AuditRow[], by: AuditSort, language: string): AuditRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const byName = (a: AuditRow, b: AuditRow) =>
    collator.compare(a.vendorName, b.vendorName) ||
    collator.compare(a.workspace ?? '', b.workspace ?? '') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const first: Record<AuditSort, (a: AuditRow, b: AuditRow) => number> = {
    vendor: () => 0,
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    trains: (a, b) => Number(b.trainsByDefault) - Number(a.trainsByDefault),
    changes: (a, b) => b.changes.length - a.changes.length,
  };
  return [...rows].sort((a, b) => first[by](a, b) || byName(a, b));
}

/**
 * What is left for a tracker entry, as the audit page says it: the options
 * page asks this for each entry, so both pages word every status the same.
 */
export const leftOfEntry = (vendor: ShippedVendor, key: string, entry: Entry, choices: Choices): MessageKey =>
  auditRow(vendor, itemOfEntry(key, entry), choices).left;
