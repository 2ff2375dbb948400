/**
 * A vendor record and a tab, turned into what the popup shows: a one-line
 * headline, the key facts with footnotes to their sources, the ways out, and
 * the sources with the date each was last verified. Plain data in, plain data
 * out; the UI only translates and lays it out.
 */
import type { TabMatch, Workspace } from './classify-tab.ts';
import { type Message, message } from './i18n.ts';
import type { Evidence, OptOutMethod, PageKind, Training, Vendor, WhoCanOptOut } from './vendor-schema.ts';

export interface Fact {
  readonly label: Message;
  /** One or more values; several are joined with the locale's "or" list format. */
  readonly value: readonly Message[];
  /** Extra detail in the vendor's terms (e.g. what the models are for). */
  readonly detail?: string;
  /** Footnote numbers into `sources`. */
  readonly refs: readonly number[];
}

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
}

export type Tone = 'trains' | 'opt-in' | 'no-training' | 'unknown';

export interface PolicySummary {
  readonly vendorId: string;
  readonly vendorName: string;
  readonly page: PageKind;
  readonly workspace?: Workspace;
  readonly tone: Tone;
  readonly headline: Message;
  readonly facts: readonly Fact[];
  readonly who: readonly Message[];
  readonly methods: readonly (OptOutMethod & { readonly refs: readonly number[] })[];
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
  const { vendor } = match;
  const cite = createCitations(vendor);
  const { tone, headline } = policyHeadline(vendor);
  const who = whoMessage(vendor.optOut.who);
  const facts: Fact[] = [
    ...vendor.training.map((training) => trainingFact(training, cite)),
    ...(vendor.humanReview ? [humanReviewFact(vendor.humanReview, cite)] : []),
    { label: message('factWhoCanOptOut'), value: who, refs: cite(vendor.optOut.evidence) },
  ];
  const methods = vendor.optOut.methods.map((method) => ({ ...method, refs: cite(method.evidence) }));
  const note = (heading: string, text: string, evidence: readonly Evidence[]): Note => ({
    heading,
    text,
    refs: cite(evidence),
  });
  return {
    vendorId: vendor.id,
    vendorName: vendor.name,
    page: match.page,
    ...(match.workspace ? { workspace: match.workspace } : {}),
    tone,
    headline,
    facts,
    who,
    methods,
    ...(methods.length === 0 && vendor.optOut.alternatives ? { alternatives: vendor.optOut.alternatives } : {}),
    ...(vendor.optOut.unverified ? { unverified: vendor.optOut.unverified } : {}),
    differences: vendor.differences.map((d) => note(d.applies, d.says, d.evidence)),
    history: [...vendor.history].sort((a, b) => b.date.localeCompare(a.date)).map((h) => note(h.date, h.change, h.evidence)),
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
  cite.list = (): SourceRef[] =>
    [...bySource].flatMap(([key, { n, verified }]) => {
      const source = vendor.sources[key];
      return source ? [{ n, url: source.url, title: source.title, secondHand: source.publisher !== 'vendor', verified }] : [];
    });
  return cite;
}

/** The one thing a user most needs to know; needs only the name and the training entries. */
export function policyHeadline(vendor: Pick<Vendor, 'name' | 'training'>): { tone: Tone; headline: Message } {
  const tone = toneOf(vendor.training);
  return { tone, headline: headlineFor(tone, vendor) };
}

/** From the most consequential training entry. */
function toneOf(training: readonly Training[]): Tone {
  if (training.some((t) => t.usesCustomerData === 'yes' && t.default !== 'off')) return 'trains';
  if (training.some((t) => t.usesCustomerData === 'unknown')) return 'unknown';
  if (training.some((t) => t.usesCustomerData === 'opt-in' || t.usesCustomerData === 'yes')) return 'opt-in';
  return 'no-training';
}

function headlineFor(tone: Tone, vendor: Pick<Vendor, 'name' | 'training'>): Message {
  if (tone === 'trains') {
    const onByDefault = vendor.training.filter((t) => t.usesCustomerData === 'yes' && t.default === 'on');
    if (onByDefault.length === 0) return message('headlineTrains', vendor.name);
    if (onByDefault.every((t) => t.trainedBy === 'partners')) return message('headlineSharesByDefault', vendor.name);
    const kinds = new Set(onByDefault.map((t) => t.models));
    if (kinds.size === 1 && kinds.has('non-generative')) return message('headlineTrainsNonGenerativeByDefault', vendor.name);
    if (kinds.size === 1 && kinds.has('generative')) return message('headlineTrainsGenerativeByDefault', vendor.name);
    return message('headlineTrainsByDefault', vendor.name);
  }
  if (tone === 'opt-in') return message('headlineOptIn', vendor.name);
  if (tone === 'no-training') return message('headlineNoTraining', vendor.name);
  return message('headlineUnknown', vendor.name);
}

const MODEL_LABEL = {
  generative: 'factGenerative',
  'non-generative': 'factNonGenerative',
  unspecified: 'factUnspecifiedModels',
} as const;

type Cite = (evidence: readonly Evidence[]) => number[];

function trainingFact(training: Training, cite: Cite): Fact {
  const detail = [training.appliesTo, training.examples].filter(Boolean).join(': ');
  return {
    label: message(MODEL_LABEL[training.models]),
    value: [trainingValue(training)],
    ...(detail ? { detail } : {}),
    refs: cite(training.evidence),
  };
}

const HUMAN_REVIEW_VALUE = { yes: 'humanReviewYes', no: 'humanReviewNo', unknown: 'trainingUnknown' } as const;

function humanReviewFact(review: NonNullable<Vendor['humanReview']>, cite: Cite): Fact {
  return {
    label: message('factHumanReview'),
    value: [message(HUMAN_REVIEW_VALUE[review.happens])],
    detail: review.says,
    refs: cite(review.evidence),
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
