import { defaultTargets, targetsFromTable, targetsToTable, type Target } from "../../src/report";
import { judge, overallScore } from "../../src/report/targets";

const t = (over: Partial<Target>): Target => ({
  kpi: "serviceLevel",
  target: 0.8,
  direction: "higher",
  amberBand: 0.05,
  weight: 1,
  ...over,
});

describe("status, variance and attainment", () => {
  test("higher is better: met, missed within the amber band, missed beyond it", () => {
    expect(judge(0.82, t({}))).toEqual({
      status: "GREEN",
      variance: expect.closeTo(0.02, 12),
      attainment: 100,
    });
    // Amber band 5% of 80% = 4 points: 76.5% is 3.5 points short.
    expect(judge(0.765, t({}))).toEqual({
      status: "AMBER",
      variance: expect.closeTo(-0.035, 12),
      attainment: expect.closeTo((0.765 / 0.8) * 100, 9),
    });
    expect(judge(0.76, t({}))!.status).toBe("AMBER"); // exactly on the band edge
    expect(judge(0.759, t({}))!.status).toBe("RED");
  });

  test("lower is better: the variance is positive when under target", () => {
    const asa = t({ kpi: "asa", target: 30, direction: "lower" });
    expect(judge(27, asa)).toEqual({ status: "GREEN", variance: 3, attainment: 100 });
    expect(judge(31.5, asa)).toEqual({
      status: "AMBER",
      variance: -1.5,
      attainment: expect.closeTo((30 / 31.5) * 100, 9),
    });
    expect(judge(40, asa)!.status).toBe("RED");
    expect(judge(0, asa)!.attainment).toBe(100);
  });

  test("a band: inside is met, outside is measured from the nearer edge", () => {
    const occ = t({
      kpi: "occupancy",
      target: 0.815,
      direction: "band",
      bandLow: 0.75,
      bandHigh: 0.88,
    });
    expect(judge(0.8, occ)).toEqual({ status: "GREEN", variance: 0, attainment: 100 });
    expect(judge(0.74, occ)).toEqual({
      status: "AMBER",
      variance: expect.closeTo(-0.01, 12),
      attainment: expect.closeTo((0.74 / 0.75) * 100, 9),
    });
    expect(judge(0.95, occ)).toEqual({
      status: "RED",
      variance: expect.closeTo(-0.07, 12),
      attainment: expect.closeTo((0.88 / 0.95) * 100, 9),
    });
  });

  test("no target or no value: no status", () => {
    expect(judge(null, t({}))).toBeNull();
    expect(judge(0.5, t({ target: null }))).toBeNull();
  });

  test("the overall score is weighted attainment over judged KPIs", () => {
    const items = [
      { judgement: judge(0.82, t({}))!, weight: 20 }, // 100
      { judgement: judge(40, t({ kpi: "asa", target: 30, direction: "lower" }))!, weight: 10 }, // 75
      { judgement: null, weight: 50 }, // not measured: left out
    ];
    expect(overallScore(items)).toBeCloseTo((100 * 20 + 75 * 10) / 30, 12);
    expect(overallScore([{ judgement: null, weight: 5 }])).toBeNull();
  });

  test("the defaults are the spec's", () => {
    const d = new Map(defaultTargets().map((x) => [x.kpi, x]));
    expect(d.get("serviceLevel")).toMatchObject({
      target: 0.8,
      direction: "higher",
      amberBand: 0.05,
    });
    expect(d.get("answerRate")!.target).toBe(0.95);
    expect(d.get("abandonRate")).toMatchObject({ target: 0.05, direction: "lower" });
    expect(d.get("asa")).toMatchObject({ target: 30, direction: "lower" });
    expect(d.get("occupancy")).toMatchObject({ direction: "band", bandLow: 0.75, bandHigh: 0.88 });
    expect(d.get("shrinkage")).toMatchObject({ target: 0.3, direction: "lower" });
    expect(d.get("forecastAccuracy")!.target).toBe(0.95);
    expect(d.get("fcr")!.target).toBe(0.7);
    expect(d.get("satisfactionRate")!.target).toBe(0.9);
    expect(d.get("satisfactionScore")!.target).toBe(85);
    expect(d.get("nps")!.target).toBe(20);
    expect(d.get("complaintRate")).toMatchObject({ target: 5, direction: "lower" });
    expect(d.get("qaScore")!.target).toBe(90);
    expect(d.get("aht")!.target).toBeNull();
    expect(d.get("costPerCall")!.target).toBeNull();
    expect(defaultTargets().reduce((s, x) => s + x.weight, 0)).toBe(100);
  });
});

describe("the Targets table", () => {
  test.each(["en", "zh-CN"] as const)("round-trips in %s", (lang) => {
    const table = targetsToTable(defaultTargets(), lang);
    // 16 KPIs and the cost-currency row (empty: no currency).
    expect(table.rows).toHaveLength(17);
    const back = targetsFromTable(table.headers, table.rows);
    expect(back.problems).toEqual([]);
    expect(back.targets).toEqual(defaultTargets());
    expect(back.currency).toBeNull();
  });

  test.each(["en", "zh-CN"] as const)("the cost currency row round-trips in %s", (lang) => {
    const table = targetsToTable(defaultTargets(), lang, "EUR");
    expect(table.rows[16][1]).toBe("EUR");
    expect(targetsFromTable(table.headers, table.rows).currency).toBe("EUR");
    expect(targetsFromTable(["KPI", "Target"], [["成本币种", " 元 "]]).currency).toBe("元");
  });

  test("edited values are read, text percentages included; problems name the row and the fix", () => {
    const headers = ["KPI", "Target", "Direction", "Weight"];
    const rows = [
      ["Service level", "85%", "higher", 30],
      ["投诉率", 3, "越低越好", ""],
      ["Speed of light", 1, "higher", 1],
      ["ASA", "fast", "lower", 5],
      ["Cost per call", 9.5, "lower", 5],
    ];
    const { targets, problems } = targetsFromTable(headers, rows);
    const by = new Map(targets.map((x) => [x.kpi, x]));
    expect(by.get("serviceLevel")).toMatchObject({ target: 0.85, weight: 30 });
    expect(by.get("complaintRate")).toMatchObject({ target: 3, weight: 5 });
    expect(by.get("costPerCall")).toMatchObject({ target: 9.5, weight: 5 });
    expect(by.get("asa")!.target).toBe(30); // unreadable: the default stays
    expect(problems).toEqual([
      expect.stringMatching(/^Targets row 4: unknown KPI "Speed of light"/),
      expect.stringMatching(/^Targets row 5: target "fast" is not a number/),
    ]);
  });

  test("the Chinese table is headed with the glossary's words (目标值, 预警幅度)", () => {
    expect(targetsToTable(defaultTargets(), "zh-CN").headers).toEqual([
      "指标",
      "目标值",
      "方向",
      "区间下限",
      "区间上限",
      "预警幅度",
      "权重",
    ]);
  });

  test("a table made by an earlier version (目标, 黄灯幅度, 净推荐值) still reads", () => {
    const headers = ["指标", "目标", "方向", "黄灯幅度", "权重"];
    const rows = [
      ["服务水平", 0.85, "越高越好", 0.1, 30],
      ["净推荐值", 25, "越高越好", 0.05, 5],
    ];
    const { targets, problems } = targetsFromTable(headers, rows);
    expect(problems).toEqual([]);
    const by = new Map(targets.map((x) => [x.kpi, x]));
    expect(by.get("serviceLevel")).toMatchObject({ target: 0.85, amberBand: 0.1, weight: 30 });
    expect(by.get("nps")).toMatchObject({ target: 25 });
  });

  test("problems are said in the user's language, naming the directions that language writes", () => {
    const { problems } = targetsFromTable(
      ["指标", "目标值", "方向"],
      [["服务水平", "快", "越大越好"]],
      10000,
      "zh-CN"
    );
    expect(problems).toEqual([
      "目标值表第 2 行：目标值“快”不是数字，请填写数字（80% 或 0.8）。",
      "目标值表第 2 行：方向“越大越好”无法识别，请填写越高越好、越低越好或区间内。",
    ]);
  });

  test("a table without KPI and Target columns falls back to the defaults and says so", () => {
    const { targets, problems } = targetsFromTable(["Name", "Value"], [["x", 1]]);
    expect(targets).toEqual(defaultTargets());
    expect(problems[0]).toContain('"KPI" and "Target"');
  });
});
