/**
 * `npm run mutation:check`: removes each defence in SECURITY.md in turn and
 * checks that a test fails without it (then puts the code back). Slow-ish and
 * not part of `npm test`; run it after changing a defence or its tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface Mutation {
  defence: string;
  file: string;
  find: string;
  replace: string;
  tests: string[];
}

const mutations: Mutation[] = [
  { defence: 'https only', file: 'src/core/url.ts', find: "url.protocol !== 'https:' || ", replace: '', tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'] },
  { defence: 'no ports', file: 'src/core/url.ts', find: "url.port !== '' || ", replace: '', tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'] },
  { defence: 'no credentials', file: 'src/core/url.ts', find: "url.username !== '' || ", replace: '', tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'] },
  { defence: 'empty labels rejected', file: 'src/core/url.ts', find: "host.startsWith('.') || host.includes('..') || ", replace: '', tests: ['test/core/classify-tab.test.ts'] },
  {
    defence: 'dot-boundary wildcard match',
    file: 'src/core/registry.ts',
    find: "for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {\n        const parentHit = below.get(host.slice(dot + 1));",
    replace: 'for (let dot = 0; dot < host.length; dot++) {\n        const parentHit = below.get(host.slice(dot));',
    tests: ['test/core/classify-tab.test.ts'],
  },
  { defence: 'workspace label validated', file: 'src/core/classify-tab.ts', find: '!DNS_LABEL.test(label) || ', replace: '', tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'] },
  { defence: 'page text cleaned', file: 'src/core/page-text.ts', find: ".replace(UNSAFE, ' ')", replace: '', tests: ['test/core/classify-tab.test.ts', 'test/core/draft-email.test.ts'] },
  { defence: 'mailto values encoded', file: 'src/core/draft-email.ts', find: '&body=${encodeURIComponent(body)}', replace: '&body=${body}', tests: ['test/core/draft-email.test.ts'] },
  { defence: 'mailto length cap', file: 'src/core/draft-email.ts', find: 'mailto.length <= MAX_MAILTO_LENGTH', replace: 'true', tests: ['test/core/draft-email.test.ts'] },
  { defence: 'link helper refuses other schemes', file: 'src/core/links.ts', find: "url.protocol === 'https:' && ", replace: '', tests: ['test/core/links.test.ts'] },
  { defence: 'message shape checked', file: 'src/platform/messages.ts', find: "if (standing !== 'opted-out' && standing !== 'training') return undefined;", replace: '', tests: ['test/background/badge.test.ts'] },
  { defence: 'sender is NoTrain', file: 'src/background/index.ts', find: 'sender.id !== browser.runtime.id || ', replace: '', tests: ['test/background/badge.test.ts'] },
  { defence: 'sender page is that vendor’s settings page', file: 'src/background/index.ts', find: '!controlWatch(match, tab.url) || ', replace: '', tests: ['test/background/badge.test.ts'] },
  { defence: 'ledger keys on a null prototype', file: 'src/core/ledger.ts', find: 'const vendors = Object.create(null) as Record<string, LedgerEntry>;\n  const quarantine', replace: 'const vendors = {} as Record<string, LedgerEntry>;\n  const quarantine', tests: ['test/core/ledger.test.ts'] },
  { defence: 'newer ledger never overwritten', file: 'src/core/ledger.ts', find: 'return { ledger: emptyLedger(), writable: false };', replace: 'return { ledger: emptyLedger(), writable: true };', tests: ['test/core/ledger.test.ts'] },
  { defence: 'overlapping hosts rejected', file: 'src/core/validate-vendors.ts', find: 'errors.push(...overlappingHosts(vendors));', replace: '', tests: ['test/vendors.test.ts'] },
  { defence: 'opt-out links on the vendor’s sites', file: 'src/core/validate-vendors.ts', find: '!ownSites.some(', replace: 'false && !ownSites.some(', tests: ['test/vendors.test.ts'] },
  // Issue #11: the settings-page script must never hurt the page.
  {
    defence: 'DOM methods called through the prototype (clobbering)',
    file: 'src/core/safe-dom.ts',
    find: 'return (self, ...args) => apply(fn, self, args) as R;',
    replace: 'return (self, ...args) => apply(((self as Record<string, unknown>)[name] as Fn | undefined) ?? fn, self, args) as R;',
    tests: ['test/core/page-safety.test.ts'],
  },
  { defence: 'labels with bidi controls refused', file: 'src/core/find-control.ts', find: '(BIDI.test(text) ? undefined : ', replace: '(false ? undefined : ', tests: ['test/core/page-safety.test.ts'] },
  { defence: 'per-page search budget', file: 'src/core/find-control.ts', find: 'if (work > budget) {', replace: 'if (work < 0) {', tests: ['test/core/page-safety.test.ts'] },
  { defence: 'faint controls (effective opacity) hidden', file: 'src/core/visibility.ts', find: 'opacity < MIN_OPACITY', replace: 'opacity < 0', tests: ['test/core/page-safety.test.ts'] },
  { defence: 'page text in NFC', file: 'src/core/page-text.ts', find: ".trim().normalize('NFC');", replace: '.trim();', tests: ['test/core/draft-email.test.ts'] },
  { defence: 'badge text without bidi or control characters', file: 'src/content/badge-view.ts', find: 'element.textContent = stripUnsafe(text);', replace: 'element.textContent = text;', tests: ['test/content/badge-view.test.ts'] },
  {
    defence: 'worker skips action calls that change nothing',
    file: 'src/background/index.ts',
    find: "if (((await shownBadges())[tabId] ?? '') === state && ",
    replace: 'if (false && ',
    tests: ['test/background/badge.test.ts'],
  },
];

let survived = 0;
for (const mutation of mutations) {
  const original = readFileSync(mutation.file, 'utf8');
  if (!original.includes(mutation.find)) {
    console.log(`?  ${mutation.defence}: the code to remove is gone from ${mutation.file}; update this list`);
    survived++;
    continue;
  }
  writeFileSync(mutation.file, original.replace(mutation.find, mutation.replace));
  let failed = false;
  try {
    execFileSync('npx', ['vitest', 'run', '--project', 'unit', ...mutation.tests], { stdio: 'ignore' });
  } catch {
    failed = true;
  } finally {
    writeFileSync(mutation.file, original);
  }
  console.log(`${failed ? 'ok' : 'SURVIVED'}  ${mutation.defence}`);
  if (!failed) survived++;
}
console.log(`\n${mutations.length - survived} passed, ${survived} failed`);
process.exitCode = survived ? 1 : 0;
