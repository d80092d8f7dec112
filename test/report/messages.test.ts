/**
 * The report's counted phrases read right for 0, 1 and 2 in English, and the Chinese findings use the
 * glossary's words: expected texts written by hand, not taken from the code.
 */
import { t, type MessageKey, type MessageParams } from "../../src/i18n";

type Case = [MessageKey, MessageParams, string];

const en = (key: MessageKey, params: MessageParams) => t("en", key, params);
const zh = (key: MessageKey, params: MessageParams) => t("zh-CN", key, params);

describe("English plurals of the report's counted phrases: 0, 1, 2", () => {
  const cases: Case[] = [
    ["report.queueCount", { count: 0 }, "0 queues"],
    ["report.queueCount", { count: 1 }, "1 queue"],
    ["report.queueCount", { count: 2 }, "2 queues"],
    ["report.coverage", { measured: 0, total: 0, share: "0%" }, "over 0 of 0 KPIs (0% of weight)"],
    [
      "report.coverage",
      { measured: 1, total: 1, share: "100%" },
      "over 1 of 1 KPI (100% of weight)",
    ],
    [
      "report.coverage",
      { measured: 1, total: 2, share: "50%" },
      "over 1 of 2 KPIs (50% of weight)",
    ],
    ["report.findingNoData", { count: 0, days: "" }, "No data for 0 days: ."],
    ["report.findingNoData", { count: 1, days: "October 3" }, "No data for 1 day: October 3."],
    [
      "report.findingNoData",
      { count: 2, days: "October 3 and October 4" },
      "No data for 2 days: October 3 and October 4.",
    ],
    ["report.findingSlDays", { below: 0, days: 0 }, "Service level below target on 0 of 0 days."],
    ["report.findingSlDays", { below: 1, days: 1 }, "Service level below target on 1 of 1 day."],
    ["report.findingSlDays", { below: 1, days: 2 }, "Service level below target on 1 of 2 days."],
    [
      "report.findingWorstDay",
      { day: "October 6 (Tue)", sl: "61.0%", offered: 1 },
      "Worst day: October 6 (Tue), service level 61.0% on 1 offered call.",
    ],
    [
      "report.findingWorstDay",
      { day: "October 6 (Tue)", sl: "61.0%", offered: 2 },
      "Worst day: October 6 (Tue), service level 61.0% on 2 offered calls.",
    ],
    [
      "report.findingWorstDay",
      { day: "October 6 (Tue)", sl: "61.0%", offered: 7368 },
      "Worst day: October 6 (Tue), service level 61.0% on 7,368 offered calls.",
    ],
    [
      "report.findingStaffingShort",
      { days: 1, hours: "12.5", mode: "daily", periods: 1, lost: "3.2" },
      "Staffing: short of the Erlang C requirement on 1 day (12.5 agent-hours over 1 queue-day); the shortfall cost 3.2 pt of service level.",
    ],
    [
      "report.findingStaffingShort",
      { days: 2, hours: "12.5", mode: "interval", periods: 0, lost: "3.2" },
      "Staffing: short of the Erlang C requirement on 2 days (12.5 agent-hours over 0 queue-intervals); the shortfall cost 3.2 pt of service level.",
    ],
    [
      "report.findingStaffingShort",
      { days: 0, hours: "0.0", mode: "interval", periods: 2, lost: "0.0" },
      "Staffing: short of the Erlang C requirement on 0 days (0.0 agent-hours over 2 queue-intervals); the shortfall cost 0.0 pt of service level.",
    ],
    ["report.findingJobsOpen", { count: 0 }, "Open at month end: 0 service jobs."],
    ["report.findingJobsOpen", { count: 1 }, "Open at month end: 1 service job."],
    ["report.findingJobsOpen", { count: 2 }, "Open at month end: 2 service jobs."],
    [
      "report.findingJobType",
      { type: "Install", share: "0.0%", jobs: 1, standard: "72.0 h", average: "100.0 h" },
      "Install 0.0% of 1 job within 72.0 h (average 100.0 h)",
    ],
    [
      "report.findingJobType",
      { type: "Install", share: "50.0%", jobs: 2, standard: "72.0 h", average: "70.0 h" },
      "Install 50.0% of 2 jobs within 72.0 h (average 70.0 h)",
    ],
    [
      "report.findingQuality",
      { problems: 1, rows: 1, rejected: 0, partly: 1 },
      "Data quality: 1 problem in 1 row; 0 rows left out, 1 used in part (see Data quality).",
    ],
    [
      "report.findingQuality",
      { problems: 2, rows: 2, rejected: 1, partly: 1 },
      "Data quality: 2 problems in 2 rows; 1 row left out, 1 used in part (see Data quality).",
    ],
    [
      "report.reconciliation",
      { read: 0, used: 0, partly: 0, rejected: 0, blank: 0, otherMonths: 0 },
      "0 rows read = 0 used + 0 used in part + 0 rejected + 0 blank + 0 in other months.",
    ],
    [
      "report.reconciliation",
      { read: 1, used: 1, partly: 0, rejected: 0, blank: 0, otherMonths: 0 },
      "1 row read = 1 used + 0 used in part + 0 rejected + 0 blank + 0 in other months.",
    ],
    [
      "report.reconciliation",
      { read: 1200, used: 1000, partly: 100, rejected: 50, blank: 30, otherMonths: 20 },
      "1,200 rows read = 1,000 used + 100 used in part + 50 rejected + 30 blank + 20 in other months.",
    ],
    [
      "report.jobsRuleUndated",
      { count: 1 },
      "; 1 row without a usable date or value is listed in Data quality",
    ],
    [
      "report.jobsRuleUndated",
      { count: 2 },
      "; 2 rows without a usable date or value are listed in Data quality",
    ],
  ];
  test.each(cases)("%s %j", (key, params, expected) => {
    expect(en(key, params)).toBe(expected);
  });
});

describe("Chinese findings: the glossary's direction-aware verbs, units and punctuation", () => {
  const miss = (direction: string) => ({
    kpi: "X",
    actual: "1",
    direction,
    target: "2",
    by: "3",
    status: "未达标",
  });

  test("a lower-is-better miss is above the target (高于…超出), never 未达到", () => {
    const text = zh("report.findingMiss", miss("lower"));
    expect(text).toBe("X 1，高于目标值 2，超出 3（未达标）。");
    expect(text).not.toContain("未达到");
  });

  test("a higher-is-better miss falls short of the target; a band says which side", () => {
    expect(zh("report.findingMiss", miss("higher"))).toBe("X 1，未达到目标值 2，差 3（未达标）。");
    expect(zh("report.findingMiss", miss("bandAbove"))).toBe(
      "X 1，高于目标区间 2，超出 3（未达标）。"
    );
    expect(zh("report.findingMiss", miss("bandBelow"))).toBe(
      "X 1，低于目标区间 2，差 3（未达标）。"
    );
  });

  test("English says the same with its own verbs", () => {
    expect(en("report.findingMiss", { ...miss("lower"), status: "RED" })).toBe(
      "X 1 was above the 2 target by 3 (RED)."
    );
    expect(en("report.findingMiss", { ...miss("higher"), status: "RED" })).toBe(
      "X 1 missed the 2 target by 3 (RED)."
    );
  });

  test("units in words: 秒, 分, 个百分点, 件/万通, 小时", () => {
    expect(zh("report.unitSeconds", {})).toBe("秒");
    expect(zh("report.unitPoints", {})).toBe("分");
    expect(zh("report.unitPercentagePoints", {})).toBe("个百分点");
    expect(zh("report.unitComplaints", { base: zh("report.complaintBase", { base: 10000 }) })).toBe(
      "件/万通"
    );
    expect(zh("report.complaintBase", { base: 1000 })).toBe("千");
    expect(zh("report.complaintBase", { base: 100000 })).toBe("100,000");
    expect(en("report.complaintBase", { base: 10000 })).toBe("10,000");
    expect(zh("report.hoursValue", { hours: "72.0" })).toBe("72.0 小时");
  });

  test("the Targets table's target column and sheet are 目标值; the amber band is 预警幅度", () => {
    expect(zh("report.targetsTarget", {})).toBe("目标值");
    expect(zh("report.targetsSheetName", {})).toBe("目标值");
    expect(zh("report.targetsAmberBand", {})).toBe("预警幅度");
    expect(zh("report.variance", {})).toBe("差异（正数为优于目标）");
  });
});
