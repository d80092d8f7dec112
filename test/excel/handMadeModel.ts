/** A small report model made by hand (title, a styled table with formulas, a merge, a chart) for writer tests. */
import type { Block, ModelCell, WorkbookModel, SheetModel } from "../../src/workbook";
import { STATUS_COLOURS } from "../../src/workbook";

const header = { bold: true, borderBottom: true, fill: "DDEBF7" };

export function tableBlock(rows: number, row = 3): Block {
  const cells: ModelCell[][] = [
    ["Day", "Offered", "Answered", "Answer rate"].map((value) => ({ value, style: header })),
  ];
  for (let i = 0; i < rows; i++) {
    const r = row + 1 + i + 1; // 1-based sheet row of this data row
    cells.push([
      { value: 46296 + i, style: { numFmt: "yyyy-mm-dd" } },
      { value: 100 + i, style: { numFmt: "#,##0" } },
      { value: 90 + i, style: { numFmt: "#,##0" } },
      { value: (90 + i) / (100 + i), formula: `=C${r}/B${r}`, style: { numFmt: "0.0%" } },
    ]);
  }
  return { id: "trend", row, col: 0, cells };
}

export function handMadeSheet(name: string, dataRows = 5): SheetModel {
  const title: Block = {
    id: "title",
    row: 0,
    col: 0,
    cells: [
      [
        { value: "Service quality report — October 2026", style: { bold: true, fontSize: 16 } },
        { value: null },
      ],
      [
        { value: "Status", style: { italic: true } },
        {
          value: "GREEN",
          style: { fill: STATUS_COLOURS.GREEN.fill, fontColor: STATUS_COLOURS.GREEN.font },
        },
      ],
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
  };
  return {
    name,
    columnWidths: [14, 10, 10, 12],
    freeze: { rows: 4, cols: 1 },
    blocks: [title, tableBlock(dataRows)],
    charts: [
      {
        id: "volumes",
        kind: "column",
        title: "Offered and answered",
        categories: { row: 4, col: 0, rows: dataRows, cols: 1 },
        series: [
          { name: "Offered", values: { row: 4, col: 1, rows: dataRows, cols: 1 } },
          {
            name: "Answered",
            values: { row: 4, col: 2, rows: dataRows, cols: 1 },
            kind: "line",
            color: "1F77B4",
          },
        ],
        anchor: { row: 2, col: 6, widthPx: 480, heightPx: 280 },
        valueAxisFormat: "#,##0",
      },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 1 },
    },
    tabColor: "1F4E79",
    rowHeights: { 0: 24 },
    showGridLines: false,
  };
}

export function handMadeModel(name = "SQ 2026-10", dataRows = 5): WorkbookModel {
  return { lang: "en", sheets: [handMadeSheet(name, dataRows)] };
}
