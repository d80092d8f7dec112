/** Cells, number formats and styles shared by every section of the report sheet. */
import {
  STATUS_COLOURS,
  type CellStyle,
  type CellValue,
  type Lang,
  type ModelCell,
  type Status,
} from "../../workbook";
import type { KpiKey, KpiUnit } from "../kpis";
import { differenceFormat, valueFormat, type UnitContext } from "../units";
import { labels, statusLabel } from "../labels";

export const COLOURS = {
  titleFont: "1F3864",
  sectionFont: "1F3864",
  headerFill: "1F3864",
  headerFont: "FFFFFF",
  bandFill: "F2F5FA",
  muted: "7F7F7F",
  boxFill: "EEF3FA",
  sl: "2F5597",
  target: "C00000",
  answered: "70AD47",
  abandoned: "ED7D31",
  offered: "4472C4",
} as const;

/** Font colours of a change or variance: better (+) and worse (−). */
export const CHANGE_COLOURS = { better: "2E7D32", worse: "C00000" } as const;

export const FORMATS = {
  ratio: "0.0%",
  seconds: '0 "s"',
  number: "#,##0.0",
  points: "0.0",
  money: "#,##0.00",
  count: "#,##0",
  date: "yyyy-mm-dd",
  hours: "#,##0.0",
  score: '0.0 "/ 100"',
  /** Percentage points, unsigned: a loss said as a positive number. */
  pt: '0.0" pt"',
} as const;

export const cell = (value: CellValue, style?: CellStyle): ModelCell =>
  style ? { value, style } : { value };
export const empty = (): ModelCell => ({ value: null });

export function header(text: string, align: CellStyle["hAlign"] = "center"): ModelCell {
  return cell(text, {
    bold: true,
    fill: COLOURS.headerFill,
    fontColor: COLOURS.headerFont,
    hAlign: align,
    vAlign: "middle",
    wrap: true,
  });
}

export function sectionTitle(text: string): ModelCell {
  return cell(text, {
    bold: true,
    fontSize: 13,
    fontColor: COLOURS.sectionFont,
    borderBottom: true,
  });
}

export function notMeasured(lang: Lang): ModelCell {
  return cell(labels(lang).notMeasured, {
    italic: true,
    fontColor: COLOURS.muted,
    hAlign: "right",
  });
}

/** A KPI's value with its unit in the number format ("not measured" when null). */
export function kpiCell(
  value: number | null,
  def: { key: KpiKey; unit: KpiUnit },
  ctx: UnitContext,
  extra?: CellStyle
): ModelCell {
  if (value === null) return notMeasured(ctx.lang);
  return cell(value, { numFmt: valueFormat(def.key, def.unit, ctx), hAlign: "right", ...extra });
}

/**
 * Variance and change, signed so that + is better (spec §5): a ratio in percentage points (its value ×100),
 * the rest in their unit; green with ▲ when better, red with ▼ when worse.
 */
export function changeCell(
  value: number | null,
  def: { key: KpiKey; unit: KpiUnit },
  ctx: UnitContext,
  extra?: CellStyle
): ModelCell {
  if (value === null) return cell(null, extra);
  const shown = def.unit === "ratio" ? value * 100 : value;
  const digits = def.unit === "seconds" ? 0 : def.unit === "money" ? 2 : 1;
  const rounded = Math.round(Math.abs(shown) * 10 ** digits);
  const colour =
    rounded === 0 ? {} : { fontColor: shown > 0 ? CHANGE_COLOURS.better : CHANGE_COLOURS.worse };
  return cell(shown, {
    numFmt: differenceFormat(def.key, def.unit, ctx),
    hAlign: "right",
    ...extra,
    ...colour,
  });
}

export function statusCell(status: Status | null, lang: Lang): ModelCell {
  if (!status) return cell(null);
  const colours = STATUS_COLOURS[status];
  return cell(statusLabel(status, lang), {
    bold: true,
    fill: colours.fill,
    fontColor: colours.font,
    hAlign: "center",
  });
}

export function numberCell(value: number, numFmt: string, extra?: CellStyle): ModelCell {
  return cell(value, { numFmt, hAlign: "right", ...extra });
}

/** A row padded to `width` cells, so every block is a rectangle. */
export function padRow(cells: ModelCell[], width: number): ModelCell[] {
  const row = cells.slice(0, width);
  while (row.length < width) row.push(empty());
  return row;
}
