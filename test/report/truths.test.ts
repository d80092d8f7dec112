/**
 * Issue 10: the report tells the truth a manager would sign. Each rule of spec §5 against a small table
 * whose expected figures are worked out by hand here.
 */
import { ACTIVITY_FIELDS, JOB_FIELDS, buildReport, detectColumns } from "../../src/report";
import { analyse } from "../../src/report/analysis";
import { analyseJobs } from "../../src/report/jobs";
import { findings } from "../../src/report/findings";
import { excludedText, problemText } from "../../src/report/problems";
import { agentsForServiceLevel } from "../../src/engine/staffing";
import { fixtureTable, options } from "./fixture";

describe("service jobs belong to the month they were closed in", () => {
  const headers = ["Type", "Hours taken", "Opened", "Closed", "Standard hours"];
  // prettier-ignore
  const rows = [
    ["Repair", null, "2026-08-30 10:00", "2026-09-02 10:00", 72], // 2: closed in September
    ["Repair", null, "2026-09-29 08:00", "2026-10-01 08:00", 72], // 3: closed 1 Oct, 48 h
    ["Repair", null, "2026-10-10 00:00", "2026-10-10 12:00", 72], // 4: closed 10 Oct, 12 h
    ["Repair", null, "2026-10-30 12:00", "2026-11-02 12:00", 72], // 5: closed in November: open at October's end
    ["Repair", null, "2026-10-31 20:00", null, 72], //               6: not closed: open at October's end
    ["Repair", null, "2027-01-05 08:00", "2027-01-06 08:00", 72], // 7: January 2027
    ["Install", 100, "2026-10-03 00:00", null, 72], //               8: opened + 100 h = 7 Oct 04:00, over 72 h
    ["Install", 5, null, null, 72], //                               9: no date at all: belongs to no month
    ["Repair", null, "2026-11-03 08:00", null, 72], //              10: opened after October
  ];
  const mapping = detectColumns(headers, JOB_FIELDS);
  const october = analyseJobs(fixtureTable(rows, headers), mapping, "2026-10");

  test("October: closed jobs of October only; open ones counted; the undated one listed", () => {
    const repair = october.types.find((t) => t.type === "Repair")!;
    // Rows 3 and 4: 48 h and 12 h, both within 72 h.
    expect(repair).toMatchObject({ jobs: 2, averageHours: 30, maxHours: 48, withinStandard: 2 });
    expect(repair.withinShare).toBe(1);
    expect(repair.meetsStandard).toBe(true);
    // Rows 5 (closed in November) and 6 (never closed) were open at the end of October.
    expect(repair.open).toBe(2);
    const install = october.types.find((t) => t.type === "Install")!;
    expect(install).toMatchObject({ jobs: 1, averageHours: 100, withinStandard: 0, open: 0 });
    expect(install.meetsStandard).toBe(false);
    // Rows 2 (September), 7 (January) and 10 (opened in November) are left out.
    expect(october.otherMonths).toBe(3);
    expect(october.problems).toEqual([{ rowNumber: 9, code: "noDate" }]);
    expect(october.rowsRead).toBe(9);
    // Every row is accounted for: 3 closed + 2 open + 3 other months + 1 problem.
    expect(october.rowsUsed + october.open + october.otherMonths + october.problems.length).toBe(9);
    expect(problemText(october.problems[0], "en")).toBe(
      "Service jobs: no opened or closed date-time, so the job belongs to no month"
    );
  });

  test("September and January 2027 see only their own jobs", () => {
    const september = analyseJobs(fixtureTable(rows, headers), mapping, "2026-09");
    const repair = september.types.find((t) => t.type === "Repair")!;
    // Row 2: 30 Aug 10:00 → 2 Sep 10:00 = 72 h, within; row 3 open at September's end.
    expect(repair).toMatchObject({ jobs: 1, averageHours: 72, withinStandard: 1, open: 1 });
    expect(september.types.find((t) => t.type === "Install")).toBeUndefined();
    const january = analyseJobs(fixtureTable(rows, headers), mapping, "2027-01");
    expect(january.types).toEqual([
      // Row 7 closed in January (24 h); rows 6 and 10, never closed, are still open at January's end.
      expect.objectContaining({ type: "Repair", jobs: 1, averageHours: 24, open: 2 }),
    ]);
  });

  test("the section states the rule, and the findings name the type under it", () => {
    const activity = fixtureTable();
    const amapping = detectColumns(activity.headers, ACTIVITY_FIELDS);
    const jobs = { table: fixtureTable(rows, headers), mapping };
    const sheet = buildReport(activity, amapping, options({ jobs })).sheets[0];
    const block = sheet.blocks.find((b) => b.id === "jobs")!;
    const note = String(block.cells[block.cells.length - 1][0].value);
    expect(note).toContain("A job counts in the month it was closed");
    expect(note).toContain("3 jobs closed before this month or opened after it are left out");
    expect(note).toContain("at least 95% of its jobs closed this month");
    const a = analyse(activity, amapping, options({ jobs }));
    const text = findings(a, "en");
    expect(text).toContain(
      "Service jobs under the 95% within-standard target: Install 0.0% of 1 job within 72.0 h (average 100.0 h)."
    );
    expect(text).toContain("Open at month end: 2 service jobs.");
  });
});

describe("staffing shortfall is never netted", () => {
  const headers = [
    "Date",
    "Interval",
    "Queue",
    "Offered",
    "Answered",
    "Total handle seconds",
    "Staffed hours",
  ];
  const mapping = detectColumns(headers, ACTIVITY_FIELDS);

  test("two queues with opposite gaps on one day: the short one's gap stands", () => {
    const dailyHeaders = headers.filter((h) => h !== "Interval");
    const need = agentsForServiceLevel(1200, 240, 0.8, 20, 12 * 3600);
    // Queue A staffed 8 agents over 12 h (96 h), queue B 3 agents more than needed.
    const rows = [
      ["2026-10-05", "A", 1200, 1200, 1200 * 240, 96],
      ["2026-10-05", "B", 1200, 1200, 1200 * 240, (need + 3) * 12],
    ];
    const a = analyse(
      fixtureTable(rows, dailyHeaders),
      detectColumns(dailyHeaders, ACTIVITY_FIELDS),
      options()
    );
    const s = a.staffing!;
    expect(need).toBeGreaterThan(8);
    // Short only on A: need × 12 − 96; B's 36 surplus hours do not offset it.
    expect(s.shortfallHours).toBeCloseTo(need * 12 - 96, 9);
    expect(s.days[0].shortfallHours).toBeCloseTo(need * 12 - 96, 9);
    expect(s.days[0].surplusHours).toBeCloseTo(36, 9);
    expect(s.daysUnder).toBe(1);
    expect(s.periodsUnder).toBe(1);
    expect(s.slLost).toBeGreaterThan(0);
    // The finding quotes the table's figure, rounded as the table shows it (one decimal).
    const hours = (need * 12 - 96).toFixed(1);
    const text = findings(a, "en").join("\n");
    expect(text).toContain(
      `Staffing: short of the Erlang C requirement on 1 day (${hours} agent-hours over 1 queue-day)`
    );
    expect(text).not.toContain("met the Erlang C requirement");
    expect(text).toMatch(/the shortfall cost \d+\.\d pt of service level\./);
  });

  test("intervals with surplus and shortfall in one day: only the short interval counts", () => {
    const need = agentsForServiceLevel(100, 180, 0.8, 20, 1800);
    // 10 Erlangs (100 calls × 180 s over 1,800 s). 08:00 staffed 11 agents for half an hour (5.5 h) — short
    // of the need; 08:30 staffed need + 4 agents — a surplus of 2 h.
    const rows = [
      ["2026-10-05", "08:00", "A", 100, 100, 100 * 180, 5.5],
      ["2026-10-05", "08:30", "A", 100, 100, 100 * 180, (need + 4) / 2],
    ];
    const a = analyse(fixtureTable(rows, headers), mapping, options());
    const s = a.staffing!;
    expect(s.mode).toBe("interval");
    expect(need).toBeGreaterThan(11);
    expect(s.shortfallHours).toBeCloseTo(need / 2 - 5.5, 9);
    expect(s.days[0].surplusHours).toBeCloseTo(2, 9);
    // Netted, the day's gap would be 2 − (need/2 − 5.5) hours; it is under-staffed all the same.
    expect(s.daysUnder).toBe(1);
    expect(s.daysOver).toBe(0);
    expect(`${s.periodsUnder} / ${s.periodsChecked}`).toBe("1 / 2");
  });
});

describe("one row, one truth for call volumes", () => {
  // Row 3 (queue B) says 80 offered but 90 answered and 5 abandoned.
  const withQueue = [
    ["2026-10-01", "A", 100, 90, 10, 10, 9],
    ["2026-10-01", "B", 80, 90, 5, 20, 16],
    ["2026-10-02", "A", 50, 45, 5, 0, 0],
  ];
  const qHeaders = ["Date", "Queue", "Offered", "Answered", "Abandoned", "Surveys", "Satisfied"];
  const qMapping = detectColumns(qHeaders, ACTIVITY_FIELDS);

  test("the contradicting row leaves every call-volume figure and keeps its surveys", () => {
    const a = analyse(fixtureTable(withQueue, qHeaders), qMapping, options());
    const day1 = a.days[0];
    // 1 Oct: only queue A's 100 / 90 / 10; queue B's row is out of offered, answered and abandoned alike.
    expect([day1.offered, day1.answered, day1.abandoned]).toEqual([100, 90, 10]);
    const value = (k: string) => a.scorecard.find((l) => l.def.key === k)!.actual;
    // Abandon rate (10 + 5) / (100 + 50) = 10%; answer rate 135 / 150 = 90%.
    expect(value("abandonRate")).toBeCloseTo(15 / 150, 12);
    expect(value("answerRate")).toBeCloseTo(135 / 150, 12);
    // Satisfaction still uses row 3: (9 + 16 + 0) / (10 + 20 + 0) = 25 / 30.
    expect(value("satisfactionRate")).toBeCloseTo(25 / 30, 12);
    const p = a.quality.problems.find((x) => x.rowNumber === 3)!;
    expect(problemText(p, "en")).toBe("Answered > Offered");
    const listed = excludedText(p, a.settings, "en");
    expect(listed).toMatch(/^every call-volume figure \(offered, answered, abandoned; /);
    expect(listed).toMatch(/still used for Satisfaction rate$/);
  });

  test("the daily table and its month row add up: offered = answered + abandoned", () => {
    const sheet = buildReport(fixtureTable(withQueue, qHeaders), qMapping, options()).sheets[0];
    const trend = sheet.blocks.find((b) => b.id === "trend")!;
    const [first, second] = [trend.cells[1], trend.cells[2]];
    expect([first[2].value, first[3].value, first[4].value]).toEqual([100, 90, 10]);
    expect([second[2].value, second[3].value, second[4].value]).toEqual([50, 45, 5]);
    const month = trend.cells[trend.cells.length - 1];
    expect([month[2].value, month[3].value, month[4].value]).toEqual([150, 135, 15]);
  });

  test("counts that are each valid but do not add up are a contradiction too", () => {
    const bad = [["2026-10-01", "A", 100, 80, 10, 1, 1], ...withQueue.slice(2)];
    const a = analyse(fixtureTable(bad, qHeaders), qMapping, options());
    const p = a.quality.problems.find((x) => x.rowNumber === 2)!;
    expect(p.code).toBe("countsDisagree");
    expect(problemText(p, "en")).toBe("answered + abandoned ≠ offered (80 + 10 ≠ 100)");
    expect(a.days[0].offered).toBe(0);
  });
});

describe("signs mean the same everywhere: + is better", () => {
  const headers = ["Date", "Offered", "Answered", "Abandoned", "Total wait seconds"];
  const mapping = detectColumns(headers, ACTIVITY_FIELDS);
  // September: abandon 5 / 100 = 5%, ASA 3,000 / 95 s. October: abandon 10 / 100 = 10%, ASA 1,800 / 90 = 20 s.
  const rows = [
    ["2026-09-30", 100, 95, 5, 3000],
    ["2026-10-01", 100, 90, 10, 1800],
  ];

  test("a lower-is-better KPI that improved (ASA) and one that worsened (abandon rate)", () => {
    const a = analyse(fixtureTable(rows, headers), mapping, options());
    const line = (k: string) => a.scorecard.find((l) => l.def.key === k)!;
    // ASA: prior − actual = 3000/95 − 20 = +11.58 s, better.
    expect(line("asa").change).toBeCloseTo(3000 / 95 - 20, 12);
    // Abandon rate: prior − actual = 5% − 10% = −5 pt, worse.
    expect(line("abandonRate").change).toBeCloseTo(-0.05, 12);
    // Answer rate (higher is better): 90% − 95% = −5 pt.
    expect(line("answerRate").change).toBeCloseTo(-0.05, 12);
    const sheet = buildReport(fixtureTable(rows, headers), mapping, options()).sheets[0];
    const card = sheet.blocks.find((b) => b.id === "scorecard")!;
    expect(card.cells[0][4].value).toBe("Variance (+ = better)");
    expect(card.cells[0][6].value).toBe("Change (+ = better)");
    const row = (label: string) => card.cells.find((r) => r[0].value === label)!;
    expect(row("ASA")[6].value).toBeCloseTo(3000 / 95 - 20, 9);
    expect(row("ASA")[6].style?.fontColor).toBe("2E7D32"); // green: better
    expect(row("Abandon rate")[6].value).toBeCloseTo(-5, 9); // in points
    expect(row("Abandon rate")[6].style?.fontColor).toBe("C00000"); // red: worse
    // Variance follows the same sign: ASA 20 s against 30 s is 10 s better.
    expect(row("ASA")[4].value).toBeCloseTo(10, 9);
    const text = findings(a, "en");
    expect(text).toContain("Biggest improvement vs Sep 2026: ASA 32 s → 20 s (+12 s, + = better).");
    expect(text).toContain(
      "Biggest decline vs Sep 2026: Abandon rate 5.0% → 10.0% (−5.0 pt, + = better)."
    );
    const leads = text.map((t) => t.split(/[:\s]/).slice(0, 2).join(" "));
    expect(new Set(leads).size).toBe(leads.length);
  });
});

describe("the overall score states its coverage", () => {
  test("a table with 2 of 16 KPIs measured gets no score, only the coverage and the reason", () => {
    const headers = ["Date", "Offered", "Answered"];
    const a = analyse(
      fixtureTable([["2026-10-01", 100, 96]], headers),
      detectColumns(headers, ACTIVITY_FIELDS),
      options()
    );
    // Answer rate (weight 5) and abandon rate (10, from offered − answered) of the defaults' 100.
    expect(a.coverage).toEqual({ score: null, measured: 2, total: 16, weightShare: 0.15 });
    expect(a.score).toBeNull();
    const text = findings(a, "en");
    expect(text).toContain(
      "Overall score: No score: only 2 of 16 KPIs measured (15% of weight); a score needs at least 50% of the weight measured."
    );
    const zh = findings(a, "zh-CN");
    expect(zh).toContain(
      "综合得分：不计分：16 项指标中仅统计 2 项（权重 15%），权重不足 50% 不计算综合得分。"
    );
  });

  test("with every weighted KPI measured: the score over 13 of 16 KPIs (100% of weight)", () => {
    const a = analyse(
      fixtureTable(),
      detectColumns(fixtureTable().headers, ACTIVITY_FIELDS),
      options()
    );
    expect(a.coverage.measured).toBe(13);
    expect(a.coverage.total).toBe(16);
    expect(a.coverage.weightShare).toBe(1);
    expect(
      findings(a, "en").some((t) =>
        /^Overall score \d+\.\d \/ 100 over 13 of 16 KPIs \(100% of weight\)\.$/.test(t)
      )
    ).toBe(true);
  });
});

describe("title and plurals", () => {
  test("up to three queue names, otherwise the count", () => {
    const headers = ["Date", "Queue", "Offered", "Answered"];
    const rows = ["Q1", "Q2", "Q3", "Q4"].map((q) => ["2026-10-01", q, 10, 9]);
    const mapping = detectColumns(headers, ACTIVITY_FIELDS);
    const title = (n: number, lang: "en" | "zh-CN") =>
      buildReport(fixtureTable(rows.slice(0, n), headers), mapping, options({ lang })).sheets[0]
        .blocks[0].cells[0][0].value;
    expect(title(3, "en")).toBe("Service quality report — October 2026 — Q1, Q2, Q3");
    expect(title(4, "en")).toBe("Service quality report — October 2026 — 4 queues");
    expect(title(4, "zh-CN")).toBe("服务质量月报 — 2026年10月 — 4 个队列");
  });

  test("one day, one problem: singular", () => {
    const headers = ["Date", "Offered", "Answered"];
    const rows = [
      ["2026-10-01", 10, 9],
      ["2026-10-03", 10, "x"],
    ];
    const a = analyse(
      fixtureTable(rows, headers),
      detectColumns(headers, ACTIVITY_FIELDS),
      options()
    );
    const text = findings(a, "en").join("\n");
    expect(text).toContain("Data quality: 1 problem in 1 row;");
  });
});
