/**
 * Column widths of Chinese text: full-width punctuation is as wide as a Chinese character, a closing bracket
 * never starts a line, and a short bracketed note stays on one line, so a wrapped header such as
 * 差异（正数为优于目标） never leaves a lone "）" on its own line. Expected widths computed by hand from the
 * model's constants (a Chinese character or full-width mark = 2.5 Latin characters, 1.3 characters per
 * unit, bold ×1.12, 2 units of padding, rounded up to half a unit).
 */
import type { Block } from "../../src/workbook";
import { breakPieces, measureColumnWidths } from "../../src/report/layout/columnWidths";
import { textWidth } from "../../src/report/layout/builder";
import { header } from "../../src/report/layout/cells";

const oneCell = (cell: Block["cells"][number][number]): Block[] => [
  { id: "t", row: 0, col: 0, cells: [[cell]] },
];

describe("Chinese text widths", () => {
  test("full-width punctuation counts as wide as a Chinese character", () => {
    // 7 marks × 2.5
    expect(textWidth("，。：；、（）")).toBe(17.5);
    // 4 characters + 2 brackets, all wide: 6 × 2.5
    expect(textWidth("差异（正数）")).toBe(15);
    // Latin and digits count 1 each: "20 " (3) + 秒 (2.5)
    expect(textWidth("20 秒")).toBe(5.5);
  });

  test("a closing mark stays with the character before it, an opening one with the one after", () => {
    expect(breakPieces("差异（正数为优于目标）")).toEqual([
      "差",
      "异",
      "（正",
      "数",
      "为",
      "优",
      "于",
      "目",
      "标）",
    ]);
    expect(breakPieces("达标指标：服务水平、接通率。")).toEqual([
      "达",
      "标",
      "指",
      "标：",
      "服",
      "务",
      "水",
      "平、",
      "接",
      "通",
      "率。",
    ]);
    expect(breakPieces("Variance (+ = better)")).toEqual(["Variance", "(+", "=", "better)"]);
  });

  test("the scorecard's variance header asks for its note on one line: no lone ）", () => {
    // The note （正数为优于目标） is 9 wide characters: 22.5; bold ×1.12 = 25.2; /1.3 = 19.38…; +2 = 21.38…
    // → 21.5 units. (Half the text, 11 × 2.5 × 0.58 = 15.95, asks for less.)
    expect(measureColumnWidths(oneCell(header("差异（正数为优于目标）")), 1)).toEqual([21.5]);
    // 环比变化（正数为改善）: the note is 7 wide: 17.5; half the text 11 × 2.5 × 0.58 = 15.95; the note wins:
    // 17.5 × 1.12 / 1.3 = 15.08 + 2 = 17.08 → 17.5 units.
    expect(measureColumnWidths(oneCell(header("环比变化（正数为改善）")), 1)).toEqual([17.5]);
  });

  test("a long note may wrap inside: it is not kept whole", () => {
    // The note is 13 characters and 2 brackets, 15 × 2.5 = 37.5 > 24: only half the text counts,
    // 17 × 2.5 × 0.58 = 24.65; × 1.12 / 1.3 = 21.24 + 2 = 23.24 → 23.5 units.
    expect(measureColumnWidths(oneCell(header("说明（这是一段很长的补充说明文字）")), 1)).toEqual([
      23.5,
    ]);
  });
});
