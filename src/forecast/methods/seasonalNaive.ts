/**
 * Seasonal naive: each slot as it was on the same weekday one week earlier (the latest such day with a
 * value, when that day was left out as a special day). The benchmark every score is relative to.
 */
import { weekdayOf, type Grid } from "../grid";
import type { FittedModel, ForecastMethod } from "./method";

export const seasonalNaive: ForecastMethod = {
  id: "naive",
  fit(grid: Grid, endDay: number): FittedModel | null {
    const S = grid.slotsPerDay;
    const byWeekday: Float64Array[] = [];
    for (let w = 0; w < 7; w++) {
      const row = new Float64Array(S).fill(NaN);
      let found = 0;
      // The latest day of this weekday before the origin, walking back a week at a time.
      let d = endDay - 1;
      while (d >= 0 && weekdayOf(grid.firstDay + d) !== w) d--;
      for (; d >= 0 && found < S; d -= 7) {
        for (let s = 0; s < S; s++) {
          const v = grid.values[d * S + s];
          if (Number.isNaN(row[s]) && !Number.isNaN(v)) {
            row[s] = v;
            found++;
          }
        }
      }
      if (found === 0) return null;
      byWeekday.push(row);
    }
    return {
      predictDay: (_ahead, weekday) => byWeekday[weekday].map((v) => (Number.isNaN(v) ? 0 : v)),
    };
  },
};
