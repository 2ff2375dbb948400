/**
 * Builds the extension's own pages, the welcome page (src/welcome/, opened
 * once on install), the audit page (src/audit/, opened from the popup) and
 * the options page (src/options/, `options_ui`), in a
 * build of their own, into the same output folder, after the extension's
 * build. Built as more inputs of the main build, they would share chunks
 * with the popup, and the popup would load its code in more, smaller files:
 * more bytes gzipped (over the 20 KB budget) and more requests before first
 * paint. Here they carry their own copy of what they use, loaded only there.
 *
 * So CRXJS never sees the options page: vite.config.ts hands it the manifest
 * without `options_ui`, and this plugin writes that key into the built
 * manifest once both builds are done (Chrome and Firefox read it alike).
 */
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { noInnerHtmlPlugin } from './no-inner-html-plugin.ts';
import { vendorDataPlugin } from './vendor-data-plugin.ts';

export const WELCOME_PAGE = 'src/welcome/index.html';
export const AUDIT_PAGE = 'src/audit/index.html';
export const OPTIONS_PAGE = 'src/options/index.html';

export interface OptionsUi {
  page: string;
  open_in_tab?: boolean;
}

export function extensionPagesPlugin(outDir: string, target: string, optionsUi: OptionsUi | undefined): Plugin {
  return {
    name: 'notrain:extension-pages',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      const before = filesIn(outDir);
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [vendorDataPlugin(), noInnerHtmlPlugin(), preact()],
        build: {
          outDir,
          emptyOutDir: false,
          target,
          modulePreload: false,
          rollupOptions: {
            input: { welcome: resolve(WELCOME_PAGE), audit: resolve(AUDIT_PAGE), options: resolve(OPTIONS_PAGE) },
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      linkSharedCopies(
        outDir,
        outputs.flatMap((o) => o.output.map((file) => file.fileName)),
        before,
      );
      if (!optionsUi) return;
      if (optionsUi.page !== OPTIONS_PAGE) throw new Error(`options_ui.page must be ${OPTIONS_PAGE}`);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify({ ...manifest, options_ui: optionsUi }, null, 2)}\n`);
    },
  };
}

/** The files under `dir` (paths relative to it), before the pages' build adds its own. */
function filesIn(dir: string, under = ''): Set<string> {
  const path = join(dir, under);
  if (!existsSync(path)) return new Set();
  return new Set(
    readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
      const name = under ? `${under}/${entry.name}` : entry.name;
      return entry.isDirectory() ? [...filesIn(dir, name)] : [name];
    }),
  );
}

/**
 * A file of the pages' build that the extension's build already wrote byte
 * for byte (the shared stylesheet, `src/ui/popup.css`, which each build names
 * after its own chunk): the pages link the extension's copy, and theirs is
 * removed, so the store zip carries it once.
 */
export function linkSharedCopies(outDir: string, emitted: readonly string[], before: ReadonlySet<string>) {
  const ours = new Set(emitted);
  const existing = [...before].filter((file) => !ours.has(file));
  const renamed = new Map<string, string>();
  for (const file of emitted) {
    const bytes = readFileSync(join(outDir, file));
    const twin = existing.find(
      (other) => other.endsWith(file.slice(file.lastIndexOf('.'))) && readFileSync(join(outDir, other)).equals(bytes),
    );
    if (twin) renamed.set(file, twin);
  }
  if (renamed.size === 0) return;
  for (const file of emitted.filter((f) => !renamed.has(f) && /\.(html|js|css)$/.test(f))) {
    const path = join(outDir, file);
    const text = readFileSync(path, 'utf8');
    let next = text;
    for (const [copy, twin] of renamed) next = next.replaceAll(`/${copy}`, `/${twin}`);
    if (next !== text) writeFileSync(path, next);
  }
  for (const copy of renamed.keys()) rmSync(join(outDir, copy));
}
