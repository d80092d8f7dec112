import { ACTIVITY_FIELDS, buildReport, detectColumns } from "../../src/report";
import { wrappedLines } from "../../src/report/layout/builder";
import { fixtureTable, HEADERS, options, ROWS } from "./fixture";

const mapping = detectColumns(HEADERS, ACTIVITY_FIELDS);

describe("wrapped text in merged cells: rows as tall as their text, no taller", () => {
  // 1.3 Latin characters of 10 pt text per unit of column width (as LibreOffice wraps the scorecard's
  // definitions); a Chinese character counts 2.5.
  test.each([
    ["a".repeat(104), 80, 1], // 80 × 1.3 = 104 characters fit on a line
    ["a".repeat(105), 80, 2],
    ["a".repeat(124), 56, 2], // 56 × 1.3 = 72.8 a line
    ["a".repeat(146), 56, 3], // more than 2 × 72.8 = 145.6
    ["服".repeat(41), 80, 1], // 41 × 2.5 = 102.5 ≤ 104
    ["服".repeat(42), 80, 2], // 105
    ["", 10, 1],
  ])("%#: %s in %i units: %i line(s)", (text, units, lines) => {
    expect(wrappedLines(text, units)).toBe(lines);
  });

  test("data quality: the problem across B:D, what it left out of across E:K, heights by the longer", () => {
    // Row 3 of the sheet: answered 400 > offered 300, which takes the row out of every call-volume figure
    // (one row, one truth); its surveys, QA, FCR and hours still count, and the list says so.
    const rows = ROWS.map((r) => [...r]);
    rows[1][HEADERS.indexOf("Answered")] = 400;
    const sheet = buildReport(fixtureTable(rows), mapping, options()).sheets[0];
    const quality = sheet.blocks.find((b) => b.id === "quality")!;
    const line = quality.cells[1];
    expect(line[0].value).toBe(3);
    expect(line[1].value).toBe("Answered > Offered");
    const excluded =
      "every call-volume figure (offered, answered, abandoned; Service level, Answer rate, Abandon rate, " +
      "ASA, AHT, Occupancy, Calls per staffed hour, Forecast accuracy, Complaint rate, Cost per call); " +
      "still used for Shrinkage, First-contact resolution, Satisfaction rate, Satisfaction score, NPS, QA score";
    expect(line[4].value).toBe(excluded);
    expect(quality.merges).toContainEqual({ row: quality.row + 1, col: 1, rows: 1, cols: 3 });
    expect(quality.merges).toContainEqual({ row: quality.row + 1, col: 4, rows: 1, cols: 7 });
    // E:K holds 1.3 characters per unit of its widths; the excluded text (all Latin) takes as many lines
    // as it needs, 13 pt each plus 2 pt of padding.
    const units = sheet.columnWidths.slice(4, 11).reduce((x, y) => x + y, 0);
    const lines = Math.ceil(excluded.length / (units * 1.3));
    expect(lines).toBeGreaterThan(1);
    expect(sheet.rowHeights?.[quality.row + 1]).toBe(13 * lines + 2);
    // The header row holds one line.
    expect(sheet.rowHeights?.[quality.row]).toBeUndefined();
  });
});
