/**
 * The build's one source of vendor-derived data: the folder `generated/`
 * (not committed: it is rebuilt from the records by every build, dev rebuild
 * and test run), written by build/vendor-data.ts. This plugin makes sure the
 * folder matches its inputs before anything reads it (in the build, in every
 * rebuild of `npm run dev`, and when the tests start), serves the views as
 * `virtual:notrain/*` modules, and packages the full records and the email
 * catalog.
 *
 * The generator renders Preact components, which needs this project's JSX
 * settings: tsx applies them, the Vite config bundler does not, so the plugin
 * runs it as a child process, only when a hash of its inputs has changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contactOf } from '../src/core/report-link.ts';
import { readVendorFiles, VENDOR_DIR } from './vendor-files.ts';
import { VIEWS, type ViewId } from './vendor-views.ts';

export const DATA_DIR = 'generated';
/** What the generated files are made from: the records, the English strings, and the code that renders them. */
const INPUTS = [
  'public/_locales/en/messages.json',
  'build/shipped-catalogs-plugin.ts',
  'src/core',
  'src/popup',
  // The settings-page script's code: which catalog keys it bundles (build/content-keys.ts).
  'src/content',
  'src/platform',
  'build/content-keys.ts',
  'build/vendor-data.ts',
  'build/vendor-views.ts',
  'build/vendor-files.ts',
];
const STAMP = 'inputs.sha256';
/** The opt-out email's fixed parts in English, for a popup in another language (src/platform/i18n.ts). */
export const EMAIL_CATALOG = 'email-en.json';
/** The English catalog as shipped, cut to the keys the settings-page script uses, which it bundles (`virtual:notrain/default-catalog`, by alias). */
export const DEFAULT_CATALOG_FILE = join(DATA_DIR, 'default-catalog.json');

export const viewFile = (view: ViewId, dir = DATA_DIR) => join(dir, `${view.slice('virtual:notrain/'.length)}.json`);
export const recordFile = (fileName: string, dir = DATA_DIR) => join(dir, 'records', fileName);

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of every input's path and bytes: the generated folder is current when its stamp holds this. */
export function inputsHash(vendorDir = VENDOR_DIR): string {
  const hash = createHash('sha256');
  for (const file of [vendorDir, ...INPUTS].flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

export const stampFile = (dir = DATA_DIR) => join(dir, STAMP);
export const isCurrent = (hash: string, dir = DATA_DIR) =>
  existsSync(stampFile(dir)) && readFileSync(stampFile(dir), 'utf8') === hash;

/** Runs the generator when the folder is missing or stale; returns whether it ran. Throws with its errors. */
export function ensureVendorData(): boolean {
  if (isCurrent(inputsHash())) return false;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-data.ts'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || String(error), { cause: error });
  }
  return true;
}

/** The project's version and report contact, from package.json. */
const PROJECT = 'virtual:notrain/project';
const isView = (id: string): id is ViewId => id in VIEWS;

/**
 * `bundle`: also package the full records (`vendors/<id>.json`, which the
 * popup fetches one at a time) and the email catalog; the main build does,
 * the welcome page's build and the tests need only the modules.
 */
export function vendorDataPlugin({ bundle = false } = {}): Plugin {
  return {
    name: 'notrain:vendor-data',
    config(config) {
      // Before the config is used: the content script's build reads a generated file through an alias (vite.config.ts).
      ensureVendorData();
      // `npm run dev` (`vite build --watch`): a changed record or component regenerates the folder inside the
      // rebuild it starts (buildStart below); the rewritten files must not start another. (A change that lands
      // while a build runs makes CRXJS 3.0.0 fail the next rebuild under rolldown's watcher, main included.)
      if (config.build?.watch) return { build: { watch: { exclude: [`${DATA_DIR}/**`] } } };
    },
    buildStart() {
      // In `npm run dev`, an edited record or string starts a rebuild, and the rebuild starts here.
      for (const file of [...readVendorFiles().map((f) => join(VENDOR_DIR, f.name)), INPUTS[0]!])
        this.addWatchFile(resolve(file));
      try {
        if (ensureVendorData()) this.info(`regenerated ${DATA_DIR}/ from the vendor records`);
      } catch (error) {
        this.error(`Invalid vendor data:\n${(error as Error).message}`);
      }
    },
    resolveId(id) {
      return isView(id) || id === PROJECT ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${PROJECT}`) {
        // Where a "something is wrong" report goes, and the version it names: nothing else of package.json.
        const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
          version: string;
          bugs?: unknown;
          repository?: unknown;
        };
        return `export default ${JSON.stringify({ version: pkg.version, contact: contactOf(pkg) })};`;
      }
      const view = id.slice(1);
      if (!id.startsWith('\0') || !isView(view)) return undefined;
      const file = resolve(viewFile(view));
      this.addWatchFile(file);
      // JSON.parse of a string literal is parsed faster by V8 than the same object literal.
      return `export default JSON.parse(${JSON.stringify(readFileSync(file, 'utf8').trim())});`;
    },
    generateBundle() {
      if (!bundle) return;
      for (const file of readVendorFiles()) {
        this.emitFile({ type: 'asset', fileName: `vendors/${file.name}`, source: readFileSync(recordFile(file.name)) });
      }
      this.emitFile({ type: 'asset', fileName: EMAIL_CATALOG, source: readFileSync(join(DATA_DIR, EMAIL_CATALOG)) });
    },
  };
}
