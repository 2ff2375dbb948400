/**
 * docs/vendors.md, generated from the vendor records so the table can never
 * disagree with the data (`npm run docs:vendors` writes it; a test compares).
 */
import type { Training, Vendor } from '../src/core/vendor-schema.ts';

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

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function vendorTable(vendors: readonly Vendor[]): string {
  const rows = [...vendors]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((vendor) => {
      const secondHand = Object.values(vendor.sources).some((s) => s.publisher === 'third-party');
      return [
        `[${vendor.name}](${vendor.policyUrl})`,
        vendor.training.map(trainingCell).join('<br>'),
        vendor.optOut.who.map((w) => WHO[w]).join(', '),
        howCell(vendor),
        `${vendor.reviewed}${secondHand ? ' (some sources second-hand)' : ''}`,
      ]
        .map(escapeCell)
        .join(' | ');
    });
  return [
    '# Vendors NoTrain knows',
    '',
    'Generated from `src/vendors/*.json` by `npm run docs:vendors`; do not edit by hand. Each record cites its sources, with a quote and the date each claim was verified; the popup shows them.',
    '',
    '| Vendor | Trains on your content? | Who can opt out | How | Reviewed |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}
