/**
 * A vendor record and a tab, turned into what the popup shows: a one-line
 * headline, the key facts with footnotes to their sources, the ways out, and
 * the sources with the date each was last verified. Plain data in, plain data
 * out; the UI only translates and lays it out.
 */
import { bestEvidence, type GradedEvidence, type Publishers, strengthOf } from './claim-status.ts';
import type { TabMatch, Workspace } from './classify-tab.ts';
import { settingsHref } from './deep-link.ts';
import { type Message, message } from './i18n.ts';
import { fitOf, type Place } from './regions.ts';
import { controlsOf, type Entry } from './tracker/entry.ts';
import type {
  ShippedEvidence,
  ModelKind,
  OptOutMethod,
  PageKind,
  Plan,
  Region,
  Training,
  ShippedVendor,
  WhoCanOptOut,
} from './vendor-schema.ts';

/**
 * How a claim is backed: confirmed by a vendor page as it stands, or reported
 * (second-hand, or `weak`: low confidence or a replaced vendor page), with who
 * said it, when, and the footnote of that source.
 */
export type ClaimStatus =
  | { readonly strength: 'confirmed' }
  | { readonly strength: 'reported' | 'weak'; readonly by: string; readonly date: string; readonly ref: number };

export interface Fact {
  readonly label: Message;
  /** Which plans or products the row is about, in the vendor's words: part of the row's label. */
  readonly scope?: string;
  /** The kind of model, for the glossary line. */
  readonly models?: ModelKind;
  /** One or more values; several are joined with the locale's "or" list format. */
  readonly value: readonly Message[];
  /** Extra detail in the vendor's terms (e.g. what the models are for). */
  readonly detail?: string;
  /** Footnote numbers into `sources`. */
  readonly refs: readonly number[];
  readonly status: ClaimStatus;
  /** Where it applies, when not everywhere. */
  readonly regions?: readonly Region[];
}

/** A way out, with the page its main action opens (settings and forms) and how it is backed. */
export type Route = OptOutMethod & {
  readonly refs: readonly number[];
  readonly status: ClaimStatus;
  readonly href?: string;
};

export interface SourceRef {
  readonly n: number;
  readonly url: string;
  readonly title: string;
  readonly secondHand: boolean;
  /** The most recent date on which a claim citing this source was verified. */
  readonly verified: string;
}

export interface Note {
  readonly heading: string;
  readonly text: string;
  readonly refs: readonly number[];
  readonly status: ClaimStatus;
  readonly regions?: readonly Region[];
}

export type Tone = 'trains' | 'opt-in' | 'no-training' | 'unknown';
/**
 * The headline's tone as the user sees it: the record's, or `depends` (plans
 * differ and none is picked), `partial` (the user switched off part of what
 * is on by default) or `opted-out` (all of it, as NoTrain saw).
 */
export type ViewTone = Tone | 'depends' | 'partial' | 'opted-out';

/** A plan choice that is none of the record's plans: entries and routes scoped to plans do not apply. */
export const OTHER_PLAN = '(other)';

/** What NoTrain knows about the person looking: their plan (picked in the popup) and their tracker entry here. */
export interface Viewer {
  readonly plan?: string | undefined;
  readonly entry?: Entry | undefined;
}

export interface PolicySummary {
  readonly vendorId: string;
  readonly vendorName: string;
  readonly page: PageKind;
  readonly workspace?: Workspace;
  readonly tone: ViewTone;
  readonly headline: Message;
  /** The record's plans, when it treats plans differently; the popup offers them in one click. */
  readonly plans: readonly Plan[];
  /** The plan picked, when it is one of the record's (or `OTHER_PLAN`). */
  readonly plan?: string;
  /** Rows and routes for plans other than the user's, folded behind "Other plans". */
  readonly otherPlans: { readonly facts: readonly Fact[]; readonly methods: readonly Route[] };
  /** Only owners or admins can take the routes: the popup asks the user's role before offering them. */
  readonly ownerOnly: boolean;
  /** Shown instead of routes when none applies. */
  readonly noRoute?: Message;
  /** The headline rests on second-hand evidence only, and says "Reported". */
  readonly reported: boolean;
  readonly facts: readonly Fact[];
  readonly who: readonly Message[];
  /** Every way out, in the record's order; `routesFor` orders them for the user's region. */
  readonly methods: readonly Route[];
  /** Some route applies only in some regions: the popup offers the region choice that orders them. */
  readonly regional: boolean;
  /** Shown when no method exists. */
  readonly alternatives?: string;
  /** What NoTrain could not verify about the way out. */
  readonly unverified?: string;
  readonly differences: readonly Note[];
  readonly history: readonly Note[];
  readonly sources: readonly SourceRef[];
  readonly policyUrl: string;
  readonly reviewed: string;
}

export function summarize(match: TabMatch<ShippedVendor>, viewer: Viewer = {}): PolicySummary {
  const { vendor, workspace } = match;
  const cite = createCitations(vendor);
  const plans = vendor.plans ?? [];
  const plan = viewer.plan === OTHER_PLAN || plans.some((p) => p.id === viewer.plan) ? viewer.plan : undefined;
  const { tone, headline, reported } = viewHeadline(vendor, plan, viewer.entry);
  const fits = (scoped: { readonly plans?: readonly string[] | undefined }) => forPlan(scoped, plan);
  const names = (ids: readonly string[]) => ids.map((id) => plans.find((p) => p.id === id)?.name ?? id);
  const fact = (training: Training) =>
    trainingFact(training, cite, training.plans && !training.appliesTo ? names(training.plans).join(', ') : undefined);
  const route = (method: OptOutMethod): Route => {
    const href =
      method.kind === 'settings'
        ? settingsHref(method, workspace, vendor.domains)
        : method.kind === 'form'
          ? method.url
          : undefined;
    // Routes name their plans as the vendor does, not by id.
    return {
      ...method,
      ...(method.plans ? { plans: names(method.plans) } : {}),
      ...cite.claim(method.evidence),
      ...(href ? { href } : {}),
    };
  };
  const applicable = vendor.optOut.methods.filter(fits);
  // "Who can opt out" only where a way out exists.
  const who = applicable.length && !vendor.optOut.who.includes('nobody') ? whoMessage(vendor.optOut.who) : [];
  // Facts first: footnotes are numbered in the order the popup shows claims.
  const facts: Fact[] = [
    ...vendor.training.filter(fits).map(fact),
    ...(vendor.humanReview ? [humanReviewFact(vendor.humanReview, cite)] : []),
    ...(who.length ? [{ label: message('factWhoCanOptOut'), value: who, ...cite.claim(vendor.optOut.evidence) }] : []),
  ];
  const methods = applicable.map(route);
  const otherPlans = {
    facts: plan ? vendor.training.filter((t) => !fits(t)).map(fact) : [],
    methods: plan ? vendor.optOut.methods.filter((m) => !fits(m)).map(route) : [],
  };
  const note = (
    heading: string,
    text: string,
    evidence: readonly ShippedEvidence[],
    regions?: readonly Region[],
    past?: boolean,
  ): Note => ({
    heading,
    text,
    ...cite.claim(evidence, past),
    ...(regions ? { regions } : {}),
  });
  const recordTone = policyHeadline(vendor, plan).tone;
  return {
    vendorId: vendor.id,
    vendorName: vendor.name,
    page: match.page,
    ...(match.workspace ? { workspace: match.workspace } : {}),
    tone,
    headline,
    reported,
    plans,
    ...(plan ? { plan } : {}),
    otherPlans,
    ownerOnly: who.length > 0 && !vendor.optOut.who.includes('each-user'),
    ...(methods.length === 0 ? { noRoute: noRouteMessage(recordTone, vendor.name) } : {}),
    facts,
    who,
    methods,
    regional: methods.some((m) => m.regions),
    ...(methods.length === 0 && vendor.optOut.alternatives ? { alternatives: vendor.optOut.alternatives } : {}),
    ...(vendor.optOut.unverified ? { unverified: vendor.optOut.unverified } : {}),
    differences: vendor.differences.map((d) => note(d.applies, d.says, d.evidence, d.regions)),
    // History is about the past: a quote from a replaced vendor page confirms it.
    history: [...vendor.history]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((h) => note(h.date, h.change, h.evidence, undefined, true)),
    sources: cite.list(),
    policyUrl: vendor.policyUrl,
    reviewed: vendor.reviewed,
  };
}

/** Does an entry or route scoped to plans apply to the user's plan? Everything applies while no plan is picked. */
export function forPlan(scoped: { readonly plans?: readonly string[] | undefined }, plan: string | undefined): boolean {
  return !scoped.plans || plan === undefined || scoped.plans.includes(plan);
}

/** Where no route applies: nothing to opt out of, or NoTrain found none (never "the vendor offers none"). */
function noRouteMessage(tone: Tone, name: string): Message {
  if (tone === 'no-training') return message('nothingToDo', name);
  if (tone === 'opt-in') return message('nothingToDoOptIn', name);
  return message('noOptOutFound', name);
}

/** What the headline needs of a record's routes to account for what the user did. */
export type ViewVendor = HeadlineVendor & {
  readonly optOut?:
    | {
        readonly methods: readonly {
          readonly kind: string;
          readonly label?: string | undefined;
          readonly covers?: readonly ModelKind[] | undefined;
        }[];
      }
    | undefined;
};

const KIND_WORDS = {
  generative: 'kindGenerative',
  'non-generative': 'kindNonGenerative',
  unspecified: 'kindUnspecified',
} as const;

/**
 * The headline for this user: "Depends on your plan" until they pick one
 * where plans differ; the record's headline for their plan; "Off" once the
 * vendor confirmed the user's opt-out (as the user marked it); and, once
 * NoTrain saw them switch controls to opt out, "Off" when those cover
 * everything on by default for their plan, or what is off and what is still
 * on when they do not. Each control label counts on its own: a second
 * switch never hides the first.
 */
export function viewHeadline(
  vendor: ViewVendor,
  plan: string | undefined,
  entry?: Entry,
): { tone: ViewTone; headline: Message; reported: boolean; title?: Message } {
  const base = policyHeadline(vendor, plan);
  if (entry?.status === 'confirmed')
    return { tone: 'opted-out', headline: message('headlineConfirmed', vendor.name), reported: false };
  if (plan === undefined && dependsOnPlan(vendor))
    return { tone: 'depends', headline: message('headlineDependsOnPlan', vendor.name), reported: false };
  const off = entry ? controlsOf(entry.steps).filter((c) => c.state === 'opted-out') : [];
  if (off.length === 0) return base;
  const settings = vendor.optOut?.methods.filter((m) => m.kind === 'settings') ?? [];
  const coverage = off.map((c) => settings.find((m) => m.label === c.label)?.covers);
  // A control the record does not scope (no `covers`) is taken to cover everything, as the record says nothing narrower.
  const covers = coverage.some((c) => c === undefined) ? undefined : [...new Set(coverage.flatMap((c) => c ?? []))];
  const onByDefault = vendor.training.filter(
    (t) => forPlan(t, plan) && t.usesCustomerData === 'yes' && t.default !== 'off',
  );
  const still = covers ? onByDefault.filter((t) => !covers.includes(t.models)) : [];
  if (still.length === 0 || !covers)
    return { tone: 'opted-out', headline: message('headlineOptedOut', vendor.name), reported: false };
  const parts = [
    message(KIND_WORDS[covers[0] ?? 'generative']),
    message(KIND_WORDS[still[0]?.models ?? 'unspecified']),
  ];
  return {
    tone: 'partial',
    headline: { key: 'headlinePartial', parts },
    reported: false,
    title: { key: 'titlePartial', subs: [vendor.name], parts },
  };
}

/** Plans differ when some two of them get different headline tones. */
export function dependsOnPlan(vendor: HeadlineVendor): boolean {
  const tones = new Set((vendor.plans ?? []).map((p) => policyHeadline(vendor, p.id).tone));
  return tones.size > 1;
}

/** Numbers sources in the order claims first cite them, keeping the latest verified date. */
function createCitations(vendor: ShippedVendor) {
  const bySource = new Map<string, { n: number; verified: string }>();
  const cite = (evidence: readonly ShippedEvidence[]): number[] => {
    const refs = new Set<number>();
    for (const item of evidence) {
      let entry = bySource.get(item.source);
      if (!entry) {
        entry = { n: bySource.size + 1, verified: item.verified };
        bySource.set(item.source, entry);
      }
      if (item.verified > entry.verified) entry.verified = item.verified;
      refs.add(entry.n);
    }
    return [...refs].sort((a, b) => a - b);
  };
  /** Footnotes and status of one claim. */
  cite.claim = (evidence: readonly ShippedEvidence[], past?: boolean): { refs: number[]; status: ClaimStatus } => {
    const refs = cite(evidence);
    const best = bestEvidence(evidence, vendor.sources, past);
    const source = best && vendor.sources[best.item.source];
    if (!best || !source || best.strength === 'confirmed') return { refs, status: { strength: 'confirmed' } };
    const by = source.archive?.name ?? new URL(source.url).hostname.replace(/^www\./, '');
    const date = best.item.asOf ?? source.archive?.captured ?? best.item.verified;
    return { refs, status: { strength: best.strength, by, date, ref: bySource.get(best.item.source)?.n ?? 0 } };
  };
  cite.list = (): SourceRef[] =>
    [...bySource].flatMap(([key, { n, verified }]) => {
      const source = vendor.sources[key];
      return source
        ? [{ n, url: source.url, title: source.title, secondHand: source.publisher !== 'vendor', verified }]
        : [];
    });
  return cite;
}

/** What the headline reads of a training entry: what is trained, by whom, for which plans, and how it is backed. */
export type HeadlineTraining = Pick<Training, 'models' | 'plans' | 'trainedBy' | 'usesCustomerData' | 'default'> & {
  readonly evidence: readonly GradedEvidence[];
};

/** What the headline needs of a record: the training entries, and who publishes each source they cite. */
export type HeadlineVendor = Pick<ShippedVendor, 'name'> & {
  readonly training: readonly HeadlineTraining[];
  readonly sources: Publishers;
  readonly plans?: ShippedVendor['plans'];
};

/**
 * The one thing a user most needs to know, and how sure NoTrain is of it.
 * Entries backed only weakly count as not verified. "Trains" and "opt-in" say
 * that some entry holds: one confirmed entry makes the headline a fact (and
 * the wording follows the confirmed entries). "Does not train" says that every
 * entry holds: it is a fact only when every entry is confirmed. Otherwise the
 * headline says "Reported".
 */
export function policyHeadline(
  vendor: HeadlineVendor,
  plan?: string,
): { tone: Tone; headline: Message; reported: boolean } {
  const entries = vendor.training.filter((t) => forPlan(t, plan));
  // A plan no entry speaks of: NoTrain cannot say.
  if (entries.length === 0)
    return { tone: 'unknown', headline: message('headlineUnknown', vendor.name), reported: false };
  const graded = entries.map((t) => {
    const strength = strengthOf(t.evidence, vendor.sources);
    return {
      ...t,
      confirmed: strength === 'confirmed',
      ...(strength === 'weak' ? { usesCustomerData: 'unknown' as const } : {}),
    };
  });
  const tone = toneOf(graded);
  if (tone === 'unknown') return { tone, headline: message('headlineUnknown', vendor.name), reported: false };
  const deciding = graded.filter((t) =>
    tone === 'trains'
      ? t.usesCustomerData === 'yes' && t.default !== 'off'
      : tone === 'opt-in'
        ? t.usesCustomerData === 'opt-in' || t.usesCustomerData === 'yes'
        : true,
  );
  const confirmed = deciding.filter((t) => t.confirmed);
  const reported = tone === 'no-training' ? confirmed.length < deciding.length : confirmed.length === 0;
  const key = headlineKey(tone, reported ? deciding : confirmed);
  return { tone, headline: message(reported ? (`${key}Reported` as const) : key, vendor.name), reported };
}

/** From the most consequential training entry. */
function toneOf(training: readonly Pick<Training, 'usesCustomerData' | 'default'>[]): Tone {
  if (training.some((t) => t.usesCustomerData === 'yes' && t.default !== 'off')) return 'trains';
  if (training.some((t) => t.usesCustomerData === 'unknown')) return 'unknown';
  if (training.some((t) => t.usesCustomerData === 'opt-in' || t.usesCustomerData === 'yes')) return 'opt-in';
  return 'no-training';
}

function headlineKey(tone: Exclude<Tone, 'unknown'>, entries: readonly HeadlineTraining[]) {
  if (tone === 'trains') {
    const onByDefault = entries.filter((t) => t.default === 'on');
    if (onByDefault.length === 0) return 'headlineTrains';
    if (onByDefault.every((t) => t.trainedBy === 'partners')) return 'headlineSharesByDefault';
    const kinds = new Set(onByDefault.map((t) => t.models));
    if (kinds.size === 1 && kinds.has('non-generative')) return 'headlineTrainsNonGenerativeByDefault';
    if (kinds.size === 1 && kinds.has('generative')) return 'headlineTrainsGenerativeByDefault';
    return 'headlineTrainsByDefault';
  }
  return tone === 'opt-in' ? 'headlineOptIn' : 'headlineNoTraining';
}

/**
 * The ways out in the order the user needs them: routes for the user's region
 * first, routes that apply everywhere next; routes only for other regions go
 * behind "Other regions". While the region is unknown nothing is hidden.
 */
export function routesFor(methods: readonly Route[], place: Place | undefined): { lead: Route[]; other: Route[] } {
  const fits = methods.map((m) => ({ m, fit: fitOf(m.regions, place) }));
  const pick = (fit: string | undefined) => fits.filter((f) => f.fit === fit).map((f) => f.m);
  return place === undefined
    ? { lead: [...pick('everywhere'), ...pick(undefined)], other: [] }
    : { lead: [...pick('mine'), ...pick('everywhere')], other: pick('other') };
}

const MODEL_LABEL = {
  generative: 'factGenerative',
  'non-generative': 'factNonGenerative',
  unspecified: 'factUnspecifiedModels',
} as const;

type Cite = ReturnType<typeof createCitations>;

function trainingFact(training: Training, cite: Cite, planNames?: string): Fact {
  const scope = training.appliesTo ?? planNames;
  return {
    label: message(MODEL_LABEL[training.models]),
    ...(scope ? { scope } : {}),
    models: training.models,
    value: [trainingValue(training)],
    ...(training.examples ? { detail: training.examples } : {}),
    ...cite.claim(training.evidence),
    ...(training.regions ? { regions: training.regions } : {}),
  };
}

const HUMAN_REVIEW_VALUE = { yes: 'humanReviewYes', no: 'humanReviewNo', unknown: 'trainingUnknown' } as const;

function humanReviewFact(review: NonNullable<ShippedVendor['humanReview']>, cite: Cite): Fact {
  return {
    label: message('factHumanReview'),
    value: [message(HUMAN_REVIEW_VALUE[review.happens])],
    detail: review.says,
    ...cite.claim(review.evidence),
  };
}

function trainingValue({ usesCustomerData, default: state, trainedBy }: Training): Message {
  if (trainedBy === 'partners' && usesCustomerData === 'yes') {
    return message(state === 'on' ? 'trainingSharedOnByDefault' : 'trainingShared');
  }
  switch (usesCustomerData) {
    case 'no':
      return message('trainingNo');
    case 'opt-in':
      return message('trainingOptIn');
    case 'unknown':
      return message('trainingUnknown');
    case 'yes':
      if (state === 'on') return message('trainingYesOnByDefault');
      if (state === 'off') return message('trainingYesOffByDefault');
      return message('trainingYes');
  }
}

const WHO_LABEL = {
  'each-user': 'whoEachUser',
  admin: 'whoAdmin',
  'workspace-owner': 'whoWorkspaceOwner',
  'org-owner': 'whoOrgOwner',
  'primary-owner': 'whoPrimaryOwner',
  nobody: 'whoNobody',
} as const;

function whoMessage(who: readonly WhoCanOptOut[]): Message[] {
  return who.map((w) => message(WHO_LABEL[w]));
}
