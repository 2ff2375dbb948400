/**
 * The starting point of a new vendor record and its URL fixtures, for
 * `npm run new:vendor`. Every fact is a `TODO:` the validator refuses (an
 * impossible date, a URL that is not one), so a scaffold can never ship
 * half-filled: `npm run validate:vendors` lists what is left, file and field.
 */
import { registrableDomain } from '../src/core/vendor-rules/domains.ts';
import { isKebabId } from '../src/core/kebab-id.ts';

export interface ScaffoldRequest {
  readonly id: string;
  readonly name: string;
  /** The vendor's main registrable domain, e.g. `example.com`. */
  readonly domain: string;
}

export interface Scaffold {
  readonly record: string;
  readonly fixtures: string;
}

/** The two files, or the reason the request cannot be scaffolded. */
export function scaffoldVendor({ id, name, domain }: ScaffoldRequest): Scaffold | { error: string } {
  if (!isKebabId(id)) return { error: `"${id}" is not a lower-case kebab-case id (e.g. "acme-chat")` };
  if (!name.trim()) return { error: 'give the vendor’s display name with --name' };
  if (registrableDomain(domain) !== domain) {
    return {
      error: `"${domain}" is not a registrable domain${registrableDomain(domain) ? ` (did you mean ${registrableDomain(domain)}?)` : ''}`,
    };
  }
  const todoEvidence = [
    {
      source: 'policy',
      quote: 'TODO: the vendor’s own words, under 40 words',
      verified: 'TODO: YYYY-MM-DD, the day you read this quote there',
    },
  ];
  const record = {
    $schema: './vendor.schema.json',
    id,
    name: name.trim(),
    domains: [domain],
    policyUrl: 'TODO: https://… the vendor’s page on AI and data use',
    match: { hosts: [domain, `www.${domain}`], workspaces: [], pages: [], defaultPage: 'marketing' },
    training: [{ models: 'unspecified', usesCustomerData: 'unknown', default: 'unknown', evidence: todoEvidence }],
    optOut: { who: ['nobody'], methods: [], evidence: todoEvidence },
    differences: [],
    history: [],
    sources: {
      policy: { url: 'TODO: https://… the page you quote', title: 'TODO: Vendor: page title', publisher: 'vendor' },
    },
    reviewed: 'TODO: YYYY-MM-DD',
  };
  const label = domain.slice(0, domain.indexOf('.'));
  const fixtures = [
    { url: `https://${domain}/`, vendor: id, page: 'marketing' },
    { url: `https://www.${domain}/`, vendor: id, page: 'marketing' },
    { url: `https://${domain}.evil.example/`, vendor: null, why: 'vendor host as a prefix' },
    { url: `https://not${domain}/`, vendor: null, why: 'suffix without a dot boundary' },
    { url: `https://${label}-login.example/`, vendor: null, why: 'vendor name on another domain' },
    { url: `https://${domain}@evil.example/`, vendor: null, why: 'vendor host as credentials' },
  ];
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return { record: json(record), fixtures: json(fixtures) };
}

export const NEXT_STEPS = (id: string) => `Next:
  1. Fill src/vendors/${id}.json. Your editor completes fields from vendor.schema.json; every TODO is refused
     until it holds a fact you read in a source (docs/vendor-criteria.md). \`npm run validate:vendors\` lists what is left.
  2. Add the vendor's workspace, settings and lookalike URLs to test/fixtures/urls/${id}.json.
  3. npm run sync:manifest    (host permissions and settings pages from the data; review the diff)
  4. npm run docs:vendors     (the table in docs/vendors.md)
  5. npm test`;
