import { WfmInputError } from "../engine/errors";
import { DEFAULT_INTERVAL_SEC } from "../engine/traffic";
import { BLANK, CellIn, ResultCell, checkedResult, isBlank, toExcelError, toNumber } from "./cells";

/**
 * Broadcasting over ranges, as Excel's own functions do: every argument is one value or a range; all
 * ranges share one shape and single values repeat over it. Each result cell is computed on its own, so a
 * bad cell gives an error in that cell and its neighbours still compute.
 */

export interface Arg {
  name: string;
  value: unknown;
  /** Omitted (null) and blank cells take this default; without one, a blank cell gives a blank result. */
  default?: number | string;
  /** An optional argument with no default value (e.g. a cap): omitted and blank cells give `undefined`. */
  optional?: boolean;
  /** "number" (default) turns text and booleans into an error; "any" passes text through (e.g. direction). */
  kind?: "number" | "any";
}

/** The optional `interval` argument every per-interval function takes last: seconds, default 1800. */
export function intervalArg(value: unknown): Arg {
  return { name: "interval", value, default: DEFAULT_INTERVAL_SEC };
}

/** Required arguments named as the user sees them (the JSDoc names), in the engine function's order. */
export function required(values: Record<string, unknown>): Arg[] {
  return Object.entries(values).map(([name, value]) => ({ name, value }));
}

type Matrix = unknown[][];

/** A normalised cell handed to `compute`: a number, text (kind "any"), or undefined (optional, omitted). */
export type Cell = number | string | undefined;

function asMatrix(v: unknown): Matrix {
  if (Array.isArray(v)) return Array.isArray(v[0]) ? (v as Matrix) : [v as unknown[]];
  return [[v]];
}

function shapeOf(m: Matrix): [number, number] {
  return [m.length, m[0]?.length ?? 0];
}

/** The common shape of all range arguments, or an error naming the two that disagree. */
export function commonShape(args: { name: string; matrix: Matrix }[]): [number, number] {
  let shape: [number, number] = [1, 1];
  let owner = "";
  for (const { name, matrix } of args) {
    const [r, c] = shapeOf(matrix);
    if (r === 1 && c === 1) continue;
    if (owner && (r !== shape[0] || c !== shape[1])) {
      throw new WfmInputError(
        name,
        `${name} (${r}×${c}) and ${owner} (${shape[0]}×${shape[1]}) must be ranges of the same shape, or single values`
      );
    }
    shape = [r, c];
    owner = name;
  }
  return shape;
}

function cellAt(m: Matrix, r: number, c: number): unknown {
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c];
}

function readArg(arg: Arg, raw: unknown): CellIn | undefined {
  if (isBlank(raw)) return arg.optional ? undefined : (arg.default ?? BLANK);
  if (arg.kind === "any" && typeof raw === "string") return raw;
  return toNumber(arg.name, raw);
}

/**
 * Computes one result per cell of the common shape. `compute` receives the normalised cells (numbers,
 * or text for kind "any"); any required blank gives "" without calling it.
 */
export function broadcast(
  args: Arg[],
  compute: (...cells: Cell[]) => number | string
): ResultCell[][] {
  const matrices = args.map((a) => ({ name: a.name, matrix: asMatrix(a.value) }));
  let rows: number, cols: number;
  try {
    [rows, cols] = commonShape(matrices);
  } catch (e) {
    return [[toExcelError(e)]];
  }
  const out: ResultCell[][] = new Array(rows);
  const cells: Cell[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const row: ResultCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      row[c] = computeCell(args, matrices, r, c, cells, compute);
    }
    out[r] = row;
  }
  return out;
}

function computeCell(
  args: Arg[],
  matrices: { matrix: Matrix }[],
  r: number,
  c: number,
  cells: Cell[],
  compute: (...cells: Cell[]) => number | string
): ResultCell {
  try {
    for (let i = 0; i < args.length; i++) {
      const v = readArg(args[i], cellAt(matrices[i].matrix, r, c));
      if (v === BLANK) return "";
      cells[i] = v;
    }
    const result = compute(...cells);
    return checkedResult(
      result,
      args.map((arg, i) => ({ name: arg.name, value: cells[i] }))
    );
  } catch (e) {
    return toExcelError(e);
  }
}

/**
 * For functions that read whole ranges and return one value (e.g. SCORECARD): the cells of all arguments,
 * position by position over their common shape, in reading order. Throws on mismatched shapes or a bad
 * cell, naming the argument and the position; a blank cell is passed as BLANK.
 */
export function cellsByPosition(args: Arg[]): { position: string; cells: CellIn[] }[] {
  const matrices = args.map((a) => ({ name: a.name, matrix: asMatrix(a.value) }));
  const [rows, cols] = commonShape(matrices);
  const out: { position: string; cells: CellIn[] }[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const position =
        cols === 1
          ? `row ${r + 1}`
          : rows === 1
            ? `column ${c + 1}`
            : `row ${r + 1}, column ${c + 1}`;
      const cells = args.map((arg, i) => {
        const raw = cellAt(matrices[i].matrix, r, c);
        if (isBlank(raw)) return BLANK;
        return arg.kind === "any" && typeof raw === "string"
          ? raw
          : toNumber(`${arg.name} (${position})`, raw);
      });
      out.push({ position, cells });
    }
  return out;
}

/**
 * broadcast() straight into an engine function whose parameters are the arguments' cells in order
 * (numbers; undefined for an omitted optional argument), so a wrapper needs no per-cell lambda.
 */
export function broadcastInto(
  args: Arg[],
  engineFn: (...cells: never[]) => number | string
): ResultCell[][] {
  return broadcast(args, (...cells) => engineFn(...(cells as never[])));
}
