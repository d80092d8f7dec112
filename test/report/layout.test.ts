import { ACTIVITY_FIELDS, buildReport, detectColumns } from "../../src/report";
import { wrappedLines } from "../../src/report/layout/builder";
import { fixtureTable, HEADERS, options, ROWS } from "./fixture";

const mapping = detectColumns(HEADERS, ACTIVITY_FIELDS);

describe("wrapped text in merged cells: rows as tall as their text, no taller", () => {
  // 1.4 Latin characters of 10 pt text per unit of column width; a Chinese character counts 2.5.
  test.each([
    ["a".repeat(112), 80, 1], // 80 × 1.4 = 112 characters fit on a line
    ["a".repeat(113), 80, 2],
    ["a".repeat(124), 56, 2], // 56 × 1.4 = 78.4 a line
    ["a".repeat(157), 56, 3],
    ["服".repeat(44), 80, 1], // 44 × 2.5 = 110 ≤ 112
    ["服".repeat(45), 80, 2], // 112.5
    ["", 10, 1],
  ])("%#: %s in %i units: %i line(s)", (text, units, lines) => {
    expect(wrappedLines(text, units)).toBe(lines);
  });

  test("data quality: the problem across B:D, what it left out of across E:K, heights by the longer", () => {
    // Row 3 of the sheet: answered 400 > offered 300, which leaves both out of nine KPIs.
    const rows = ROWS.map((r) => [...r]);
    rows[1][HEADERS.indexOf("Answered")] = 400;
    const sheet = buildReport(fixtureTable(rows), mapping, options()).sheets[0];
    const quality = sheet.blocks.find((b) => b.id === "quality")!;
    const line = quality.cells[1];
    expect(line[0].value).toBe(3);
    expect(line[1].value).toBe("Answered > Offered");
    const excluded =
      "Service level, Answer rate, Abandon rate, ASA, AHT, Calls per staffed hour, Forecast accuracy, " +
      "Complaint rate, Cost per call";
    expect(line[4].value).toBe(excluded);
    expect(quality.merges).toContainEqual({ row: quality.row + 1, col: 1, rows: 1, cols: 3 });
    expect(quality.merges).toContainEqual({ row: quality.row + 1, col: 4, rows: 1, cols: 7 });
    // E:K is 12 + 12 + 12 + 11 + 12 + 12 + 12 = 83 units, 116 characters a line: 124 characters take 2
    // lines, 2 × 13 + 2 = 28 pt (the old G:K estimate of 60 a line gave 3 lines and an empty-looking one).
    expect(sheet.rowHeights?.[quality.row + 1]).toBe(28);
    // The header row holds one line.
    expect(sheet.rowHeights?.[quality.row]).toBeUndefined();
  });
});
