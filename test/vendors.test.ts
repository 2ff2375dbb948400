/**
 * The vendor database as data: every record valid, and the validator itself
 * rejects each kind of bad record with a message naming the file and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVendorFiles, todayUtc } from '../build/validate-vendors-plugin.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const files = readVendorFiles();
const slackText = readFileSync('src/vendors/slack.json', 'utf8');
const canonical = (record: unknown) => `${JSON.stringify(record, null, 2)}\n`;
const mutate = (change: (record: any) => void) => {
  const record = JSON.parse(slackText);
  change(record);
  return canonical(record);
};
const check = (text: string, name = 'slack.json') => validateVendorFiles([{ name, text }], '2026-11-29').errors;

describe('src/vendors', () => {
  it('every record is valid', () => {
    expect(validateVendorFiles(files, todayUtc()).errors).toEqual([]);
  });

  it('has Slack', () => {
    expect(files.map((f) => f.name)).toContain('slack.json');
  });
});

describe('validateVendorFiles rejects, naming file and field,', () => {
  it.each([
    ['a non-https source', (r: any) => (r.sources['ai-principles'].url = 'http://slack.com/trust/ai-principles'), 'slack.json: sources.ai-principles.url: must use https://'],
    ['a javascript: URL', (r: any) => (r.policyUrl = 'javascript:alert(1)'), 'slack.json: policyUrl: must use https://'],
    ['a data: URL', (r: any) => (r.optOut.methods = [{ kind: 'form', url: 'data:text/html,hi', evidence: r.optOut.evidence }]), 'slack.json: optOut.methods.0.url: must use https://'],
    ['a malformed email', (r: any) => (r.optOut.methods[0].to = 'feedback@slack.com?cc=evil@example.com'), 'slack.json: optOut.methods.0.to: must be an email address'],
    ['an unknown enum value', (r: any) => (r.training[0].usesCustomerData = 'maybe'), 'slack.json: training.0.usesCustomerData:'],
    ['an unknown field', (r: any) => (r.script = 'alert(1)'), 'slack.json: script:'],
    ['a claim with no evidence', (r: any) => (r.training[0].evidence = []), 'slack.json: training.0.evidence: every claim needs at least one source'],
    ['a quote of 40 words or more', (r: any) => (r.training[0].evidence[0].quote = 'word '.repeat(41).trim()), 'slack.json: training.0.evidence.0.quote: must be under 40 words'],
    ['an impossible date', (r: any) => (r.reviewed = '2026-02-30'), 'slack.json: reviewed: must be a real calendar date'],
    ['a date in the future', (r: any) => (r.training[0].evidence[0].verified = '2027-01-01'), 'slack.json: training.0.evidence.0.verified: 2027-01-01 is in the future'],
    ['a citation of a missing source', (r: any) => (r.training[0].evidence[0].source = 'nowhere'), 'slack.json: training.0.evidence.0.source: "nowhere" is not a key of "sources"'],
    ['a source nobody cites', (r: any) => (r.sources.extra = { url: 'https://x.example/', title: 'X', publisher: 'vendor' }), 'slack.json: sources.extra: is cited by no claim'],
    ['second-hand evidence without a confidence', (r: any) => delete r.optOut.evidence[0].confidence, 'slack.json: optOut.evidence.0.confidence: is required when the source is third-party'],
    ['an upper-case or port-bearing host', (r: any) => (r.match.hosts = ['Slack.com:443']), 'slack.json: match.hosts.0: must be a lower-case host or *.host pattern'],
  ])('%s', (_, change, expected) => {
    const errors = check(mutate(change));
    expect(errors.some((e) => e.startsWith(expected)), errors.join('\n')).toBe(true);
  });

  it('an id that differs from the file name', () => {
    expect(check(slackText, 'slak.json')).toContain('slak.json: id: "slack" must match the file name (expected slack.json)');
  });

  it('a record not in canonical form', () => {
    expect(check(JSON.stringify(JSON.parse(slackText)))).toContain(
      'slack.json: (file): not in canonical form: two-space JSON.stringify output plus a final newline',
    );
  });

  it('a file that is not JSON', () => {
    expect(check('{ "id": ')[0]).toMatch(/^slack\.json: \(file\): not valid JSON/);
  });

  it('a host another vendor’s wildcard covers', () => {
    const other = mutate((r) => {
      r.id = 'other';
      r.match.hosts = ['files.slack.com'];
    });
    const { errors } = validateVendorFiles(
      [
        { name: 'slack.json', text: slackText },
        { name: 'other.json', text: other },
      ],
      '2026-11-29',
    );
    expect(errors).toContain('other.json: match.hosts: "files.slack.com" overlaps "*.slack.com" of slack.json');
  });

  it('an opt-out link off the vendor’s own sites', () => {
    const errors = check(mutate((r) => (r.optOut.methods = [{ kind: 'form', url: 'https://evil.example/optout', evidence: r.optOut.evidence }])));
    expect(errors).toContain("slack.json: optOut.methods.0.url: evil.example is not one of the vendor's own sites");
  });

  it('an oversized record', () => {
    const huge = mutate((r) => (r.history = Array.from({ length: 400 }, () => r.history[0])));
    expect(check(huge)[0]).toMatch(/^slack\.json: \(file\): \d+ bytes, over the 49152-byte limit for one record$/);
  });

  it('two vendors claiming the same host', () => {
    const other = mutate((r) => (r.id = 'other'));
    const { errors } = validateVendorFiles(
      [
        { name: 'slack.json', text: slackText },
        { name: 'other.json', text: other },
      ],
      '2026-11-29',
    );
    expect(errors).toContain('other.json: match.hosts: "slack.com" is already claimed by slack.json');
  });
});
