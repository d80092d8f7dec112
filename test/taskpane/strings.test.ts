import { languageFor, STRINGS } from "../../src/taskpane/i18n";
import { PLAN_INPUT_DEFAULTS, planTargetsFromInputs } from "../../src/taskpane/planInputs";
import { PlanInputError } from "../../src/plan";
import { leaksIn } from "../helpers/languageLeaks";

describe("taskpane language", () => {
  test("Excel's display language picks the taskpane language", () => {
    expect(["zh-CN", "zh-cn", "zh-Hans-CN", "zh-SG", "zh"].map(languageFor)).toEqual(
      Array(5).fill("zh-CN")
    );
    expect(["en-US", "fr-FR", "zh-TW", "", undefined].map(languageFor)).toEqual(
      Array(5).fill("en")
    );
  });

  test("every label, in every language, reads in that language (the catalogue behind it is checked in test/i18n)", () => {
    // Sample arguments for the messages that take some; the rest take one or two strings.
    const samples: Record<string, unknown[]> = {
      rowsRead: [2, "Data"],
      otherColumns: [2],
      missingRequired: [["Date", "Queue"]],
    };
    const text = (value: unknown, key: string): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "function"
          ? [String((value as (...a: unknown[]) => string)(...(samples[key] ?? ["Date", "Queue"])))]
          : Object.values(value as Record<string, unknown>).flatMap((v) => text(v, key));
    for (const lang of ["en", "zh-CN"] as const) {
      const texts = Object.entries(STRINGS[lang]).flatMap(([key, value]) =>
        text(value, key).map((s): [string, string] => [key, s])
      );
      expect(texts.filter(([, s]) => s.trim() === "")).toEqual([]);
      expect(leaksIn(lang, texts, { userData: ["Data", "Date", "Queue", "2"] })).toEqual([]);
    }
  });

  test("counted phrases in English: 0, 1 and 2, by hand", () => {
    const s = STRINGS.en;
    expect([0, 1, 2].map((n) => s.rowsRead(n, "Data"))).toEqual([
      "No rows read from 'Data'.",
      "1 row read from 'Data'.",
      "2 rows read from 'Data'.",
    ]);
    expect(s.missingRequired(["Date"])).toBe("Map the required column first: Date.");
    expect(s.missingRequired(["Date", "Queue", "Offered"])).toBe(
      "Map the required columns first: Date, Queue, and Offered."
    );
    expect(STRINGS["zh-CN"].missingRequired(["日期", "队列"])).toBe("请先指定必填列：日期和队列。");
  });

  test("a note joins a label's unit in one bracket, never two", () => {
    expect(STRINGS["zh-CN"].withNote("最高占用率（%）", "可选")).toBe("最高占用率（%，可选）");
    expect(STRINGS.en.withNote("Max occupancy (%)", "optional")).toBe(
      "Max occupancy (%, optional)"
    );
    expect(STRINGS.en.withNote("Calls", "required")).toBe("Calls (required)");
    expect(STRINGS["zh-CN"].withNote("日期", "必填")).toBe("日期（必填）");
  });
});

describe("plan inputs", () => {
  const strings = STRINGS.en;
  test("percentages become fractions; empty optionals are absent", () => {
    expect(planTargetsFromInputs(PLAN_INPUT_DEFAULTS, strings)).toEqual({
      serviceLevel: 0.8,
      targetTimeSec: 20,
      intervalSec: 1800,
      shrinkage: 0.3,
      maxOccupancy: undefined,
      patienceSec: undefined,
      hourlyCost: undefined,
    });
    const filled = {
      ...PLAN_INPUT_DEFAULTS,
      maxOccupancyPct: "85%",
      patienceSec: " 90 ",
      hourlyCost: "1,250.5",
    };
    expect(planTargetsFromInputs(filled, strings)).toMatchObject({
      maxOccupancy: 0.85,
      patienceSec: 90,
      hourlyCost: 1250.5,
    });
  });

  test("a required input left empty or not a number names the field", () => {
    for (const [key, value] of [
      ["serviceLevelPct", ""],
      ["targetTimeSec", "twenty"],
    ] as const) {
      let caught: unknown;
      try {
        planTargetsFromInputs({ ...PLAN_INPUT_DEFAULTS, [key]: value }, strings);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PlanInputError);
      expect((caught as PlanInputError).field).toBe(key);
      expect((caught as Error).message).toBe(strings.notANumber(strings[key]));
    }
  });
});
