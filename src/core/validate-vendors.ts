/**
 * Checks a set of vendor files as a whole: each against the schema, then the
 * rules no single-record schema can state (id = file name, hosts unique across
 * vendors, every cited source exists, no date in the future, one canonical
 * formatting). Used by the build (a bad record fails `npm run build`, not the
 * user) and by the tests. Pure: the caller reads the files.
 */
import * as v from 'valibot';
import { sameSite } from './links.ts';
import { type Vendor, VendorSchema } from './vendor-schema.ts';

export interface VendorFile {
  /** The file's base name, e.g. `slack.json`. */
  readonly name: string;
  readonly text: string;
}

export interface ValidationResult {
  readonly vendors: Vendor[];
  /** One line per problem, each naming the file and the field. */
  readonly errors: string[];
}

/** A record is a page of facts, not a payload: anything larger is a mistake or an attack. */
export const MAX_RECORD_BYTES = 48 * 1024;

export function validateVendorFiles(files: readonly VendorFile[], today: string): ValidationResult {
  const errors: string[] = [];
  const vendors: Vendor[] = [];
  const hostOwners = new Map<string, string>();

  for (const file of files) {
    const problems = (field: string, message: string) => errors.push(`${file.name}: ${field}: ${message}`);
    if (file.text.length > MAX_RECORD_BYTES) {
      problems('(file)', `${file.text.length} bytes, over the ${MAX_RECORD_BYTES}-byte limit for one record`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      problems('(file)', `not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = v.safeParse(VendorSchema, json);
    if (!parsed.success) {
      for (const issue of parsed.issues) problems(v.getDotPath(issue) ?? '(record)', issue.message);
      continue;
    }
    const vendor = parsed.output;
    const expectedName = `${vendor.id}.json`;
    if (file.name !== expectedName) problems('id', `"${vendor.id}" must match the file name (expected ${expectedName})`);
    if (file.text !== `${JSON.stringify(json, null, 2)}\n`) {
      problems('(file)', 'not in canonical form: two-space JSON.stringify output plus a final newline');
    }
    for (const pattern of vendor.match.hosts) {
      const owner = hostOwners.get(pattern);
      if (owner) problems('match.hosts', `"${pattern}" is already claimed by ${owner}`);
      else hostOwners.set(pattern, file.name);
    }
    for (const { path, evidence } of evidenceOf(vendor)) {
      evidence.forEach((item, index) => {
        if (!Object.hasOwn(vendor.sources, item.source)) {
          problems(`${path}.evidence.${index}.source`, `"${item.source}" is not a key of "sources"`);
        }
        if (item.verified > today) problems(`${path}.evidence.${index}.verified`, `${item.verified} is in the future`);
        if (vendor.sources[item.source]?.publisher === 'third-party' && !item.confidence) {
          problems(`${path}.evidence.${index}.confidence`, 'is required when the source is third-party');
        }
      });
    }
    const cited = new Set(evidenceOf(vendor).flatMap(({ evidence }) => evidence.map((item) => item.source)));
    for (const key of Object.keys(vendor.sources)) {
      if (!cited.has(key)) problems(`sources.${key}`, 'is cited by no claim; remove it or cite it');
    }
    if (vendor.reviewed > today) problems('reviewed', `${vendor.reviewed} is in the future`);
    // Buttons send people to the vendor's own site; only sources may be elsewhere (and are labelled second-hand).
    const ownSites = [...vendor.match.hosts, new URL(vendor.policyUrl).hostname];
    vendor.optOut.methods.forEach((method, index) => {
      const url = method.kind === 'email' ? undefined : method.url;
      if (url && !ownSites.some((site) => sameSite(new URL(url).hostname, site))) {
        problems(`optOut.methods.${index}.url`, `${new URL(url).hostname} is not one of the vendor's own sites`);
      }
    });
    vendors.push(vendor);
  }
  errors.push(...overlappingHosts(vendors));
  return { vendors, errors };
}

/** An exact host of one vendor that another vendor's `*.parent` pattern also covers. */
function overlappingHosts(vendors: readonly Vendor[]): string[] {
  const wildcards = vendors.flatMap((vendor) =>
    vendor.match.hosts.filter((h) => h.startsWith('*.')).map((pattern) => ({ vendor, suffix: pattern.slice(1), pattern })),
  );
  return vendors.flatMap((vendor) =>
    vendor.match.hosts.flatMap((host) =>
      wildcards
        .filter((w) => w.vendor !== vendor && (host.startsWith('*.') ? host.slice(1) : `.${host}`).endsWith(w.suffix))
        .map((w) => `${vendor.id}.json: match.hosts: "${host}" overlaps "${w.pattern}" of ${w.vendor.id}.json`),
    ),
  );
}

/** Every claim in a record that carries evidence, with its path for messages. */
export function evidenceOf(vendor: Vendor): { path: string; evidence: Vendor['optOut']['evidence'] }[] {
  return [
    ...vendor.training.map((t, i) => ({ path: `training.${i}`, evidence: t.evidence })),
    { path: 'optOut', evidence: vendor.optOut.evidence },
    ...(vendor.humanReview ? [{ path: 'humanReview', evidence: vendor.humanReview.evidence }] : []),
    ...vendor.optOut.methods.map((m, i) => ({ path: `optOut.methods.${i}`, evidence: m.evidence })),
    ...vendor.differences.map((d, i) => ({ path: `differences.${i}`, evidence: d.evidence })),
    ...vendor.history.map((h, i) => ({ path: `history.${i}`, evidence: h.evidence })),
  ];
}
