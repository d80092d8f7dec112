import { ACTIVITY_FIELDS, detectColumns } from "../../src/report";
import { analyse } from "../../src/report/analysis";
import { computeKpis } from "../../src/report/kpis";
import { parseActivity } from "../../src/report/rows";
import { fixtureTable, options, ROWS, HEADERS } from "./fixture";

/** Sums of the fixture, by hand: offered 100+300+50, answered 90+240+50, … */
const S = {
  offered: 450,
  answered: 380,
  abandoned: 70,
  short: 24,
  inSl: 267,
  wait: 20000,
  handle: 138000,
  staffed: 56,
  paid: 72,
  forecastAbsError: 10 + 30 + 0,
  fcrResolved: 250,
  fcrEligible: 325,
  surveys: 55,
  satisfied: 47,
  scoreSum: 4580,
  promoters: 25,
  passives: 18,
  detractors: 12,
  complaints: 6,
  qaCount: 17,
  qaSum: 1520,
  cost: 4300,
};

function kpis(extra: Parameters<typeof options>[0] = {}, table = fixtureTable()) {
  const o = options(extra);
  const parsed = parseActivity(table, detectColumns(table.headers, ACTIVITY_FIELDS));
  return computeKpis(parsed.rows, {
    slDenominator: o.slDenominator,
    slThresholdSec: o.slThresholdSec,
    complaintBase: o.complaintBase,
  });
}

describe("KPIs: monthly values are ratios of monthly sums (spec §2)", () => {
  const k = kpis();
  test.each([
    ["serviceLevel", S.inSl / (S.offered - S.short)],
    ["answerRate", S.answered / S.offered],
    ["abandonRate", S.abandoned / S.offered],
    ["asa", S.wait / S.answered],
    ["aht", S.handle / S.answered],
    ["occupancy", S.handle / (S.staffed * 3600)],
    ["shrinkage", 1 - S.staffed / S.paid],
    ["callsPerStaffedHour", S.answered / S.staffed],
    ["forecastAccuracy", 1 - S.forecastAbsError / S.offered],
    ["fcr", S.fcrResolved / S.fcrEligible],
    ["satisfactionRate", S.satisfied / S.surveys],
    ["satisfactionScore", S.scoreSum / S.surveys],
    ["nps", ((S.promoters - S.detractors) / (S.promoters + S.passives + S.detractors)) * 100],
    ["complaintRate", (S.complaints / S.answered) * 10000],
    ["qaScore", S.qaSum / S.qaCount],
    ["costPerCall", S.cost / S.answered],
  ] as const)("%s", (key, expected) => {
    expect(k[key]).toBeCloseTo(expected, 12);
  });

  test("service level is the ratio of sums, not the average of the rows' rates", () => {
    const averageOfRates = (72 / (100 - 4) + 150 / (300 - 20) + 45 / (50 - 0)) / 3;
    expect(averageOfRates).toBeCloseTo(0.7286, 4);
    expect(k.serviceLevel).toBeCloseTo(267 / 426, 12);
    expect(Math.abs(k.serviceLevel! - averageOfRates)).toBeGreaterThan(0.1);
  });

  test.each([
    ["offered", S.inSl / S.offered],
    ["offeredLessShortAbandons", S.inSl / (S.offered - S.short)],
    ["answered", S.inSl / S.answered],
  ] as const)("service-level denominator %s", (slDenominator, expected) => {
    expect(kpis({ slDenominator }).serviceLevel).toBeCloseTo(expected, 12);
  });

  test("the complaint base is configurable", () => {
    expect(kpis({ complaintBase: 1000 }).complaintRate).toBeCloseTo((6 / 380) * 1000, 12);
  });

  test("a KPI whose columns are absent is not measured (null), never 0", () => {
    const keep = ["Date", "Queue", "Offered", "Answered"];
    const idx = keep.map((h) => HEADERS.indexOf(h));
    const table = fixtureTable(
      ROWS.map((r) => idx.map((i) => r[i])),
      keep
    );
    const k2 = kpis({}, table);
    expect(k2.answerRate).toBeCloseTo(380 / 450, 12);
    expect(k2.abandonRate).toBeCloseTo(70 / 450, 12); // abandoned defaults to offered − answered
    for (const key of [
      "serviceLevel",
      "asa",
      "aht",
      "occupancy",
      "shrinkage",
      "fcr",
      "nps",
      "qaScore",
      "costPerCall",
    ] as const) {
      expect(k2[key]).toBeNull();
    }
  });

  test("without a short-abandons column the default SL denominator is offered", () => {
    const idx = HEADERS.map((_, i) => i).filter((i) => HEADERS[i] !== "Short abandons");
    const table = fixtureTable(
      ROWS.map((r) => idx.map((i) => r[i])),
      idx.map((i) => HEADERS[i])
    );
    expect(kpis({}, table).serviceLevel).toBeCloseTo(267 / 450, 12);
  });

  test("a zero denominator is not measured: no surveys means no satisfaction", () => {
    const rows = ROWS.map((r) =>
      r.map((v, i) => (HEADERS[i] === "Surveys" || HEADERS[i] === "Satisfied" ? 0 : v))
    );
    expect(kpis({}, fixtureTable(rows)).satisfactionRate).toBeNull();
  });
});

describe("scorecard and prior month", () => {
  test("the prior month is compared when the data holds it", () => {
    const sep = ROWS.map((r) => [String(r[0]).replace("2026-10", "2026-09"), ...r.slice(1)]);
    sep[0][HEADERS.indexOf("Answered within SL")] = 90; // September row 1: every answered call within SL
    const a = analyse(
      fixtureTable([...sep, ...ROWS]),
      detectColumns(HEADERS, ACTIVITY_FIELDS),
      options()
    );
    expect(a.month).toBe("2026-10");
    expect(a.priorMonth).toBe("2026-09");
    const sl = a.scorecard.find((l) => l.def.key === "serviceLevel")!;
    expect(sl.prior).toBeCloseTo((90 + 150 + 45) / 426, 12);
    expect(sl.change).toBeCloseTo(267 / 426 - 285 / 426, 12);
  });

  test("without the prior month there is no comparison", () => {
    const a = analyse(fixtureTable(), detectColumns(HEADERS, ACTIVITY_FIELDS), options());
    expect(a.priorMonth).toBeNull();
    expect(a.scorecard.every((l) => l.prior === null && l.change === null)).toBe(true);
  });
});
