/**
 * What a tab is, from its URL and title: which vendor, which workspace, and
 * what kind of page. Never throws; anything it cannot vouch for is left out.
 *
 * The workspace URL is rebuilt from validated parts (a DNS label, a team ID),
 * never copied from the page, so nothing from the query, fragment or
 * credentials can reach an email or storage.
 */
import { cleanPageText } from './page-text.ts';
import type { MatchEntry, Registry, VendorEntry } from './registry.ts';
import { parseTrustedUrl, ruleCovers, type TrustedUrl } from './url.ts';
import type { PageKind, Vendor, WorkspaceRule, WorkspaceScope } from './vendor-schema.ts';

export interface Workspace {
  readonly scope: WorkspaceScope;
  /** Canonical URL, e.g. `https://acme.slack.com/`, when the URL names it. */
  readonly url?: string;
  /** The vendor's own ID, e.g. a Slack team ID, when the URL carries one. */
  readonly id?: string;
  /** Display name from the tab title, cleaned; shown, never trusted. */
  readonly name?: string;
}

/** A tab's vendor, page and workspace. `V` is what is known of the vendor: a view, or the record as shipped. */
export interface TabMatch<V = VendorEntry> {
  readonly vendor: V;
  readonly page: PageKind;
  readonly workspace?: Workspace;
}

export interface TabInfo {
  readonly url?: string | undefined;
  readonly title?: string | undefined;
}

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Slack team IDs are `T` + upper-case alphanumerics; Enterprise Grid org IDs start with `E`.
const SLACK_TEAM_ID = /^[TE][A-Z0-9]{6,20}$/;
const ID_SHAPES = { 'slack-team-id': SLACK_TEAM_ID, 'dns-label': DNS_LABEL } as const;

export function classifyTab<V extends MatchEntry>(tab: TabInfo, registry: Registry<V>): TabMatch<V> | undefined {
  const url = parseTrustedUrl(tab.url);
  if (!url) return undefined;
  const vendor = registry.vendorForHost(url.host);
  if (!vendor) return undefined;

  const found = findWorkspace(url, vendor.match.workspaces);
  const name = found ? nameFromTitle(tab.title, vendor.match.title) : undefined;
  const workspace = found && name ? { ...found, name } : found;
  const page = pageKind(url, vendor, workspace !== undefined);
  return workspace ? { vendor, page, workspace } : { vendor, page };
}

function findWorkspace(url: TrustedUrl, rules: readonly WorkspaceRule[]): Workspace | undefined {
  for (const rule of rules) {
    if (rule.from === 'subdomain') {
      const suffix = `.${rule.parent}`;
      if (!url.host.endsWith(suffix)) continue;
      const label = url.host.slice(0, -suffix.length);
      if (!DNS_LABEL.test(label) || rule.reserved.includes(label)) continue;
      return { scope: rule.scope, url: `https://${label}${suffix}/` };
    }
    if (url.host !== rule.host || !url.path.startsWith(rule.prefix)) continue;
    const id = url.path.slice(rule.prefix.length).split('/', 1)[0] ?? '';
    if (ID_SHAPES[rule.idShape].test(id)) return { scope: rule.scope, id };
  }
  return undefined;
}

function nameFromTitle(title: string | undefined, rule: Vendor['match']['title']): string | undefined {
  if (!title || !rule) return undefined;
  const parts = title.split(rule.separator);
  // The named part must stand before the suffix, never be it.
  if (parts.length < rule.part + 2 || parts.at(-1)?.trim() !== rule.suffix) return undefined;
  const name = cleanPageText(parts[rule.part] ?? '');
  return name === '' ? undefined : name;
}

function pageKind(url: TrustedUrl, vendor: MatchEntry, inWorkspace: boolean): PageKind {
  for (const rule of vendor.match.pages) if (ruleCovers(url, rule)) return rule.kind;
  return inWorkspace ? 'workspace' : vendor.match.defaultPage;
}
