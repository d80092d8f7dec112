/**
 * Open hours, inferred: a weekday's slot that held no contact on any fitted day of that weekday is closed,
 * and every method's forecast for it is zero (a method that smooths would otherwise leak a little into it).
 */
import { weekdayOf, type Grid } from "./grid";

export interface OpenSlots {
  /** open[w][s]: weekday w's slot s had a contact at least once. */
  open: boolean[][];
  apply(values: Float64Array, weekday: number): Float64Array;
}

export function inferOpenSlots(grid: Grid, endDay = grid.days): OpenSlots {
  const S = grid.slotsPerDay;
  const open = Array.from({ length: 7 }, () => new Array<boolean>(S).fill(false));
  for (let d = 0; d < endDay; d++) {
    const row = open[weekdayOf(grid.firstDay + d)];
    for (let s = 0; s < S; s++) if (grid.values[d * S + s] > 0) row[s] = true;
  }
  return {
    open,
    apply(values, weekday) {
      const row = open[weekday];
      for (let s = 0; s < values.length; s++) {
        const v = values[s];
        values[s] = row[s] && Number.isFinite(v) && v > 0 ? v : 0;
      }
      return values;
    },
  };
}
