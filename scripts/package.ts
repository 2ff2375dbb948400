/**
 * `npm run package` (after `npm run build`): the three files the stores take,
 * named with the version from package.json, the same bytes from the same
 * commit (sorted entries, fixed timestamps, fixed compression: scripts/zip.ts).
 *
 * - dist/notrain-chrome-<version>.zip: dist/chrome, for the Chrome Web Store;
 * - dist/notrain-firefox-<version>.zip: dist/firefox, for addons.mozilla.org,
 *   which `npm run package` first checks with `web-ext lint`, as the store's
 *   reviewers run it;
 * - dist/notrain-source-<version>.zip: every file git tracks, the source
 *   archive addons.mozilla.org asks for when a bundler builds the add-on
 *   (README.md, "Building from source", says how to rebuild it).
 *
 * It also writes the store listings' texts, one file per locale, from the
 * catalogs (`extensionName`, `extensionDescription`, `storeDescription`):
 * dist/store/<locale>.txt. The listings' pictures come from
 * `npm run screenshots` (docs/screenshots/).
 *
 * `web-ext build` is not used for the zips: it stamps each entry with the
 * file's modification time, so two builds of one commit differ in bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { readVendorFiles } from '../build/vendor-files.ts';
import { CATALOG_LOCALES, type MessageEntry, translatorFor } from '../src/core/messages-table.ts';
import { zipFiles, zipFolder } from './zip.ts';

export const packageFiles = (version: string) => ({
  chrome: `dist/notrain-chrome-${version}.zip`,
  firefox: `dist/notrain-firefox-${version}.zip`,
  source: `dist/notrain-source-${version}.zip`,
});

/** A store listing's text in `locale`: name, summary, and the long description. */
export function storeText(locale: string, vendorCount: number): string {
  const t = translatorFor(
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, MessageEntry>,
  );
  return `${t('extensionName')}\n\n${t('extensionDescription')}\n\n${t('storeDescription', [String(vendorCount)])}\n`;
}

/** The files of the source archive: what git tracks, as in the working tree. */
export function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
}

function main() {
  const files = packageFiles(pkg.version);
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty)
    console.warn('package: the working tree has uncommitted changes; the source archive is not a commit:\n' + dirty);
  const zips: [string, Buffer][] = [
    [files.chrome, zipFolder('dist/chrome')],
    [files.firefox, zipFolder('dist/firefox')],
    [files.source, zipFiles('.', sourceFiles())],
  ];
  for (const [file, zip] of zips) {
    writeFileSync(file, zip);
    console.log(`${file}: ${zip.length} bytes`);
  }
  mkdirSync('dist/store', { recursive: true });
  const vendorCount = readVendorFiles().length;
  for (const locale of CATALOG_LOCALES) writeFileSync(`dist/store/${locale}.txt`, storeText(locale, vendorCount));
  console.log(`dist/store/{${CATALOG_LOCALES.join(',')}}.txt: the store listings' texts`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
