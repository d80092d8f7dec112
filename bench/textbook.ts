/**
 * The textbook staffing search the benchmark compares against: try N = ⌊A⌋+1, ⌊A⌋+2, … and recompute
 * Erlang B by its recursion from 1 for every candidate (O(N) per candidate, O(N²) for the search; the
 * usual spreadsheet and library loop). Same service-level formula as the engine, so the checksums agree.
 */
export function textbookAgents(
  calls: number,
  ahtSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number
): number {
  const a = (calls * ahtSec) / intervalSec;
  if (a === 0) return 0;
  for (let n = Math.floor(a) + 1; ; n++) {
    let b = 1;
    for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
    const c = (n * b) / (n - a + a * b);
    if (1 - c * Math.exp((-(n - a) * targetTimeSec) / ahtSec) >= targetSl) return n;
  }
}
