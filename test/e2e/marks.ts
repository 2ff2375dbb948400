/** NoTrain's notes on a page (marks beside controls, and notices), read through the DevTools protocol: page scripts cannot see into their closed shadow roots. */
import type { Page } from 'playwright-core';

export interface MarkSeen {
  kind: string;
  text: string;
  links: string[];
  /** The `data-fixture` of the element just before the mark, or its node name. */
  after: string | null;
  /** The text of a notice's live region (`role="status"`), if it has one. */
  status?: string | undefined;
  /** The language the mark says its text is in (its box's `lang`), and the runs quoted in another. */
  lang?: string | undefined;
  quoted?: { lang: string; text: string }[];
}

/** Text and links inside NoTrain's closed shadow roots, read through the DevTools protocol (page scripts cannot). */
export async function marks(page: Page): Promise<MarkSeen[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = typeof root & { shadowRoots?: Node[]; children?: Node[] };
  const found: MarkSeen[] = [];
  const text = (node: Node): string =>
    (node.nodeType === 3 ? node.nodeValue : '') + (node.children ?? []).map(text).join('');
  const links = (node: Node): string[] => [
    ...(node.nodeName === 'A' ? [node.attributes?.[node.attributes.indexOf('href') + 1] ?? ''] : []),
    ...(node.children ?? []).flatMap(links),
  ];
  /** The text of the live region in a notice (`role="status"`). */
  const status = (node: Node): string | undefined => {
    const attrs = node.attributes ?? [];
    if (attrs.includes('role') && attrs[attrs.indexOf('role') + 1] === 'status') return text(node);
    for (const child of node.children ?? []) {
      const found = status(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const attr = (node: Node, name: string) => {
    const attrs = node.attributes ?? [];
    return attrs.includes(name) ? attrs[attrs.indexOf(name) + 1] : undefined;
  };
  /** Elements below `node` (not itself) that carry a `lang`, with their text. */
  const quoted = (node: Node): { lang: string; text: string }[] =>
    (node.children ?? []).flatMap((child) => {
      const lang = attr(child, 'lang');
      return lang !== undefined ? [{ lang, text: text(child) }] : quoted(child);
    });
  const walk = (node: Node, previous: Node | undefined) => {
    const attrs = node.attributes ?? [];
    const kind = attrs.indexOf('data-notrain') >= 0 ? attrs[attrs.indexOf('data-notrain') + 1] : undefined;
    if (kind) {
      const shadow = node.shadowRoots?.[0];
      const prevAttrs = previous?.attributes ?? [];
      found.push({
        kind,
        text: shadow
          ? (shadow.children ?? [])
              .filter((c) => c.nodeName !== 'STYLE')
              .map(text)
              .join('')
          : '',
        links: shadow ? links(shadow) : [],
        status: shadow ? status(shadow) : undefined,
        ...(() => {
          const box = shadow?.children?.find((c) => c.nodeName !== 'STYLE');
          return box ? { lang: attr(box, 'lang'), quoted: quoted(box) } : {};
        })(),
        after:
          prevAttrs.indexOf('data-fixture') >= 0
            ? (prevAttrs[prevAttrs.indexOf('data-fixture') + 1] ?? null)
            : (previous?.nodeName ?? null),
      });
    }
    const children = node.children ?? [];
    children.forEach((child, i) => walk(child, children[i - 1]));
  };
  walk(root, undefined);
  await cdp.detach();
  return found;
}

export async function waitForMark(page: Page, kind: string, timeout = 15_000) {
  await page.waitForSelector(`[data-notrain="${kind}"]`, { state: 'attached', timeout });
  // A notice's text arrives in its live region just after the notice is in the page, so that it is announced.
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = (await marks(page)).filter((m) => m.kind === kind);
    if (found.every((m) => m.status === undefined || m.status.length > 0)) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await marks(page)).filter((m) => m.kind === kind);
}
