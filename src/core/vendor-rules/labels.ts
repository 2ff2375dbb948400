/**
 * A control's label in another language is a fact about the vendor's
 * interface, like an address: NoTrain never translates one. Each must be
 * quoted, word for word, by the vendor's own page (not an archive, not a
 * news story retelling it), and must name a control the record already
 * names in English.
 */
import type { Vendor } from '../vendor-schema.ts';
import type { Problem } from './problem.ts';

/** White space and typographic quotes do not make two labels different. */
const fold = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[„“”«»‹›"]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

export function labelProblems(vendor: Vendor): Problem[] {
  return vendor.optOut.methods.flatMap((method, index) => {
    if (method.kind !== 'settings' || !method.labels) return [];
    const at = `optOut.methods.${index}`;
    if (!method.label) {
      return [{ field: `${at}.labels`, message: 'translates no label: give the English "label" first' }];
    }
    return Object.entries(method.labels).flatMap(([lang, localized]): Problem[] => {
      if (!localized) return [];
      const field = `${at}.labels.${lang}`;
      const problems: Problem[] = [];
      if (fold(localized.label) === fold(method.label!)) {
        problems.push({ field: `${field}.label`, message: 'is the English label: list only what the interface shows' });
      }
      localized.evidence.forEach((item, i) => {
        const source = vendor.sources[item.source];
        if (source && source.publisher !== 'vendor') {
          problems.push({
            field: `${field}.evidence.${i}.source`,
            message: `"${item.source}" is not the vendor's own page: a translated label needs the vendor quoting it`,
          });
        }
        if (!fold(item.quote).includes(fold(localized.label))) {
          problems.push({
            field: `${field}.evidence.${i}.quote`,
            message: `does not quote the label "${localized.label}" word for word`,
          });
        }
      });
      return problems;
    });
  });
}
