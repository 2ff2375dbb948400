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

const only = process.argv.slice(2);
const mutations: Mutation[] = [
  {
    defence: 'https only',
    file: 'src/core/url.ts',
    find: "url.protocol !== 'https:' || ",
    replace: '',
    tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'],
  },
  {
    defence: 'no ports',
    file: 'src/core/url.ts',
    find: "url.port !== '' || ",
    replace: '',
    tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'],
  },
  {
    defence: 'no credentials',
    file: 'src/core/url.ts',
    find: "url.username !== '' || ",
    replace: '',
    tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'],
  },
  {
    defence: 'empty labels rejected',
    file: 'src/core/url.ts',
    find: "host.startsWith('.') || host.includes('..') || ",
    replace: '',
    tests: ['test/core/classify-tab.test.ts'],
  },
  {
    defence: 'dot-boundary wildcard match',
    file: 'src/core/registry.ts',
    find: "for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {\n        const parentHit = below.get(host.slice(dot + 1));",
    replace: 'for (let dot = 0; dot < host.length; dot++) {\n        const parentHit = below.get(host.slice(dot));',
    tests: ['test/core/classify-tab.test.ts'],
  },
  {
    defence: 'workspace label validated',
    file: 'src/core/classify-tab.ts',
    find: '!DNS_LABEL.test(label) || ',
    replace: '',
    tests: ['test/core/classify-tab.test.ts', 'test/core/url-properties.test.ts'],
  },
  {
    defence: 'page text cleaned',
    file: 'src/core/page-text.ts',
    find: ".replace(UNSAFE, ' ')",
    replace: '',
    tests: ['test/core/classify-tab.test.ts', 'test/core/draft-email.test.ts'],
  },
  {
    defence: 'mailto values encoded',
    file: 'src/core/draft-email.ts',
    find: '&body=${encodeURIComponent(body)}',
    replace: '&body=${body}',
    tests: [
      'test/core/draft-email.test.ts',
      'test/core/objection-letter.test.ts',
      'test/popup/objection-letter.test.tsx',
    ],
  },
  {
    defence: 'mailto length cap',
    file: 'src/core/draft-email.ts',
    find: 'full.length <= MAX_MAILTO_LENGTH',
    replace: 'true',
    tests: ['test/core/draft-email.test.ts', 'test/core/owner-note.test.ts'],
  },
  {
    defence: 'link helper refuses other schemes',
    file: 'src/core/links.ts',
    find: "url.protocol === 'https:' && ",
    replace: '',
    tests: ['test/core/links.test.ts'],
  },
  {
    defence: 'message shape checked',
    file: 'src/platform/messages.ts',
    find: "if (state !== 'opted-out' && state !== 'training') return undefined;",
    replace: '',
    tests: ['test/background/badge.test.ts'],
  },
  {
    defence: 'sender is NoTrain',
    file: 'src/background/index.ts',
    find: 'sender.id !== browser.runtime.id || ',
    replace: '',
    tests: ['test/background/badge.test.ts'],
  },
  {
    defence: 'sender page is that vendor’s settings page',
    file: 'src/background/index.ts',
    find: '!controlWatch(match, tab.url) || ',
    replace: '',
    tests: ['test/background/badge.test.ts'],
  },
  // The tracker (SECURITY.md, "Tampered or corrupt stored state"):
  {
    defence: 'tracker entries on a null prototype',
    file: 'src/core/tracker/schema.ts',
    find: 'const record = <T>() => Object.create(null) as Record<string, T>;',
    replace: 'const record = <T>() => ({}) as Record<string, T>;',
    tests: ['test/core/tracker/schema.test.ts'],
  },
  {
    defence: 'a future tracker version set aside, never read as ours',
    file: 'src/core/tracker/schema.ts',
    find: 'if (!known || version > TRACKER_VERSION) {',
    replace: 'if (!known) {',
    tests: ['test/core/tracker/schema.test.ts', 'test/platform/tracker.test.ts'],
  },
  {
    defence: 'corrupt tracker entries quarantined, not dropped',
    file: 'src/core/tracker/schema.ts',
    find: 'quarantine.push({ key, value, reason: problem });',
    replace: '',
    tests: ['test/core/tracker/schema.test.ts', 'test/platform/tracker.test.ts'],
  },
  {
    defence: 'every tracker write validated',
    file: 'src/core/tracker/schema.ts',
    find: 'if (back.migrated || back.aside.length || JSON.stringify(serializeTracker(back.tracker)) !== JSON.stringify(value))',
    replace: 'if (false)',
    tests: ['test/core/tracker/schema.test.ts'],
  },
  {
    defence: 'stored preferences validated',
    file: 'src/core/tracker/preferences.ts',
    find: 'if (validField[field](value)) out[field]',
    replace: 'if (true) out[field]',
    tests: ['test/core/tracker/schema.test.ts'],
  },
  {
    defence: 'tracker writes under one lock',
    file: 'src/platform/tracker.ts',
    find: 'return locks.request(TRACKER_LOCK, async () => {',
    replace: 'return ((_name: string, run: () => Promise<TrackerState>) => run())(TRACKER_LOCK, async () => {',
    tests: ['test/platform/tracker.test.ts'],
  },
  // Managed storage (SECURITY.md, "A hostile or mistaken managed policy"):
  {
    defence: 'managed values validated',
    file: 'src/core/tracker/managed.ts',
    find: 'if (validField[name](value)) Object.assign(policy',
    replace: 'if (true) Object.assign(policy',
    tests: ['test/core/tracker/managed.test.ts'],
  },
  {
    defence: 'overlapping hosts rejected',
    file: 'src/core/validate-vendors.ts',
    find: 'errors.push(...overlappingHosts(records.map(({ vendor }) => vendor)));',
    replace: '',
    tests: ['test/vendors.test.ts'],
  },
  // The data-supply gate (SECURITY.md, "A mistaken or malicious vendor record"):
  {
    defence: 'destinations under the vendor’s domains',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'if (!usable.some((domain) => under(host, domain)))',
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'matched hosts under the vendor’s domains',
    file: 'src/core/vendor-rules/domains.ts',
    find: '} else if (!owned.some((domain) => under(name, domain))) {',
    replace: '} else if (false) {',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no wildcard on a public suffix',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'if (wildcard && isPublicSuffix(name) && !publicSuffixes.includes(name))',
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'declared domains are registrable',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'if (isPublicSuffix(domain))\n      problems.push',
    replace: 'if (false)\n      problems.push',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'punycode only by exception',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'if (!allowedPunycode.some((domain) => under(host, domain))) {',
    replace: 'if (false) {',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no mixed-script host',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'return scripts.length > 1\n    ?',
    replace: 'return false\n    ?',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no other vendor’s name on a foreign domain',
    file: 'src/core/vendor-rules/domains.ts',
    find: 'return borrowed\n      ?',
    replace: 'return false\n      ?',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no control characters in prose',
    file: 'src/core/vendor-rules/text.ts',
    find: 'if (CONTROL.test(text))',
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no bidi controls in prose',
    file: 'src/core/vendor-rules/text.ts',
    find: 'if (BIDI.test(text))',
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no invisible characters in prose',
    file: 'src/core/vendor-rules/text.ts',
    find: 'if (INVISIBLE.test(text))',
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'prose in NFC',
    file: 'src/core/vendor-rules/text.ts',
    find: "if (text.normalize('NFC') !== text)",
    replace: 'if (false)',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'no mixed-script vendor name',
    file: 'src/core/validate-vendors.ts',
    find: 'if (scripts.length > 1) problems.push',
    replace: 'if (false) problems.push',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'vendor names unique',
    file: 'src/core/validate-vendors.ts',
    find: 'if (namesake) problem(',
    replace: 'if (false) problem(',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'database not empty',
    file: 'src/core/validate-vendors.ts',
    find: 'if (files.length === 0) return',
    replace: 'if (false) return',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'record count capped',
    file: 'src/core/validate-vendors.ts',
    find: 'if (files.length > MAX_RECORDS) return',
    replace: 'if (false) return',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'database size capped',
    file: 'src/core/validate-vendors.ts',
    find: 'if (total > MAX_DATABASE_BYTES) return',
    replace: 'if (false) return',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'shorteners, mirrors, scrapers and copies refused as sources',
    file: 'src/core/vendor-rules/sources.ts',
    find: 'if (refused) problems.push',
    replace: 'if (false) problems.push',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'third-party sources say what they are',
    file: 'src/core/vendor-rules/sources.ts',
    find: 'if (!source.kind)\n      problems.push',
    replace: 'if (false)\n      problems.push',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'archived copies on their archive’s host',
    file: 'src/core/vendor-rules/sources.ts',
    find: 'else if (!ARCHIVES[source.archive.name].some(',
    replace: 'else if (false && !ARCHIVES[source.archive.name].some(',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: '“high” second-hand needs the vendor’s words',
    file: 'src/core/vendor-rules/sources.ts',
    find: "item.confidence === 'high' && !item.vendorWords",
    replace: 'false',
    tests: ['test/vendors.test.ts'],
  },
  // The popup's settings links filled for a workspace, and its stored region choice:
  {
    defence: 'workspace link only from the rebuilt workspace URL',
    file: 'src/core/deep-link.ts',
    find: 'return href === `https://${hostname}/` ? hostname : undefined;',
    replace: 'return hostname || undefined;',
    tests: ['test/core/deep-link.test.ts'],
  },
  {
    defence: 'workspace link only with an ID of a known shape',
    file: 'src/core/deep-link.ts',
    find: 'workspace.id !== undefined && ID.test(workspace.id)',
    replace: 'workspace.id !== undefined',
    tests: ['test/core/deep-link.test.ts'],
  },
  {
    defence: 'workspace link under the vendor’s domains',
    file: 'src/core/deep-link.ts',
    find: ' && under(url.hostname, domains)',
    replace: '',
    tests: ['test/core/deep-link.test.ts'],
  },
  {
    defence: 'stored region choice read as untrusted',
    file: 'src/core/regions.ts',
    find: 'return PLACES.find((place) => place === raw);',
    replace: 'return raw as Place;',
    tests: ['test/core/regions.test.ts'],
  },
  // Links for the owner's email and the member's note, the stored choices, and learning a team's address:
  {
    defence: 'mailto carries only subject and body',
    file: 'src/core/links.ts',
    find: " &&\n    headers.every((h) => h === 'subject' || h === 'body')",
    replace: '',
    tests: ['test/core/links.test.ts'],
  },
  {
    defence: 'compose links only on the fixed webmail pages',
    file: 'src/core/links.ts',
    find: 'COMPOSE_PAGES.includes(`${url.origin}${url.pathname}`) && ',
    replace: '',
    tests: ['test/core/links.test.ts'],
  },
  {
    defence: 'compose links only with known parameters',
    file: 'src/core/links.ts',
    find: '&& known && ',
    replace: '&& ',
    tests: ['test/core/links.test.ts'],
  },
  {
    defence: 'stored choices keep only known shapes',
    file: 'src/core/choices.ts',
    find: '.filter(([k, v]) => key.test(k) && value(v))',
    replace: '',
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'stored choices on a null prototype',
    file: 'src/core/choices.ts',
    find: 'const out = Object.create(null) as Record<string, T>;',
    replace: 'const out = {} as Record<string, T>;',
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'a team’s address only from the very next URL change, in time',
    file: 'src/core/choices.ts',
    find: ' &&\n    now - previous.at >= 0 &&\n    now - previous.at <= REDIRECT_WINDOW_MS',
    replace: '',
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'a team’s address only from a workspace host',
    file: 'src/core/choices.ts',
    find: ' ||\n    workspaceHostOf(previous.host, match.vendor.id, registry) !== previous.host',
    replace: '',
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'a role is not carried across workspaces',
    file: 'src/core/choices.ts',
    find: 'return choiceKeys(vendorId, workspace)\n    .map((key) => choices.roles[key])',
    replace: 'return [...choiceKeys(vendorId, workspace), vendorId]\n    .map((key) => choices.roles[key])',
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'plan references name declared plans',
    file: 'src/core/vendor-rules/plans.ts',
    find: 'if (!ids.has(ref))\n        problems.push',
    replace: 'if (false)\n        problems.push',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'plan names come from the record’s own words',
    file: 'src/core/vendor-rules/plans.ts',
    find: 'if (!prose.includes(fold(plan.name))) {',
    replace: 'if (false) {',
    tests: ['test/vendors.test.ts'],
  },
  // Issue #11: the settings-page script must never hurt the page.
  {
    defence: 'DOM methods called through the prototype (clobbering)',
    file: 'src/core/safe-dom.ts',
    find: 'return (self, ...args) => apply(fn, self, args) as R;',
    replace:
      'return (self, ...args) => apply(((self as Record<string, unknown>)[name] as Fn | undefined) ?? fn, self, args) as R;',
    tests: ['test/core/page-safety.test.ts'],
  },
  {
    defence: 'labels with bidi controls refused',
    file: 'src/core/find-control.ts',
    find: 'BIDI.test(text) ? undefined : ',
    replace: 'false ? undefined : ',
    tests: ['test/core/page-safety.test.ts'],
  },
  {
    defence: 'per-page search budget',
    file: 'src/core/find-control.ts',
    find: 'if (work > budget) {',
    replace: 'if (work < 0) {',
    tests: ['test/core/page-safety.test.ts'],
  },
  {
    defence: 'long lists walked in batches, never half read at once',
    file: 'src/core/find-control.ts',
    find: 'if (high - low > LONG_LIST) {',
    replace: 'if (false) {',
    tests: ['test/core/page-safety.test.ts'],
  },
  {
    defence: 'the search yields to the page every SLICE_MS',
    file: 'src/content/find-controls.ts',
    find: 'const status = scanner.step(() => now() - start < SLICE_MS);',
    replace: 'const status = scanner.step(() => true);',
    tests: ['test/content/find-controls.test.ts'],
  },
  {
    defence: 'the search ends when its per-page budget is spent (content side)',
    file: 'src/content/find-controls.ts',
    find: "if (status === 'exhausted') {",
    replace: 'if (false) {',
    tests: ['test/content/find-controls.test.ts'],
  },
  {
    defence: 'faint controls (effective opacity) hidden',
    file: 'src/core/visibility.ts',
    find: 'opacity < MIN_OPACITY',
    replace: 'opacity < 0',
    tests: ['test/core/page-safety.test.ts'],
  },
  {
    defence: 'page text in NFC',
    file: 'src/core/page-text.ts',
    find: ".trim().normalize('NFC');",
    replace: '.trim();',
    tests: ['test/core/draft-email.test.ts'],
  },
  {
    defence: 'a translated label only from the vendor’s own page',
    file: 'src/core/vendor-rules/labels.ts',
    find: "if (source && source.publisher !== 'vendor') {",
    replace: 'if (false) {',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'a translated label quoted word for word',
    file: 'src/core/vendor-rules/labels.ts',
    find: 'if (!fold(item.quote).includes(fold(localized.label))) {',
    replace: 'if (false) {',
    tests: ['test/vendors.test.ts'],
  },
  {
    defence: 'stored email languages keep only known values',
    file: 'src/core/choices.ts',
    find: "const isEmailLanguage = (v: unknown): v is EmailLanguage => v === 'vendor' || v === 'ui';",
    replace: "const isEmailLanguage = (v: unknown): v is EmailLanguage => typeof v === 'string';",
    tests: ['test/core/choices.test.ts'],
  },
  {
    defence: 'values in a translated sentence never read as markers',
    file: 'src/core/lang-parts.ts',
    find: 'subs.map((_, i) => `${OPEN}${i}${CLOSE}`),',
    replace: "subs.map((sub, i) => (typeof sub === 'string' ? sub : `${OPEN}${i}${CLOSE}`)),",
    tests: ['test/core/lang-parts.test.ts'],
  },
  {
    defence: 'note lang attribute only a language tag',
    file: 'src/content/mark-view.ts',
    find: "/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(lang) ? lang : ''",
    replace: 'lang',
    tests: ['test/content/mark-view.test.ts'],
  },
  {
    defence: 'mark and notice text without bidi or control characters',
    file: 'src/content/mark-view.ts',
    find: 'element.textContent = stripUnsafe(text);',
    replace: 'element.textContent = text;',
    tests: ['test/content/mark-view.test.ts'],
  },
  {
    defence: 'worker skips action calls that change nothing',
    file: 'src/background/index.ts',
    find: "((await shownBadges())[tabId] ?? '') === state &&\n",
    replace: 'false &&\n',
    tests: ['test/background/badge.test.ts'],
  },
  {
    defence: 'csv formula cells neutralised',
    file: 'src/core/csv.ts',
    find: "FORMULA_START.test(value) ? `'${value}` : value",
    replace: 'value',
    tests: ['test/core/tracker-csv.test.ts'],
  },
  {
    defence: 'csv quotes doubled',
    file: 'src/core/csv.ts',
    find: `text.replace(/"/g, '""')`,
    replace: 'text',
    tests: ['test/core/tracker-csv.test.ts'],
  },
  {
    defence: 'import size cap',
    file: 'src/core/tracker-file.ts',
    find: "if (text.length > MAX_IMPORT_BYTES) return refused('file-too-large');",
    replace: '',
    tests: ['test/core/tracker-file.test.ts'],
  },
  {
    defence: 'import format checked',
    file: 'src/core/tracker-file.ts',
    find: "if (!isObject(file) || file.format !== FILE_FORMAT) return refused('not-notrain');",
    replace: "if (!isObject(file)) return refused('not-notrain');",
    tests: ['test/core/tracker-file.test.ts'],
  },
  {
    defence: 'import takes only valid preferences',
    file: 'src/core/tracker-file.ts',
    find: 'Object.hasOwn(stored, field) && !invalid.includes(field)',
    replace: 'Object.hasOwn(stored, field)',
    tests: ['test/core/tracker-file.test.ts'],
  },
  {
    defence: 'signature cleaned and capped',
    file: 'src/core/draft-email.ts',
    find: 'fitEncoded(line, MAX_ENCODED_SIGNATURE)',
    replace: 'line',
    tests: ['test/core/draft-email.test.ts', 'test/core/owner-note.test.ts'],
  },
  {
    defence: 'lone surrogate repaired before encoding',
    file: 'src/core/draft-email.ts',
    find: "text.replace(LONE_SURROGATE, '\\uFFFD')",
    replace: 'text',
    tests: ['test/core/draft-email.test.ts'],
  },
  {
    defence: 'letter refuses while a blank is left',
    file: 'src/core/objection-letter.ts',
    find: 'if (blanks.length) return missing(blanks);',
    replace: '',
    tests: ['test/core/objection-letter.test.ts'],
  },
  {
    defence: 'letter fields cleaned',
    file: 'src/core/drafted.ts',
    find: "const flat = stripUnsafe(withoutSlots(raw ?? ''));",
    replace: "const flat = raw ?? '';",
    tests: ['test/core/objection-letter.test.ts'],
  },
  {
    defence: 'opt-out email refuses without the workspace URL',
    file: 'src/core/draft-email.ts',
    find: "if (method.mustInclude.includes('workspace-url') && !workspace?.url) return missing(['workspace-url']);",
    replace: '',
    tests: ['test/core/draft-email.test.ts', 'test/popup/App.test.tsx'],
  },
  {
    defence: 'letter Copy refuses while a blank is left',
    file: 'src/popup/components/ObjectionLetter.tsx',
    find: 'if (!letter) return;',
    replace: "if (!letter) return void copy(parts.map((p) => ('text' in p ? p.text : (p.value ?? ''))).join(''));",
    tests: ['test/popup/objection-letter.test.tsx'],
  },
  {
    defence: 'email Copy refuses without the workspace URL',
    file: 'src/popup/components/EmailAction.tsx',
    find: "onClick={() => draft && onCopy('all', text)}",
    replace: "onClick={() => void onCopy('all', text)}",
    tests: ['test/popup/App.test.tsx'],
  },
  {
    defence: 'audit CSV formula cells neutralised',
    file: 'src/core/csv.ts',
    find: "const text = FORMULA_START.test(value) ? `'${value}` : value;",
    replace: 'const text = value;',
    tests: ['test/core/audit/audit.test.ts'],
  },
  {
    defence: 'audit Markdown inline markup escaped',
    file: 'src/core/audit/export.ts',
    find: '.replace(MD_INLINE, (c) => `\\\\${c}`)',
    replace: '',
    tests: ['test/core/audit/audit.test.ts'],
  },
  {
    defence: 'audit Markdown cells on one line',
    file: 'src/core/audit/export.ts',
    find: ".replace(/[\\r\\n\\u2028\\u2029]+/g, ' ')",
    replace: '',
    tests: ['test/core/audit/audit.test.ts'],
  },
  {
    defence: 'audit added list read as untrusted',
    file: 'src/core/audit/items.ts',
    find: "typeof id === 'string' && isKebabId(id)",
    replace: "typeof id === 'string'",
    tests: ['test/core/audit/audit.test.ts'],
  },
];

let survived = 0;
// `npm run mutation:check -- <words>`: only the defences whose name contains one of the words.
const chosen = only.length ? mutations.filter((m) => only.some((word) => m.defence.includes(word))) : mutations;
for (const mutation of chosen) {
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
console.log(`\n${chosen.length - survived} passed, ${survived} failed`);
process.exitCode = survived ? 1 : 0;
