import { StubExcelError } from "../helpers/customFunctionsGlobal";
import { FORECAST, FORECAST_BACKTEST } from "../../src/functions/forecast";

/** Excel serial of 2026-09-28 (a Monday): day 20,724 since 1970, + 25,569. */
const MONDAY = 20724 + 25569;
const col = (xs: unknown[]) => xs.map((x) => [x]);

// Five weeks of daily history (times at midnight); the last week reads 1200, 1060, … as in docs/functions.md.
const LAST_WEEK = [1200, 1060, 1000, 970, 940, 580, 460];
const times = col(Array.from({ length: 35 }, (_, d) => MONDAY + d));
const values = col([
  ...[1170, 1045, 985, 955, 925, 565, 445],
  ...[1180, 1050, 990, 960, 930, 570, 450],
  ...[1190, 1040, 1010, 950, 920, 560, 470],
  ...[1210, 1070, 980, 965, 935, 575, 455],
  ...LAST_WEEK,
]);
const next = (d: number) => MONDAY + 35 + d;

function error(cell: unknown): StubExcelError {
  expect(cell).toBeInstanceOf(StubExcelError);
  return cell as StubExcelError;
}

describe("WFM.FORECAST", () => {
  test("the worked example of docs/functions.md: naive copies last week", () => {
    const out = FORECAST(times, values, col(LAST_WEEK.map((_, d) => next(d))), "naive");
    expect(out.map((r) => r[0])).toEqual(LAST_WEEK);
  });

  test("blank future cells stay blank; the spill keeps the future range's shape", () => {
    const out = FORECAST(times, values, [[next(0), null, next(1)]], "naive");
    expect(out).toEqual([[1200, "", 1060]]);
  });

  test("a bad future cell errs alone; its neighbours still compute", () => {
    const out = FORECAST(
      times,
      values,
      col([next(0), MONDAY + 3, next(0) + 0.3, "soon", next(400)]),
      "naive"
    );
    expect(out[0][0]).toBe(1200);
    expect(error(out[1][0]).message).toMatch(/not after the history's last day 2026-11-01/);
    expect(error(out[2][0]).message).toMatch(/not on the history's 1440-minute grid/);
    expect(error(out[3][0]).message).toMatch(/future_times row 4 is the text "soon"/);
    expect(error(out[4][0]).code).toBe("#N/A");
  });

  test("a bad history gives every cell the error, naming the row", () => {
    const bad = values.map((r) => [...r]);
    bad[4][0] = -3;
    const out = FORECAST(times, bad, col([next(0), next(1)]));
    expect(error(out[0][0]).message).toMatch(/history_values row 5 is -3/);
    expect(error(out[1][0]).message).toMatch(/history_values row 5/);
    expect(error(FORECAST(times, values, col([next(0)]), "magic")[0][0]).message).toMatch(
      /method must be "auto"/
    );
    expect(
      error(FORECAST(times.slice(0, 5), values.slice(0, 5), col([next(0)]))[0][0]).message
    ).toMatch(/at least 14 days/);
  });

  test("special days: a closed day is 0, a holiday without last year is the factor of an average day", () => {
    const special = [
      ["Date", "Kind", "Note", "Factor"],
      [next(0), "closed", "", ""],
      [next(1), "节假日", "x", 0.5],
    ];
    const out = FORECAST(times, values, col([next(0), next(1), next(2)]), "naive", special);
    expect(out[0][0]).toBe(0);
    const averageDay = LAST_WEEK.reduce((a, b) => a + b, 0) / 7;
    expect(out[1][0]).toBeCloseTo(0.5 * averageDay, 9);
    expect(out[2][0]).toBe(1000);
    expect(
      error(FORECAST(times, values, col([next(0)]), "naive", [[next(0), "party"]])[0][0]).message
    ).toMatch(/kind must be closed, holiday or workday/);
  });
});

describe("WFM.FORECAST.BACKTEST", () => {
  test("spills a header and one row per method; the auto row has the lowest WAPE", () => {
    const out = FORECAST_BACKTEST(times, values, 7);
    expect(out[0]).toEqual(["method", "wape", "bias", "origins", "ratio_to_naive", "auto_choice"]);
    const rows = out.slice(1);
    expect(rows.map((r) => String(r[0]).split(" ")[0])).toEqual([
      "naive",
      "average",
      "holtwinters",
      "doubleseasonal",
    ]);
    const auto = rows.filter((r) => r[5] === "auto");
    expect(auto).toHaveLength(1);
    expect(auto[0][1]).toBe(Math.min(...rows.map((r) => r[1] as number)));
    // Naive by hand, one origin (day 28): |1200−1210| + |1060−1070| + |1000−980| + |970−965| + |940−935| + |580−575| + |460−455| = 60 over 6,220.
    const naive = rows.find((r) => r[0] === "naive")!;
    expect(naive[3]).toBe(1);
    expect(naive[1]).toBeCloseTo(60 / LAST_WEEK.reduce((a, b) => a + b, 0), 12);
  });

  test("too short a history is #N/A with the days needed; a bad horizon is #VALUE!", () => {
    expect(
      error(FORECAST_BACKTEST(times.slice(0, 28), values.slice(0, 28), 7)[0][0]).message
    ).toMatch(/at least 35 days/);
    expect(error(FORECAST_BACKTEST(times, values, 0)[0][0]).message).toMatch(
      /horizon_days must be/
    );
  });
});
