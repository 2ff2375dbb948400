/**
 * One tracker entry: what the user did to opt one vendor out, in one
 * workspace or account, as a dated history of steps, and the status those
 * steps add up to.
 *
 * ## Steps
 * - `email-drafted`: the popup's opt-out email was opened in a mail app or copied;
 * - `settings-opened` / `form-opened`: the vendor's settings deep link or opt-out form was opened;
 * - `control-seen`: the settings page showed a control (by its label) in its
 *   opting-out state, or back in its training state after that; each label
 *   keeps its own state (two switches on one page never overwrite each other);
 * - `owner-asked`: a member opened or copied the note to their workspace owner;
 * - `marked-sent` / `marked-confirmed`: the user's own "I sent it" / "Vendor confirmed";
 * - `undone`: the user's "Undo": cancels the latest user step still in effect
 *   (every kind above except `control-seen`, which is what the page showed);
 * - `reminded` and `changes-seen`: bookkeeping (a reminder was shown; the
 *   user looked at the policy changes); they never change the status.
 *
 * ## Status: the state machine
 * The status is a pure function of the steps (`statusOf`), so it can never
 * disagree with the history, and Undo is exact. Each user step in effect
 * proposes a status, the controls propose one, and the most advanced wins:
 *
 *     not-started < opened < setting-reverted < drafted < asked-owner < sent < setting-changed < confirmed
 *
 * - `email-drafted` → `drafted`; `settings-opened`, `form-opened` → `opened`;
 *   `owner-asked` → `asked-owner`; `marked-sent` → `sent`; `marked-confirmed` → `confirmed`.
 * - controls: any label in its opting-out state → `setting-changed`; every
 *   label seen back in its training state → `setting-reverted`.
 * - A step never moves the status back (drafting again after "I sent it"
 *   leaves it `sent`); only Undo does, by taking its step out of effect, and
 *   a control seen back in its training state (`setting-changed` →
 *   `setting-reverted`).
 */
/** A control's state as the settings page showed it: the state that opts out, or the one that lets the vendor train. */
export type ControlSeen = 'opted-out' | 'training';

/** Where an entry is, as the popup, the badge and the options page show it. See the module comment for the order. */
export type Status =
  'not-started' | 'opened' | 'setting-reverted' | 'drafted' | 'asked-owner' | 'sent' | 'setting-changed' | 'confirmed';

/** Statuses from least to most advanced. */
export const STATUSES: readonly Status[] = [
  'not-started',
  'opened',
  'setting-reverted',
  'drafted',
  'asked-owner',
  'sent',
  'setting-changed',
  'confirmed',
];

/** Steps the user takes in the popup (or the options page), each undoable. */
export type UserStepKind =
  'email-drafted' | 'settings-opened' | 'form-opened' | 'owner-asked' | 'marked-sent' | 'marked-confirmed';

/** Every kind of step: the user's, what a settings page showed, Undo, and bookkeeping. */
export type StepKind = UserStepKind | 'control-seen' | 'undone' | 'reminded' | 'changes-seen';

/** The user's step kinds, for validation and lists. */
export const USER_STEP_KINDS: readonly UserStepKind[] = [
  'email-drafted',
  'settings-opened',
  'form-opened',
  'owner-asked',
  'marked-sent',
  'marked-confirmed',
];

/** Every step kind a stored step may have. */
export const STEP_KINDS: readonly StepKind[] = [
  ...USER_STEP_KINDS,
  'control-seen',
  'undone',
  'reminded',
  'changes-seen',
];

/** One dated step. `at` is an ISO 8601 UTC timestamp (`2026-12-03T09:15:00.000Z`). */
export type Step =
  | { readonly kind: Exclude<StepKind, 'control-seen'>; readonly at: string }
  | { readonly kind: 'control-seen'; readonly at: string; readonly label: string; readonly state: ControlSeen };

/** The workspace or account an entry is about, as classifyTab detected it (shown, never trusted). */
export interface EntryPlace {
  /** Canonical URL, e.g. `https://acme.slack.com/`. */
  readonly url?: string;
  /** The vendor's own ID, e.g. a Slack team ID. */
  readonly id?: string;
  /** Display name from the tab title. */
  readonly name?: string;
}

/** One vendor in one workspace or account. */
export interface Entry {
  readonly vendorId: string;
  /** Absent for an account-wide entry (a vendor without workspaces, or a page that names none). */
  readonly workspace?: EntryPlace;
  /** Derived from `steps` (`statusOf`); stored too, for exports and people reading the data. */
  readonly status: Status;
  /** Oldest first. */
  readonly steps: readonly Step[];
}

/** The most steps an entry keeps; beyond it the oldest go (two hundred toggles of one switch). */
export const MAX_STEPS = 200;

const PROPOSES: Readonly<Record<UserStepKind, Status>> = {
  'email-drafted': 'drafted',
  'settings-opened': 'opened',
  'form-opened': 'opened',
  'owner-asked': 'asked-owner',
  'marked-sent': 'sent',
  'marked-confirmed': 'confirmed',
};

const rank = (status: Status) => STATUSES.indexOf(status);
const later = (a: Status, b: Status) => (rank(b) > rank(a) ? b : a);

/** Whether a step is one of the user's (and so one Undo can take back). */
export const isUserStep = (step: Step): step is { kind: UserStepKind; at: string } =>
  (USER_STEP_KINDS as readonly string[]).includes(step.kind);

/** The user steps still in effect (Undo takes the latest out), oldest first. */
export function stepsInEffect(steps: readonly Step[]): { kind: UserStepKind; at: string }[] {
  const active: { kind: UserStepKind; at: string }[] = [];
  for (const step of steps) {
    if (step.kind === 'undone') active.pop();
    else if (isUserStep(step)) active.push(step);
  }
  return active;
}

/** Each control label's latest state, with the step that showed it, in the order labels were first seen. */
export function controlsOf(steps: readonly Step[]): { label: string; state: ControlSeen; at: string }[] {
  const latest = new Map<string, { label: string; state: ControlSeen; at: string }>();
  for (const step of steps)
    if (step.kind === 'control-seen') latest.set(step.label, { label: step.label, state: step.state, at: step.at });
  return [...latest.values()];
}

/** The status the steps add up to (see the module comment). */
export function statusOf(steps: readonly Step[]): Status {
  let status: Status = 'not-started';
  for (const step of stepsInEffect(steps)) status = later(status, PROPOSES[step.kind]);
  const controls = controlsOf(steps);
  if (controls.some((c) => c.state === 'opted-out')) status = later(status, 'setting-changed');
  else if (controls.length) status = later(status, 'setting-reverted');
  return status;
}

/**
 * The entry with one more step, or `undefined` when the step would change
 * nothing worth keeping: a control seen in the state it already has (or in
 * its training state before any opt-out: that is the default), an Undo with
 * nothing to undo, or the same user step again on the same day.
 */
export function withStep(entry: Entry, step: Step): Entry | undefined {
  if (step.kind === 'control-seen') {
    const previous = controlsOf(entry.steps).find((c) => c.label === step.label);
    if (previous ? previous.state === step.state : step.state === 'training') return undefined;
  } else if (step.kind === 'undone') {
    if (stepsInEffect(entry.steps).length === 0) return undefined;
  } else if (isUserStep(step)) {
    const last = stepsInEffect(entry.steps).at(-1);
    if (last?.kind === step.kind && last.at.slice(0, 10) === step.at.slice(0, 10)) return undefined;
  }
  const steps = [...entry.steps, step].slice(-MAX_STEPS);
  return { ...entry, steps, status: statusOf(steps) };
}

/** A new, empty entry for a vendor in a workspace (or account-wide). */
export function newEntry(vendorId: string, workspace?: EntryPlace): Entry {
  return { vendorId, ...(workspace ? { workspace } : {}), status: 'not-started', steps: [] };
}

/** What the popup offers next, in one line: the status, since when, and the one click that moves it on. */
export interface NextStep {
  readonly status: Status;
  /** When the status was reached: the step that set it (ISO timestamp). */
  readonly since: string;
  /** The user step one click records, when there is one. */
  readonly action?: 'marked-sent' | 'marked-confirmed';
  /** Whether Undo has a user step to take back. */
  readonly canUndo: boolean;
}

const NEXT: Partial<Record<Status, NextStep['action']>> = {
  drafted: 'marked-sent',
  'asked-owner': 'marked-confirmed',
  sent: 'marked-confirmed',
};

/**
 * The popup's one line for an entry, or `undefined` when there is nothing to
 * say (nothing started, or everything undone). An opened form moves on with
 * "Mark as sent"; an opened settings page needs nothing: NoTrain sees the
 * control change there.
 */
export function nextStep(entry: Entry): NextStep | undefined {
  const status = statusOf(entry.steps);
  if (status === 'not-started') return undefined;
  const active = stepsInEffect(entry.steps);
  const controls = controlsOf(entry.steps);
  const setBy =
    status === 'setting-changed' || status === 'setting-reverted'
      ? controls.map((c) => c.at).sort()[controls.length - 1]
      : active.filter((s) => PROPOSES[s.kind] === status).at(-1)?.at;
  const lastOpened = active.filter((s) => s.kind === 'settings-opened' || s.kind === 'form-opened').at(-1);
  const action = status === 'opened' && lastOpened?.kind === 'form-opened' ? 'marked-sent' : NEXT[status];
  return {
    status,
    since: setBy ?? entry.steps.at(-1)?.at ?? '',
    ...(action ? { action } : {}),
    canUndo: active.length > 0,
  };
}
