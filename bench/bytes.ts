/**
 * Raw and gzipped size of each built entry and of the store zip, said as
 * what they are:
 * - first paint: what a popup waits for before it paints. The default popup
 *   (tabs with no record) paints after its script's whole static graph; a
 *   vendor tab's prerendered page paints its HTML and CSS with no script;
 * - after first paint: the interactive vendor popup, which the prerendered
 *   page imports once its first frame is out;
 * - lazy chunks: imported only when used (the owner note).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipFolder } from '../scripts/zip.ts';
import { PRERENDERED_POPUPS } from '../src/core/popup-page.ts';

const DIST = 'dist/chrome';

interface Size {
  raw: number;
  gzip: number;
}

const sizeOf = (files: string[]): Size =>
  files.reduce(
    (sum, file) => {
      const data = readFileSync(join(DIST, file));
      return { raw: sum.raw + data.length, gzip: sum.gzip + gzipSync(data, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

/** The JS files a module imports dynamically (`import("./x.js")`). */
function dynamicImports(file: string): string[] {
  const code = readFileSync(join(DIST, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  return [...code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map(([, spec = '']) =>
    spec.startsWith('/') ? spec.slice(1) : new URL(spec, `file:///${dir}`).pathname.slice(1),
  );
}

/** The JS files a module pulls in statically (`import … from "./x.js"`), itself included. */
function staticGraph(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  // `/` too: a chunk may start with a comment (`/* empty css */import{…}from"./registry.js"`).
  for (const [, spec] of code.matchAll(/(?:^|[;\s}/])import\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+)["']/g)) {
    if (spec?.startsWith('.') || spec?.startsWith('/')) {
      const path = spec.startsWith('/') ? spec.slice(1) : new URL(spec, `file:///${dir}`).pathname.slice(1);
      staticGraph(path, seen);
    }
  }
  return [...seen];
}

export function benchBytes() {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    background: { service_worker: string };
    content_scripts: { js: string[] }[];
  };
  const popupHtml = readFileSync(join(DIST, manifest.action.default_popup), 'utf8');
  const popupAssets = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  // The default popup paints after its JS and CSS: its whole static graph.
  const firstPaintFiles = [
    ...new Set(popupAssets.flatMap((file) => (file.endsWith('.js') ? staticGraph(file) : [file]))),
  ];
  // A vendor page paints its HTML and CSS; its one script (the boot file) runs after the first frame.
  const vendorPages = readdirSync(join(DIST, PRERENDERED_POPUPS)).map((name) => `${PRERENDERED_POPUPS}/${name}`);
  const pageCss = (page: string) =>
    [...readFileSync(join(DIST, page), 'utf8').matchAll(/href="\/?([^"]+\.css)"/g)].map((m) => m[1] ?? '');
  const pages = vendorPages.map((page) => sizeOf([page, ...pageCss(page)]).gzip).sort((a, b) => a - b);
  const pagesHtml = vendorPages.map((page) => sizeOf([page]).gzip).sort((a, b) => a - b);
  // The interactive vendor popup the boot file imports: its static graph, and the chunks it imports on demand.
  const boot = readFileSync(join(DIST, 'assets/popup-boot.js'), 'utf8');
  const appEntry = /import\("\/([^"]+)"\)/.exec(boot)?.[1] ?? '';
  const appFiles = staticGraph(appEntry);
  const lazyFiles = [...new Set(appFiles.flatMap(dynamicImports))].filter((file) => !appFiles.includes(file));
  const backgroundFiles = staticGraph(manifest.background.service_worker);
  const contentFiles = manifest.content_scripts.flatMap((script) => script.js);
  const vendorChunks = readdirSync(join(DIST, 'vendors'))
    .map((name) => sizeOf([`vendors/${name}`]).gzip)
    .sort((a, b) => a - b);
  const zip = zipFolder(DIST);
  const total = (dir: string): number =>
    readdirSync(dir).reduce((sum, name) => {
      const path = join(dir, name);
      return sum + (statSync(path).isDirectory() ? total(path) : statSync(path).size);
    }, 0);
  return {
    /** Default popup (no record for the tab): JS + CSS before its first paint. */
    popup: { ...sizeOf(firstPaintFiles), files: firstPaintFiles.length },
    /** A vendor popup's first paint: its prerendered HTML plus CSS, no script. */
    vendorFirstPaint: { min: pages[0] ?? 0, max: pages.at(-1) ?? 0, count: pages.length },
    prerenderedPage: { min: pagesHtml[0] ?? 0, max: pagesHtml.at(-1) ?? 0 },
    /** The interactive vendor popup, imported after the first paint (shares chunks with the default popup). */
    app: {
      ...sizeOf(appFiles),
      files: appFiles.length,
      notInFirstPaint: sizeOf(appFiles.filter((f) => !firstPaintFiles.includes(f))).gzip,
    },
    /** Chunks the app imports only when used. */
    lazy: { ...sizeOf(lazyFiles), files: lazyFiles.map((f) => f.replace(/^assets\//, '')) },
    background: { ...sizeOf(backgroundFiles), files: backgroundFiles.length },
    /** The settings-page script (self-contained, no imports). */
    settingsScript: sizeOf(contentFiles),
    vendorRecordGzip: { count: vendorChunks.length, min: vendorChunks[0] ?? 0, max: vendorChunks.at(-1) ?? 0 },
    zip: zip.length,
    unpacked: total(DIST),
  };
}
