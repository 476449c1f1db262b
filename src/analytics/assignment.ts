import { createHash } from 'node:crypto';

/**
 * Sticky experiment assignment: the arm is a pure function of the experiment's salt and the lead's id (the first
 * 32 bits of SHA-256 of `salt:leadId`, placed on the arms' cumulative weights), so every node, now and later,
 * puts a lead in the same arm without asking anyone.
 */
export interface WeightedVariant {
  name: string;
  /** A positive weight; the arms' shares are their weights over the sum. */
  weight: number;
}

/** The lead's point in [0, 1) for this salt. */
export function bucketOf(salt: string, leadId: string): number {
  return createHash('sha256').update(`${salt}:${leadId}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** The lead's arm; undefined when there is no arm of positive weight. */
export function assignVariant(
  salt: string,
  leadId: string,
  variants: readonly WeightedVariant[],
): string | undefined {
  const total = variants.reduce((sum, variant) => sum + Math.max(0, variant.weight), 0);
  if (total <= 0) return undefined;
  const point = bucketOf(salt, leadId) * total;
  let edge = 0;
  for (const variant of variants) {
    edge += Math.max(0, variant.weight);
    if (point < edge) return variant.name;
  }
  return variants.findLast((variant) => variant.weight > 0)?.name;
}
