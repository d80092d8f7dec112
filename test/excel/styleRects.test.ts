import { styleKey, styleRects } from "../../src/excel/styleRects";
import type { Block } from "../../src/workbook";

describe("styleRects", () => {
  test("one rectangle per area of identical style; unstyled cells get none", () => {
    const b = { bold: true };
    const p = { numFmt: "0%" };
    const block: Block = {
      id: "t",
      row: 10,
      col: 2,
      cells: [
        [{ value: 1, style: b }, { value: 2, style: b }, { value: 3 }],
        [
          { value: 1, style: p },
          { value: 2, style: p },
          { value: 3, style: p },
        ],
        [
          { value: 1, style: p },
          { value: 2, style: p },
          { value: 3, style: p },
        ],
        [
          { value: 1, style: { numFmt: "0%", bold: false } },
          { value: 2, style: b },
          { value: 3, style: b },
        ],
      ],
    };
    expect(styleRects(block)).toEqual([
      { ref: { row: 10, col: 2, rows: 1, cols: 2 }, style: b },
      { ref: { row: 11, col: 2, rows: 2, cols: 3 }, style: p },
      { ref: { row: 13, col: 2, rows: 1, cols: 1 }, style: { numFmt: "0%", bold: false } },
      { ref: { row: 13, col: 3, rows: 1, cols: 2 }, style: b },
    ]);
  });

  test("style keys ignore property order and false/undefined properties", () => {
    expect(styleKey({ bold: true, numFmt: "0" })).toBe(
      styleKey({ numFmt: "0", bold: true, italic: false })
    );
    expect(styleKey({})).toBe("");
    expect(styleKey({ bold: true })).not.toBe(styleKey({ italic: true }));
  });
});
