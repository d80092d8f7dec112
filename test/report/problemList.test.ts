/**
 * Data quality at any size: the report sheet lists the first 200 problems and counts every kind; the complete
 * list is a sheet of its own (or, for the command line, a CSV beside the .xlsx). The table is made here:
 * 3,000 rows, the first 1,000 with text in Offered, the next 500 with Answered > Offered.
 */
import {
  ACTIVITY_FIELDS,
  buildReport,
  buildReportWithAnalysis,
  detectColumns,
  problemKinds,
  PROBLEMS_SHOWN,
  type RawTable,
} from "../../src/report";
import { options } from "./fixture";

const HEADERS = ["Date", "Queue", "Offered", "Answered"];
function table(): RawTable {
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const date = `2026-10-${String(1 + (i % 28)).padStart(2, "0")}`;
    if (i < 1000) return [date, `Q${i}`, "lots", 90];
    if (i < 1500) return [date, `Q${i}`, 100, 200];
    return [date, `Q${i}`, 100, 90];
  });
  return { headers: HEADERS, rows, firstRowNumber: 2 };
}
const mapping = detectColumns(HEADERS, ACTIVITY_FIELDS);

describe("data quality with thousands of problems", () => {
  const { model, analysis } = buildReportWithAnalysis(table(), mapping, options());
  const sheet = model.sheets[0];
  const block = (id: string) => sheet.blocks.find((b) => b.id === id)!;

  test("the report lists the first 200 problems, in row order, with their sheet rows", () => {
    const quality = block("quality");
    expect(PROBLEMS_SHOWN).toBe(200);
    expect(quality.cells).toHaveLength(1 + 200);
    // Data rows start at sheet row 2: the problems are rows 2, 3, … (text in Offered).
    expect(quality.cells.slice(1).map((r) => r[0].value)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 2)
    );
    // Two merges per listed row and two for the header: bounded, whatever the total.
    expect(quality.merges).toHaveLength(2 * 201);
  });

  test("every kind is counted", () => {
    expect(problemKinds(analysis)).toEqual([
      { code: "text", count: 1000 },
      { code: "exceeds", count: 500 },
    ]);
    const kinds = block("quality-kinds");
    expect(kinds.cells.slice(1).map((r) => [r[0].value, r[1].value])).toEqual([
      [1000, "Text in a number column"],
      [500, "Counts contradict each other"],
    ]);
  });

  test("rows read = used + used in part + rejected + blank + other months, stated", () => {
    const q = analysis.quality;
    expect(q.rowsRead).toBe(3000);
    expect(q.rowsUsed + q.rowsPartlyUsed + q.rowsRejected + q.blankRows + q.rowsOtherMonths).toBe(
      3000
    );
    const line = block("quality-reconciliation").cells[0][0].value as string;
    expect(line).toBe(
      `3,000 rows read = ${q.rowsUsed.toLocaleString("en-US")} used + ${q.rowsPartlyUsed.toLocaleString("en-US")} used in part + ${q.rowsRejected} rejected + 0 blank + 0 in other months.`
    );
    // The 1,500 problem rows are each used in part (the bad counts left out, the row kept).
    expect(q.rowsPartlyUsed).toBe(1500);
  });

  test("the complete list is a second sheet, one plain row per problem, and the report says where", () => {
    expect(model.sheets.map((s) => s.name)).toEqual(["SQ 2026-10", "Problems 2026-10"]);
    const list = model.sheets[1].blocks;
    expect(list).toHaveLength(1);
    expect(list[0].merges).toBeUndefined();
    expect(list[0].cells).toHaveLength(1 + 1500);
    expect(list[0].cells[0].map((c) => c.value)).toEqual(["Row", "Kind", "Problem", "Left out of"]);
    expect(list[0].cells[1500].map((c) => c.value).slice(0, 3)).toEqual([
      1501,
      "Counts contradict each other",
      "Answered > Offered",
    ]);
    expect(block("quality-more").cells[0][0].value).toBe(
      'The first 200 of 1,500 problems are listed below; the complete list is on the sheet "Problems 2026-10".'
    );
  });

  test("for the command line the list is left to a file, and the report says so", () => {
    const file = buildReport(table(), mapping, options({ problemList: "file" }));
    expect(file.sheets).toHaveLength(1);
    const more = file.sheets[0].blocks.find((b) => b.id === "quality-more")!;
    expect(more.cells[0][0].value).toContain(
      "the complete list is in the CSV file saved beside this workbook"
    );
  });

  test("200 problems or fewer: no second sheet, no note", () => {
    const small = table();
    small.rows = small.rows.slice(800, 1000); // 200 rows, each with text in Offered
    const m = buildReport(small, mapping, options());
    expect(m.sheets).toHaveLength(1);
    expect(m.sheets[0].blocks.find((b) => b.id === "quality-more")).toBeUndefined();
    expect(m.sheets[0].blocks.find((b) => b.id === "quality")!.cells).toHaveLength(201);
  });

  test("in Chinese too", () => {
    const zh = buildReport(table(), mapping, options({ lang: "zh-CN" }));
    expect(zh.sheets[1].name).toBe("数据问题 2026-10");
    const kinds = zh.sheets[0].blocks.find((b) => b.id === "quality-kinds")!;
    expect(kinds.cells[1][1].value).toBe("数字列中有文字");
  });
});
