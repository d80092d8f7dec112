import { languageFor, STRINGS } from "../../src/taskpane/i18n";
import { PLAN_INPUT_DEFAULTS, planTargetsFromInputs } from "../../src/taskpane/planInputs";
import { PlanInputError } from "../../src/plan";

describe("taskpane language", () => {
  test("Excel's display language picks the taskpane language", () => {
    expect(["zh-CN", "zh-cn", "zh-Hans-CN", "zh-SG", "zh"].map(languageFor)).toEqual(
      Array(5).fill("zh-CN")
    );
    expect(["en-US", "fr-FR", "zh-TW", "", undefined].map(languageFor)).toEqual(
      Array(5).fill("en")
    );
  });

  test("every label exists in both languages, none empty, and the Chinese ones are Chinese", () => {
    const en = STRINGS.en as unknown as Record<string, unknown>;
    const zh = STRINGS["zh-CN"] as unknown as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const text = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "function"
          ? [String((value as (...a: string[]) => string)("X", "Y"))]
          : Object.values(value as Record<string, unknown>).flatMap(text);
    for (const key of Object.keys(en)) {
      for (const s of [...text(en[key]), ...text(zh[key])]) expect(s.trim()).not.toBe("");
      // Every Chinese string carries Chinese characters or full-width punctuation: nothing was left in English.
      expect({
        key,
        chinese: text(zh[key]).every((s) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(s)),
      }).toEqual({
        key,
        chinese: true,
      });
    }
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
