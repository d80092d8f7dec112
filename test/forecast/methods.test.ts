import { buildGrid } from "../../src/forecast/grid";
import { seasonalNaive } from "../../src/forecast/methods/seasonalNaive";
import { recentWeeksAverage } from "../../src/forecast/methods/recentWeeks";
import {
  fitHoltWinters,
  forecastTotal,
  topDownHoltWinters,
  type HoltWintersParams,
} from "../../src/forecast/methods/holtWinters";
import { doubleSeasonal } from "../../src/forecast/methods/doubleSeasonal";
import { dailyPoints, MONDAY, points, weeks } from "./series";

describe("seasonal naive", () => {
  test("each day is the same weekday one week earlier", () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17];
    const grid = buildGrid(dailyPoints(v));
    const fit = seasonalNaive.fit(grid, grid.days)!;
    // Day 15 is a Monday: last Monday was 11; day 21 (Sunday) copies 17.
    expect([0, 1, 2, 3, 4, 5, 6].map((w) => fit.predictDay(1 + w, w)[0])).toEqual([
      11, 12, 13, 14, 15, 16, 17,
    ]);
    // Eight days ahead is a Tuesday again: still last week's Tuesday.
    expect(fit.predictDay(8, 1)[0]).toBe(12);
  });

  test("a slot left out (NaN) takes the week before", () => {
    const rows = weeks([[5, 6]], 14);
    rows[7] = [50, NaN]; // the last Monday's second slot is missing
    const grid = buildGrid(
      points(
        rows.map((r) => r),
        MONDAY
      )
    );
    const fit = seasonalNaive.fit(grid, grid.days)!;
    expect(Array.from(fit.predictDay(1, 0))).toEqual([50, 6]);
  });
});

describe("recent-weeks average", () => {
  // Four Mondays (10, 30, 20, 40), other days 1.
  const v: number[] = [];
  for (const monday of [10, 30, 20, 40]) v.push(monday, 1, 1, 1, 1, 1, 1);
  const grid = buildGrid(dailyPoints(v));

  test("median of the last 3 Mondays: 30, 20, 40 → 30", () => {
    expect(recentWeeksAverage(3).fit(grid, grid.days)!.predictDay(1, 0)[0]).toBe(30);
  });
  test("median of the last 4 Mondays: 10, 20, 30, 40 → 25", () => {
    expect(recentWeeksAverage(4).fit(grid, grid.days)!.predictDay(1, 0)[0]).toBe(25);
  });
  test("an outlier Monday of 1000 does not move a median of 5", () => {
    const w = [...v, 1000, 1, 1, 1, 1, 1, 1];
    const g = buildGrid(dailyPoints(w));
    expect(recentWeeksAverage(5).fit(g, g.days)!.predictDay(1, 0)[0]).toBe(30);
  });
});

/**
 * An independent Holt-Winters: the error-correction form of ETS(A,Ad,M) (Hyndman & Athanasopoulos, FPP,
 * the state-space equations of the damped multiplicative method): e = y − (ℓ + φb)s; ℓ ← ℓ + φb + αe/s; b ← φb + αβe/s; s ← s + γe/(ℓ_prev + φb).
 * Algebraically equal to the recursive form the code uses; written differently on purpose.
 */
function referenceHoltWinters(
  y: number[],
  p: HoltWintersParams,
  level0: number,
  season0: number[]
) {
  let l = level0;
  let b = 0;
  const s = [...season0];
  y.forEach((yt, t) => {
    const w = t % 7;
    const e = yt - (l + p.phi * b) * s[w];
    const lPrev = l;
    const bPrev = b;
    l = lPrev + p.phi * bPrev + (p.alpha * e) / s[w];
    b = p.phi * bPrev + (p.alpha * p.beta * e) / s[w];
    s[w] = s[w] + (p.gamma * e) / (lPrev + p.phi * bPrev);
  });
  return (h: number, w: number) => {
    let damp = 0;
    for (let i = 1; i <= h; i++) damp += p.phi ** i;
    return (l + damp * b) * s[w];
  };
}

describe("Holt-Winters (damped trend, multiplicative weekday)", () => {
  const y = [
    120, 110, 100, 98, 95, 60, 45, 126, 112, 104, 99, 97, 63, 44, 131, 118, 108, 101, 99, 62, 47,
    135, 121, 109, 105, 102, 66, 49, 140, 124, 113, 108, 104, 67, 51,
  ];
  const p = { alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 0.9 };

  test("matches the error-correction form over 35 days", () => {
    const fitted = fitHoltWinters(y, 0, p)!;
    // Initial state by hand: level = mean of the first 14 days, weekday index = its mean / level.
    const level0 = y.slice(0, 14).reduce((a, b) => a + b, 0) / 14;
    const season0 = [0, 1, 2, 3, 4, 5, 6].map((w) => (y[w] + y[w + 7]) / 2 / level0);
    const ref = referenceHoltWinters(y, p, level0, season0);
    for (let h = 1; h <= 14; h++) {
      const w = (35 + h - 1) % 7;
      expect(forecastTotal(fitted.state, p, h, w)).toBeCloseTo(ref(h, w), 9);
    }
  });

  test("the top-down forecast spreads the day by the weekday's intraday profile", () => {
    // Two slots; Mondays split 3:1, other days 1:1; daily totals constant by weekday.
    const rows = weeks(
      [
        [90, 30],
        [50, 50],
        [50, 50],
        [50, 50],
        [50, 50],
        [20, 20],
        [10, 10],
      ],
      4
    );
    const grid = buildGrid(points(rows));
    const f = topDownHoltWinters(p).fit(grid, grid.days)!;
    const monday = f.predictDay(1, 0);
    expect(monday[0]).toBeCloseTo(90, 9);
    expect(monday[1]).toBeCloseTo(30, 9);
  });
});

describe("double seasonal Holt-Winters", () => {
  test("an exactly repeating week is forecast exactly", () => {
    const week = [
      [5, 9, 3],
      [4, 8, 2],
      [4, 8, 2],
      [4, 8, 2],
      [3, 6, 2],
      [1, 2, 0],
      [0, 0, 0],
    ];
    const grid = buildGrid(points(weeks(week, 5)));
    const f = doubleSeasonal({ alphaPerDay: 0.2, delta: 0.1, omega: 0.15 }).fit(grid, grid.days)!;
    for (let w = 0; w < 7; w++) {
      const got = Array.from(f.predictDay(w + 1, w));
      got.forEach((x, s) => expect(x).toBeCloseTo(week[w][s], 9));
    }
  });

  test("one step by hand: a Monday of 20 after three weeks of 10 (one slot a day)", () => {
    const v = [...new Array(21).fill(10), 20];
    const grid = buildGrid(dailyPoints(v));
    const f = doubleSeasonal({ alphaPerDay: 0.4, delta: 0.1, omega: 0.2 }).fit(grid, grid.days)!;
    // Start: level 10, every index 1. The Monday: level 0.4·20 + 0.6·10 = 14; y/(ℓ·W) = y/(ℓ·D) = 10/7,
    // so D = 1 + 0.1·(10/7 − 1) and W[Monday] = 1 + 0.2·(10/7 − 1).
    const D = 1 + 0.1 * (3 / 7);
    const Wmon = 1 + 0.2 * (3 / 7);
    expect(f.predictDay(1, 1)[0]).toBeCloseTo(14 * D, 9); // Tuesday
    expect(f.predictDay(7, 0)[0]).toBeCloseTo(14 * D * Wmon, 9); // next Monday
  });
});
