/** The forecast command's counted status lines: English plural forms 0, 1 and 2, written by hand. */
import { t } from "../../src/i18n";

describe("the forecast command counts in English", () => {
  test("rows and queues read", () => {
    expect([0, 1, 2].map((n) => t("en", "cli.forecastRead", { rows: n, queues: n }))).toEqual([
      "Read 0 rows; 0 queues.",
      "Read 1 row; 1 queue.",
      "Read 2 rows; 2 queues.",
    ]);
    expect(t("en", "cli.forecastReadRecords", { rows: 1, queues: 2 })).toBe(
      "Read 1 row of contact records (one contact each), counted into intervals; 2 queues."
    );
    expect(t("en", "cli.forecastRead", { rows: 5760, queues: 3 })).toBe(
      "Read 5,760 rows; 3 queues."
    );
  });

  test("rows without a count", () => {
    expect([0, 1, 2].map((count) => t("en", "cli.forecastRowsWithoutCount", { count }))).toEqual([
      "0 rows had no count and are treated as missing intervals, not zeros.",
      "1 row had no count and is treated as a missing interval, not zeros.",
      "2 rows had no count and are treated as missing intervals, not zeros.",
    ]);
  });

  test("the backtest horizon in days, and the sheets written", () => {
    const backtest = (days: number) =>
      t("en", "cli.forecastQueueBacktest", {
        queue: "Billing",
        method: "Holt-Winters",
        days,
        wape: "8.2",
        naive: "11.0",
      });
    expect([0, 1, 2].map(backtest)).toEqual([
      "Billing: Holt-Winters; backtest WAPE 0 days ahead 8.2%, seasonal naive 11.0%",
      "Billing: Holt-Winters; backtest WAPE 1 day ahead 8.2%, seasonal naive 11.0%",
      "Billing: Holt-Winters; backtest WAPE 2 days ahead 8.2%, seasonal naive 11.0%",
    ]);
    const wrote = (names: string[]) =>
      t("en", "cli.forecastWrote", { file: "f.xlsx", count: names.length, sheets: names });
    expect(wrote([])).toBe("Wrote f.xlsx (no sheets).");
    expect(wrote(['"Forecast 2026-11"'])).toBe('Wrote f.xlsx (sheet "Forecast 2026-11").');
    expect(wrote(['"Forecast 2026-11"', '"Staffing plan 2026-11"'])).toBe(
      'Wrote f.xlsx (sheets "Forecast 2026-11" and "Staffing plan 2026-11").'
    );
    expect(
      t("zh-CN", "cli.forecastWrote", {
        file: "f.xlsx",
        count: 2,
        sheets: ["“预测 2026-11”", "“人力需求 2026-11”"],
      })
    ).toBe("已写入 f.xlsx（工作表“预测 2026-11”和“人力需求 2026-11”）。");
  });
});
