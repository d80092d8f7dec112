/** Sheet naming shared by the Office.js and .xlsx writers: expected names worked out by hand from Excel's rules. */
import { cleanSheetName, MAX_SHEET_NAME_LENGTH, uniqueSheetName } from "../../src/workbook";

describe("cleanSheetName", () => {
  test("each forbidden character : \\ / ? * [ ] becomes a hyphen", () => {
    expect(cleanSheetName("Q3/Q4: [draft]?")).toBe("Q3-Q4- -draft--");
    expect(cleanSheetName("a\\b*c")).toBe("a-b-c");
  });
  test("apostrophes at either end and surrounding spaces are dropped; inner ones stay", () => {
    expect(cleanSheetName("'Bob's plan'")).toBe("Bob's plan");
    expect(cleanSheetName("  SQ  ")).toBe("SQ");
  });
  test("at most 31 characters, with no space left dangling at the cut", () => {
    expect(cleanSheetName("x".repeat(40))).toBe("x".repeat(31));
    // 30 characters then a space at position 31: the cut leaves "…x " and the trailing space goes.
    expect(cleanSheetName(`${"x".repeat(30)} tail`)).toBe("x".repeat(30));
  });
  test("apostrophes and spaces mixed at the ends go too, also where the 31-character cut exposes them", () => {
    expect(cleanSheetName(" 'x")).toBe("x");
    expect(cleanSheetName("x' ")).toBe("x");
    expect(cleanSheetName(`${"x".repeat(30)}'tail`)).toBe("x".repeat(30));
  });
  test("the cut never splits an emoji (a surrogate pair) in two", () => {
    // 30 x's then 😀 (two UTF-16 units): a cut at 31 units would keep only its first half.
    expect(cleanSheetName(`${"x".repeat(30)}😀`)).toBe("x".repeat(30));
    expect(cleanSheetName(`${"x".repeat(29)}😀`)).toBe(`${"x".repeat(29)}😀`);
  });
  test("a name with nothing left becomes 'Sheet'", () => {
    expect(cleanSheetName("''")).toBe("Sheet");
    expect(cleanSheetName("   ")).toBe("Sheet");
  });
});

describe("uniqueSheetName", () => {
  test("Excel's reserved name History is never used, in any case", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("HISTORY", ["history (2)"])).toBe("HISTORY (3)");
  });
  test("a free name is kept as it is", () => {
    expect(uniqueSheetName("SQ 2026-10", ["Data", "Targets"])).toBe("SQ 2026-10");
  });
  test("a taken name counts up past every taken suffix, comparing without case", () => {
    expect(uniqueSheetName("SQ 2026-10", ["SQ 2026-10"])).toBe("SQ 2026-10 (2)");
    expect(uniqueSheetName("Plan", ["PLAN", "plan (2)", "Plan (3)"])).toBe("Plan (4)");
  });
  test("takes a Set as well as an array (the .xlsx writer keeps a Set)", () => {
    expect(uniqueSheetName("SQ 2026-10", new Set(["sq 2026-10", "SQ 2026-10 (2)"]))).toBe(
      "SQ 2026-10 (3)"
    );
  });
  test("the name is cleaned before it is compared", () => {
    expect(uniqueSheetName("a/b:c", ["a-b-c"])).toBe("a-b-c (2)");
  });
  test("a long name is shortened so the suffix fits in 31 characters", () => {
    const long = "x".repeat(40);
    // 31 x's are taken; " (2)" is 4 characters, so 27 x's remain before it.
    expect(uniqueSheetName(long, ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName(long, ["x".repeat(31)])).toHaveLength(MAX_SHEET_NAME_LENGTH);
  });
});
