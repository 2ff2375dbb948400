/**
 * How well a claim is backed, as the popup shows it: confirmed (a vendor page
 * says it today, quoted), reported (a second-hand source says it, named with
 * its date), or weak (only a low-confidence report, or only a vendor page that
 * has since been replaced). A headline never states as fact what is only
 * reported, and never states at all what is weak.
 */
import type { ShippedEvidence, Source } from './vendor-schema.ts';

export type Strength = 'confirmed' | 'reported' | 'weak';

/** What grading needs of the sources: who publishes each (the service worker's view has no more). */
export type Publishers = Readonly<Record<string, Pick<Source, 'publisher'>>>;

const RANK = { high: 2, medium: 1, low: 0 } as const;

/**
 * The grade of one evidence item. A vendor page quoted as it stands confirms;
 * a quote from a replaced version (`asOf`) documents the past, so it confirms
 * history (`past`) and is weak evidence of today's policy. Second-hand items
 * are reported, or weak when their confidence is low (or missing).
 */
/** What grading reads of an evidence item (the service worker's view has no more). */
export type GradedEvidence = Pick<ShippedEvidence, 'source' | 'verified' | 'asOf' | 'confidence'>;

export function grade(item: GradedEvidence, sources: Publishers, past = false): Strength {
  if (sources[item.source]?.publisher === 'vendor') return item.asOf && !past ? 'weak' : 'confirmed';
  return item.confidence === 'high' || item.confidence === 'medium' ? 'reported' : 'weak';
}

/**
 * The best-backed item of a claim: any confirming item; else the second-hand
 * item of highest confidence, the most recently verified on a tie.
 */
export function bestEvidence<E extends GradedEvidence>(
  evidence: readonly E[],
  sources: Publishers,
  past = false,
): { item: E; strength: Strength } | undefined {
  let best: { item: E; strength: Strength; score: number } | undefined;
  for (const item of evidence) {
    const strength = grade(item, sources, past);
    const score = strength === 'confirmed' ? 9 : (strength === 'reported' ? 4 : 0) + RANK[item.confidence ?? 'low'];
    if (!best || score > best.score || (score === best.score && item.verified > best.item.verified))
      best = { item, strength, score };
  }
  return best && { item: best.item, strength: best.strength };
}

export const strengthOf = (evidence: readonly GradedEvidence[], sources: Publishers, past = false): Strength =>
  bestEvidence(evidence, sources, past)?.strength ?? 'weak';
