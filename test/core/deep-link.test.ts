import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/core/classify-tab.ts';
import { fillTemplate, settingsHref } from '../../src/core/deep-link.ts';

const DOMAINS = ['slack.com', 'example.com'];
const ws = (url?: string, id?: string): Workspace => ({
  scope: 'workspace',
  ...(url ? { url } : {}),
  ...(id ? { id } : {}),
});

describe('fillTemplate', () => {
  it.each([
    [
      'https://{workspace-host}/admin/settings#ai',
      ws('https://acme.slack.com/'),
      'https://acme.slack.com/admin/settings#ai',
    ],
    [
      'https://admin.example.com/o/{workspace-id}/ai',
      ws(undefined, 'T0123ABCD'),
      'https://admin.example.com/o/T0123ABCD/ai',
    ],
    [
      'https://{workspace-host}/o/{workspace-id}',
      ws('https://acme.slack.com/', 'T0123ABCD'),
      'https://acme.slack.com/o/T0123ABCD',
    ],
    // A placeholder that cannot be filled refuses the whole link.
    ['https://{workspace-host}/admin', ws(undefined, 'T0123ABCD'), undefined],
    ['https://admin.example.com/o/{workspace-id}', ws('https://acme.slack.com/'), undefined],
    ['https://{workspace-host}/admin', undefined, undefined],
    // Only the rebuilt `https://<host>/` counts as a workspace host.
    ['https://{workspace-host}/admin', ws('https://acme.slack.com/x'), undefined],
    ['https://{workspace-host}/admin', ws('https://user@acme.slack.com/'), undefined],
    ['https://{workspace-host}/admin', ws('https://acme.slack.com:8443/'), undefined],
    ['https://{workspace-host}/admin', ws('http://acme.slack.com/'), undefined],
    ['https://{workspace-host}/admin', ws('javascript:alert(1)//'), undefined],
    // The host must be one of the vendor's domains.
    ['https://{workspace-host}/admin', ws('https://acme.evil.example/'), undefined],
    ['https://{workspace-host}/admin', ws('https://slack.com.evil.example/'), undefined],
    // IDs of an unknown shape never reach the path.
    ['https://admin.example.com/o/{workspace-id}', ws(undefined, '../../evil'), undefined],
    ['https://admin.example.com/o/{workspace-id}', ws(undefined, 'a/b'), undefined],
    ['https://admin.example.com/o/{workspace-id}', ws(undefined, 'x?y=1'), undefined],
    ['https://admin.example.com/o/{workspace-id}', ws(undefined, '@evil.example'), undefined],
    ['https://admin.example.com/o/{workspace-id}', ws(undefined, 'T%2e%2e'), undefined],
    // A template whose literal host is not the vendor's is refused too.
    ['https://admin.evil.example/o/{workspace-id}', ws(undefined, 'T0123ABCD'), undefined],
  ])('%s with %j → %s', (template, workspace, expected) => {
    expect(fillTemplate(template, workspace, DOMAINS)).toBe(expected);
  });

  it('never yields a link off the template’s host, whatever the workspace parts', () => {
    const part = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.stringMatching(/^[a-zA-Z0-9.@:/?#%-]{0,30}$/),
    );
    fc.assert(
      fc.property(part, part, fc.boolean(), (host, id, withUrl) => {
        const workspace = ws(withUrl ? `https://${host}/` : host, id);
        const fixed = fillTemplate('https://admin.example.com/o/{workspace-id}/ai', workspace, DOMAINS);
        if (fixed !== undefined) {
          const url = new URL(fixed);
          expect(url.host).toBe('admin.example.com');
          expect(url.pathname).toBe(`/o/${id}/ai`);
          expect(url.search + url.hash).toBe('');
        }
        const perHost = fillTemplate('https://{workspace-host}/admin/ai', workspace, DOMAINS);
        if (perHost !== undefined) {
          const url = new URL(perHost);
          expect(`https://${url.host}/`).toBe(workspace.url);
          expect(DOMAINS.some((d) => url.host === d || url.host.endsWith(`.${d}`))).toBe(true);
          expect(url.pathname).toBe('/admin/ai');
          expect(url.username + url.password + url.port).toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('settingsHref', () => {
  const method = { url: 'https://slack.com/admin', workspaceUrl: 'https://{workspace-host}/admin/ai' };
  it('prefers the workspace’s own page, then the fixed link, then nothing', () => {
    expect(settingsHref(method, ws('https://acme.slack.com/'), DOMAINS)).toBe('https://acme.slack.com/admin/ai');
    expect(settingsHref(method, ws(undefined, 'T0123ABCD'), DOMAINS)).toBe('https://slack.com/admin');
    expect(settingsHref(method, undefined, DOMAINS)).toBe('https://slack.com/admin');
    expect(settingsHref({ workspaceUrl: method.workspaceUrl }, undefined, DOMAINS)).toBeUndefined();
    expect(settingsHref({}, ws('https://acme.slack.com/'), DOMAINS)).toBeUndefined();
  });
});
