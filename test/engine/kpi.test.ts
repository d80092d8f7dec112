import {
  costPerCall,
  kpiAttainment,
  kpiStatus,
  netPromoterScore,
  parseDirection,
  scorecard,
} from "../../src/engine/kpi";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";

describe("costs and surveys", () => {
  test("COSTPERCALL = cost / handled calls; no handled calls has no answer", () => {
    expect(costPerCall(5000, 1250)).toBe(4);
    expect(() => costPerCall(5000, 0)).toThrow(WfmNoAnswerError);
    expect(() => costPerCall(-1, 10)).toThrow(/cost must be ≥ 0/);
  });

  test("NPS = %promoters − %detractors, from −100 to 100", () => {
    expect(netPromoterScore(60, 25, 15)).toBeCloseTo(45, 12);
    expect(netPromoterScore(0, 0, 7)).toBe(-100);
    expect(netPromoterScore(3, 0, 0)).toBe(100);
    expect(() => netPromoterScore(0, 0, 0)).toThrow(/no survey responses/);
  });
});

describe("KPI attainment, status and the scorecard", () => {
  test("directions: higher / lower in any case, or 1 / −1", () => {
    expect(parseDirection("Higher")).toBe(1);
    expect(parseDirection(" LOWER ")).toBe(-1);
    expect(parseDirection(1)).toBe(1);
    expect(parseDirection(-1)).toBe(-1);
    expect(() => parseDirection("up")).toThrow(
      new WfmInputError("direction", 'direction must be "higher" or "lower" (or 1 / -1), not "up"')
    );
    expect(() => parseDirection(0)).toThrow(/direction must be/);
  });

  test("attainment is actual/target (higher) or target/actual (lower), clipped to [0, cap]", () => {
    expect(kpiAttainment(0.72, 0.8, 1)).toBeCloseTo(0.9, 15);
    expect(kpiAttainment(0.9, 0.8, 1)).toBe(1);
    expect(kpiAttainment(0.9, 0.8, 1, 1.2)).toBeCloseTo(1.125, 15);
    expect(kpiAttainment(40, 30, -1)).toBeCloseTo(0.75, 15); // ASA 40 s against 30 s
    expect(kpiAttainment(0, 30, -1)).toBe(1); // nothing is better than any lower-is-better target
    expect(kpiAttainment(-20, 30, 1)).toBe(0);
    expect(() => kpiAttainment(1, 0, 1)).toThrow(/target must be > 0/);
  });

  test("status: GREEN when met, AMBER within the band of the target, else RED", () => {
    expect(kpiStatus(0.8, 0.8, 1)).toBe("GREEN");
    expect(kpiStatus(0.76, 0.8, 1)).toBe("AMBER"); // exactly 5% short, as typed
    expect(kpiStatus(0.759, 0.8, 1)).toBe("RED");
    expect(kpiStatus(31.5, 30, -1)).toBe("AMBER");
    expect(kpiStatus(29, 30, -1)).toBe("GREEN");
    expect(kpiStatus(33, 30, -1, 0.1)).toBe("AMBER");
    expect(kpiStatus(33.1, 30, -1, 0.1)).toBe("RED");
  });

  test("scorecard: weighted attainment 0–100, weights need not sum to 1", () => {
    const score = scorecard([
      { actual: 0.72, target: 0.8, weight: 2, direction: 1 }, // 0.9
      { actual: 40, target: 30, weight: 1, direction: -1 }, // 0.75
      { actual: 0.03, target: 0.05, weight: 1, direction: -1 }, // 1 (capped)
    ]);
    expect(score).toBeCloseTo((100 * (2 * 0.9 + 0.75 + 1)) / 4, 12);
    expect(() => scorecard([{ actual: 1, target: 1, weight: 0, direction: 1 }])).toThrow(
      /weights must add up to more than 0/
    );
    expect(() =>
      scorecard([{ actual: 1, target: 0, weight: 1, direction: 1, label: "row 2" }])
    ).toThrow("target must be > 0 (row 2)");
  });
});
