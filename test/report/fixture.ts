/** A hand-sized activity table whose sums are worked out by hand in the tests that use it. */
import {
  DEFAULT_REPORT_OPTIONS,
  defaultTargets,
  type RawTable,
  type ReportOptions,
} from "../../src/report";
import { ACTIVITY_HEADERS } from "../../src/cli/sample/generate";

/** The sample month's columns: every column of spec §1 but the interval. */
export const HEADERS = ACTIVITY_HEADERS;

// prettier-ignore
export const ROWS: unknown[][] = [
  ["2026-10-01", "A", 100, 90, 10, 4, 72, 1800, 27000, 10, 14, 110, 60, 80, 20, 18, 1700, 10, 6, 4, 1, 5, 450, 900],
  ["2026-10-02", "A", 300, 240, 60, 20, 150, 18000, 96000, 40, 50, 270, 150, 200, 30, 24, 2400, 12, 10, 8, 5, 10, 880, 3000],
  ["2026-10-01", "B", 50, 50, 0, 0, 45, 200, 15000, 6, 8, 50, 40, 45, 5, 5, 480, 3, 2, 0, 0, 2, 190, 400],
];

export function fixtureTable(rows: unknown[][] = ROWS, headers: unknown[] = HEADERS): RawTable {
  return { headers, rows: rows.map((r) => [...r]), firstRowNumber: 2 };
}

export function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    ...DEFAULT_REPORT_OPTIONS,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
    ...extra,
  };
}

/** A whole-sheet view of a model sheet: value at (row, col), 0-based. */
export function cellAt(sheet: {
  blocks: { row: number; col: number; cells: { value: unknown }[][] }[];
}) {
  const map = new Map<string, unknown>();
  for (const b of sheet.blocks)
    b.cells.forEach((cells, r) =>
      cells.forEach((c, k) => map.set(`${b.row + r},${b.col + k}`, c.value))
    );
  return (row: number, col: number) => map.get(`${row},${col}`) ?? null;
}
