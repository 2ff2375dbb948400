/**
 * NoTrain's marks on settings pages as assistive technology meets them. They
 * live in closed shadow roots, which page scripts (and so axe, injected into
 * the page) cannot read: the accessibility tree is read through the DevTools
 * protocol, and axe runs on a copy of each mark's markup and styles.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  ignored?: boolean;
}

async function axTree(page: Page): Promise<{ cdp: CDPSession; nodes: AXNode[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return { cdp, nodes };
}

const byId = (nodes: AXNode[]) => new Map(nodes.map((n) => [n.nodeId, n]));
const textBelow = (nodes: AXNode[], node: AXNode): string => {
  const index = byId(nodes);
  const walk = (n: AXNode): string =>
    n.role?.value === 'StaticText'
      ? (n.name?.value ?? '')
      : (n.childIds ?? [])
          .map((id) => index.get(id))
          .filter((c) => c !== undefined)
          .map(walk)
          .join('');
  return walk(node);
};
const below = (nodes: AXNode[], node: AXNode): AXNode[] => {
  const index = byId(nodes);
  return (node.childIds ?? [])
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .flatMap((c) => [c, ...below(nodes, c)]);
};

async function waitForNotice(page: Page, timeout = 15_000) {
  await page.waitForSelector('[data-notrain="notice"]', { state: 'attached', timeout });
  for (let attempt = 0; attempt < 50; attempt++) {
    const { nodes } = await axTree(page);
    const region = nodes.find((n) => n.role?.value === 'region' && n.name?.value === 'NoTrain');
    const status = region && below(nodes, region).find((n) => n.role?.value === 'status');
    if (region && status && textBelow(nodes, status)) return { nodes, region, status };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no NoTrain notice in the accessibility tree');
}

/** The markup of NoTrain's mark of `kind` (its shadow root: style and box), read through the DevTools protocol. */
async function markMarkup(page: Page, kind: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = typeof root & { shadowRoots?: Node[]; children?: Node[] };
  const find = (node: Node): Node | undefined => {
    const attrs = node.attributes ?? [];
    if (attrs[attrs.indexOf('data-notrain') + 1] === kind && attrs.includes('data-notrain')) return node;
    for (const child of node.children ?? []) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error(`no ${kind} mark`);
  const parts = await Promise.all(
    (shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })),
  );
  // eslint-disable-next-line no-restricted-syntax -- NoTrain's own mark, copied by the test into a page of its own for axe
  return parts.map((p) => p.outerHTML).join('');
}

describe('the email notice on a Slack admin page', () => {
  const url = settingsFixture('slack-admin.html').url;

  it('is a landmark named NoTrain whose text is announced in a live region, with a named link and Dismiss', async () => {
    const page = await browser().open(url);
    const { nodes, region, status } = await waitForNotice(page);
    expect(textBelow(nodes, status)).toContain('Slack has no switch for AI training');
    const inside = below(nodes, region);
    expect(inside.filter((n) => n.role?.value === 'link').map((n) => n.name?.value)).toEqual([
      'Email Slack to opt out',
    ]);
    expect(inside.filter((n) => n.role?.value === 'button').map((n) => n.name?.value)).toEqual(['Dismiss']);
    await page.close();
  });

  it('passes axe, light and dark', async () => {
    const page = await browser().open(url);
    await waitForNotice(page);
    const markup = await markMarkup(page, 'notice');
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>notice</title></head><body><main><h1>A settings page</h1>${markup}</main></body></html>`,
    );
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('is reached by Tab, dismissed with Enter, and stays dismissed on the next visit', async () => {
    const page = await browser().open(url);
    await waitForNotice(page);
    const inNotice = () => page.evaluate(() => document.activeElement?.getAttribute('data-notrain') === 'notice');
    // Past the page's own controls, the notice's link, then its Dismiss button.
    let stops = 0;
    while (!(await inNotice()) && stops++ < 40) await page.keyboard.press('Tab');
    expect(await inNotice()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-notrain="notice"]', { state: 'detached' });
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-notrain="notice"]').count()).toBe(0);
    const stored = await browser().serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.get(
        'dismissedNotices',
      ),
    );
    expect(Object.keys(stored.dismissedNotices ?? {})).toEqual(['slack/email']);
    await browser().serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.remove(
        'dismissedNotices',
      ),
    );
    await page.close();
  });
});

describe('the note beside a control', () => {
  const url = settingsFixture('grammarly.html').url;

  it('is a note whose name does not repeat its text', async () => {
    const page = await browser().open(url);
    await page.waitForSelector('[data-notrain="mark"]', { state: 'attached', timeout: 15_000 });
    const { nodes } = await axTree(page);
    const note = nodes.find((n) => n.role?.value === 'note' && textBelow(nodes, n).startsWith('NoTrain'));
    expect(note).toBeDefined();
    expect(note?.name?.value ?? '').toBe('');
    await page.close();
  });

  it('passes axe, light and dark', async () => {
    const page = await browser().open(url);
    await page.waitForSelector('[data-notrain="mark"]', { state: 'attached', timeout: 15_000 });
    const markup = await markMarkup(page, 'mark');
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>note</title></head><body><main><h1>A settings page</h1>${markup}</main></body></html>`,
    );
    expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });
});
