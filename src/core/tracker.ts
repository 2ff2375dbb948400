/**
 * The tracker: the stored record of what the user did to opt out, one
 * entry per vendor and workspace (or account), each with a status and a
 * dated history of steps. Pure functions only; storage, locking and alarms
 * are in src/platform/tracker.ts.
 *
 * - entry.ts: steps, statuses and the state machine; the popup's next step.
 * - schema.ts: the stored document, its versions and migrations, validation and quarantine.
 * - update.ts: changes to the tracker (record a step, delete, merge, preferences).
 * - preferences.ts, managed.ts: the user's preferences and the organisation's over them.
 * - hidden.ts: what the pages leave out for vendors the organisation hid.
 * - policy-changes.ts: record changes dated after the user's opt-out.
 * - reminders.ts: follow-ups for emails marked sent and never confirmed.
 */
export * from './tracker/entry.ts';
export * from './tracker/hidden.ts';
export * from './tracker/managed.ts';
export * from './tracker/policy-changes.ts';
export * from './tracker/preferences.ts';
export * from './tracker/reminders.ts';
export * from './tracker/schema.ts';
export * from './tracker/update.ts';
