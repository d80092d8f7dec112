/**
 * Checks that a fake workbook sheet holds exactly what a SheetModel says: every cell's value and formula at
 * its absolute position, every styled cell covered by exactly one format rectangle with that style, and no
 * format on unstyled cells. Independent of the writer's chunking and rectangle grouping.
 */
import type { CellStyle, SheetModel } from "../../src/workbook";
import type { FakeWorkbook } from "./fakeWorkbook";

function normalised(style: CellStyle | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(style ?? {}).filter(([, v]) => v !== undefined && v !== false)
  );
}

export function expectSameCells(
  workbook: FakeWorkbook,
  sheetName: string,
  model: SheetModel
): void {
  const sheet = workbook.sheet(sheetName);
  let expectedCells = 0;
  for (const block of model.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        expectedCells++;
        const at = `${block.row + r},${block.col + c}`;
        const written = sheet.cells.get(at);
        expect({ at, value: written?.value, formula: written?.formula }).toEqual({
          at,
          value: cell.value,
          formula: cell.formula,
        });
        const covering = sheet.formats.filter(
          ({ ref }) =>
            ref.row <= block.row + r &&
            block.row + r < ref.row + ref.rows &&
            ref.col <= block.col + c &&
            block.col + c < ref.col + ref.cols
        );
        const want = normalised(cell.style);
        if (Object.keys(want).length === 0)
          expect({ at, formats: covering.length }).toEqual({ at, formats: 0 });
        else
          expect({ at, styles: covering.map((f) => normalised(f.style)) }).toEqual({
            at,
            styles: [want],
          });
      })
    );
  }
  expect(sheet.cells.size).toBe(expectedCells);
  expect(sheet.merges).toEqual(model.blocks.flatMap((b) => b.merges ?? []));
  expect(sheet.charts).toEqual(model.charts);
  expect(sheet.columnWidths).toEqual(model.columnWidths);
  if (model.rowHeights && Object.keys(model.rowHeights).length > 0)
    expect(sheet.rowHeights).toEqual(model.rowHeights);
  else expect(sheet.rowHeights).toBeUndefined();
  expect(sheet.print).toEqual(model.print);
  expect(sheet.look).toEqual({ showGridLines: model.showGridLines, tabColor: model.tabColor });
  if (model.freeze) expect(sheet.freeze).toEqual(model.freeze);
}
