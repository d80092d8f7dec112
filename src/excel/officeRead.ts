/**
 * Reading through Office.js in as few requests as Excel on the web's 5 MB reply limit allows: the first
 * request carries the sheet and table names, the optional tables' existence and the size of every source;
 * then one request per MAX_CELLS_PER_READ cells of values (the optional tables' values ride with the first).
 * Every sync() is a network round trip in Excel on the web, so nothing here syncs once per item.
 */
import type { RangeRef } from "../workbook";
import {
  EmptySelectionError,
  MAX_CELLS_PER_READ,
  ReadCancelledError,
  type ReadRequest,
  type SheetTable,
  type SourceRef,
  type WorkbookSnapshot,
} from "./port";

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const DIMENSIONS = "rowIndex,columnIndex,rowCount,columnCount";

/** Where a source's cells are, once its first request came back. */
interface Located {
  sheetName: string;
  /** The header row and the data rows below it. */
  area: Area;
  source: SourceRef;
  widenedTo?: "table" | "region";
}

/**
 * A source whose size is queued in the first request; `locate` reads the answer after the sync, or names
 * the Excel table a selected cell sits in (its size takes one more request).
 */
interface Pending {
  locate: () => Located | { tableName: string };
}

function usedArea(range: Excel.Range): Excel.Range {
  return range.getUsedRangeOrNullObject(true).load(DIMENSIONS);
}

function queueTable(context: Excel.RequestContext, name: string): () => Located {
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load(DIMENSIONS);
  const body = table.getDataBodyRange().load("rowCount");
  const sheet = table.worksheet.load("name");
  return () => ({
    sheetName: sheet.name,
    area: { ...dimensions(header), rowCount: 1 + body.rowCount },
    source: { kind: "table", name },
  });
}

function dimensions(range: Excel.Range): Area {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

function queueSource(
  context: Excel.RequestContext,
  source: SourceRef,
  worksheet: (name: string) => Excel.Worksheet
): Pending {
  if (source.kind === "table") return { locate: queueTable(context, source.name) };
  if (source.kind === "region" || source.kind === "range") {
    const ws = worksheet(source.sheet);
    const range =
      source.kind === "region"
        ? ws.getCell(source.row, source.col).getSurroundingRegion()
        : ws.getRangeByIndexes(source.ref.row, source.ref.col, source.ref.rows, source.ref.cols);
    const used = usedArea(range);
    return {
      locate: () => {
        if (used.isNullObject) throw new EmptySelectionError();
        return { sheetName: source.sheet, area: dimensions(used), source };
      },
    };
  }
  const selected = context.workbook.getSelectedRange().load(DIMENSIONS);
  const sheet = selected.worksheet.load("name");
  // Only the used part: selecting whole columns (A:F) must not read a million empty rows.
  const used = usedArea(selected);
  // A single cell stands for its table or its surrounding region (ExcelApi 1.9 and 1.7: within the 1.9
  // the taskpane requires). Queued for every selection so that no request is spent asking first.
  const tables = selected.getTables(false).load("items/name");
  const region = usedArea(selected.getSurroundingRegion());
  return {
    locate: () => {
      const single = selected.rowCount === 1 && selected.columnCount === 1;
      if (single && tables.items.length > 0) return { tableName: tables.items[0].name };
      const area = single ? region : used;
      if (area.isNullObject) throw new EmptySelectionError();
      const found = dimensions(area);
      const ref: RangeRef = single
        ? {
            row: found.rowIndex,
            col: found.columnIndex,
            rows: found.rowCount,
            cols: found.columnCount,
          }
        : {
            row: selected.rowIndex,
            col: selected.columnIndex,
            rows: selected.rowCount,
            cols: selected.columnCount,
          };
      return {
        sheetName: sheet.name,
        area: found,
        source: single
          ? { kind: "region", sheet: sheet.name, row: ref.row, col: ref.col }
          : { kind: "range", sheet: sheet.name, ref },
        widenedTo: single ? "region" : undefined,
      };
    },
  };
}

/** One slice of a source's rows, read in one request with others up to MAX_CELLS_PER_READ cells. */
interface Slice {
  source: number;
  rowStart: number;
  rows: number;
}

function slicesOf(located: Located[]): Slice[][] {
  const requests: Slice[][] = [[]];
  let cells = 0;
  located.forEach(({ area }, source) => {
    const rowsPerRead = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, area.columnCount)));
    for (let rowStart = 0; rowStart < area.rowCount; rowStart += rowsPerRead) {
      const rows = Math.min(rowsPerRead, area.rowCount - rowStart);
      const size = rows * area.columnCount;
      if (cells > 0 && cells + size > MAX_CELLS_PER_READ) {
        requests.push([]);
        cells = 0;
      }
      requests[requests.length - 1].push({ source, rowStart, rows });
      cells += size;
    }
  });
  return requests;
}

export async function readWorkbookThroughOffice(
  context: Excel.RequestContext,
  request: ReadRequest,
  worksheet: (name: string) => Excel.Worksheet
): Promise<WorkbookSnapshot> {
  const checkCancel = () => {
    if (request.signal?.aborted) throw new ReadCancelledError();
  };
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const pending = (request.sources ?? []).map((source) => queueSource(context, source, worksheet));
  const optional = (request.optionalTables ?? []).map((name) => ({
    name,
    table: context.workbook.tables.getItemOrNullObject(name).load("name"),
  }));
  await context.sync();
  checkCancel();

  const first = pending.map((p) => p.locate());
  // A selected cell inside an Excel table: the table's own size takes one more request.
  const inTables = first.map((found) =>
    "tableName" in found ? queueTable(context, found.tableName) : undefined
  );
  if (inTables.some((locate) => locate)) {
    await context.sync();
    checkCancel();
  }
  const located: Located[] = first.map((found, i) =>
    "tableName" in found ? { ...inTables[i]!(), widenedTo: "table" } : found
  );

  const optionalRanges = optional
    .filter(({ table }) => !table.isNullObject)
    .map(({ name, table }) => ({
      name,
      range: table.getRange().load("values,rowIndex,columnIndex"),
      sheet: table.worksheet.load("name"),
    }));
  const values: unknown[][][] = located.map(() => []);
  const totalRows = located.reduce((sum, l) => sum + Math.max(0, l.area.rowCount - 1), 0);
  const requests = located.length > 0 ? slicesOf(located) : optionalRanges.length > 0 ? [[]] : [];
  for (const slices of requests) {
    const parts = slices.map((slice) => {
      const { area } = located[slice.source];
      const range = worksheet(located[slice.source].sheetName)
        .getRangeByIndexes(
          area.rowIndex + slice.rowStart,
          area.columnIndex,
          slice.rows,
          area.columnCount
        )
        .load("values");
      return { slice, range };
    });
    // One request per 50,000 cells is the point here: each reply stays far under the 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    checkCancel();
    for (const { slice, range } of parts)
      for (const row of range.values) values[slice.source].push(row);
    request.onRows?.(
      values.reduce((sum, v) => sum + Math.max(0, v.length - 1), 0),
      totalRows
    );
  }

  const asTable = (
    grid: unknown[][],
    sheetName: string,
    area: Pick<Area, "rowIndex" | "columnIndex">
  ) => {
    const [headers = [], ...rows] = grid;
    return {
      headers,
      rows,
      firstRowNumber: area.rowIndex + 2,
      sheetName,
      firstColumn: area.columnIndex,
    };
  };
  return {
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    sources: located.map((l, i): SheetTable => ({
      ...asTable(values[i], l.sheetName, l.area),
      source: l.source,
      ...(l.widenedTo ? { widenedTo: l.widenedTo } : {}),
    })),
    optionalTables: Object.fromEntries(
      optionalRanges.map(({ name, range, sheet }) => [
        name,
        asTable(range.values, sheet.name, range),
      ])
    ),
  };
}
