import {
  ACTIVITY_FIELDS,
  availableMonths,
  buildReport,
  detectColumns,
  ReportInputError,
} from "../../src/report";
import { analyse } from "../../src/report/analysis";
import { parseActivity } from "../../src/report/rows";
import { problemText } from "../../src/report/problems";
import { fixtureTable, HEADERS, options, ROWS } from "./fixture";

const col = (h: string) => HEADERS.indexOf(h);
const mapping = detectColumns(HEADERS, ACTIVITY_FIELDS);

/** A copy of fixture row 0 on `date` with some cells changed. */
function row(date: string, queue: string, changes: Record<string, unknown> = {}): unknown[] {
  const r = [...ROWS[0]];
  r[0] = date;
  r[1] = queue;
  for (const [h, v] of Object.entries(changes)) r[col(h)] = v;
  return r;
}

describe("validation: every bad row is listed with its row number and excluded only where it corrupts", () => {
  // Sheet rows: header on 1, data from 2.
  const rows = [
    row("2026-10-01", "A"), // 2: good
    row("2026-10-32", "A"), // 3: impossible date
    row("2026-10-02", "A", { Offered: "" }), // 4: empty offered
    row("2026-10-03", "A", { Answered: "ninety" }), // 5: text in a number column
    row("2026-10-04", "A", { Complaints: -2 }), // 6: negative count
    row("2026-10-05", "A", { Answered: 120 }), // 7: answered > offered
    row("2026-10-06", "A", { Abandoned: 101 }), // 8: abandoned > offered
    row("2026-10-07", "A", { "Short abandons": 11 }), // 9: short abandons > abandoned
    row("2026-10-08", "A", { "Answered within SL": 91 }), // 10: in SL > answered
    row("2026-10-09", "A", { "First contact resolved": 81 }), // 11: resolved > eligible
    row("2026-10-10", "A", { Satisfied: 21 }), // 12: satisfied > surveys
    row("2026-10-11", "A", { "Staffed hours": 15 }), // 13: staffed > paid
    row("2026-10-12", "A", { "Total handle seconds": 36001 }), // 14: handle time > staffed time
    row("2026-10-01", "A"), // 15: duplicate of row 2
    [null, "", null], // 16: blank
  ];
  const table = fixtureTable(rows);
  const parsed = parseActivity(table, mapping);
  const byRow = new Map(parsed.problems.map((p) => [p.rowNumber, p]));

  test.each([
    [3, "badDate", "row"],
    [4, "empty", ["offered"]],
    [5, "text", ["answered"]],
    [6, "negative", ["complaints"]],
    [7, "exceeds", ["answered", "offered"]],
    [8, "exceeds", ["abandoned"]],
    [9, "exceeds", ["shortAbandons"]],
    [10, "exceeds", ["answeredInSl"]],
    [11, "exceeds", ["fcrResolved", "fcrEligible"]],
    [12, "exceeds", ["satisfied"]],
    [13, "exceeds", ["staffedHours", "paidHours"]],
    [14, "overStaffedTime", ["handleSec", "staffedHours"]],
    [15, "duplicate", "row"],
  ])("row %i: %s, excluded from %j", (rowNumber, code, excluded) => {
    const p = byRow.get(rowNumber)!;
    expect(p).toBeDefined();
    expect(p.code).toBe(code);
    expect(p.excluded).toEqual(excluded);
  });

  test("messages name the field and the value", () => {
    expect(problemText(byRow.get(3)!, "en")).toContain('"2026-10-32"');
    expect(problemText(byRow.get(5)!, "en")).toBe('Answered "ninety" is not a number');
    expect(problemText(byRow.get(7)!, "en")).toBe("Answered > Offered");
    expect(problemText(byRow.get(15)!, "en")).toContain("row 2");
    expect(problemText(byRow.get(7)!, "zh-CN")).toBe("接通量 > 呼入量");
  });

  test("a partly bad row still counts in the figures it does not corrupt", () => {
    const r6 = parsed.rows.find((r) => r.rowNumber === 6)!; // negative complaints
    expect(r6.v.offered).toBe(100);
    expect(r6.v.complaints).toBeUndefined();
    const r7 = parsed.rows.find((r) => r.rowNumber === 7)!; // answered > offered
    expect(r7.v.offered).toBeUndefined();
    expect(r7.v.surveys).toBe(20);
  });

  test("an empty cell in an optional column is listed and leaves only the KPIs it feeds", () => {
    // Fixture rows 2–4 with row 3's "Answered within SL" blank. By hand: SL = (72 + 45) / ((100 − 4) +
    // (50 − 0)) = 117 / 146, row 3 out of numerator and denominator alike; answer rate keeps row 3:
    // (90 + 240 + 50) / (100 + 300 + 50) = 380 / 450.
    const blankSl = ROWS.map((r) => [...r]);
    blankSl[1][col("Answered within SL")] = "";
    const a = analyse(fixtureTable(blankSl), mapping, options({ month: "2026-10" }));
    expect(a.quality.problems).toEqual([
      {
        rowNumber: 3,
        day: a.rows[1].day,
        code: "empty",
        field: "answeredInSl",
        excluded: ["answeredInSl"],
      },
    ]);
    expect(a.quality.rowsPartlyUsed).toBe(1);
    const value = (k: string) => a.scorecard.find((l) => l.def.key === k)!.actual;
    expect(value("serviceLevel")).toBeCloseTo(117 / 146, 12);
    expect(value("answerRate")).toBeCloseTo(380 / 450, 12);
    expect(problemText(a.quality.problems[0], "en")).toBe("Answered within SL is empty");
  });

  test("totals reconcile: read = blank + other months + used + partly used + rejected", () => {
    const a = analyse(table, mapping, options({ month: "2026-10" }));
    const q = a.quality;
    expect(q.rowsRead).toBe(15);
    expect(q.blankRows).toBe(1);
    expect(q.rowsRejected).toBe(2); // rows 3 and 15
    expect(q.rowsPartlyUsed).toBe(11); // rows 4–14
    expect(q.rowsUsed).toBe(1); // row 2
    expect(q.rowsOtherMonths).toBe(0);
    expect(q.rowsRead).toBe(
      q.blankRows + q.rowsOtherMonths + q.rowsUsed + q.rowsPartlyUsed + q.rowsRejected
    );
    // Offered counted (one row, one truth): only rows whose offered, answered and abandoned are all usable
    // and agree — not row 4 (offered empty), 5 (answered text), 7 (answered > offered), 8 (abandoned >
    // offered). Left: rows 2, 6, 9, 10, 11, 12, 13, 14, each offering 100.
    expect(q.offeredCounted).toBe(100 * 8);
    expect(q.problems.map((p) => p.rowNumber)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
  });

  test("the report lists every problem in its data-quality section, in both languages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const model = buildReport(table, mapping, options({ lang }));
      const quality = model.sheets[0].blocks.find((b) => b.id === "quality")!;
      const listed = quality.cells.slice(1).map((r) => r[0].value);
      expect(listed).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    }
  });
});

describe("reading: headers, dates, intervals, queues", () => {
  test("Chinese headers are recognised: the glossary's terms", () => {
    const zh = [
      "日期",
      "队列",
      "呼入量",
      "接通量",
      "放弃量",
      "短时放弃量",
      "服务水平内接通量",
      "出勤工时",
    ];
    expect(detectColumns(zh, ACTIVITY_FIELDS)).toEqual({
      date: 0,
      queue: 1,
      offered: 2,
      answered: 3,
      abandoned: 4,
      shortAbandons: 5,
      answeredInSl: 6,
      paidHours: 7,
    });
  });

  test("Chinese headers are recognised: older and platform wordings too", () => {
    const zh = [
      "日期",
      "队列",
      "呼入量",
      "接听量",
      "放弃量",
      "短时放弃",
      "服务水平内接听量",
      "总等待时长",
      "总处理时长",
      "在线工时",
      "付薪工时",
    ];
    const m = detectColumns(zh, ACTIVITY_FIELDS);
    expect(m).toEqual({
      date: 0,
      queue: 1,
      offered: 2,
      answered: 3,
      abandoned: 4,
      shortAbandons: 5,
      answeredInSl: 6,
      waitSec: 7,
      handleSec: 8,
      staffedHours: 9,
      paidHours: 10,
    });
    const a = analyse(
      fixtureTable(
        ROWS.map((r) => r.slice(0, 11)),
        zh
      ),
      m,
      options({ lang: "zh-CN" })
    );
    expect(a.scorecard.find((l) => l.def.key === "serviceLevel")!.actual).toBeCloseTo(
      267 / 426,
      12
    );
  });

  test("matching ignores case, spaces and underscores", () => {
    expect(
      detectColumns(["  DATE ", "calls_offered", "Answered In SL", "HANDLED"], ACTIVITY_FIELDS)
    ).toEqual({
      date: 0,
      offered: 1,
      answeredInSl: 2,
      answered: 3,
    });
  });

  test("the spec's snake_case field names are headers too (spec §1 names the fields so)", () => {
    const names = [
      "date",
      "offered",
      "answered",
      "short_abandons",
      "answered_in_sl",
      "wait_sec",
      "handle_sec",
      "staffed_hours",
      "paid_hours",
      "forecast_offered",
      "fcr_resolved",
      "fcr_eligible",
      "score_sum",
      "qa_count",
      "qa_score_sum",
    ];
    const m = detectColumns(names, ACTIVITY_FIELDS);
    expect(m).toEqual({
      date: 0,
      offered: 1,
      answered: 2,
      shortAbandons: 3,
      answeredInSl: 4,
      waitSec: 5,
      handleSec: 6,
      staffedHours: 7,
      paidHours: 8,
      forecastOffered: 9,
      fcrResolved: 10,
      fcrEligible: 11,
      scoreSum: 12,
      qaCount: 13,
      qaScoreSum: 14,
    });
  });

  test("re-mapped headers: the user's mapping is used as given", () => {
    const headers = ["Day of business", "Calls in", "Calls taken"];
    const auto = detectColumns(headers, ACTIVITY_FIELDS);
    expect(auto.offered).toBeUndefined();
    expect(() => analyse(fixtureTable([["2026-10-01", 10, 9]], headers), auto, options())).toThrow(
      ReportInputError
    );
    const a = analyse(
      fixtureTable([["2026-10-01", 10, 9]], headers),
      { date: 0, offered: 1, answered: 2 },
      options()
    );
    expect(a.scorecard.find((l) => l.def.key === "answerRate")!.actual).toBeCloseTo(0.9, 12);
  });

  // input.md §3: arrivals-only data is valid; answer-based KPIs are "not measured", never filled in.
  test("arrivals only (no answered column): volume counted, answer-based KPIs not measured", () => {
    const a = analyse(
      fixtureTable([["2026-10-01", 10]], ["Date", "Offered"]),
      { date: 0, offered: 1 },
      options()
    );
    const actual = (k: string) => a.scorecard.find((l) => l.def.key === k)!.actual;
    expect(a.quality.offeredCounted).toBe(10);
    for (const k of ["answerRate", "abandonRate", "serviceLevel", "asa", "aht"])
      expect(actual(k)).toBeNull();
  });

  test("a table with no call-volume column names the fix", () => {
    try {
      analyse(fixtureTable([["2026-10-01", 10]], ["Date", "Staffed"]), { date: 0 }, options());
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ReportInputError);
      expect((e as ReportInputError).field).toBe("offered");
      expect((e as Error).message).toContain("Calls Handled");
    }
  });

  test("dates as Excel serials, ISO text, JS Dates (as ExcelJS gives them) and slashes are the same day", () => {
    const headers = ["Date", "Offered", "Answered"];
    const t = fixtureTable(
      [
        [46296, 10, 10], // 2026-10-01 as an Excel serial
        ["2026-10-02", 10, 10],
        [new Date(Date.UTC(2026, 9, 3)), 10, 10],
        ["2026/10/04", 10, 10],
        [46300, 10, 10],
      ],
      headers
    );
    const parsed = parseActivity(t, detectColumns(headers, ACTIVITY_FIELDS));
    expect(parsed.problems).toEqual([]);
    const days = parsed.rows.map((r) => new Date(r.day * 86400000).toISOString().slice(0, 10));
    expect(days).toEqual(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05"]);
    // input.md §4: serials only from numeric cells; the same digits as text are not a date.
    const text = parseActivity(
      fixtureTable(
        [
          [46296, 10, 10],
          ["46300", 10, 10],
        ],
        headers
      ),
      { date: 0, offered: 1, answered: 2 }
    );
    expect(text.problems.map((p) => p.code)).toEqual(["badDate"]);
  });

  test("availableMonths lists the months ascending and rejects an unusable date column", () => {
    const headers = ["Date", "Offered", "Answered"];
    const t = fixtureTable(
      [
        ["2026-10-01", 1, 1],
        ["2026-08-31", 1, 1],
        ["bad", 1, 1],
      ],
      headers
    );
    expect(availableMonths(t, { date: 0, offered: 1, answered: 2 })).toEqual([
      "2026-08",
      "2026-10",
    ]);
    expect(() => availableMonths(fixtureTable([["x", 1, 1]], headers), { date: 0 })).toThrow(
      /holds no dates/
    );
    expect(() => availableMonths(t, {})).toThrow(ReportInputError);
  });

  test("a month not in the data names the months that are", () => {
    expect(() => analyse(fixtureTable(), mapping, options({ month: "2026-07" }))).toThrow(
      /No data for 2026-07.*2026-10/
    );
  });

  test("interval rows: times as text, Excel fractions and Dates; the interval length is inferred", () => {
    const headers = [
      "Date",
      "Interval",
      "Offered",
      "Answered",
      "Total handle seconds",
      "Staffed hours",
    ];
    const t = fixtureTable(
      [
        ["2026-10-01", "08:00", 100, 95, 95 * 180, 10],
        ["2026-10-01", 8.5 / 24, 120, 110, 110 * 180, 10], // 08:30 as an Excel time
        ["2026-10-01", new Date(Date.UTC(1899, 11, 30, 9, 0)), 80, 80, 80 * 180, 6], // 09:00 as ExcelJS gives it
        ["2026-10-01", "09:30-10:00", 60, 60, 60 * 180, 5],
        ["2026-10-01", "late", 1, 1, 180, 1],
      ],
      headers
    );
    const a = analyse(t, detectColumns(headers, ACTIVITY_FIELDS), options());
    expect(a.parsed.intervalRows).toBe(true);
    expect(a.rows.map((r) => r.minute)).toEqual([480, 510, 540, 570]);
    expect(a.intervalSec).toBe(1800);
    expect(a.quality.problems).toEqual([
      expect.objectContaining({ rowNumber: 6, code: "badInterval", excluded: "row" }),
    ]);
    expect(a.staffing?.mode).toBe("interval");
    expect(a.staffing?.periodsChecked).toBe(4);
  });

  test("a single queue (no queue column) reports as one queue", () => {
    const idx = HEADERS.map((_, i) => i).filter((i) => HEADERS[i] !== "Queue");
    const rows = ROWS.slice(0, 2).map((r) => idx.map((i) => r[i]));
    const a = analyse(
      fixtureTable(
        rows,
        idx.map((i) => HEADERS[i])
      ),
      detectColumns(
        idx.map((i) => HEADERS[i]),
        ACTIVITY_FIELDS
      ),
      options()
    );
    expect(a.queues).toEqual(["All"]);
    expect(a.byQueue).toHaveLength(1);
  });

  test("a month with missing days shows them as gaps, not zeros, and says so", () => {
    const a = analyse(fixtureTable(), mapping, options());
    expect(a.days).toHaveLength(31);
    expect(a.days.filter((d) => d.present).length).toBe(2);
    expect(a.days[2]).toEqual(expect.objectContaining({ present: false, offered: 0 }));
    expect(a.days[2].kpis.serviceLevel).toBeNull();
    const model = buildReport(fixtureTable(), mapping, options());
    const trend = model.sheets[0].blocks.find((b) => b.id === "trend")!;
    expect(trend.cells[3][1].value).toBe("Sat · no data"); // 2026-10-03
    expect(trend.cells[3][2].value).toBeNull();
    const findings = model.sheets[0].blocks
      .find((b) => b.id === "findings")!
      .cells.map((r) => r[0].value)
      .join("\n");
    expect(findings).toContain("No data for 29 days");
  });
});
