import {
  ACTIVITY_FIELDS,
  JOB_FIELDS,
  buildReport,
  detectColumns,
  ReportInputError,
} from "../../src/report";
import { STATUS_COLOURS } from "../../src/workbook";
import { analyse } from "../../src/report/analysis";
import { analyseJobs } from "../../src/report/jobs";
import { findings } from "../../src/report/findings";
import { agentsForServiceLevel, serviceLevel } from "../../src/engine/staffing";
import { cellAt, fixtureTable, HEADERS, options, ROWS } from "./fixture";

const mapping = detectColumns(HEADERS, ACTIVITY_FIELDS);

describe("the report model", () => {
  const model = buildReport(fixtureTable(), mapping, options());
  const sheet = model.sheets[0];
  const at = cellAt(sheet);

  test("one sheet named for the month, landscape A4 fitted to width, frozen title, no grid lines", () => {
    expect(model.sheets).toHaveLength(1);
    expect(sheet.name).toBe("SQ 2026-10");
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.showGridLines).toBe(false);
  });

  test("all eight sections of spec §3 are there", () => {
    const ids = sheet.blocks.map((b) => b.id);
    for (const id of [
      "title",
      "definitions",
      "scorecard",
      "trend",
      "queues",
      "staffing",
      "findings",
      "quality-summary",
    ]) {
      expect(ids).toContain(id);
    }
    // Service jobs only when the jobs table is given.
    expect(ids).not.toContain("jobs");
    expect(sheet.charts.map((c) => c.id)).toEqual([
      "chart-sl",
      "chart-volume",
      "chart-satisfaction",
      "chart-complaints",
    ]);
  });

  test("blocks are rectangles that do not overlap, merges lie inside their block", () => {
    const taken = new Set<string>();
    for (const b of sheet.blocks) {
      const width = b.cells[0].length;
      b.cells.forEach((r, i) => {
        expect(r).toHaveLength(width);
        r.forEach((_, j) => {
          const key = `${b.row + i},${b.col + j}`;
          expect(taken.has(key)).toBe(false);
          taken.add(key);
        });
      });
      for (const m of b.merges ?? []) {
        expect(m.row).toBeGreaterThanOrEqual(b.row);
        expect(m.row + m.rows).toBeLessThanOrEqual(b.row + b.cells.length);
      }
    }
  });

  test("the scorecard rows carry actual, target, variance, status colour and weight", () => {
    const sc = sheet.blocks.find((b) => b.id === "scorecard")!;
    const slRow = sc.cells[1];
    expect(slRow[0].value).toBe("Service level");
    expect(slRow[2].value).toBeCloseTo(267 / 426, 12);
    expect(slRow[2].style?.numFmt).toBe("0.0%");
    expect(slRow[3].value).toBe(0.8);
    // 62.7% against 80%: 17.3 points short, beyond the 4-point amber band.
    expect(slRow[4].value).toBeCloseTo((267 / 426 - 0.8) * 100, 9);
    expect(slRow[7].value).toBe("RED");
    expect(slRow[7].style?.fill).toBe(STATUS_COLOURS.RED.fill);
    expect(slRow[8].value).toBe(20);
    const aht = sc.cells.find((r) => r[0].value === "AHT")!;
    expect(aht[7].value).toBeNull(); // no target: no status
    const total = sc.cells[sc.cells.length - 1];
    expect(total[0].value).toBe("Overall score (weighted attainment)");
    expect(typeof total[9].value).toBe("number");
  });

  test("the chart series point at the trend table's columns", () => {
    const trend = sheet.blocks.find((b) => b.id === "trend")!;
    const sl = sheet.charts.find((c) => c.id === "chart-sl")!;
    expect(sl.categories).toEqual({ row: trend.row + 1, col: 0, rows: 31, cols: 1 });
    expect(at(sl.series[0].values.row - 1, sl.series[0].values.col)).toBe("Service level");
    expect(at(sl.series[1].values.row - 1, sl.series[1].values.col)).toBe("SL target");
    expect(at(sl.series[0].values.row, sl.series[0].values.col)).toBeCloseTo(
      (72 + 45) / (96 + 50),
      12
    );
  });

  test("labels switch to Chinese", () => {
    const zh = buildReport(fixtureTable(), mapping, options({ lang: "zh-CN" })).sheets[0];
    const sc = zh.blocks.find((b) => b.id === "scorecard")!;
    expect(sc.cells[0][0].value).toBe("指标");
    expect(sc.cells[1][0].value).toBe("服务水平");
    expect(sc.cells[1][7].value).toBe("未达标");
    expect(String(zh.blocks.find((b) => b.id === "title")!.cells[0][0].value)).toContain(
      "2026年10月"
    );
  });

  test("progress is reported from 0 to 1", () => {
    const seen: number[] = [];
    buildReport(fixtureTable(), mapping, options({ onProgress: (f) => seen.push(f) }));
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  test("a month in the wrong shape is refused with the fix", () => {
    expect(() => buildReport(fixtureTable(), mapping, options({ month: "Oct 2026" }))).toThrow(
      ReportInputError
    );
  });
});

describe("findings", () => {
  test("misses with their size, days below target by weekday, best and worst queue", () => {
    const a = analyse(fixtureTable(), mapping, options());
    const en = findings(a, "en");
    expect(en).toContain("Service level 62.7% missed the 80.0% target by 17.3 pt (RED).");
    expect(en).toContain("Service level below target on 1 of 2 days.");
    expect(
      en.some((s) => /^Best queue: B \(score [\d.]+, service level 90\.0%\); worst: A/.test(s))
    ).toBe(true);
    const zh = findings(a, "zh-CN");
    expect(zh).toContain("服务水平 62.7%，未达到目标值 80.0%，差 17.3 个百分点（未达标）。");
    // A lower-is-better miss is said as above the target: abandoned (10 + 60 + 0) / offered 450 = 15.6%.
    expect(en).toContain("Abandon rate 15.6% was above the 5.0% target by 10.6 pt (RED).");
    expect(zh).toContain("放弃率 15.6%，高于目标值 5.0%，超出 10.6 个百分点（未达标）。");
  });

  test("the largest changes against the prior month are named, better or worse", () => {
    const sep = ROWS.map((r) => [String(r[0]).replace("2026-10", "2026-09"), ...r.slice(1)]);
    sep[1][HEADERS.indexOf("Complaints")] = 1; // September: 2 complaints, October: 6
    const a = analyse(fixtureTable([...sep, ...ROWS]), mapping, options());
    const text = findings(a, "en").join("\n");
    // Complaints per 10,000 answered (380): September 2 → 52.6, October 6 → 157.9. Lower is better, so
    // the change is prior − actual = −105.3: a decline, signed as in the scorecard.
    expect(text).toContain(
      "Biggest decline vs Sep 2026: Complaint rate 52.6 per 10,000 → 157.9 per 10,000 (−105.3 per 10,000, + = better)."
    );
  });
});

describe("Erlang C staffing uses the engine per queue-day", () => {
  test("required agent-hours and predicted service level of a daily row", () => {
    const headers = [
      "Date",
      "Queue",
      "Offered",
      "Answered",
      "Total handle seconds",
      "Staffed hours",
    ];
    const rows = [
      ["2026-10-05", "A", 1200, 1200, 1200 * 240, 96], // 8 agents over 12 h: short
      ["2026-10-06", "A", 1200, 1200, 1200 * 240, 180], // 15 agents: over
    ];
    const a = analyse(
      fixtureTable(rows, headers),
      detectColumns(headers, ACTIVITY_FIELDS),
      options()
    );
    const s = a.staffing!;
    const periodSec = 12 * 3600;
    const need = agentsForServiceLevel(1200, 240, 0.8, 20, periodSec);
    expect(s.mode).toBe("daily");
    expect(s.days[0].requiredHours).toBe(need * 12);
    expect(s.days[0].shortfallHours).toBe(need * 12 - 96);
    expect(s.days[0].surplusHours).toBe(0);
    expect(s.days[1].shortfallHours).toBe(0);
    expect(s.days[1].surplusHours).toBe(180 - need * 12);
    expect(s.days[0].predictedSl).toBeCloseTo(serviceLevel(1200, 240, 8, 20, periodSec), 12);
    expect(s.daysUnder).toBe(1);
    expect(s.daysOver).toBe(1);
    expect(s.shortfallHours).toBeCloseTo(need * 12 - 96, 9);
    const atNeed = serviceLevel(1200, 240, need, 20, periodSec);
    const asStaffed =
      (serviceLevel(1200, 240, 8, 20, periodSec) + serviceLevel(1200, 240, 15, 20, periodSec)) / 2;
    expect(s.predictedSl).toBeCloseTo(asStaffed, 12);
    expect(s.predictedSlIfStaffed).toBeCloseTo(
      (atNeed + serviceLevel(1200, 240, 15, 20, periodSec)) / 2,
      12
    );
  });

  test("without handle time or staffed hours the staffing section says it is not measured", () => {
    const headers = ["Date", "Offered", "Answered"];
    const model = buildReport(
      fixtureTable([["2026-10-01", 10, 9]], headers),
      { date: 0, offered: 1, answered: 2 },
      options()
    );
    const none = model.sheets[0].blocks.find((b) => b.id === "staffing-none")!;
    expect(String(none.cells[0][0].value)).toMatch(/^Not measured/);
  });
});

describe("service jobs against standard", () => {
  const headers = ["Type", "Hours taken", "Opened", "Closed", "Standard hours"];
  const rows = [
    ["Repair", 10, "2026-10-01 08:00", null, 72], // closed 10 h after opening, on 1 Oct
    ["Repair", 80, "2026-10-05 00:00", null, 72], // closed 8 Oct 08:00
    ["Repair", null, "2026-10-01 08:00", "2026-10-02 20:00", 72], // 36 h from the date-times
    ["Install", 300, "2026-10-02 00:00", null, 360], // closed 14 Oct 12:00
    ["", 5, "2026-10-01 08:00", null, 24], // no type
    ["Repair", null, "2026-10-03 08:00", "2026-10-02 08:00", 72], // closed before opened
    ["Repair", "soon", "2026-10-01 08:00", null, 72], // bad hours
    ["Repair", 5, "2026-10-01 08:00", null, 0], // bad standard
  ];
  const table = fixtureTable(rows, headers);
  const jobs = analyseJobs(table, detectColumns(headers, JOB_FIELDS), "2026-10");

  test("per type: jobs, average, longest, share within standard", () => {
    expect(jobs.types).toEqual([
      {
        type: "Repair",
        jobs: 3,
        open: 0,
        standardHours: 72,
        averageHours: (10 + 80 + 36) / 3,
        maxHours: 80,
        withinStandard: 2,
        withinShare: 2 / 3,
        meetsStandard: false, // 66.7% < 95%
      },
      {
        type: "Install",
        jobs: 1,
        open: 0,
        standardHours: 360,
        averageHours: 300,
        maxHours: 300,
        withinStandard: 1,
        withinShare: 1,
        meetsStandard: true,
      },
    ]);
  });

  test("bad job rows are listed with their row numbers", () => {
    expect(jobs.problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [6, "noType"],
      [7, "closedBeforeOpened"],
      [8, "badHours"],
      [9, "badStandard"],
    ]);
    expect(jobs.rowsRead).toBe(8);
    expect(jobs.rowsUsed).toBe(4);
  });

  test("the jobs section and its problems appear in the report", () => {
    const model = buildReport(
      fixtureTable(),
      mapping,
      options({ jobs: { table, mapping: detectColumns(headers, JOB_FIELDS) } })
    );
    const block = model.sheets[0].blocks.find((b) => b.id === "jobs")!;
    expect(block.cells[1][0].value).toBe("Repair");
    const quality = model.sheets[0].blocks.find((b) => b.id === "quality")!;
    expect(
      quality.cells.some((r) => String(r[1].value).startsWith("Service jobs: closed before"))
    ).toBe(true);
  });

  test("a jobs table without a standard column is refused with the fix", () => {
    expect(() =>
      analyseJobs(
        fixtureTable([["Repair", 3]], ["Type", "Hours"]),
        { type: 0, hours: 1 },
        "2026-10"
      )
    ).toThrow(/Standard hours/);
  });
});
