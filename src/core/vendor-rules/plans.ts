/**
 * Plans are a closed vocabulary per record: every reference names a plan the
 * record declares, and every plan name is one the record's own prose or
 * quotes already use, so a plan can be restructured from the sources but
 * never invented.
 */
import type { Vendor } from '../vendor-schema.ts';
import { evidenceOf } from './evidence.ts';
import type { Problem } from './problem.ts';

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

export function planProblems(vendor: Vendor): Problem[] {
  const problems: Problem[] = [];
  const plans = vendor.plans ?? [];
  const ids = new Set<string>();
  plans.forEach((plan, index) => {
    if (ids.has(plan.id)) problems.push({ field: `plans.${index}.id`, message: `"${plan.id}" is declared twice` });
    ids.add(plan.id);
  });
  const prose = fold(
    [
      ...vendor.training.flatMap((t) => [t.appliesTo ?? '', t.examples ?? '']),
      ...vendor.differences.flatMap((d) => [d.applies, d.says]),
      ...vendor.history.map((h) => h.change),
      vendor.optOut.unverified ?? '',
      vendor.optOut.alternatives ?? '',
      ...evidenceOf(vendor).flatMap(({ evidence }) => evidence.map((e) => e.quote)),
    ].join('\n'),
  );
  plans.forEach((plan, index) => {
    if (!prose.includes(fold(plan.name))) {
      problems.push({
        field: `plans.${index}.name`,
        message: `"${plan.name}" appears nowhere in the record's prose or quotes: name plans as the vendor does`,
      });
    }
  });
  const check = (refs: readonly string[] | undefined, path: string) =>
    refs?.forEach((ref, index) => {
      if (!ids.has(ref))
        problems.push({ field: `${path}.plans.${index}`, message: `"${ref}" is not an id in "plans"` });
    });
  vendor.training.forEach((t, i) => check(t.plans, `training.${i}`));
  vendor.optOut.methods.forEach((m, i) => check(m.plans, `optOut.methods.${i}`));
  const models = new Set(vendor.training.map((t) => t.models));
  vendor.optOut.methods.forEach((m, i) => {
    if (m.kind !== 'settings') return;
    m.covers?.forEach((kind, j) => {
      if (!models.has(kind))
        problems.push({
          field: `optOut.methods.${i}.covers.${j}`,
          message: `"${kind}" is the kind of no training entry`,
        });
    });
  });
  return problems;
}
