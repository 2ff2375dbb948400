/**
 * `npm run new:vendor`: the scaffold is a record the validator refuses until
 * every TODO holds a fact, plus URL fixtures with lookalikes; bad requests are
 * refused before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { scaffoldVendor } from '../build/scaffold-vendor.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';
import { classifyTab } from '../src/core/classify-tab.ts';
import { createRegistry } from '../src/core/registry.ts';

const scaffold = scaffoldVendor({ id: 'acme-chat', name: 'Acme Chat', domain: 'acme-chat.com' });
if ('error' in scaffold) throw new Error(scaffold.error);

describe('new:vendor scaffold', () => {
  it('is refused by the validator at every TODO, naming each field', () => {
    const errors = validateVendorFiles([{ name: 'acme-chat.json', text: scaffold.record }], '2026-12-01').errors;
    for (const field of [
      'policyUrl',
      'training.0.evidence.0.verified',
      'optOut.evidence.0.verified',
      'sources.policy.url',
      'reviewed',
    ]) {
      expect(
        errors.some((e) => e.startsWith(`acme-chat.json: ${field}:`)),
        `${field} in\n${errors.join('\n')}`,
      ).toBe(true);
    }
  });

  it('becomes valid when the TODOs hold facts, and its fixtures then classify as written', () => {
    const record = JSON.parse(scaffold.record);
    const evidence = [{ source: 'policy', quote: 'We do not say.', verified: '2026-11-30' }];
    Object.assign(record, { policyUrl: 'https://acme-chat.com/privacy', reviewed: '2026-11-30' });
    record.training[0].evidence = evidence;
    record.optOut.evidence = evidence;
    record.sources.policy = { url: 'https://acme-chat.com/privacy', title: 'Acme Chat: Privacy', publisher: 'vendor' };
    const text = `${JSON.stringify(record, null, 2)}\n`;
    const { vendors, errors } = validateVendorFiles([{ name: 'acme-chat.json', text }], '2026-12-01');
    expect(errors).toEqual([]);
    const registry = createRegistry(vendors);
    for (const fixture of JSON.parse(scaffold.fixtures) as { url: string; vendor: string | null }[]) {
      expect(classifyTab({ url: fixture.url }, registry)?.vendor.id ?? null, fixture.url).toBe(fixture.vendor);
    }
  });

  it.each([
    [{ id: 'Acme', name: 'Acme', domain: 'acme.com' }, '"Acme" is not a lower-case kebab-case id'],
    [{ id: 'acme', name: ' ', domain: 'acme.com' }, 'give the vendor’s display name'],
    [
      { id: 'acme', name: 'Acme', domain: 'app.acme.com' },
      '"app.acme.com" is not a registrable domain (did you mean acme.com?)',
    ],
    [{ id: 'acme', name: 'Acme', domain: 'co.uk' }, '"co.uk" is not a registrable domain'],
  ])('refuses %j', (request, message) => {
    const result = scaffoldVendor(request);
    expect('error' in result && result.error.startsWith(message), JSON.stringify(result)).toBe(true);
  });
});
