import {
  buildStaffingPlan,
  PlanInputError,
  PLAN_LABELS,
  planMonth,
  type ForecastSource,
  type PlanTargets,
} from "../../src/plan";
import { errorText } from "../../src/i18n";
import { columnLetters, sheetPrefix } from "../../src/workbook";
import { writeWorkbookModel } from "../../src/excel/writeToWorkbook";
import type { SheetModel } from "../../src/workbook";
import { FakeWorkbook } from "./fakeWorkbook";
import { expectSameCells } from "./sameCells";

// Two days of four half-hours on 'Forecast 2026': header on row 1, data on rows 2-9, columns A-D.
const source: ForecastSource = {
  sheetName: "Forecast 2026",
  firstRowNumber: 2,
  rowCount: 8,
  columns: { date: 0, interval: 1, calls: 2, ahtSec: 3 },
  dateValues: [46296, 46296, 46296, 46296, 46297, 46297, 46297, 46297],
};
const targets: PlanTargets = {
  serviceLevel: 0.8,
  targetTimeSec: 20,
  intervalSec: 1800,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
};

function cellAt(sheet: SheetModel, row: number, col: number) {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < (block.cells[0]?.length ?? 0))
      return block.cells[r][c];
  }
  return undefined;
}

function headerRow(sheet: SheetModel): unknown[] {
  return sheet.blocks.find((b) => b.id === "plan")!.cells[0].map((c) => c.value);
}

describe("the staffing plan sheet", () => {
  test("columns are live, spilling =WFM formulas over the forecast's ranges and the inputs box", () => {
    const plan = buildStaffingPlan(source, targets, "en");
    expect(headerRow(plan)).toEqual([
      "Date",
      "Interval",
      "Calls",
      "AHT (s)",
      "Required agents",
      "Service level",
      "ASA (s)",
      "Occupancy",
      "FTE",
      "Staff to schedule",
      "Staff hours",
    ]);
    const row = 14; // first plan row (0-based) = sheet row 15
    const calls = "'Forecast 2026'!$C$2:$C$9";
    const aht = "'Forecast 2026'!$D$2:$D$9";
    const expected = [
      "='Forecast 2026'!$A$2:$A$9",
      "='Forecast 2026'!$B$2:$B$9",
      `=${calls}`,
      `=${aht}`,
      `=WFM.AGENTS(${calls},${aht},$B$5,$B$6,$B$7,$B$9)`,
      `=WFM.SERVICELEVEL(${calls},${aht},E15#,$B$6,$B$7)`,
      `=WFM.ASA(${calls},${aht},E15#,$B$7)`,
      `=WFM.OCCUPANCY(${calls},${aht},E15#,$B$7)`,
      "=WFM.FTE(E15#,$B$8)",
      '=IF(I15#="","",ROUNDUP(I15#,0))',
      '=IF(J15#="","",J15#*$B$7/3600)',
    ];
    expect(expected.map((_, col) => cellAt(plan, row, col)?.formula)).toEqual(expected);
    // The rows below the first are left empty for the spill.
    for (let r = row + 1; r < row + 8; r++)
      expect(cellAt(plan, r, 4)?.formula ?? cellAt(plan, r, 4)?.value).toBeNull();
    // The inputs the formulas refer to hold the targets; the two the plan was built without are notes,
    // not yellow input cells that would change nothing.
    expect([4, 5, 6, 7, 8].map((r) => cellAt(plan, r, 1)?.value)).toEqual([
      0.8, 20, 1800, 0.3, 0.85,
    ]);
    expect(cellAt(plan, 9, 1)?.value).toMatch(/^not used: Erlang C/);
    expect(cellAt(plan, 10, 1)?.value).toMatch(/^not used/);
    expect(cellAt(plan, 9, 1)?.style?.fill).toBeUndefined();
    expect(cellAt(plan, 8, 1)?.style?.fill).toBe("FFF2CC");
  });

  test("the occupancy cap is always referenced, so clearing its cell removes the cap live", () => {
    const plan = buildStaffingPlan(source, { ...targets, maxOccupancy: undefined }, "en");
    const calls = "'Forecast 2026'!$C$2:$C$9";
    const aht = "'Forecast 2026'!$D$2:$D$9";
    expect(cellAt(plan, 14, 4)?.formula).toBe(`=WFM.AGENTS(${calls},${aht},$B$5,$B$6,$B$7,$B$9)`);
    expect(cellAt(plan, 8, 1)?.value).toBeNull();
    expect(cellAt(plan, 8, 1)?.style?.fill).toBe("FFF2CC");
  });

  test("with patience every figure uses Erlang A, and abandon rate and cost columns appear", () => {
    const plan = buildStaffingPlan(source, { ...targets, patienceSec: 90, hourlyCost: 25 }, "en");
    const calls = "'Forecast 2026'!$C$2:$C$9";
    const aht = "'Forecast 2026'!$D$2:$D$9";
    expect(headerRow(plan)).toContain("Abandon rate");
    expect(headerRow(plan)[headerRow(plan).length - 1]).toBe("Cost");
    expect(cellAt(plan, 14, 4)?.formula).toBe(
      `=WFM.AGENTS.A(${calls},${aht},$B$10,$B$5,$B$6,$B$7,,$B$9)`
    );
    expect(cellAt(plan, 14, 5)?.formula).toBe(
      `=WFM.SERVICELEVEL.A(${calls},${aht},E15#,$B$10,$B$6,$B$7)`
    );
    expect(cellAt(plan, 14, 8)?.formula).toBe(`=WFM.ABANDON(${calls},${aht},E15#,$B$10,$B$7)`);
    expect(cellAt(plan, 14, 12)?.formula).toBe('=IF(L15#="","",L15#*$B$11)');
    expect(cellAt(plan, 10, 1)?.value).toBe(25);
  });

  test("daily totals sum each date's rows with SUMIFS over the plan columns, then a total row", () => {
    const plan = buildStaffingPlan(source, targets, "en");
    const totals = plan.blocks.find((b) => b.id === "dailyTotals")!;
    expect(totals.col).toBe(12); // one empty column after the 11 plan columns
    const dates = "$A$15:$A$22";
    const [, header, day1, day2, total] = totals.cells;
    expect(header.map((c) => c.value)).toEqual([
      "Date",
      "Calls",
      "Agent hours",
      "Staff hours",
      "Peak FTE",
    ]);
    expect(day1.map((c) => c.formula ?? c.value)).toEqual([
      46296,
      `=SUMIFS($C$15:$C$22,${dates},M15)`,
      `=SUMIFS($E$15:$E$22,${dates},M15)*$B$7/3600`,
      `=SUMIFS($K$15:$K$22,${dates},M15)`,
      `=MAXIFS($I$15:$I$22,${dates},M15)`,
    ]);
    expect(day2[0].value).toBe(46297);
    expect(day2[1].formula).toBe(`=SUMIFS($C$15:$C$22,${dates},M16)`);
    expect(total.map((c) => c.formula ?? c.value)).toEqual([
      "Total",
      "=SUM($C$15:$C$22)",
      "=SUM($E$15:$E$22)*$B$7/3600",
      "=SUM($K$15:$K$22)",
      "=MAX($I$15:$I$22)",
    ]);
  });

  test("a daily forecast without intervals: no interval column, chart by date; Chinese labels", () => {
    const daily: ForecastSource = {
      ...source,
      columns: { date: 4, calls: 6, ahtSec: 7 },
      rowCount: 3,
      dateValues: ["2026-10-01", "2026-10-02", "2026-10-03"],
    };
    const plan = buildStaffingPlan(daily, { ...targets, intervalSec: 12 * 3600 }, "zh-CN");
    expect(plan.name).toBe("人力需求 2026-10");
    expect(headerRow(plan).slice(0, 3)).toEqual(["日期", "呼入量", "平均处理时长（秒）"]);
    expect(cellAt(plan, 14, 0)?.formula).toBe("='Forecast 2026'!$E$2:$E$4");
    const chart = plan.charts[0];
    expect(chart.categories).toEqual({ row: 14, col: 0, rows: 3, cols: 1 });
    expect(chart.series.map((s) => s.values.col)).toEqual([3, 8]); // required agents, staff to schedule
  });

  test("bad targets name the field and the fix", () => {
    const expectError = (t: Partial<PlanTargets>, field: string) => {
      let caught: unknown;
      try {
        buildStaffingPlan(source, { ...targets, ...t }, "en");
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PlanInputError);
      expect((caught as PlanInputError).field).toBe(field);
    };
    expectError({ serviceLevel: 80 }, "serviceLevel");
    expectError({ targetTimeSec: 0 }, "targetTimeSec");
    expectError({ intervalSec: -1 }, "intervalSec");
    expectError({ shrinkage: 1 }, "shrinkage");
    expectError({ maxOccupancy: 0 }, "maxOccupancy");
    expectError({ patienceSec: 0 }, "patienceSec");
    expectError({ hourlyCost: -5 }, "hourlyCost");
    expect(() => buildStaffingPlan({ ...source, rowCount: 0 }, targets, "en")).toThrow(
      /no data rows/
    );
  });

  test("written with the report writer: same cells, a new sheet each time", async () => {
    const workbook = new FakeWorkbook(["Forecast 2026"]);
    const plan = buildStaffingPlan(source, targets, "en");
    const first = await writeWorkbookModel(workbook, { lang: "en", sheets: [plan] });
    const second = await writeWorkbookModel(workbook, { lang: "en", sheets: [plan] });
    expect([first.sheetNames, second.sheetNames]).toEqual([
      ["Staffing plan 2026-10"],
      ["Staffing plan 2026-10 (2)"],
    ]);
    expectSameCells(workbook, "Staffing plan 2026-10", plan);
    // Written with calculation suspended, then recalculated: the plan shows figures, not stale cells.
    expect(workbook.syncs.filter((s) => s.cells > 0).every((s) => s.calculationSuspended)).toBe(
      true
    );
    expect(workbook.uncalculatedFormulas).toBe(0);
  });
});

describe("A1 helpers", () => {
  test("column letters and quoted sheet names", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
    expect(sheetPrefix("Bob's forecast")).toBe("'Bob''s forecast'!");
  });
});

describe("the plan sheet's name carries the forecast's month", () => {
  test("from an Excel serial (46296 is 2026-10-01: 45658 is 2025-01-01, plus 365 + 273 days) or ISO text", () => {
    expect(planMonth([46296])).toBe("2026-10");
    expect(planMonth(["", null, "2026-11-02"])).toBe("2026-11");
    expect(planMonth(["2/11/2026"])).toBeUndefined();
    expect(planMonth(undefined)).toBeUndefined();
    expect(PLAN_LABELS["zh-CN"].sheetName("2026-10")).toBe("人力需求 2026-10");
    expect(PLAN_LABELS.en.sheetName(undefined)).toBe("Staffing plan");
  });

  test("a bad input's error reads in the user's language", () => {
    let caught: unknown;
    try {
      buildStaffingPlan(source, { ...targets, shrinkage: 1 }, "zh-CN");
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe("Shrinkage must be at least 0% and below 100%.");
    expect(errorText("zh-CN", caught)).toBe("人力损耗率必须不小于 0% 且小于 100%。");
  });
});
