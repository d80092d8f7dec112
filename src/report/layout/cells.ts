/** Cells, number formats and styles shared by every section of the report sheet. */
import {
  STATUS_COLOURS,
  type CellStyle,
  type CellValue,
  type Lang,
  type ModelCell,
  type Status,
} from "../../workbook";
import type { KpiUnit } from "../kpis";
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
} as const;

/** Variance and change: ratios in percentage points, the rest in their unit, always signed. */
export const CHANGE_FORMATS: Record<KpiUnit, string> = {
  ratio: '+0.0" pt";-0.0" pt";0.0" pt"',
  seconds: '+0" s";-0" s";0" s"',
  number: "+#,##0.0;-#,##0.0;0.0",
  points: "+0.0;-0.0;0.0",
  money: "+#,##0.00;-#,##0.00;0.00",
};

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

export function kpiCell(
  value: number | null,
  unit: KpiUnit,
  lang: Lang,
  extra?: CellStyle
): ModelCell {
  if (value === null) return notMeasured(lang);
  return cell(value, { numFmt: FORMATS[unit], hAlign: "right", ...extra });
}

/** A ratio change is shown in percentage points, so its value is ×100. */
export function changeCell(value: number | null, unit: KpiUnit, extra?: CellStyle): ModelCell {
  if (value === null) return cell(null, extra);
  return cell(unit === "ratio" ? value * 100 : value, {
    numFmt: CHANGE_FORMATS[unit],
    hAlign: "right",
    ...extra,
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
