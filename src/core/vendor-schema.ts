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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A lower-case DNS name, optionally behind `*.`; no ports, paths or credentials. */
const HOST_PATTERN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const IsoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'must be a date written YYYY-MM-DD'),
  // A regex alone takes 2026-02-30; a round trip through Date does not.
  v.check((date) => !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date), 'must be a real calendar date'),
);

const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.startsWith('https://', 'must use https://'),
);

const Prose = (maxLength: number) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(maxLength, `must be at most ${maxLength} characters`));

/** One claim's proof: which source says it, in the source's own words, checked when. */
const Evidence = v.strictObject({
  source: v.pipe(v.string(), v.regex(SOURCE_ID, 'must be the key of an entry in "sources"')),
  quote: v.pipe(Prose(300), v.maxWords('en', 40, 'must be under 40 words')),
  verified: IsoDate,
  /** Required when the source is third-party: how sure we are it still holds. */
  confidence: v.optional(v.picklist(['high', 'medium', 'low'])),
});

const EvidenceList = v.pipe(v.array(Evidence), v.minLength(1, 'every claim needs at least one source'));

const Source = v.strictObject({
  url: HttpsUrl,
  title: Prose(160),
  /** Vendor pages first; anything else is second-hand and shown as such. */
  publisher: v.picklist(['vendor', 'third-party']),
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
    prefix: v.pipe(v.string(), v.startsWith('/'), v.check((p) => p.endsWith('/'), 'must end with "/"')),
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

const Training = v.strictObject({
  models: v.picklist(['generative', 'non-generative', 'unspecified']),
  /** The plans or products this entry covers, when the vendor treats them differently. */
  appliesTo: v.optional(Prose(80)),
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

const EmailMethod = v.strictObject({
  kind: v.literal('email'),
  to: v.pipe(v.string(), v.email('must be an email address')),
  /** Exactly as the vendor asks for it, or absent when the vendor sets none. */
  subject: v.optional(Prose(200)),
  /** What to ask to be opted out of, in the vendor's own terms ("Slack global models"). */
  optOutOf: v.optional(Prose(120)),
  /** What the vendor says the email must name. */
  mustInclude: v.array(v.picklist(['workspace-url', 'account-email', 'account-id'])),
  evidence: EvidenceList,
});

const SettingsMethod = v.strictObject({
  kind: v.literal('settings'),
  /** A deep link to the page with the control; absent when only the menu path is known. */
  url: v.optional(HttpsUrl),
  /** The menu path a person follows, each step as the vendor labels it. */
  path: v.array(Prose(80)),
  label: v.optional(Prose(160)),
  optOutState: v.picklist(['off', 'on']),
  evidence: EvidenceList,
});

const FormMethod = v.strictObject({
  kind: v.literal('form'),
  url: HttpsUrl,
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
  says: Prose(300),
  evidence: EvidenceList,
});

const HistoryEntry = v.strictObject({
  date: IsoDate,
  change: Prose(300),
  evidence: EvidenceList,
});

export const VendorSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(SOURCE_ID, 'must be lower-case kebab-case')),
  name: Prose(60),
  policyUrl: HttpsUrl,
  match: Matching,
  training: v.pipe(v.array(Training), v.minLength(1, 'say what is trained, even if it is "unknown"')),
  optOut: OptOut,
  humanReview: v.optional(HumanReview),
  differences: v.array(Difference),
  history: v.array(HistoryEntry),
  sources: v.record(v.pipe(v.string(), v.regex(SOURCE_ID)), Source),
  reviewed: IsoDate,
});

export type Vendor = v.InferOutput<typeof VendorSchema>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type Training = Vendor['training'][number];
export type OptOutMethod = Vendor['optOut']['methods'][number];
export type EmailOptOut = Extract<OptOutMethod, { kind: 'email' }>;
export type WorkspaceRule = Vendor['match']['workspaces'][number];
export type PageKind = v.InferOutput<typeof PageKind>;
export type WorkspaceScope = v.InferOutput<typeof WorkspaceScope>;
export type WhoCanOptOut = v.InferOutput<typeof Who>;
