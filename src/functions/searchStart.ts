/**
 * Neighbouring intervals need similar staff: a search over a column of intervals starts each cell from
 * the previous answer, scaled to this interval's calls. Only a starting point: it never changes a result.
 */

/** The previous interval's answer scaled to this interval's calls: a starting point, never the answer. */
export function scaledGuess(
  previous: { agents: number; calls: number } | undefined,
  calls: number
): number | undefined {
  if (!previous || previous.calls === 0) return undefined;
  return Math.round((previous.agents * calls) / previous.calls);
}
