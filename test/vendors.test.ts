/**
 * The vendor database as data: every record valid, and the one validator the
 * build runs rejects each kind of bad record, mistaken or malicious, with a
 * message naming the file and the field. The base record is a hand-made valid
 * one (test/fixtures/records/acme.json), so each case breaks exactly one rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DATABASE_BYTES, MAX_RECORDS, validateVendorFiles, type VendorFile } from '../src/core/validate-vendors.ts';

const acmeText = readFileSync('test/fixtures/records/acme.json', 'utf8');
const canonical = (record: unknown) => `${JSON.stringify(record, null, 2)}\n`;
const mutate = (change: (record: any) => void, base = acmeText) => {
  const record = JSON.parse(base);
  change(record);
  return canonical(record);
};
const TODAY = '2026-12-01';
const validate = (files: readonly VendorFile[]) => validateVendorFiles(files, TODAY).errors;
const check = (text: string, name = 'acme.json') => validate([{ name, text }]);
/** A second valid vendor, on its own domain, to test rules across records. */
const otherVendor = (change: (record: any) => void = () => {}) =>
  mutate((r) => {
    r.id = 'other';
    r.name = 'Other Tool';
    r.domains = ['other-tool.example'];
    r.policyUrl = 'https://other-tool.example/privacy';
    r.match = { hosts: ['other-tool.example'], workspaces: [], pages: [], defaultPage: 'workspace' };
    r.optOut.methods = [];
    delete r.sources['help-de'];
    delete r.sources['help-fr'];
    r.sources.policy.url = 'https://other-tool.example/privacy';
    change(r);
  });

describe('the base record', () => {
  it('the base record of these tests is valid', () => {
    expect(check(acmeText)).toEqual([]);
    expect(
      validate([
        { name: 'acme.json', text: acmeText },
        { name: 'other.json', text: otherVendor() },
      ]),
    ).toEqual([]);
  });
});

type Case = [string, (record: any) => void, string];

const expectRejected = (text: string, expected: string, name = 'acme.json') => {
  const errors = check(text, name);
  expect(
    errors.some((e) => e.startsWith(expected)),
    `expected "${expected}" in:\n${errors.join('\n')}`,
  ).toBe(true);
};

describe('validateVendorFiles rejects, naming file and field,', () => {
  it.each<Case>([
    [
      'a non-https source',
      (r) => (r.sources.policy.url = 'http://acme-chat.com/privacy'),
      'acme.json: sources.policy.url: must use https://',
    ],
    ['a javascript: URL', (r) => (r.policyUrl = 'javascript:alert(1)'), 'acme.json: policyUrl: must use https://'],
    [
      'a data: URL',
      (r) => (r.optOut.methods = [{ kind: 'form', url: 'data:text/html,hi', evidence: r.optOut.evidence }]),
      'acme.json: optOut.methods.0.url: must use https://',
    ],
    [
      'a malformed email',
      (r) => (r.optOut.methods[0].to = 'privacy@acme-chat.com?cc=evil@example.com'),
      'acme.json: optOut.methods.0.to: must be an email address',
    ],
    [
      'an unknown enum value',
      (r) => (r.training[0].usesCustomerData = 'maybe'),
      'acme.json: training.0.usesCustomerData:',
    ],
    ['an unknown field', (r) => (r.script = 'alert(1)'), 'acme.json: script:'],
    [
      'a claim with no evidence',
      (r) => (r.training[0].evidence = []),
      'acme.json: training.0.evidence: every claim needs at least one source',
    ],
    [
      'a quote of 40 words or more',
      (r) => (r.training[0].evidence[0].quote = 'word '.repeat(41).trim()),
      'acme.json: training.0.evidence.0.quote: must be under 40 words',
    ],
    ['an impossible date', (r) => (r.reviewed = '2026-02-30'), 'acme.json: reviewed: must be a real calendar date'],
    [
      'a date in the future',
      (r) => (r.training[0].evidence[0].verified = '2027-01-01'),
      'acme.json: training.0.evidence.0.verified: 2027-01-01 is in the future',
    ],
    [
      'a citation of a missing source',
      (r) => (r.training[0].evidence[0].source = 'nowhere'),
      'acme.json: training.0.evidence.0.source: "nowhere" is not a key of "sources"',
    ],
    [
      'a source nobody cites',
      (r) => (r.sources.extra = { url: 'https://acme-chat.com/x', title: 'X', publisher: 'vendor' }),
      'acme.json: sources.extra: is cited by no claim',
    ],
    [
      'second-hand evidence without a confidence',
      (r) => delete r.training[0].evidence[1].confidence,
      'acme.json: training.0.evidence.1.confidence: is required when the source is third-party',
    ],
    [
      'an upper-case or port-bearing host',
      (r) => (r.match.hosts = ['Acme-chat.com:443']),
      'acme.json: match.hosts.0: must be a lower-case host or *.host pattern',
    ],
    [
      'a region outside the closed list',
      (r) => (r.optOut.methods[1].regions = ['Europe']),
      'acme.json: optOut.methods.1.regions.0:',
    ],
  ])('%s', (_, change, expected) => expectRejected(mutate(change), expected));

  it('an id that differs from the file name', () => {
    expect(check(acmeText, 'acne.json')).toContain(
      'acne.json: id: "acme" must match the file name (expected acme.json)',
    );
  });

  it('a record not in canonical form', () => {
    expect(check(JSON.stringify(JSON.parse(acmeText)))).toContain(
      'acme.json: (file): not in canonical form: two-space JSON.stringify output plus a final newline',
    );
  });

  it('a file that is not JSON', () => {
    expect(check('{ "id": ')[0]).toMatch(/^acme\.json: \(file\): not valid JSON/);
  });

  it('an oversized record', () => {
    const huge = mutate((r) => (r.history = Array.from({ length: 400 }, () => r.history[0])));
    expect(check(huge)[0]).toMatch(/^acme\.json: \(file\): \d+ bytes, over the 49152-byte limit for one record$/);
  });

  it('a host another vendor’s wildcard covers', () => {
    const errors = validate([
      { name: 'acme.json', text: acmeText },
      {
        name: 'other.json',
        text: otherVendor(
          (r) => ((r.domains = ['other-tool.example', 'acme-chat.com']), (r.match.hosts = ['files.acme-chat.com'])),
        ),
      },
    ]);
    expect(errors).toContain('other.json: match.hosts: "files.acme-chat.com" overlaps "*.acme-chat.com" of acme.json');
  });

  it('two vendors claiming the same host', () => {
    const errors = validate([
      { name: 'acme.json', text: acmeText },
      {
        name: 'other.json',
        text: otherVendor(
          (r) => ((r.domains = ['other-tool.example', 'acme-chat.com']), (r.match.hosts = ['acme-chat.com'])),
        ),
      },
    ]);
    expect(errors).toContain('other.json: match.hosts: "acme-chat.com" is already claimed by acme.json');
  });
});

describe('a label in another language is the vendor’s own words', () => {
  it.each<Case>([
    [
      'a label in a language NoTrain does not speak',
      (r) => (r.optOut.methods[1].labels.it = r.optOut.methods[1].labels.de),
      'acme.json: optOut.methods.1.labels.it: Invalid key',
    ],
    [
      'a translated label with no evidence',
      (r) => (r.optOut.methods[1].labels.de.evidence = []),
      'acme.json: optOut.methods.1.labels.de.evidence: every claim needs at least one source',
    ],
    [
      'translations of no English label',
      (r) => delete r.optOut.methods[1].label,
      'acme.json: optOut.methods.1.labels: translates no label: give the English "label" first',
    ],
    [
      'a "translation" that is the English label',
      (r) => {
        r.optOut.methods[1].labels.de.label = 'Use messages to train models';
        r.optOut.methods[1].labels.de.evidence[0].quote = 'Turn off Use messages to train models.';
      },
      'acme.json: optOut.methods.1.labels.de.label: is the English label',
    ],
    [
      'a label a third-party page quotes, even word for word',
      (r) => {
        r.optOut.methods[1].labels.de.evidence[0].source = 'news';
        r.optOut.methods[1].labels.de.evidence[0].confidence = 'high';
        r.optOut.methods[1].labels.de.evidence[0].vendorWords = true;
      },
      'acme.json: optOut.methods.1.labels.de.evidence.0.source: "news" is not the vendor\'s own page',
    ],
    [
      'a label an archived copy quotes',
      (r) => {
        r.optOut.methods[1].labels.de.evidence[0].source = 'archive';
        r.optOut.methods[1].labels.de.evidence[0].confidence = 'high';
      },
      'acme.json: optOut.methods.1.labels.de.evidence.0.source: "archive" is not the vendor\'s own page',
    ],
    [
      'a quote that does not contain the label',
      (r) => (r.optOut.methods[1].labels.de.label = 'Nachrichten für das Training nutzen'),
      'acme.json: optOut.methods.1.labels.de.evidence.0.quote: does not quote the label "Nachrichten für das Training nutzen" word for word',
    ],
    [
      'a translated label with a bidi control',
      (r) => (r.optOut.methods[1].labels.fr.label = 'Utiliser les messages\u202e pour entraîner les modèles'),
      'acme.json: optOut.methods.1.labels.fr.label: contains the bidi control U+202E',
    ],
    [
      'a translated label not in NFC',
      (r) => (r.optOut.methods[1].labels.fr.label = 'Utiliser les messages pour entrai\u0302ner les modèles'),
      'acme.json: optOut.methods.1.labels.fr.label: is not in Unicode normal form C (NFC)',
    ],
    [
      'a translated label verified in the future',
      (r) => (r.optOut.methods[1].labels.fr.evidence[0].verified = '2027-01-01'),
      'acme.json: optOut.methods.1.labels.fr.evidence.0.verified: 2027-01-01 is in the future',
    ],
    [
      'a translated label citing a source that does not exist',
      (r) => (r.optOut.methods[1].labels.fr.evidence[0].source = 'nowhere'),
      'acme.json: optOut.methods.1.labels.fr.evidence.0.source: "nowhere" is not a key of "sources"',
    ],
  ])('%s', (_, change, expected) => expectRejected(mutate(change), expected));

  it('accepts the label with other quotes and spacing around it', () => {
    const text = mutate(
      (r) =>
        (r.optOut.methods[1].labels.fr.evidence[0].quote =
          'Désactivez «\u00a0Utiliser les   messages pour entraîner les modèles\u00a0».'),
    );
    expect(check(text)).toEqual([]);
  });
});

describe('every destination belongs to the vendor', () => {
  it.each<Case>([
    [
      'an opt-out address at free webmail',
      (r) => (r.optOut.methods[0].to = 'acme.privacy@gmail.com'),
      "acme.json: optOut.methods.0.to: gmail.com is not under the vendor's domains (acme-chat.com)",
    ],
    [
      'an opt-out address at a lookalike domain',
      (r) => (r.optOut.methods[0].to = 'privacy@acme-chat.com.evil.example'),
      "acme.json: optOut.methods.0.to: acme-chat.com.evil.example is not under the vendor's domains",
    ],
    [
      'a settings link off the vendor’s domains',
      (r) => (r.optOut.methods[1].url = 'https://evil.example/acme/ai'),
      "acme.json: optOut.methods.1.url: evil.example is not under the vendor's domains",
    ],
    [
      'a form off the vendor’s domains',
      (r) =>
        (r.optOut.methods = [{ kind: 'form', url: 'https://forms.evil.example/optout', evidence: r.optOut.evidence }]),
      "acme.json: optOut.methods.0.url: forms.evil.example is not under the vendor's domains",
    ],
    [
      'a workspace link template on another host',
      (r) => (r.optOut.methods[1].workspaceUrl = 'https://evil.example/{workspace-id}/ai'),
      "acme.json: optOut.methods.1.workspaceUrl: evil.example is not under the vendor's domains",
    ],
    [
      'a policy page off the vendor’s domains',
      (r) => (r.policyUrl = 'https://evil.example/privacy'),
      "acme.json: policyUrl: evil.example is not under the vendor's domains",
    ],
    [
      'a “vendor” source on someone else’s site',
      (r) => (r.sources.policy.url = 'https://acme-chat.example/privacy'),
      "acme.json: sources.policy.url: acme-chat.example is not under the vendor's domains",
    ],
    [
      'a host under an undeclared domain',
      (r) => r.match.hosts.push('acme.evil.example'),
      'acme.json: match.hosts.2: "acme.evil.example" is not under the vendor\'s domains (acme-chat.com)',
    ],
    [
      'a settings page on an undeclared domain',
      (r) => (r.match.pages[0].hosts = ['admin.evil.example']),
      'acme.json: match.pages.0.hosts.0: "admin.evil.example" is not under the vendor\'s domains',
    ],
    [
      'a public suffix declared as a domain',
      (r) => r.domains.push('co.uk'),
      'acme.json: domains.1: "co.uk" is a public suffix, not a domain anyone owns',
    ],
    [
      'a subdomain declared as a domain',
      (r) => (r.domains = ['app.acme-chat.com']),
      'acme.json: domains.0: "app.acme-chat.com" is not a registrable domain (declare acme-chat.com)',
    ],
    [
      'a “public suffix” exception for an ordinary domain',
      (r) => (r.domainExceptions = [{ domain: 'evil.example', allow: 'public-suffix', reason: 'Trust me.' }]),
      'acme.json: domainExceptions.0.domain: "evil.example" is not a public suffix',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(mutate(change), expected));

  it('accepts a privacy address at a domain the vendor does not own only with a reasoned exception', () => {
    const exception = {
      domain: 'privacy-processor.example',
      allow: 'not-owned',
      reason: 'Acme’s privacy requests are handled by its processor, as its policy says.',
    };
    const text = mutate(
      (r) => ((r.optOut.methods[0].to = 'acme@privacy-processor.example'), (r.domainExceptions = [exception])),
    );
    expect(check(text)).toEqual([]);
  });

  it('never lets a not-owned exception widen the hosts NoTrain acts on', () => {
    const exception = { domain: 'evil.example', allow: 'not-owned', reason: 'Mail only.' };
    expectRejected(
      mutate((r) => ((r.domainExceptions = [exception]), r.match.hosts.push('acme.evil.example'))),
      'acme.json: match.hosts.2: "acme.evil.example" is not under the vendor\'s domains',
    );
  });
});

describe('host names are names a person can read', () => {
  it.each<Case>([
    [
      'a wildcard on an ICANN public suffix',
      (r) => (r.match.hosts = ['*.co.uk']),
      'acme.json: match.hosts.0: "*.co.uk" is a wildcard on the public suffix "co.uk"',
    ],
    [
      'a wildcard on a platform public suffix',
      (r) => (r.match.hosts = ['*.github.io']),
      'acme.json: match.hosts.0: "*.github.io" is a wildcard on the public suffix "github.io"',
    ],
    [
      'a punycode lookalike of the vendor’s own domain',
      (r) => (r.domains.push('xn--acm-chat-d1a.com'), r.match.hosts.push('xn--acm-chat-d1a.com')),
      'acme.json: match.hosts.2: "xn--acm-chat-d1a.com" (acmé-chat.com) is punycode',
    ],
    [
      'a mixed-script host even where punycode is allowed',
      (r) => {
        r.domains.push('xn--me-chat-1fg7m.com');
        r.domainExceptions = [{ domain: 'xn--me-chat-1fg7m.com', allow: 'punycode', reason: 'Testing.' }];
        r.match.hosts.push('xn--me-chat-1fg7m.com');
      },
      'acme.json: match.hosts.2: "xn--me-chat-1fg7m.com" (асme-chat.com) mixes Latin and Cyrillic letters',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(mutate(change), expected));

  it('accepts a vendor-run public suffix only with a reasoned exception', () => {
    const withSuffix = (r: any) => r.match.hosts.push('*.github.io');
    expectRejected(mutate(withSuffix), 'acme.json: match.hosts.2: "*.github.io" is a wildcard on the public suffix');
    const exception = { domain: 'github.io', allow: 'public-suffix', reason: 'Testing: the vendor runs this suffix.' };
    expect(check(mutate((r) => (withSuffix(r), (r.domainExceptions = [exception]))))).toEqual([]);
  });

  it('rejects another vendor’s name under a domain this vendor does not own', () => {
    const errors = validate([
      { name: 'acme.json', text: acmeText },
      {
        name: 'other.json',
        text: otherVendor((r) => (r.domains.push('evil.example'), r.match.hosts.push('acme-chat.evil.example'))),
      },
    ]);
    expect(errors).toContain(
      'other.json: match.hosts.1: "acme-chat.evil.example" names acme-chat, a domain of acme, under a domain this vendor does not own',
    );
  });
});

describe('prose is text', () => {
  it.each<Case>([
    [
      'CR/LF in a subject line',
      (r) => (r.optOut.methods[0].subject = 'Opt-out\r\nBcc: evil@example.com'),
      'acme.json: optOut.methods.0.subject: contains the control character U+000D',
    ],
    [
      'a tab in a quote',
      (r) => (r.training[0].evidence[0].quote = 'We train\tmodels.'),
      'acme.json: training.0.evidence.0.quote: contains the control character U+0009',
    ],
    [
      'a C1 control',
      (r) => (r.optOut.methods[0].subject = 'Opt-out\u0085request'),
      'acme.json: optOut.methods.0.subject: contains the control character U+0085',
    ],
    [
      'a line separator',
      (r) => (r.history[0].change = 'Changed\u2028today.'),
      'acme.json: history.0.change: contains the control character U+2028',
    ],
    [
      'a bidi override in a name',
      (r) => (r.name = '\u202EtahC emcA'),
      'acme.json: name: contains the bidi control U+202E',
    ],
    [
      'a zero-width space in a name',
      (r) => (r.name = 'Acme\u200BChat'),
      'acme.json: name: contains the invisible character U+200B',
    ],
    [
      'a decomposed (NFD) string',
      (r) => (r.name = 'Acme Caf\u0065\u0301'),
      'acme.json: name: is not in Unicode normal form C (NFC)',
    ],
    ['a mixed-script name', (r) => (r.name = 'Acm\u0435 Chat'), 'acme.json: name: mixes Latin and Cyrillic letters'],
    [
      'a TODO left from the scaffold',
      (r) => (r.training[0].examples = 'TODO: what the models are for'),
      'acme.json: training.0.examples: is still a TODO from `npm run new:vendor`',
    ],
    [
      'a control character in an unknown field',
      (r) => (r.note = 'a\u0000b'),
      'acme.json: note: contains the control character U+0000',
    ],
    [
      'a control character in a key',
      (r) => (r.sources['po\u0007licy'] = r.sources.policy),
      'acme.json: sources.po\u0007licy: key contains the control character U+0007',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(mutate(change), expected));

  it.each([
    ['the same name', 'Acme Chat'],
    ['the same name in other case', 'ACME CHAT'],
    ['the same name with extra spaces', 'Acme  Chat'],
  ])('rejects two vendors with %s', (_, name) => {
    const errors = validate([
      { name: 'acme.json', text: acmeText },
      { name: 'other.json', text: otherVendor((r) => (r.name = name)) },
    ]);
    expect(errors).toContain(`other.json: name: "${name}" reads the same as the name of acme.json`);
  });
});

describe('sources that may be cited', () => {
  const thirdParty =
    (url: string, extra: object = {}) =>
    (r: any) =>
      (r.sources.news = { ...r.sources.news, url, ...extra });
  it.each<Case>([
    [
      'a URL shortener',
      thirdParty('https://tinyurl.com/acme-ai'),
      'acme.json: sources.news.url: tinyurl.com is a link shortener',
    ],
    [
      'a copy on a free-hosting subdomain',
      thirdParty('https://acme-help.pages.dev/ai'),
      'acme.json: sources.news.url: acme-help.pages.dev is a free-hosting or platform subdomain, an unknown copy',
    ],
    [
      'a proxy mirror',
      thirdParty('https://docs---acme-chat.com.rproxy.example.ca/ai'),
      'acme.json: sources.news.url: docs---acme-chat.com.rproxy.example.ca is a mirror or proxy',
    ],
    [
      'a bare IP address',
      thirdParty('https://203.0.113.7/acme'),
      'acme.json: sources.news.url: 203.0.113.7 is a bare IP address',
    ],
    [
      'a page-scanner copy',
      thirdParty('https://urlscan.io/result/1234/'),
      'acme.json: sources.news.url: urlscan.io is a mirror or proxy',
    ],
    [
      'a known scraper',
      thirdParty('https://tipsmake.com/acme'),
      "acme.json: sources.news.url: tipsmake.com republishes other sites' text",
    ],
    [
      'a third-party source with no kind',
      (r) => delete r.sources.news.kind,
      'acme.json: sources.news.kind: is required for a third-party source',
    ],
    [
      'a vendor page with a kind',
      (r) => (r.sources.policy.kind = 'news'),
      'acme.json: sources.policy.kind: a vendor page has no "kind"',
    ],
    [
      'an archived copy that does not name its archive',
      (r) => delete r.sources.archive.archive,
      'acme.json: sources.archive.archive: an archived copy names its archive and capture date',
    ],
    [
      'an archived copy on another archive’s host',
      (r) => (r.sources.archive.archive.name = 'archive.today'),
      "acme.json: sources.archive.url: web.archive.org is not archive.today's",
    ],
    [
      'a web archive’s copy passed off as news',
      thirdParty('https://web.archive.org/web/2024/https://acme-chat.com/'),
      'acme.json: sources.news.kind: web.archive.org is a web archive',
    ],
    [
      'an archive reading dated before its capture',
      (r) => (r.sources.archive.archive.captured = '2026-11-30'),
      'acme.json: history.0.evidence.0.verified: 2026-11-29 is before the archive captured the page',
    ],
    [
      '“high” on a third-party source without the vendor’s words',
      (r) => (r.training[0].evidence[1].confidence = 'high'),
      'acme.json: training.0.evidence.1.confidence: "high" on a third-party source needs a verbatim quote',
    ],
    [
      '“vendor’s words” on the vendor’s own page',
      (r) => (r.training[0].evidence[0].vendorWords = true),
      'acme.json: training.0.evidence.0.vendorWords: is for third-party sources',
    ],
    [
      'a superseded version dated after it was read',
      (r) => (r.history[0].evidence[0].asOf = '2026-11-30'),
      'acme.json: history.0.evidence.0.asOf: 2026-11-30 is after the day the quote was read',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(mutate(change), expected));
});

describe('workspace deep links', () => {
  it.each<Case>([
    [
      'an unknown placeholder',
      (r) => (r.optOut.methods[1].workspaceUrl = 'https://{workspace-host}/admin/{user-email}'),
      'acme.json: optOut.methods.1.workspaceUrl: may use only the placeholders {workspace-host} and {workspace-id}',
    ],
    [
      'a template with no placeholder',
      (r) => (r.optOut.methods[1].workspaceUrl = 'https://acme-chat.com/admin/ai'),
      'acme.json: optOut.methods.1.workspaceUrl: must use a placeholder',
    ],
    [
      'the workspace host glued to another host',
      (r) => (r.optOut.methods[1].workspaceUrl = 'https://{workspace-host}.evil.example/ai'),
      'acme.json: optOut.methods.1.workspaceUrl: {workspace-host} must be the whole host',
    ],
    [
      'the workspace ID in the host',
      (r) => (r.optOut.methods[1].workspaceUrl = 'https://{workspace-id}.acme-chat.com/ai'),
      'acme.json: optOut.methods.1.workspaceUrl: {workspace-id} may appear only in the path',
    ],
    [
      'a non-https template',
      (r) => (r.optOut.methods[1].workspaceUrl = 'http://{workspace-host}/ai'),
      'acme.json: optOut.methods.1.workspaceUrl: must use https://',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(mutate(change), expected));
});

describe('the database as a whole', () => {
  const stub = (i: number, bytes = 2): VendorFile => ({ name: `v${i}.json`, text: ' '.repeat(bytes) });

  it('rejects an empty database', () => {
    expect(validate([])).toEqual(['(database): no vendor records: NoTrain would ship knowing nothing']);
  });

  it(`accepts ${MAX_RECORDS} records and rejects one more`, () => {
    const atCap = Array.from({ length: MAX_RECORDS }, (_, i) => stub(i));
    expect(validate(atCap).some((e) => e.startsWith('(database)'))).toBe(false);
    expect(validate([...atCap, stub(MAX_RECORDS)])).toEqual([
      `(database): ${MAX_RECORDS + 1} records, over the limit of ${MAX_RECORDS}`,
    ]);
  });

  it(`accepts ${MAX_DATABASE_BYTES} bytes in all and rejects one more`, () => {
    const per = MAX_DATABASE_BYTES / 128;
    const atCap = Array.from({ length: 128 }, (_, i) => stub(i, per));
    expect(validate(atCap).some((e) => e.startsWith('(database)'))).toBe(false);
    atCap[0] = stub(0, per + 1);
    expect(validate(atCap)).toEqual([
      `(database): ${MAX_DATABASE_BYTES + 1} bytes, over the limit of ${MAX_DATABASE_BYTES} bytes`,
    ]);
  });

  it('counts bytes, not characters', () => {
    const per = MAX_DATABASE_BYTES / 128;
    const atCap = Array.from({ length: 128 }, (_, i) => stub(i, per));
    atCap[0] = { name: 'v0.json', text: `${' '.repeat(per - 1)}é` };
    expect(validate(atCap)[0]).toBe(
      `(database): ${MAX_DATABASE_BYTES + 1} bytes, over the limit of ${MAX_DATABASE_BYTES} bytes`,
    );
  });
});

describe('plans are a closed vocabulary of the record', () => {
  /** Acme with two plans its own quote names ("We train recommendation models on workspace messages" plus an appliesTo). */
  const withPlans = (change: (record: any) => void = () => {}) =>
    mutate((r) => {
      r.plans = [
        { id: 'free', name: 'Free' },
        { id: 'business', name: 'Business' },
      ];
      r.training[0].appliesTo = 'Free and Business plans';
      r.training[0].plans = ['free', 'business'];
      change(r);
    });

  it('accepts plans that the record names, referenced by id', () => {
    expect(check(withPlans())).toEqual([]);
    expect(check(withPlans((r) => (r.optOut.methods[1].plans = ['business'])))).toEqual([]);
  });

  it.each<Case>([
    [
      'an unknown plan id on a training entry',
      (r) => (r.training[0].plans = ['free', 'enterprise']),
      'acme.json: training.0.plans.1: "enterprise" is not an id in "plans"',
    ],
    [
      'an unknown plan id on a route',
      (r) => (r.optOut.methods[1].plans = ['pro']),
      'acme.json: optOut.methods.1.plans.0: "pro" is not an id in "plans"',
    ],
    [
      'a plan name the record never uses',
      (r) => r.plans.push({ id: 'enterprise', name: 'Enterprise Grid' }),
      'acme.json: plans.2.name: "Enterprise Grid" appears nowhere',
    ],
    [
      'a plan declared twice',
      (r) => r.plans.push({ id: 'free', name: 'Free' }),
      'acme.json: plans.2.id: "free" is declared twice',
    ],
    [
      'a plan id that is not kebab-case',
      (r) => (r.plans[0].id = 'Free Plan'),
      'acme.json: plans.0.id: must be lower-case kebab-case',
    ],
    [
      'a plan name where an id belongs',
      (r) => (r.training[0].plans = ['Free plan']),
      'acme.json: training.0.plans.0: must be the id of an entry in "plans"',
    ],
    [
      'a route covering a kind of model no entry trains',
      (r) => (r.optOut.methods[1].covers = ['generative']),
      'acme.json: optOut.methods.1.covers.0: "generative" is the kind of no training entry',
    ],
  ])('rejects %s', (_, change, expected) => expectRejected(withPlans(change), expected));

  it('rejects plan references in a record that declares no plans', () => {
    expectRejected(
      mutate((r) => (r.training[0].plans = ['free'])),
      'acme.json: training.0.plans.0: "free" is not an id in "plans"',
    );
  });
});
