/** Number helpers with no words in them. */

/**
 * Rounds away float noise such as 0.993 × 100 = 99.30000000000001 (to nine decimals). Figures
 * read from cells and gaps computed from them pass through it.
 */
export function roundFloatNoise(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
