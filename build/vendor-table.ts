/**
 * docs/vendors.md, generated from the vendor records so the table can never
 * disagree with the data (`npm run docs:vendors` writes it; a test compares).
 * Ages are counted to a date the caller gives and the page names, so the same
 * data and date always give the same page.
 */
import { strengthOf } from '../src/core/claim-status.ts';
import { policyHeadline } from '../src/core/summarize.ts';
import { evidenceOf } from '../src/core/validate-vendors.ts';
import { LABEL_LANGUAGES, type Training, type Vendor } from '../src/core/vendor-schema.ts';

/** Records are re-verified at least every six months (docs/vendor-criteria.md). */
export const REVIEW_WINDOW_DAYS = 183;
const DAY_MS = 86_400_000;

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const MODELS = { generative: 'generative AI', 'non-generative': 'other ML', unspecified: 'AI models' } as const;
const WHO = {
  'each-user': 'each user',
  admin: 'admins',
  'workspace-owner': 'Workspace Owners',
  'org-owner': 'Org Owners',
  'primary-owner': 'Primary Owner',
  nobody: 'nobody',
} as const;

function trainingCell(training: Training): string {
  const what = MODELS[training.models];
  const scope = training.appliesTo ? ` (${training.appliesTo})` : '';
  switch (training.usesCustomerData) {
    case 'no':
      return `${what}: no${scope}`;
    case 'opt-in':
      return `${what}: only if opted in${scope}`;
    case 'unknown':
      return `${what}: not verified${scope}`;
    case 'yes':
      return `${what}: **${training.trainedBy === 'partners' ? 'shared with companies that train AI' : 'yes'}**, ${training.default === 'on' ? 'on by default' : training.default === 'off' ? 'off by default' : 'default not stated'}${scope}`;
  }
}

function howCell(vendor: Vendor): string {
  const ways = vendor.optOut.methods.map((method) => {
    if (method.kind === 'email') return `email ${method.to}${method.subject ? ` ("${method.subject}")` : ''}`;
    if (method.kind === 'form') return `[form](${method.url})`;
    const path = method.path.length ? method.path.join(' › ') : 'settings';
    return method.url ? `[${path}](${method.url})` : path;
  });
  if (ways.length) return ways.join('; ');
  return vendor.training.every((t) => t.usesCustomerData === 'no') ? 'nothing to opt out of' : 'no opt-out';
}

/** Routes that apply only in some regions, by region: `EU, EEA, UK: form; BR: form`. */
function regionsCell(vendor: Vendor): string {
  const regional = vendor.optOut.methods.flatMap((m) => (m.regions ? [`${m.regions.join(', ')}: ${m.kind}`] : []));
  return regional.join('; ') || '–';
}

/** How many claims a vendor page confirms as it stands (history may rest on a replaced one), and whether the headline says "Reported". */
export function confidenceCell(vendor: Vendor): string {
  const claims = evidenceOf(vendor);
  const confirmed = claims.filter(
    ({ path, evidence }) => strengthOf(evidence, vendor.sources, path.startsWith('history')) === 'confirmed',
  ).length;
  const { reported } = policyHeadline(vendor);
  return `${confirmed} of ${claims.length} claims confirmed by the vendor${reported ? '; headline reported' : ''}`;
}

export function ageCell(reviewed: string, today: string): string {
  const days = daysBetween(reviewed, today);
  return `${reviewed}, ${days} day${days === 1 ? '' : 's'} old${days > REVIEW_WINDOW_DAYS ? ' ⚠ review due' : ''}`;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;

/** The date the page counts ages to, as it names it. */
export const AS_OF = /^Ages are counted to (\d{4}-\d{2}-\d{2})\.$/m;

/** One row per label a record gives in another language, with the vendor page that quotes it. */
function labelRows(vendors: readonly Vendor[]): string[] {
  return vendors.flatMap((vendor) =>
    vendor.optOut.methods.flatMap((method) =>
      method.kind === 'settings' && method.label && method.labels
        ? LABEL_LANGUAGES.flatMap((lang) => {
            const localized = method.labels?.[lang];
            const source = localized && vendor.sources[localized.evidence[0]?.source ?? ''];
            return localized && source
              ? [
                  row([
                    vendor.name,
                    method.label!,
                    LANGUAGE_NAMES[lang],
                    localized.label,
                    `[${source.title}](${source.url})`,
                  ]),
                ]
              : [];
          })
        : [],
    ),
  );
}

const LANGUAGE_NAMES = { de: 'German', fr: 'French', es: 'Spanish' } as const;

export function vendorTable(vendors: readonly Vendor[], today: string): string {
  const sorted = [...vendors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const rows = sorted.map((vendor) =>
    row([
      `[${vendor.name}](${vendor.policyUrl})`,
      vendor.training.map(trainingCell).join('<br>'),
      vendor.optOut.who.map((w) => WHO[w]).join(', '),
      howCell(vendor),
      regionsCell(vendor),
      confidenceCell(vendor),
      ageCell(vendor.reviewed, today),
    ]),
  );
  const exceptions = sorted.flatMap((vendor) =>
    // The reason is prose: `<name>` in it is text, not a tag.
    (vendor.domainExceptions ?? []).map((e) =>
      row([vendor.name, `\`${e.domain}\``, e.allow, e.reason.replace(/</g, '&lt;')]),
    ),
  );
  const labels = labelRows(sorted);
  const due = sorted.filter((v) => daysBetween(v.reviewed, today) > REVIEW_WINDOW_DAYS).length;
  return [
    '# Vendors NoTrain knows',
    '',
    'Generated from `src/vendors/*.json` by `npm run docs:vendors`; do not edit by hand. Each record cites its sources, with a quote and the date each claim was verified; the popup shows them, marking each claim confirmed (a vendor page says it today) or reported (who said it, and when).',
    '',
    `Ages are counted to ${today}.`,
    '',
    `${vendors.length} vendors; ${due === 0 ? 'none is' : `${due} ${due === 1 ? 'is' : 'are'}`} past the ${REVIEW_WINDOW_DAYS}-day review window.`,
    '',
    '| Vendor | Trains on your content? | Who can opt out | How | Routes for some regions only | Confidence | Reviewed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Settings labels in other languages',
    '',
    "The settings-page notes find a control by its label. Besides the English label, a record may give the label as the vendor's German, French or Spanish interface shows it, each quoted word for word by the vendor's own page; NoTrain never translates a label. On a page in a language not listed here, the note says NoTrain knows the English label only.",
    '',
    ...(labels.length
      ? ['| Vendor | English label | Language | Label | Source |', '| --- | --- | --- | --- | --- |', ...labels]
      : ['None yet: no vendor page quoting a label in German, French or Spanish has been found.']),
    '',
    '## Domain exceptions',
    '',
    'Names a record may use although the domain rules refuse them, each with the reason a reviewer accepted.',
    '',
    ...(exceptions.length
      ? ['| Vendor | Domain | Allowed as | Reason |', '| --- | --- | --- | --- |', ...exceptions]
      : ['None.']),
    '',
  ].join('\n');
}
