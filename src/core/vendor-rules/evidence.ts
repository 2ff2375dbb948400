import type { Evidence, Vendor } from '../vendor-schema.ts';

/** Every claim in a record that carries evidence, with its path for messages. */
export function evidenceOf(vendor: Vendor): { path: string; evidence: readonly Evidence[] }[] {
  return [
    ...vendor.training.map((t, i) => ({ path: `training.${i}`, evidence: t.evidence })),
    { path: 'optOut', evidence: vendor.optOut.evidence },
    ...(vendor.humanReview ? [{ path: 'humanReview', evidence: vendor.humanReview.evidence }] : []),
    ...vendor.optOut.methods.map((m, i) => ({ path: `optOut.methods.${i}`, evidence: m.evidence })),
    ...vendor.optOut.methods.flatMap((m, i) =>
      m.kind === 'settings' && m.labels
        ? Object.entries(m.labels).flatMap(([lang, localized]) =>
            localized ? [{ path: `optOut.methods.${i}.labels.${lang}`, evidence: localized.evidence }] : [],
          )
        : [],
    ),
    ...vendor.differences.map((d, i) => ({ path: `differences.${i}`, evidence: d.evidence })),
    ...vendor.history.map((h, i) => ({ path: `history.${i}`, evidence: h.evidence })),
    ...(vendor.domainExceptions ?? []).flatMap((e, i) =>
      e.evidence ? [{ path: `domainExceptions.${i}`, evidence: e.evidence }] : [],
    ),
  ];
}
