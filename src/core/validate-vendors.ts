/**
 * The one gate every vendor record passes, for the build, the tests and any
 * future update path: each file against the schema, then the rules no
 * single-record schema can state (id = file name, every destination under the
 * vendor's own domains, readable host names, prose that is plain text, sources
 * that may be cited, labels in other languages quoted by the vendor's own
 * page, hosts and names unique across vendors, every cited source exists, no date in the future, one canonical formatting), then the database
 * as a whole (not empty, bounded). A bad record fails `npm run build`, not the
 * user. Pure: the caller reads the files. Build and test time only.
 */
import * as v from 'valibot';
import { borrowedNameProblems, domainLabel, domainProblems } from './vendor-rules/domains.ts';
import { evidenceOf } from './vendor-rules/evidence.ts';
import { labelProblems } from './vendor-rules/labels.ts';
import { planProblems } from './vendor-rules/plans.ts';
import type { Problem } from './vendor-rules/problem.ts';
import { sourceProblems } from './vendor-rules/sources.ts';
import { confusableScripts, nameKey, textProblems } from './vendor-rules/text.ts';
import { type Vendor, VendorSchema } from './vendor-schema.ts';

export { evidenceOf };

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
/** Room for ten times today's database; more is a mistake or an attack on the extension's size. */
export const MAX_RECORDS = 500;
export const MAX_DATABASE_BYTES = 4 * 1024 * 1024;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function validateVendorFiles(files: readonly VendorFile[], today: string): ValidationResult {
  const databaseErrors = databaseProblems(files);
  if (databaseErrors.length) return { vendors: [], errors: databaseErrors };

  const errors: string[] = [];
  const valid: { file: VendorFile; vendor: Vendor }[] = [];
  for (const file of files) {
    const report = (problems: readonly Problem[]) =>
      errors.push(...problems.map((p) => `${file.name}: ${p.field}: ${p.message}`));
    const vendor = parseRecord(file, report);
    if (!vendor) continue;
    report(recordProblems(file, vendor, today));
    valid.push({ file, vendor });
  }
  errors.push(...crossRecordProblems(valid));
  return { vendors: valid.map(({ vendor }) => vendor), errors };
}

/** The database as a whole: a build that knows no vendor, or a huge one, is refused before any record is read. */
function databaseProblems(files: readonly VendorFile[]): string[] {
  if (files.length === 0) return ['(database): no vendor records: NoTrain would ship knowing nothing'];
  if (files.length > MAX_RECORDS) return [`(database): ${files.length} records, over the limit of ${MAX_RECORDS}`];
  const total = files.reduce((sum, file) => sum + byteLength(file.text), 0);
  if (total > MAX_DATABASE_BYTES) return [`(database): ${total} bytes, over the limit of ${MAX_DATABASE_BYTES} bytes`];
  return [];
}

function parseRecord(file: VendorFile, report: (problems: readonly Problem[]) => void): Vendor | undefined {
  const size = byteLength(file.text);
  if (size > MAX_RECORD_BYTES) {
    report([{ field: '(file)', message: `${size} bytes, over the ${MAX_RECORD_BYTES}-byte limit for one record` }]);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    report([{ field: '(file)', message: `not valid JSON (${(error as Error).message})` }]);
    return undefined;
  }
  // Text rules first and on the raw JSON: a control character in an unknown field is still reported.
  const text = textProblems(json);
  const parsed = v.safeParse(VendorSchema, json);
  if (!parsed.success) {
    report([
      ...text,
      ...parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '(record)', message: issue.message })),
    ]);
    return undefined;
  }
  report(text);
  if (file.text !== `${JSON.stringify(json, null, 2)}\n`) {
    report([
      { field: '(file)', message: 'not in canonical form: two-space JSON.stringify output plus a final newline' },
    ]);
  }
  return parsed.output;
}

function recordProblems(file: VendorFile, vendor: Vendor, today: string): Problem[] {
  const problems: Problem[] = [];
  const expectedName = `${vendor.id}.json`;
  if (file.name !== expectedName)
    problems.push({ field: 'id', message: `"${vendor.id}" must match the file name (expected ${expectedName})` });
  const scripts = confusableScripts(vendor.name);
  if (scripts.length > 1) problems.push({ field: 'name', message: `mixes ${scripts.join(' and ')} letters` });
  for (const { path, evidence } of evidenceOf(vendor)) {
    evidence.forEach((item, index) => {
      const field = `${path}.evidence.${index}`;
      if (!Object.hasOwn(vendor.sources, item.source))
        problems.push({ field: `${field}.source`, message: `"${item.source}" is not a key of "sources"` });
      for (const key of ['verified', 'asOf'] as const) {
        const date = item[key];
        if (date && date > today) problems.push({ field: `${field}.${key}`, message: `${date} is in the future` });
      }
      if (vendor.sources[item.source]?.publisher === 'third-party' && !item.confidence) {
        problems.push({ field: `${field}.confidence`, message: 'is required when the source is third-party' });
      }
    });
  }
  const cited = new Set(evidenceOf(vendor).flatMap(({ evidence }) => evidence.map((item) => item.source)));
  for (const key of Object.keys(vendor.sources)) {
    if (!cited.has(key))
      problems.push({ field: `sources.${key}`, message: 'is cited by no claim; remove it or cite it' });
  }
  if (vendor.reviewed > today) problems.push({ field: 'reviewed', message: `${vendor.reviewed} is in the future` });
  problems.push(
    ...domainProblems(vendor),
    ...sourceProblems(vendor),
    ...planProblems(vendor),
    ...labelProblems(vendor),
  );
  return problems;
}

function crossRecordProblems(records: readonly { file: VendorFile; vendor: Vendor }[]): string[] {
  const errors: string[] = [];
  const hostOwners = new Map<string, string>();
  const nameOwners = new Map<string, string>();
  const labelOwners = new Map<string, string[]>();
  for (const { vendor } of records) {
    for (const label of new Set(vendor.domains.map(domainLabel))) {
      if (label.length >= MIN_BORROWED_LABEL) labelOwners.set(label, [...(labelOwners.get(label) ?? []), vendor.id]);
    }
  }
  for (const { file, vendor } of records) {
    const problem = (field: string, message: string) => errors.push(`${file.name}: ${field}: ${message}`);
    for (const pattern of vendor.match.hosts) {
      const owner = hostOwners.get(pattern);
      if (owner) problem('match.hosts', `"${pattern}" is already claimed by ${owner}`);
      else hostOwners.set(pattern, file.name);
    }
    const key = nameKey(vendor.name);
    const namesake = nameOwners.get(key);
    if (namesake) problem('name', `"${vendor.name}" reads the same as the name of ${namesake}`);
    else nameOwners.set(key, file.name);
    for (const p of borrowedNameProblems(vendor, labelOwners)) problem(p.field, p.message);
  }
  errors.push(...overlappingHosts(records.map(({ vendor }) => vendor)));
  return errors;
}

/** Shorter domain labels ("x" of x.com) are too common in host names to mean a vendor. */
const MIN_BORROWED_LABEL = 3;

/** An exact host of one vendor that another vendor's `*.parent` pattern also covers. */
function overlappingHosts(vendors: readonly Vendor[]): string[] {
  const wildcards = vendors.flatMap((vendor) =>
    vendor.match.hosts
      .filter((h) => h.startsWith('*.'))
      .map((pattern) => ({ vendor, suffix: pattern.slice(1), pattern })),
  );
  return vendors.flatMap((vendor) =>
    vendor.match.hosts.flatMap((host) =>
      wildcards
        .filter((w) => w.vendor !== vendor && (host.startsWith('*.') ? host.slice(1) : `.${host}`).endsWith(w.suffix))
        .map((w) => `${vendor.id}.json: match.hosts: "${host}" overlaps "${w.pattern}" of ${w.vendor.id}.json`),
    ),
  );
}
