import { loadBuiltFunctions, StubExcelError } from "../helpers/builtFunctions";

/** WFM.FORECAST and WFM.FORECAST.BACKTEST as Excel runs them: from the built bundle, in a bare sandbox. */
const fns = loadBuiltFunctions();
const MONDAY = 20724 + 25569; // 2026-09-28
const col = (xs: unknown[]) => xs.map((x) => [x]);
const week = [1200, 1060, 1000, 970, 940, 580, 460];
const times = col(Array.from({ length: 35 }, (_, d) => MONDAY + d));
const values = col(Array.from({ length: 35 }, (_, d) => week[d % 7] + (d < 28 ? 10 : 0)));

test("FORECAST from the bundle: naive copies last week; blank stays blank; a bad cell errs alone", () => {
  const out = fns.get("FORECAST")!(
    times,
    values,
    col([MONDAY + 35, null, MONDAY + 3]),
    "naive"
  ) as unknown[][];
  expect(out[0][0]).toBe(1200);
  expect(out[1][0]).toBe("");
  expect(out[2][0]).toBeInstanceOf(StubExcelError);
  expect((out[2][0] as StubExcelError).message).toMatch(/not after the history's last day/);
});

test("FORECAST.BACKTEST from the bundle: header, four methods, one marked auto", () => {
  const out = fns.get("FORECAST.BACKTEST")!(times, values, 7, null) as unknown[][];
  expect(out[0]).toEqual(["method", "wape", "bias", "origins", "ratio_to_naive", "auto_choice"]);
  expect(out.slice(1)).toHaveLength(4);
  expect(out.slice(1).filter((r) => r[5] === "auto")).toHaveLength(1);
  // Naive at the one origin: last week's values vs this week's, 10 lower each day: WAPE 70 / 6,210.
  expect(out[1][1]).toBeCloseTo(70 / week.reduce((a, b) => a + b, 0), 12);
});
