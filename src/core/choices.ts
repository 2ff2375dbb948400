/**
 * What the user told NoTrain, or what NoTrain learned from the tab's address,
 * kept on this device only (storage.local) and read back as untrusted data:
 * - `plans`: the plan picked per vendor (and workspace), by the record's plan id;
 * - `roles`: whether the user is an owner or admin of a workspace (their answer, changeable);
 * - `teamHosts`: a Slack-like team ID → the workspace host the tab came from
 *   (`T0123ABCD` → `acme.slack.com`), learned when a tab went from the
 *   workspace's own address to its client, or typed by the user;
 * - `emailLanguages`: per vendor, whether the opt-out email is written in the
 *   language the vendor reads (`vendor`, the default) or the user's (`ui`).
 *
 * Every map is a null-prototype object with keys and values of known shapes,
 * capped in size; anything else is dropped on reading.
 */
import { classifyTab, type TabMatch, type Workspace } from './classify-tab.ts';
import { KEBAB_ID } from './kebab-id.ts';
import { ENTRY_KEY, entryKeys } from './tracker/schema.ts';
import type { MatchEntry, Registry } from './registry.ts';

export type Role = 'owner' | 'member';
/** The opt-out email's language: the one the vendor reads, or the user's own. */
export type EmailLanguage = 'vendor' | 'ui';

export interface Choices {
  readonly plans: Readonly<Record<string, string>>;
  readonly roles: Readonly<Record<string, Role>>;
  readonly teamHosts: Readonly<Record<string, string>>;
  readonly emailLanguages: Readonly<Record<string, EmailLanguage>>;
}

/** Enough for every workspace a person uses; beyond it the oldest entries go. */
export const MAX_ENTRIES = 100;

/** `vendor` or `vendor@workspace`, as the tracker files its entries. */
const CHOICE_KEY = ENTRY_KEY;
const PLAN_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\(other\))$/;
const TEAM_ID = /^[TE][A-Z0-9]{6,20}$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function readMap<T extends string>(raw: unknown, key: RegExp, value: (v: unknown) => v is T): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const entries = Object.entries(raw).filter(([k, v]) => key.test(k) && value(v));
  for (const [k, v] of entries.slice(-MAX_ENTRIES)) out[k] = v as T;
  return out;
}

const isString =
  (pattern: RegExp) =>
  (v: unknown): v is string =>
    typeof v === 'string' && pattern.test(v);
const isRole = (v: unknown): v is Role => v === 'owner' || v === 'member';
const isEmailLanguage = (v: unknown): v is EmailLanguage => v === 'vendor' || v === 'ui';

export function readChoices(raw: unknown): Choices {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    plans: readMap(stored.plans, CHOICE_KEY, isString(PLAN_ID)),
    roles: readMap(stored.roles, CHOICE_KEY, isRole),
    teamHosts: readMap(stored.teamHosts, TEAM_ID, isString(HOST)),
    emailLanguages: readMap(stored.emailLanguages, KEBAB_ID, isEmailLanguage),
  };
}

/** The choices with one entry set (the newest last, so the cap drops the oldest); `undefined` when nothing changed or the entry is invalid. */
export function withChoice<K extends keyof Choices>(
  choices: Choices,
  map: K,
  key: string,
  value: Choices[K][string],
): Choices | undefined {
  const valid =
    map === 'teamHosts'
      ? TEAM_ID.test(key) && HOST.test(value)
      : map === 'emailLanguages'
        ? KEBAB_ID.test(key) && isEmailLanguage(value)
        : CHOICE_KEY.test(key) && (map === 'roles' ? isRole(value) : PLAN_ID.test(value));
  if (!valid || choices[map][key] === value) return undefined;
  const stored: Readonly<Record<string, string>> = choices[map];
  const entries = Object.entries(stored).filter(([k]) => k !== key);
  // A host belongs to one team: a workspace renamed or re-created drops its old mapping.
  const kept = map === 'teamHosts' ? entries.filter(([, v]) => v !== value) : entries;
  const next = Object.assign(
    Object.create(null) as Record<string, string>,
    Object.fromEntries([...kept, [key, value] as const].slice(-MAX_ENTRIES)),
  );
  return { ...choices, [map]: next };
}

/**
 * Where choices about a vendor in a workspace are filed, most specific first:
 * under the workspace's address, then its team ID (a client tab files there
 * until the address is known); the vendor alone where there is no workspace.
 */
export function choiceKeys(vendorId: string, workspace: Workspace | undefined): string[] {
  return entryKeys(vendorId, workspace);
}

/** The user's plan here: filed for this workspace, else for the vendor (a plan is usually the account's). */
export function planFor(choices: Choices, vendorId: string, workspace: Workspace | undefined): string | undefined {
  return [...choiceKeys(vendorId, workspace), vendorId].map((key) => choices.plans[key]).find(Boolean);
}

/** The user's role here: for this workspace only, never carried from another. */
export function roleFor(choices: Choices, vendorId: string, workspace: Workspace | undefined): Role | undefined {
  return choiceKeys(vendorId, workspace)
    .map((key) => choices.roles[key])
    .find(Boolean);
}

/** The language the user wants this vendor's opt-out email in: the vendor's unless they chose their own. */
export function emailLanguageFor(choices: Choices, vendorId: string): EmailLanguage {
  return choices.emailLanguages[vendorId] ?? 'vendor';
}

/**
 * The workspace host a typed address names, if it is one of this vendor's
 * workspaces read from a subdomain (`acme`, `acme.slack.com`,
 * `https://acme.slack.com/client`): the host classifyTab rebuilds, nothing
 * else. A lookalike (`acme.slack.com.evil.example`), another vendor, or the
 * vendor's own services (`app.slack.com`) give `undefined`.
 */
export function workspaceHostOf<V extends MatchEntry>(
  input: string,
  vendorId: string,
  registry: Registry<V>,
): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 253) return undefined;
  const vendor = registry.byId(vendorId);
  // A bare name is a workspace of the plainest kind (`acme` → acme.slack.com, not acme.enterprise.slack.com).
  const parents = (
    vendor?.match.workspaces.flatMap((rule) => (rule.from === 'subdomain' ? [rule.parent] : [])) ?? []
  ).sort((a, b) => a.length - b.length);
  const candidates = /^[a-z0-9-]+$/.test(text)
    ? parents.map((parent) => `https://${text}.${parent}/`)
    : [/^https:\/\//.test(text) ? text : `https://${text}`];
  for (const candidate of candidates) {
    const match = classifyTab({ url: candidate }, registry);
    const url = match?.vendor.id === vendorId && !match.workspace?.id ? match.workspace?.url : undefined;
    if (url) return new URL(url).hostname;
  }
  return undefined;
}

/** How long a redirect from a workspace's address to its client may take for NoTrain to link the two. */
export const REDIRECT_WINDOW_MS = 30_000;

/** The tab's last workspace address, as the worker remembers it between URL changes. */
export interface TabVisit {
  readonly host: string;
  readonly vendorId: string;
  readonly at: number;
}

/**
 * What the worker remembers when a tab's URL changes: the workspace host it
 * is at (for the next change), and a team ID → host pair when this change
 * takes the tab from a workspace's own address straight to a client URL with
 * a team ID of the same vendor, within the redirect window. `match` is the
 * tab's classification (`classifyTab`), which the worker has already made for
 * the badge: only its URL-derived address and ID are read, never page content.
 */
export function learnFromVisit<V extends MatchEntry>(
  previous: TabVisit | undefined,
  match: TabMatch<V> | undefined,
  now: number,
  registry: Registry<V>,
): { visit?: TabVisit; learned?: { teamId: string; host: string } } {
  const workspace: Workspace | undefined = match?.workspace;
  if (!match || !workspace) return {};
  if (workspace.url && !workspace.id)
    return { visit: { host: new URL(workspace.url).hostname, vendorId: match.vendor.id, at: now } };
  const fresh =
    previous &&
    previous.vendorId === match.vendor.id &&
    now - previous.at >= 0 &&
    now - previous.at <= REDIRECT_WINDOW_MS;
  const teamId = workspace.id;
  if (
    !fresh ||
    !teamId ||
    !TEAM_ID.test(teamId) ||
    workspaceHostOf(previous.host, match.vendor.id, registry) !== previous.host
  )
    return {};
  return { learned: { teamId, host: previous.host } };
}

/** The workspace with its address filled from a learned or typed team host, when the tab shows only the team ID. */
export function withTeamHost(
  workspace: Workspace | undefined,
  teamHosts: Readonly<Record<string, string>>,
): Workspace | undefined {
  if (!workspace?.id || workspace.url) return workspace;
  const host = teamHosts[workspace.id];
  return host ? { ...workspace, url: `https://${host}/` } : workspace;
}
