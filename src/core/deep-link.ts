/**
 * The page that holds a settings control, for this tab: the record's
 * per-workspace template filled from what `classifyTab` validated, else its
 * fixed link, else nothing (the popup then shows the menu path alone).
 *
 * A template is filled only from the host of the rebuilt workspace URL and
 * from an ID of a known shape, never from page text; the result must be a
 * plain https URL on the host the template names (or, for
 * `{workspace-host}`, on the workspace's own host) under one of the vendor's
 * domains. Anything else is refused, and the fallback is used.
 */
import type { Workspace } from './classify-tab.ts';

const ID = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$/;

const under = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** The host of exactly the `https://<host>/` classifyTab rebuilds: no credentials, port, path or anything else. */
function workspaceHost(workspace: Workspace): string | undefined {
  try {
    const { hostname, href } = new URL(workspace.url ?? '');
    return href === `https://${hostname}/` ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The template filled for this workspace, or `undefined` when a placeholder cannot be filled safely. */
export function fillTemplate(
  template: string,
  workspace: Workspace | undefined,
  domains: readonly string[],
): string | undefined {
  if (!workspace) return undefined;
  const host = workspaceHost(workspace);
  const id = workspace.id !== undefined && ID.test(workspace.id) ? workspace.id : undefined;
  if ((template.includes('{workspace-host}') && !host) || (template.includes('{workspace-id}') && !id))
    return undefined;
  const filled = template.replaceAll('{workspace-host}', host ?? '').replaceAll('{workspace-id}', id ?? '');
  const expectedHost = template.startsWith('https://{workspace-host}/')
    ? host
    : /^https:\/\/([^/{}]+)\//.exec(template)?.[1];
  try {
    const url = new URL(filled);
    const plain = url.protocol === 'https:' && !url.username && !url.password && !url.port;
    return plain && url.hostname === expectedHost && under(url.hostname, domains) && !/[{}]/.test(filled)
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where a settings method's main action goes: the workspace's own page, else the fixed link. */
export function settingsHref(
  method: { readonly url?: string | undefined; readonly workspaceUrl?: string | undefined },
  workspace: Workspace | undefined,
  domains: readonly string[],
): string | undefined {
  return (method.workspaceUrl && fillTemplate(method.workspaceUrl, workspace, domains)) || method.url;
}
