/**
 * What the store zip carries, as built (dist/chrome, dist/firefox): each
 * file once. The extension's own pages are built apart from the popup
 * (build/extension-pages-plugin.ts); a file both builds write byte for byte,
 * like the shared stylesheet, is kept once and linked from both.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe.each(['dist/chrome', 'dist/firefox'])('%s', (dir) => {
  const files = filesBelow(dir);

  it('carries no file twice', () => {
    const byContent = new Map<string, string[]>();
    for (const file of files) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      byContent.set(hash, [...(byContent.get(hash) ?? []), relative(dir, file)]);
    }
    expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
  });

  it('links every stylesheet and script its pages name', () => {
    for (const page of files.filter((file) => file.endsWith('.html'))) {
      const links = [...readFileSync(page, 'utf8').matchAll(/(?:href|src)="\/([^"]+\.(?:css|js))"/g)];
      expect(links.length, page).toBeGreaterThan(0);
      for (const [, link = ''] of links) expect(files, `${page} links ${link}`).toContain(join(dir, link));
    }
  });
});
