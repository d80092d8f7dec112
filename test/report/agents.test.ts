/** The agent table: its figures from test/input/agentRecords.ts, worked out by hand. */
import { ACTIVITY_FIELDS, buildReportWithAnalysis, detectColumns } from "../../src/report";
import { labels } from "../../src/report/labels";
import { AGENT_HEADERS, AGENT_ROWS } from "../input/agentRecords";
import { fixtureTable, HEADERS, options } from "./fixture";

const build = (headers: unknown[], rows: unknown[][], lang: "en" | "zh-CN" = "en") =>
  buildReportWithAnalysis(
    fixtureTable(rows, headers),
    detectColumns(headers, ACTIVITY_FIELDS),
    options({ lang, month: "2026-10" })
  );

describe("the agent table", () => {
  const { model, analysis } = build(AGENT_HEADERS, AGENT_ROWS);
  const sheet = model.sheets[0];
  const block = sheet.blocks.find((b) => b.id === "agents")!;

  test("follows the queue breakdown, one row per agent, busiest first, with October's figures", () => {
    const ids = sheet.blocks.map((b) => b.id);
    expect(ids.indexOf("agents-title")).toBe(ids.indexOf("queues") + 1);
    expect(ids.indexOf("agents")).toBe(ids.indexOf("agents-title") + 1);
    expect(block.cells[0].slice(0, 6).map((c) => c.value)).toEqual([
      "Agent",
      "Answered",
      "AHT (s)",
      "FCR",
      "Satisfaction rate",
      "NPS",
    ]);
    const notMeasured = labels("en").notMeasured;
    const body = block.cells.slice(1, 4).map((r) => r.slice(0, 6).map((c) => c.value));
    // A1 (September's call left out): 3 answered, handle 390 + 70 = 460 → 153.3 s; resolved 2 of 3;
    // 1 satisfied of 2 surveys; NPS 2 promoters, 1 passive, 0 detractors → (2 − 0) / 3 × 100.
    // A2: 2 answered, 180 + 110 = 290 → 145 s; 1 of 2 resolved; 2 of 2 satisfied; 1 promoter, 1 detractor → 0.
    // A3: 1 answered, 420 s; no resolved flag and no NPS answer (not measured); 0 of 1 satisfied.
    expect(body[0][0]).toBe("A1");
    expect(body[0][1]).toBe(3);
    expect(body[0][2]).toBeCloseTo(460 / 3, 10);
    expect(body[0][3]).toBeCloseTo(2 / 3, 10);
    expect(body[0][4]).toBe(0.5);
    expect(body[0][5]).toBeCloseTo(200 / 3, 10);
    expect(body[1]).toEqual(["A2", 2, 145, 0.5, 1, 0]);
    expect(body[2]).toEqual(["A3", 1, 420, notMeasured, 0, notMeasured]);
    // The note after the last agent, and nothing more.
    expect(block.cells).toHaveLength(5);
    expect(String(block.cells[4][0].value)).toContain("abandoned and IVR-only calls have no agent");
    expect(analysis.agents.map((a) => a.holdSec)).toEqual([20, 15, 60]);
  });

  test("speaks Chinese in the glossary's words", () => {
    const zh = build(AGENT_HEADERS, AGENT_ROWS, "zh-CN").model.sheets[0];
    const head = zh.blocks.find((b) => b.id === "agents")!.cells[0].slice(0, 6);
    expect(head.map((c) => c.value)).toEqual([
      "坐席",
      "接通量",
      "平均处理时长（秒）",
      "一次解决率",
      "满意率",
      "净推荐值（NPS）",
    ]);
    expect(zh.blocks.find((b) => b.id === "agents-title")!.cells[0][0].value).toBe("分坐席统计");
  });

  test("is absent without an agent column, and for the sums table", () => {
    const noAgent = build(
      AGENT_HEADERS.filter((h) => h !== "Agent ID"),
      AGENT_ROWS.map((r) => r.filter((_, i) => i !== 2))
    );
    expect(noAgent.analysis.agents).toEqual([]);
    const ids = noAgent.model.sheets[0].blocks.map((b) => b.id);
    expect(ids).not.toContain("agents");
    expect(ids).not.toContain("agents-title");
    const sums = build(
      HEADERS,
      [["2026-10-01", "A", 100, 90, 10]].map((r) => [...r, ...Array(HEADERS.length - 5).fill("")])
    );
    expect(sums.model.sheets[0].blocks.map((b) => b.id)).not.toContain("agents");
  });

  test("lists the 200 busiest agents and says how many more there are", () => {
    // 203 agents: agent k (1…203) answers k calls on 1 October, so the three least busy (1, 2, 3) are cut.
    const rows: unknown[][] = [];
    for (let k = 1; k <= 203; k++)
      for (let c = 0; c < k; c++)
        rows.push(["2026-10-01 09:00", "Q", `X${k}`, "Answered", "5", "60", "0", "0", "", "", ""]);
    const { model: big } = build(AGENT_HEADERS, rows);
    const sheet = big.sheets[0];
    // Longer than a page: cut into pages "agents", "agents-2", …, each starting with the header row, each
    // starting a printed page after the first.
    const pages = sheet.blocks.filter((b) => /^agents(-\d+)?$/.test(b.id));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.cells[0][0].value).toBe("Agent");
    for (const p of pages.slice(1)) expect(sheet.print.rowBreaks).toContain(p.row);
    const all = pages.flatMap((p) => p.cells.slice(1));
    const note = all.pop()!;
    expect(all).toHaveLength(200);
    expect(all[0][0].value).toBe("X203");
    expect(all[0][1].value).toBe(203);
    expect(all[199][0].value).toBe("X4");
    expect(String(note[0].value)).toContain(
      "The 200 busiest agents are listed: 3 more agents are not"
    );
  });
});
