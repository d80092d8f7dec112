/**
 * Groups a block's cell styles into rectangles of identical style, so a writer sets formats once per
 * rectangle instead of once per cell (per-cell calls are slow at thousands of cells).
 */
import type { Block, CellStyle } from "../workbook";
import type { StyledRect } from "./port";

/** A canonical key: two styles with the same properties (in any order) get the same key. */
export function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const entries = Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== false)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? "" : JSON.stringify(entries);
}

interface Run {
  colStart: number;
  colEnd: number; // exclusive
  key: string;
  style: CellStyle;
  rowStart: number;
  rows: number;
}

/**
 * Horizontal runs of equal style in each row, then runs with the same columns and style in consecutive rows
 * are stacked into one rectangle. Unstyled cells get no rectangle. Coordinates are absolute on the sheet.
 */
export function styleRects(block: Block): StyledRect[] {
  const done: Run[] = [];
  let open = new Map<string, Run>(); // "colStart:colEnd:key" → the run still growing downwards
  block.cells.forEach((cells, r) => {
    const next = new Map<string, Run>();
    let c = 0;
    while (c < cells.length) {
      const key = styleKey(cells[c].style);
      let end = c + 1;
      while (end < cells.length && styleKey(cells[end].style) === key) end++;
      if (key !== "") {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above) {
          above.rows++;
          open.delete(id);
          next.set(id, above);
        } else {
          next.set(id, {
            colStart: c,
            colEnd: end,
            key,
            style: cells[c].style as CellStyle,
            rowStart: r,
            rows: 1,
          });
        }
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.rowStart - b.rowStart || a.colStart - b.colStart)
    .map((run) => ({
      ref: {
        row: block.row + run.rowStart,
        col: block.col + run.colStart,
        rows: run.rows,
        cols: run.colEnd - run.colStart,
      },
      style: run.style,
    }));
}
