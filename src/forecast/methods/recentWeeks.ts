/**
 * Recent-weeks average: each slot as the median of the same weekday and slot over the last k weeks with a
 * value. The median keeps one outlier week (an outage, a marketing mail) from moving the forecast; Taylor
 * (2008) found this plain average hard to beat beyond a few days ahead. k is chosen by the backtest.
 */
import { weekdayOf, type Grid } from "../grid";
import { median, type FittedModel, type ForecastMethod } from "./method";

export const RECENT_WEEKS_CHOICES = [3, 4, 5, 6, 8];

export function recentWeeksAverage(k: number): ForecastMethod {
  return {
    id: "average",
    variant: k,
    fit(grid: Grid, endDay: number): FittedModel | null {
      const S = grid.slotsPerDay;
      const byWeekday: Float64Array[] = [];
      for (let w = 0; w < 7; w++) {
        let last = endDay - 1;
        while (last >= 0 && weekdayOf(grid.firstDay + last) !== w) last--;
        const row = new Float64Array(S);
        let any = false;
        for (let s = 0; s < S; s++) {
          const seen: number[] = [];
          for (let d = last; d >= 0 && seen.length < k; d -= 7) {
            const v = grid.values[d * S + s];
            if (!Number.isNaN(v)) seen.push(v);
          }
          if (seen.length > 0) any = true;
          row[s] = seen.length > 0 ? median(seen) : 0;
        }
        if (!any) return null;
        byWeekday.push(row);
      }
      return { predictDay: (_ahead, weekday) => byWeekday[weekday].slice() };
    },
  };
}
