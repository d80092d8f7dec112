import { forecastSeries } from "../../src/forecast";
import { buildForecastSheet } from "../../src/forecast/sheet";
import { languageLeaks } from "../helpers/languageLeaks";
import { dailyPoints, MONDAY, points, weeks } from "./series";

describe("the forecast sheet", () => {
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
    10
  );
  const history = points(rows);
  const result = forecastSeries({
    history,
    handleSeconds: history.map((p) => ({ minute: p.minute, value: p.value * 240 })),
    horizonDays: 14,
    specialDays: [{ day: MONDAY + 70, kind: "holiday", note: "元旦" }],
  });

  test("zh-CN: sheet 预测 YYYY-MM, no English outside the user's data", () => {
    const { sheet } = buildForecastSheet([{ queue: "售后热线", result }], "zh-CN");
    expect(sheet.name).toBe("预测 2026-03");
    const texts = sheet.blocks
      .flatMap((b) => b.cells.flat())
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string");
    expect(texts.flatMap((t) => languageLeaks("zh-CN", t, { userData: ["售后热线"] }))).toEqual([]);
    expect(texts).toContain("回测");
    expect(texts).toContain("节假日");
  });

  test("the forecast table is what the plan reads: date, interval, queue, contacts, AHT; AHT = 240 s", () => {
    const { sheet, source } = buildForecastSheet([{ queue: "Q", result }], "en");
    const table = sheet.blocks.find((b) => b.id === "forecast")!;
    expect(source.rowCount).toBe(14 * 2);
    expect(source.firstRowNumber).toBe(table.row + 2);
    for (const row of table.cells.slice(1)) {
      if ((row[3].value as number) > 0) expect(row[4].value).toBeCloseTo(240, 6);
    }
    expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["Actual", "Forecast"]);
  });

  test("daily totals: the forecast days sum their intervals", () => {
    const r = forecastSeries({
      history: dailyPoints(new Array(35).fill(100)),
      horizonDays: 7,
      method: "naive",
    });
    const { sheet } = buildForecastSheet([{ queue: "Q", result: r, fallbackAhtSec: 300 }], "en");
    const daily = sheet.blocks.find((b) => b.id === "daily")!;
    const forecastRows = daily.cells.filter((row) => typeof row[2].value === "number");
    expect(forecastRows.map((row) => row[2].value)).toEqual(new Array(7).fill(100));
  });
});
