/**
 * A vendor record and a tab, turned into what the popup shows: a one-line
 * headline, the key facts with footnotes to their sources, the ways out, and
 * the sources with the date each was last verified. Plain data in, plain data
 * out; the UI only translates and lays it out.
 */
import { bestEvidence, type Publishers, strengthOf } from './claim-status.ts';
import type { TabMatch, Workspace } from './classify-tab.ts';
import { settingsHref } from './deep-link.ts';
import { type Message, message } from './i18n.ts';
import { fitOf, type Place } from './regions.ts';
import type { Evidence, OptOutMethod, PageKind, Region, Training, Vendor, WhoCanOptOut } from './vendor-schema.ts';

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
export type Route = OptOutMethod & { readonly refs: readonly number[]; readonly status: ClaimStatus; readonly href?: string };

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

export interface PolicySummary {
  readonly vendorId: string;
  readonly vendorName: string;
  readonly page: PageKind;
  readonly workspace?: Workspace;
  readonly tone: Tone;
  readonly headline: Message;
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

export function summarize(match: TabMatch<Vendor>): PolicySummary {
  const { vendor, workspace } = match;
  const cite = createCitations(vendor);
  const { tone, headline, reported } = policyHeadline(vendor);
  const who = whoMessage(vendor.optOut.who);
  const facts: Fact[] = [
    ...vendor.training.map((training) => trainingFact(training, cite)),
    ...(vendor.humanReview ? [humanReviewFact(vendor.humanReview, cite)] : []),
    { label: message('factWhoCanOptOut'), value: who, ...cite.claim(vendor.optOut.evidence) },
  ];
  const methods = vendor.optOut.methods.map((method): Route => {
    const href = method.kind === 'settings' ? settingsHref(method, workspace, vendor.domains) : method.kind === 'form' ? method.url : undefined;
    return { ...method, ...cite.claim(method.evidence), ...(href ? { href } : {}) };
  });
  const note = (heading: string, text: string, evidence: readonly Evidence[], regions?: readonly Region[], past?: boolean): Note => ({
    heading,
    text,
    ...cite.claim(evidence, past),
    ...(regions ? { regions } : {}),
  });
  return {
    vendorId: vendor.id,
    vendorName: vendor.name,
    page: match.page,
    ...(match.workspace ? { workspace: match.workspace } : {}),
    tone,
    headline,
    reported,
    facts,
    who,
    methods,
    regional: methods.some((m) => m.regions),
    ...(methods.length === 0 && vendor.optOut.alternatives ? { alternatives: vendor.optOut.alternatives } : {}),
    ...(vendor.optOut.unverified ? { unverified: vendor.optOut.unverified } : {}),
    differences: vendor.differences.map((d) => note(d.applies, d.says, d.evidence, d.regions)),
    // History is about the past: a quote from a replaced vendor page confirms it.
    history: [...vendor.history].sort((a, b) => b.date.localeCompare(a.date)).map((h) => note(h.date, h.change, h.evidence, undefined, true)),
    sources: cite.list(),
    policyUrl: vendor.policyUrl,
    reviewed: vendor.reviewed,
  };
}

/** Numbers sources in the order claims first cite them, keeping the latest verified date. */
function createCitations(vendor: Vendor) {
  const bySource = new Map<string, { n: number; verified: string }>();
  const cite = (evidence: readonly Evidence[]): number[] => {
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
  cite.claim = (evidence: readonly Evidence[], past?: boolean): { refs: number[]; status: ClaimStatus } => {
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
      return source ? [{ n, url: source.url, title: source.title, secondHand: source.publisher !== 'vendor', verified }] : [];
    });
  return cite;
}

/** What the headline needs of a record: the training entries, and who publishes each source they cite. */
export type HeadlineVendor = Pick<Vendor, 'name' | 'training'> & { readonly sources: Publishers };

/**
 * The one thing a user most needs to know, and how sure NoTrain is of it.
 * Entries backed only weakly count as not verified. "Trains" and "opt-in" say
 * that some entry holds: one confirmed entry makes the headline a fact (and
 * the wording follows the confirmed entries). "Does not train" says that every
 * entry holds: it is a fact only when every entry is confirmed. Otherwise the
 * headline says "Reported".
 */
export function policyHeadline(vendor: HeadlineVendor): { tone: Tone; headline: Message; reported: boolean } {
  const graded = vendor.training.map((t) => {
    const strength = strengthOf(t.evidence, vendor.sources);
    return { ...t, confirmed: strength === 'confirmed', ...(strength === 'weak' ? { usesCustomerData: 'unknown' as const } : {}) };
  });
  const tone = toneOf(graded);
  if (tone === 'unknown') return { tone, headline: message('headlineUnknown', vendor.name), reported: false };
  const deciding = graded.filter((t) =>
    tone === 'trains' ? t.usesCustomerData === 'yes' && t.default !== 'off' : tone === 'opt-in' ? t.usesCustomerData === 'opt-in' || t.usesCustomerData === 'yes' : true,
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

function headlineKey(tone: Exclude<Tone, 'unknown'>, entries: readonly Training[]) {
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
  return place === undefined ? { lead: [...pick('everywhere'), ...pick(undefined)], other: [] } : { lead: [...pick('mine'), ...pick('everywhere')], other: pick('other') };
}

const MODEL_LABEL = {
  generative: 'factGenerative',
  'non-generative': 'factNonGenerative',
  unspecified: 'factUnspecifiedModels',
} as const;

type Cite = ReturnType<typeof createCitations>;

function trainingFact(training: Training, cite: Cite): Fact {
  const detail = [training.appliesTo, training.examples].filter(Boolean).join(': ');
  return {
    label: message(MODEL_LABEL[training.models]),
    value: [trainingValue(training)],
    ...(detail ? { detail } : {}),
    ...cite.claim(training.evidence),
    ...(training.regions ? { regions: training.regions } : {}),
  };
}

const HUMAN_REVIEW_VALUE = { yes: 'humanReviewYes', no: 'humanReviewNo', unknown: 'trainingUnknown' } as const;

function humanReviewFact(review: NonNullable<Vendor['humanReview']>, cite: Cite): Fact {
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
