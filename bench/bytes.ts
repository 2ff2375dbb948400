/** Raw and gzipped size of each built entry and of the store zip. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipFolder } from '../scripts/zip.ts';

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
  };
  const popupHtml = readFileSync(join(DIST, manifest.action.default_popup), 'utf8');
  const popupAssets = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  // The budget is the popup's JS and CSS: its whole static graph, including the app it loads.
  const popupFiles = [...new Set(popupAssets.flatMap((file) => (file.endsWith('.js') ? staticGraph(file) : [file])))];
  const pages = readdirSync(join(DIST, 'src/popup/vendors')).map((name) => sizeOf([`src/popup/vendors/${name}`]).gzip).sort((a, b) => a - b);
  const backgroundFiles = staticGraph(manifest.background.service_worker);
  const vendorChunks = readdirSync(join(DIST, 'assets'))
    .filter((name) => /^[a-z0-9-]+-[\w-]{8}\.js$/.test(name) && !popupFiles.includes(`assets/${name}`) && !backgroundFiles.includes(`assets/${name}`))
    .map((name) => sizeOf([`assets/${name}`]).gzip)
    .sort((a, b) => a - b);
  const zip = zipFolder(DIST);
  const total = (dir: string): number =>
    readdirSync(dir).reduce((sum, name) => {
      const path = join(dir, name);
      return sum + (statSync(path).isDirectory() ? total(path) : statSync(path).size);
    }, 0);
  return {
    popup: { ...sizeOf(popupFiles), files: popupFiles.length },
    prerenderedPage: { min: pages[0] ?? 0, max: pages.at(-1) ?? 0 },
    background: { ...sizeOf(backgroundFiles), files: backgroundFiles.length },
    vendorRecordGzip: { count: vendorChunks.length, min: vendorChunks[0] ?? 0, max: vendorChunks.at(-1) ?? 0 },
    zip: zip.length,
    unpacked: total(DIST),
  };
}
