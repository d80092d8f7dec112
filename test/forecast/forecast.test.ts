import fc from "fast-check";
import {
  forecastSeries,
  ForecastInputError,
  buildGrid,
  METHOD_IDS,
  type MethodId,
} from "../../src/forecast";
import { runBacktest } from "../../src/forecast/backtest";
import { inferOpenSlots } from "../../src/forecast/openSlots";
import { seasonalNaive } from "../../src/forecast/methods/seasonalNaive";
import { dailyPoints, MONDAY, points, weeks } from "./series";

describe("backtest", () => {
  test("seasonal naive's WAPE and bias by hand: four weeks of 10, then a week of 20", () => {
    const grid = buildGrid(dailyPoints([...new Array(28).fill(10), ...new Array(7).fill(20)]));
    // One origin (day 28: the earlier one would leave under four weeks to fit); naive says 10, actual 20.
    const { rows } = runBacktest([seasonalNaive], grid, 7, inferOpenSlots(grid));
    expect(rows).toHaveLength(1);
    expect(rows[0].origins).toBe(1);
    expect(rows[0].wape).toBeCloseTo(70 / 140, 12);
    expect(rows[0].bias).toBeCloseTo(-70 / 140, 12);
    expect(rows[0].ratioToNaive).toBe(1);
  });

  test("auto picks the method the backtest table shows best, and marks it", () => {
    // A noisy series with a trend: the methods differ.
    const v: number[] = [];
    let x = 1;
    for (let d = 0; d < 120; d++) {
      x = (x * 48271) % 2147483647;
      v.push(
        Math.round(
          (100 + d) * [1.2, 1.1, 1, 1, 0.9, 0.5, 0.4][d % 7] * (0.9 + 0.2 * (x / 2147483647))
        )
      );
    }
    const res = forecastSeries({ history: dailyPoints(v), horizonDays: 7 });
    const best = Math.min(...res.backtest.map((r) => r.wape));
    const chosen = res.backtest.filter((r) => r.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].wape).toBe(best);
    expect(chosen[0].method).toBe(res.method);
    expect(res.backtest.map((r) => r.method)).toEqual([
      "naive",
      "average",
      "holtwinters",
      "doubleseasonal",
    ]);
  });
});

describe("special days", () => {
  // Three slots a day; every ordinary day [10, 20, 10].
  const ordinary = [10, 20, 10];

  test("a special day in the history is left out of the fit and reported", () => {
    const rows = weeks([ordinary], 35);
    rows[28] = [500, 500, 500]; // the last Monday: a holiday rush
    const res = forecastSeries({
      history: points(rows),
      horizonDays: 7,
      method: "naive",
      specialDays: [{ day: MONDAY + 28, kind: "holiday", note: "x" }],
    });
    expect(Array.from(res.values.subarray(0, 3))).toEqual(ordinary);
    expect(res.excluded.map((s) => s.day)).toEqual([MONDAY + 28]);
  });

  test("closed → zero; workday → the mean of Monday to Friday", () => {
    const week = [[10], [20], [30], [40], [50], [5], [1]];
    const res = forecastSeries({
      history: points(weeks(week, 4)),
      horizonDays: 7,
      method: "naive",
      specialDays: [
        { day: MONDAY + 28, kind: "closed" },
        { day: MONDAY + 33, kind: "workday" },
      ],
    });
    expect(res.values[0]).toBe(0);
    expect(res.values[5]).toBeCloseTo((10 + 20 + 30 + 40 + 50) / 5, 12);
    expect(res.values[1]).toBe(20);
    expect(res.horizonSpecial.map((s) => s.kind)).toEqual(["closed", "workday"]);
  });

  test("a holiday is last year's share of an average day: 40 on days of 100 → 0.4 × today's average day", () => {
    // 400 days of 100 a day, last year's holiday (day 40) took 40; today's days are 150.
    const v = new Array(400).fill(100);
    v[40] = 40;
    for (let d = 372; d < 400; d++) v[d] = 150;
    const holidayAhead = 40 + 364 - 400 + 1; // the same weekday 52 weeks later, days ahead
    const res = forecastSeries({
      history: dailyPoints(v),
      horizonDays: 10,
      method: "naive",
      specialDays: [
        { day: MONDAY + 40, kind: "holiday", note: "Festival" },
        { day: MONDAY + 40 + 364, kind: "holiday", note: "Festival" },
      ],
    });
    expect(res.values[holidayAhead - 1]).toBeCloseTo(0.4 * 150, 9);
    expect(res.horizonSpecial[0].basis).toEqual({
      kind: "lastYear",
      fromDay: MONDAY + 40,
      factor: 0.4,
    });
  });

  test("a holiday without last year uses the table's factor, else the default, and says which", () => {
    const v = new Array(28).fill(100);
    const res = forecastSeries({
      history: dailyPoints(v),
      horizonDays: 2,
      method: "naive",
      specialDays: [
        { day: MONDAY + 28, kind: "holiday", factor: 0.3 },
        { day: MONDAY + 29, kind: "holiday" },
      ],
    });
    expect(res.values[0]).toBeCloseTo(30, 9);
    expect(res.values[1]).toBeCloseTo(50, 9);
    expect(res.horizonSpecial.map((s) => s.basis)).toEqual([
      { kind: "factor", factor: 0.3, assumed: false },
      { kind: "factor", factor: 0.5, assumed: true },
    ]);
  });
});

describe("open hours, AHT, interval", () => {
  test("slots and weekdays that were always zero stay zero for every method", () => {
    const week = [
      [0, 5, 7],
      [0, 6, 8],
      [0, 6, 8],
      [0, 6, 8],
      [0, 5, 7],
      [0, 2, 3],
      [0, 0, 0],
    ];
    const rows = weeks(week, 10);
    rows.forEach((r, d) => (r[1] += r[1] > 0 ? d % 3 : 0)); // some noise so the smoothers move
    for (const method of METHOD_IDS) {
      const res = forecastSeries({ history: points(rows), horizonDays: 14, method });
      for (let h = 0; h < 14; h++) {
        expect(res.values[h * 3]).toBe(0);
        if ((h + 0) % 7 === 6)
          expect(Array.from(res.values.subarray(h * 3, h * 3 + 3))).toEqual([0, 0, 0]);
      }
    }
  });

  test("AHT = forecast handle seconds / forecast volume: 300 s throughout when every call took 300 s", () => {
    const rows = weeks(
      [
        [10, 20],
        [12, 18],
        [11, 19],
        [10, 22],
        [9, 20],
        [4, 6],
        [2, 3],
      ],
      8
    );
    rows.forEach((r, d) => (r[0] += d % 4));
    const history = points(rows);
    const res = forecastSeries({
      history,
      handleSeconds: history.map((p) => ({ minute: p.minute, value: p.value * 300 })),
      horizonDays: 14,
    });
    res.values.forEach((v, i) => {
      if (v > 0) expect(res.handleSec![i] / v).toBeCloseTo(300, 9);
      else expect(res.handleSec![i]).toBe(0);
    });
  });

  test("the interval is inferred: 15 minutes", () => {
    const res = forecastSeries({
      history: points(weeks([[1, 2, 3, 4]], 21), MONDAY, 15),
      horizonDays: 1,
      method: "naive",
    });
    expect(res.intervalMin).toBe(15);
    expect(res.slotsPerDay).toBe(4);
  });

  test("bad input names the field", () => {
    expect(() => forecastSeries({ history: [], horizonDays: 7 })).toThrow(ForecastInputError);
    expect(() => forecastSeries({ history: dailyPoints([1, 2, 3]), horizonDays: 7 })).toThrow(
      /at least 14 days/
    );
    const dup = [...dailyPoints(new Array(20).fill(1)), { minute: MONDAY * 1440, value: 3 }];
    expect(() => forecastSeries({ history: dup, horizonDays: 7 })).toThrow(
      /two values for 2026-01-05 00:00/
    );
    expect(() =>
      forecastSeries({ history: dailyPoints(new Array(20).fill(1)), horizonDays: 0 })
    ).toThrow(/horizon/);
  });
});

describe("properties", () => {
  const patternArb = fc.array(
    fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 3 }),
    {
      minLength: 7,
      maxLength: 7,
    }
  );

  test("an exactly periodic week is forecast exactly by every method", () => {
    fc.assert(
      fc.property(patternArb, fc.integer({ min: 4, max: 9 }), (week, n) => {
        for (const method of METHOD_IDS as readonly MethodId[]) {
          const res = forecastSeries({ history: points(weeks(week, n)), horizonDays: 7, method });
          for (let h = 0; h < 7; h++)
            for (let s = 0; s < 3; s++) expect(res.values[h * 3 + s]).toBeCloseTo(week[h][s], 6);
        }
      }),
      { numRuns: 25 }
    );
  });

  test("scaling the history scales the forecast; no NaN, nothing negative", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 28 * 2, maxLength: 70 * 2 }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (flat, c) => {
          const rows: number[][] = [];
          for (let i = 0; i + 1 < flat.length; i += 2) rows.push([flat[i], flat[i + 1]]);
          const a = forecastSeries({ history: points(rows), horizonDays: 10 });
          const b = forecastSeries({
            history: points(rows.map((r) => r.map((x) => x * c))),
            horizonDays: 10,
          });
          expect(b.method).toBe(a.method);
          a.values.forEach((v, i) => {
            expect(Number.isFinite(v) && v >= 0).toBe(true);
            expect(b.values[i]).toBeCloseTo(
              v * c,
              Math.max(0, 6 - Math.ceil(Math.log10(1 + v * c)))
            );
          });
        }
      ),
      { numRuns: 20 }
    );
  });
});
