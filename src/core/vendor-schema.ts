/**
 * The contract every file in `src/vendors/` must meet.
 *
 * The records are data, not code: every field is a closed vocabulary or a
 * plain string, and nothing in a record can run. The schema runs at build time
 * (see `vite.config.ts`) and in the tests, never in the shipped extension, so
 * valibot adds nothing to the bundles that read the records. For the same
 * reason the schema has no defaults: a record is complete as written, so the
 * unvalidated import the extension ships is exactly what was validated.
 */
import * as v from 'valibot';
import { KEBAB_ID } from './kebab-id.ts';

export { LABEL_LANGUAGES, type LabelLanguage } from './label-languages.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A lower-case DNS name, optionally behind `*.`; no ports, paths or credentials. */
const HOST_PATTERN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const IsoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'must be a date written YYYY-MM-DD'),
  // A regex alone takes 2026-02-30; a round trip through Date does not.
  v.check(
    (date) => !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date),
    'must be a real calendar date',
  ),
);

const HttpsUrl = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('https://', 'must use https://'));

/** Where a route, entry or difference applies. A closed list, so the popup can match the user's region. */
export const REGIONS = ['EU', 'EEA', 'UK', 'CH', 'BR', 'US', 'CA', 'HK', 'AU', 'IN', 'JP', 'KR'] as const;
const Region = v.picklist(REGIONS);
const Regions = v.pipe(v.array(Region), v.minLength(1, 'list at least one region, or leave the field out'));

/** Web archives whose copies NoTrain accepts as a source, by the host that serves the copy. */
export const ARCHIVES = {
  'Wayback Machine': ['web.archive.org'],
  'archive.today': ['archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.md', 'archive.vn'],
  'ToS;DR': ['edit.tosdr.org', 'tosdr.org'],
  'Open Terms Archive': ['github.com'],
  'WARP (National Diet Library)': ['warp.ndl.go.jp'],
  Megalodon: ['megalodon.jp'],
} as const;

const Prose = (maxLength: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(maxLength, `must be at most ${maxLength} characters`),
  );

/** One claim's proof: which source says it, in the source's own words, checked when. */
const Evidence = v.strictObject({
  source: v.pipe(v.string(), v.regex(KEBAB_ID, 'must be the key of an entry in "sources"')),
  quote: v.pipe(Prose(300), v.maxWords('en', 40, 'must be under 40 words')),
  /** The day someone read this quote in this source. */
  verified: IsoDate,
  /**
   * When the quote comes from a version of the page that has since been
   * replaced: the date of that version. Such a quote documents the past
   * (history), never today's policy.
   */
  asOf: v.optional(IsoDate),
  /** Required when the source is third-party: how sure we are it still holds. */
  confidence: v.optional(v.picklist(['high', 'medium', 'low'])),
  /**
   * Third-party sources only: the quote is the vendor's own words, reproduced
   * verbatim by the source. `high` confidence on a third-party source needs it.
   */
  vendorWords: v.optional(v.literal(true)),
});

const EvidenceList = v.pipe(v.array(Evidence), v.minLength(1, 'every claim needs at least one source'));

const Source = v.strictObject({
  url: HttpsUrl,
  title: Prose(160),
  /** Vendor pages first; anything else is second-hand and shown as such. */
  publisher: v.picklist(['vendor', 'third-party']),
  /**
   * Third-party sources only: what kind of publication it is. Copies of the
   * vendor's page are `archive` and name the archive; other copies are refused.
   */
  kind: v.optional(v.picklist(['news', 'analysis', 'regulator', 'forum', 'archive'])),
  /** For `kind: "archive"`: which archive made the copy, and when it captured the page. */
  archive: v.optional(
    v.strictObject({
      name: v.picklist(Object.keys(ARCHIVES) as (keyof typeof ARCHIVES)[]),
      captured: IsoDate,
    }),
  ),
});

const WorkspaceScope = v.picklist(['workspace', 'org', 'account']);

/**
 * How to read a workspace from a URL. Closed shapes, so the data can describe
 * Slack, Atlassian or Zendesk without carrying code or regexes.
 */
const WorkspaceRule = v.variant('from', [
  v.strictObject({
    /** `<label>.<parent>`: exactly one DNS label directly below `parent`. */
    from: v.literal('subdomain'),
    parent: v.pipe(v.string(), v.regex(HOST_PATTERN, 'must be a lower-case host name')),
    scope: WorkspaceScope,
    /** Labels below `parent` that are the vendor's own services, not workspaces. */
    reserved: v.array(v.string()),
  }),
  v.strictObject({
    /** `https://<host><prefix><ID>/…`: an ID as the path segment after `prefix`. */
    from: v.literal('path'),
    host: v.pipe(v.string(), v.regex(HOST_PATTERN, 'must be a lower-case host name')),
    prefix: v.pipe(
      v.string(),
      v.startsWith('/'),
      v.check((p) => p.endsWith('/'), 'must end with "/"'),
    ),
    idShape: v.picklist(['slack-team-id', 'dns-label']),
    scope: WorkspaceScope,
  }),
]);

const PageKind = v.picklist(['workspace', 'settings', 'marketing']);

const PageRule = v.strictObject({
  kind: PageKind,
  hosts: v.pipe(v.array(v.pipe(v.string(), v.regex(HOST_PATTERN, 'must be a host or *.host pattern'))), v.minLength(1)),
  /** Path prefixes, each starting with "/"; the rule matches on a path-segment boundary. */
  paths: v.pipe(v.array(v.pipe(v.string(), v.startsWith('/'))), v.minLength(1)),
});

/**
 * Reading a workspace's display name from the tab title, e.g. Slack's
 * `general - Acme - 3 new items - Slack`: split on `separator`, require the
 * last part to be `suffix`, take part number `part` (0-based).
 */
const TitleRule = v.strictObject({
  separator: v.pipe(v.string(), v.minLength(1)),
  suffix: v.pipe(v.string(), v.minLength(1)),
  part: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5)),
});

const Matching = v.strictObject({
  hosts: v.pipe(
    v.array(v.pipe(v.string(), v.regex(HOST_PATTERN, 'must be a lower-case host or *.host pattern'))),
    v.minLength(1, 'a vendor needs at least one host'),
  ),
  workspaces: v.array(WorkspaceRule),
  pages: v.array(PageRule),
  /** What a vendor page is when no rule above says otherwise. */
  defaultPage: PageKind,
  /**
   * Pages where the vendor's settings open as a dialog over the product (ChatGPT's
   * Settings › Data Controls): the settings-page script watches there quietly and
   * marks the control when the dialog shows it, without a "not found" notice.
   */
  dialogs: v.optional(v.array(v.strictObject({ hosts: PageRule.entries.hosts, paths: PageRule.entries.paths }))),
  title: v.optional(TitleRule),
});

const TrainingStatus = v.picklist(['yes', 'no', 'opt-in', 'unknown']);
const DefaultState = v.picklist(['on', 'off', 'not-applicable', 'unknown']);

/** References to the record's `plans` by id: the plans a training entry or a route applies to. */
const PlanRefs = v.pipe(
  v.array(v.pipe(v.string(), v.regex(KEBAB_ID, 'must be the id of an entry in "plans"'))),
  v.minLength(1, 'list at least one plan, or leave the field out'),
);

const Models = v.picklist(['generative', 'non-generative', 'unspecified']);

const Training = v.strictObject({
  models: Models,
  /** The plans or products this entry covers, when the vendor treats them differently. */
  appliesTo: v.optional(Prose(80)),
  /** The same, machine-readable: ids from the record's `plans`, so the popup can pick the user's plan. */
  plans: v.optional(PlanRefs),
  /** The regions this entry covers, when the vendor treats regions differently. */
  regions: v.optional(Regions),
  /** Who trains: the vendor itself, or companies it licenses or shares the content with. */
  trainedBy: v.optional(v.picklist(['vendor', 'partners'])),
  /** Are these models trained on customers' content? */
  usesCustomerData: TrainingStatus,
  /** For `yes`: is it on until someone opts out? */
  default: DefaultState,
  /** What the models are for, in the vendor's terms. */
  examples: v.optional(Prose(200)),
  evidence: EvidenceList,
});

const Who = v.picklist(['each-user', 'admin', 'workspace-owner', 'org-owner', 'primary-owner', 'nobody']);

/**
 * A deep link that depends on the tab's workspace, e.g.
 * `https://{workspace-host}/admin/settings` or `https://admin.example.com/o/{workspace-id}/ai`.
 * Only these closed placeholders exist; they are filled from the parts
 * `classifyTab` validated (a host it rebuilt, an ID of a known shape), never
 * from page text.
 */
export const URL_PLACEHOLDERS = ['{workspace-host}', '{workspace-id}'] as const;
const UrlTemplate = v.pipe(
  v.string(),
  v.startsWith('https://', 'must use https://'),
  v.check(
    (t) => (t.match(/\{[^}]*\}/g) ?? []).every((p) => (URL_PLACEHOLDERS as readonly string[]).includes(p)),
    `may use only the placeholders ${URL_PLACEHOLDERS.join(' and ')}`,
  ),
  v.check((t) => /\{workspace-(host|id)\}/.test(t), 'must use a placeholder; a fixed link goes in "url"'),
  v.check(
    (t) => !t.includes('{workspace-host}') || /^https:\/\/\{workspace-host\}\//.test(t),
    '{workspace-host} must be the whole host: https://{workspace-host}/…',
  ),
  v.check(
    (t) => !t.includes('{workspace-id}') || !/^https:\/\/[^/]*\{workspace-id\}/.test(t),
    '{workspace-id} may appear only in the path',
  ),
);

/** Where a route applies: regions (closed codes) and plans (ids from the record's `plans`). Absent means everywhere. */
const Scope = {
  regions: v.optional(Regions),
  plans: v.optional(PlanRefs),
};

const EmailMethod = v.strictObject({
  kind: v.literal('email'),
  ...Scope,
  to: v.pipe(v.string(), v.email('must be an email address')),
  /** Exactly as the vendor asks for it, or absent when the vendor sets none. */
  subject: v.optional(Prose(200)),
  /** What to ask to be opted out of, in the vendor's own terms ("Slack global models"). */
  optOutOf: v.optional(Prose(120)),
  /** What the vendor says the email must name. */
  mustInclude: v.array(v.picklist(['workspace-url', 'account-email', 'account-id'])),
  evidence: EvidenceList,
});

/**
 * A control's label as the vendor's interface shows it in another language,
 * never a translation of ours: the evidence must be the vendor's own page
 * quoting it (checked by src/core/vendor-rules/labels.ts).
 */
const LocalizedLabel = v.strictObject({
  label: Prose(160),
  evidence: EvidenceList,
});

const SettingsMethod = v.strictObject({
  kind: v.literal('settings'),
  /** A deep link to the page with the control; absent when only the menu path is known. */
  url: v.optional(HttpsUrl),
  /** A deep link for the tab's workspace; preferred over `url` when the workspace is known. */
  workspaceUrl: v.optional(UrlTemplate),
  ...Scope,
  /** The menu path a person follows, each step as the vendor labels it. */
  path: v.array(Prose(80)),
  label: v.optional(Prose(160)),
  /** The same label in the vendor's German, French or Spanish interface, where the vendor's own page quotes it. */
  labels: v.optional(
    v.strictObject({
      de: v.optional(LocalizedLabel),
      fr: v.optional(LocalizedLabel),
      es: v.optional(LocalizedLabel),
    }),
  ),
  optOutState: v.picklist(['off', 'on']),
  /**
   * The kinds of model this control opts out of, when it is not all of them
   * (LinkedIn's switch covers generative AI only): turning it leaves the
   * other entries as they were, and the popup says the opt-out is partial.
   */
  covers: v.optional(v.pipe(v.array(Models), v.minLength(1))),
  evidence: EvidenceList,
});

const FormMethod = v.strictObject({
  kind: v.literal('form'),
  /** The page of the form itself, not the portal's front page. */
  url: HttpsUrl,
  ...Scope,
  evidence: EvidenceList,
});

const OptOut = v.strictObject({
  who: v.pipe(v.array(Who), v.minLength(1)),
  methods: v.array(v.variant('kind', [EmailMethod, SettingsMethod, FormMethod])),
  /** Where no method exists: what a user can do instead. */
  alternatives: v.optional(Prose(300)),
  /** What NoTrain could not verify about the way out, said plainly in the popup. */
  unverified: v.optional(Prose(300)),
  evidence: EvidenceList,
});

/** Whether people at the vendor read customer content to train or evaluate models. */
const HumanReview = v.strictObject({
  happens: v.picklist(['yes', 'no', 'unknown']),
  says: Prose(300),
  evidence: EvidenceList,
});

const Difference = v.strictObject({
  /** The plan or region the difference applies to, as the vendor names it. */
  applies: Prose(80),
  /** The regions it concerns, when it is a regional difference. */
  regions: v.optional(Regions),
  says: Prose(300),
  evidence: EvidenceList,
});

const HistoryEntry = v.strictObject({
  date: IsoDate,
  change: Prose(300),
  evidence: EvidenceList,
});

/** A registrable domain: a lower-case DNS name without `*.`. */
const Domain = v.pipe(
  v.string(),
  v.regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a lower-case domain name'),
);

/**
 * A name the record may use although the usual rule refuses it, with the
 * reason a reviewer reads (and `docs/vendors.md` shows):
 * - `not-owned`: a domain the vendor really uses for its privacy mail or forms but does not own;
 * - `public-suffix`: a public suffix the vendor runs itself (hosts below it are the vendor's);
 * - `punycode`: an internationalised host name the vendor really uses.
 */
const DomainException = v.strictObject({
  domain: Domain,
  allow: v.picklist(['not-owned', 'public-suffix', 'punycode']),
  reason: Prose(300),
  /** A source showing the vendor uses the name, where one exists. */
  evidence: v.optional(EvidenceList),
});

export const VendorSchema = v.strictObject({
  /** The generated JSON Schema beside the records, for editors (`npm run schema:vendors`). */
  $schema: v.optional(v.literal('./vendor.schema.json', 'must be "./vendor.schema.json"')),
  id: v.pipe(v.string(), v.regex(KEBAB_ID, 'must be lower-case kebab-case')),
  name: Prose(60),
  /**
   * The registrable domains the vendor owns. Every host, link, form, policy
   * URL, vendor-published source and email address in the record must fall
   * under one of them (or under an exception below).
   */
  domains: v.pipe(v.array(Domain), v.minLength(1, 'declare the domains the vendor owns'), v.maxLength(12)),
  domainExceptions: v.optional(v.array(DomainException)),
  policyUrl: HttpsUrl,
  /**
   * The plans the vendor treats differently, each named as the vendor names
   * it (the name must appear in the record's prose or quotes). Training
   * entries and routes refer to them by id.
   */
  plans: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), v.regex(KEBAB_ID, 'must be lower-case kebab-case')),
          name: Prose(60),
        }),
      ),
      v.minLength(1, 'list at least one plan, or leave the field out'),
    ),
  ),
  match: Matching,
  training: v.pipe(v.array(Training), v.minLength(1, 'say what is trained, even if it is "unknown"')),
  optOut: OptOut,
  humanReview: v.optional(HumanReview),
  differences: v.array(Difference),
  history: v.array(HistoryEntry),
  sources: v.record(v.pipe(v.string(), v.regex(KEBAB_ID)), Source),
  reviewed: IsoDate,
});

export type Vendor = v.InferOutput<typeof VendorSchema>;
export type Evidence = v.InferOutput<typeof Evidence>;

/** `T` without any evidence item's `quote`, at any depth. */
export type WithoutQuotes<T> = T extends readonly (infer U)[]
  ? WithoutQuotes<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'quote' ? never : K]: WithoutQuotes<T[K]> }
    : T;

/**
 * A record as the extension ships it (`vendors/<id>.json`, build/vendor-data.ts):
 * without the evidence quotes, which the validator checks against the record
 * in the repository and nothing reads at run time, and without its matching
 * rules, which the popup has in its index (`virtual:notrain/vendor-index`)
 * and the audit and options pages never need. A full `Vendor` is one too.
 */
export type ShippedVendor = Omit<WithoutQuotes<Vendor>, 'match' | '$schema'>;
/** An evidence item as shipped: where, when and how sure, without the quote. */
export type ShippedEvidence = WithoutQuotes<Evidence>;
// What the extension reads at run time: shipped records, without quotes.
export type Training = ShippedVendor['training'][number];
export type OptOutMethod = ShippedVendor['optOut']['methods'][number];
export type EmailOptOut = Extract<OptOutMethod, { kind: 'email' }>;
export type SettingsOptOut = Extract<OptOutMethod, { kind: 'settings' }>;
export type WorkspaceRule = Vendor['match']['workspaces'][number];
export type PageKind = v.InferOutput<typeof PageKind>;
export type WorkspaceScope = v.InferOutput<typeof WorkspaceScope>;
export type Plan = NonNullable<Vendor['plans']>[number];
export type ModelKind = Training['models'];
export type WhoCanOptOut = v.InferOutput<typeof Who>;
export type Region = v.InferOutput<typeof Region>;
export type Source = v.InferOutput<typeof Source>;
