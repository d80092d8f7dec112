/**
 * The staffing plan as a SheetModel: from a forecast already in the workbook (calls and AHT per interval or
 * per day) and the planner's targets, a sheet whose figures are live =WFM.… formulas over the forecast's
 * cells and an inputs box, so the plan recalculates when the forecast or a target changes.
 *
 * Each column is one formula over whole ranges that spills down (the functions broadcast, spec "Ranges
 * broadcast"): one call per column is what keeps a year of half-hours fast, where one call per cell is not.
 */
import type {
  Block,
  CellStyle,
  ChartSpec,
  Lang,
  ModelCell,
  RangeRef,
  SheetModel,
} from "../workbook";
import { cellAddress, columnLetters, sheetPrefix } from "../workbook";
import {
  inputRef,
  inputsBlock,
  validatePlanInput,
  type ForecastSource,
  type PlanTargets,
} from "./inputs";
import { PLAN_LABELS, planMonth, type PlanLabels } from "./labels";
import { wfmFormula } from "../contract/wfmFunctions";

export { PlanInputError, type ForecastSource, type PlanTargets } from "./inputs";

const TITLE_ROW = 0;
const TABLE_HEADER_ROW = 13;
const FIRST_PLAN_ROW = TABLE_HEADER_ROW + 1;

const HEADER: CellStyle = {
  bold: true,
  borderBottom: true,
  fill: "DDEBF7",
  wrap: true,
  vAlign: "middle",
};
interface PlanColumn {
  label: string;
  numFmt: string;
  /** The spilling formula, given the addresses of the columns before it. */
  formula: (ref: (key: string) => string) => string;
  key: string;
}

function planColumns(source: ForecastSource, targets: PlanTargets, l: PlanLabels): PlanColumn[] {
  const first = source.firstRowNumber;
  const last = first + source.rowCount - 1;
  const forecast = (col: number) =>
    `${sheetPrefix(source.sheetName)}$${columnLetters(col)}$${first}:$${columnLetters(col)}$${last}`;
  const sl = inputRef("serviceLevel");
  const t = inputRef("targetTimeSec");
  const iv = inputRef("intervalSec");
  const patience = inputRef("patienceSec");
  const erlangA = targets.patienceSec !== undefined;
  // Always referenced: an empty cap cell means no cap, so the planner can add or clear one live.
  const cap = inputRef("maxOccupancy");
  const columns: PlanColumn[] = [];
  const add = (key: string, label: string, numFmt: string, formula: PlanColumn["formula"]) =>
    columns.push({ key, label, numFmt, formula });

  if (source.columns.date !== undefined)
    add("date", l.date, "yyyy-mm-dd", () => `=${forecast(source.columns.date!)}`);
  if (source.columns.interval !== undefined)
    add("interval", l.interval, "hh:mm", () => `=${forecast(source.columns.interval!)}`);
  const calls = forecast(source.columns.calls);
  const aht = forecast(source.columns.ahtSec);
  add("calls", l.calls, "#,##0", () => `=${calls}`);
  add("aht", l.ahtSec, "0", () => `=${aht}`);
  // Every =WFM formula is written by parameter name from the contract, never by position: a parameter
  // added or moved in the functions cannot bind a plan cell to the wrong argument.
  const queue = { calls, aht, interval: iv };
  add("agents", l.agents, "0", () =>
    erlangA
      ? wfmFormula("AGENTS.A", {
          ...queue,
          patience,
          target_sl: sl,
          target_time: t,
          max_occupancy: cap,
        })
      : wfmFormula("AGENTS", { ...queue, target_sl: sl, target_time: t, max_occupancy: cap })
  );
  add("sl", l.achievedServiceLevel, "0.0%", (ref) =>
    erlangA
      ? wfmFormula("SERVICELEVEL.A", { ...queue, agents: ref("agents"), patience, target_time: t })
      : wfmFormula("SERVICELEVEL", { ...queue, agents: ref("agents"), target_time: t })
  );
  add("asa", l.asaSec, "0.0", (ref) =>
    erlangA
      ? wfmFormula("ASA.A", { ...queue, agents: ref("agents"), patience })
      : wfmFormula("ASA", { ...queue, agents: ref("agents") })
  );
  add("occupancy", l.occupancy, "0.0%", (ref) =>
    erlangA
      ? wfmFormula("OCCUPANCY.A", { ...queue, agents: ref("agents"), patience })
      : wfmFormula("OCCUPANCY", { ...queue, agents: ref("agents") })
  );
  if (erlangA)
    add("abandon", l.abandonRate, "0.0%", (ref) =>
      wfmFormula("ABANDON", { ...queue, agents: ref("agents"), patience })
    );
  add("fte", l.fte, "0.0", (ref) =>
    wfmFormula("FTE", { agents: ref("agents"), shrinkage: inputRef("shrinkage") })
  );
  // Blank in, blank out: a blank forecast row stays blank instead of ROUNDUP("") → #VALUE!.
  add(
    "staff",
    l.staffToSchedule,
    "0",
    (ref) => `=IF(${ref("fte")}="","",ROUNDUP(${ref("fte")},0))`
  );
  add(
    "staffHours",
    l.staffHours,
    "#,##0.0",
    (ref) => `=IF(${ref("staff")}="","",${ref("staff")}*${iv}/3600)`
  );
  if (targets.hourlyCost !== undefined)
    add(
      "cost",
      l.cost,
      "#,##0.00",
      (ref) => `=IF(${ref("staffHours")}="","",${ref("staffHours")}*${inputRef("hourlyCost")})`
    );
  return columns;
}

function distinctDates(values: unknown[] | undefined): (string | number)[] {
  const seen = new Set<string>();
  const dates: (string | number)[] = [];
  for (const value of values ?? []) {
    if ((typeof value !== "number" && typeof value !== "string") || value === "") continue;
    const key = `${typeof value}:${value}`;
    if (!seen.has(key)) {
      seen.add(key);
      dates.push(value);
    }
  }
  return dates;
}

/** Builds the plan sheet. Throws PlanInputError when a target or the forecast cannot make a plan. */
export function buildStaffingPlan(
  source: ForecastSource,
  targets: PlanTargets,
  lang: Lang
): SheetModel {
  validatePlanInput(source, targets);
  const l = PLAN_LABELS[lang];
  const columns = planColumns(source, targets, l);
  const colOf = (key: string) => columns.findIndex((c) => c.key === key);
  const lastPlanRow = FIRST_PLAN_ROW + source.rowCount - 1;
  const spill = (key: string) => `${cellAddress(FIRST_PLAN_ROW, colOf(key))}#`;
  const wholeColumn = (key: string) =>
    `${cellAddress(FIRST_PLAN_ROW, colOf(key), true)}:${cellAddress(lastPlanRow, colOf(key), true)}`;

  const title: Block = {
    id: "title",
    row: TITLE_ROW,
    col: 0,
    cells: [
      [{ value: l.title(source.sheetName), style: { bold: true, fontSize: 14 } }],
      [{ value: l.note, style: { italic: true, fontColor: "595959" } }],
    ],
  };
  const table: Block = {
    id: "plan",
    row: TABLE_HEADER_ROW,
    col: 0,
    cells: [
      columns.map((c): ModelCell => ({ value: c.label, style: HEADER })),
      ...Array.from({ length: source.rowCount }, (_, i): ModelCell[] =>
        columns.map((c) =>
          i === 0
            ? { value: null, formula: c.formula(spill), style: { numFmt: c.numFmt } }
            : { value: null, style: { numFmt: c.numFmt } }
        )
      ),
    ],
  };
  const totals = dailyTotals(
    source,
    targets,
    l,
    columns.length + 1,
    wholeColumn,
    colOf("date") >= 0
  );
  const chart = planChart(source, l, colOf, lastPlanRow);
  return {
    name: l.sheetName(planMonth(source.dateValues)),
    columnWidths: [
      ...columns.map((c, i) =>
        i === 0 ? Math.max(22, c.label.length) : Math.max(10, c.label.length + 2)
      ),
      3,
      ...totals.widths,
    ],
    freeze: { rows: FIRST_PLAN_ROW, cols: 0 },
    blocks: [title, inputsBlock(targets, l), table, totals.block],
    charts: [chart],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW },
    },
    showGridLines: true,
  };
}

function dailyTotals(
  source: ForecastSource,
  targets: PlanTargets,
  l: PlanLabels,
  col: number,
  range: (key: string) => string,
  byDate: boolean
): { block: Block; widths: number[] } {
  const iv = inputRef("intervalSec");
  const withCost = targets.hourlyCost !== undefined;
  const header = [
    l.date,
    l.calls,
    l.agentHours,
    l.staffHours,
    l.peakFte,
    ...(withCost ? [l.cost] : []),
  ];
  const firstRow = TABLE_HEADER_ROW + 1;
  const dates = byDate ? distinctDates(source.dateValues) : [];
  const rows: ModelCell[][] = dates.map((date, i) => {
    const where = `${range("date")},${cellAddress(firstRow + i, col)}`; // this row's own date cell
    return [
      { value: date, style: { numFmt: "yyyy-mm-dd" } },
      { value: null, formula: `=SUMIFS(${range("calls")},${where})`, style: { numFmt: "#,##0" } },
      {
        value: null,
        formula: `=SUMIFS(${range("agents")},${where})*${iv}/3600`,
        style: { numFmt: "#,##0.0" },
      },
      {
        value: null,
        formula: `=SUMIFS(${range("staffHours")},${where})`,
        style: { numFmt: "#,##0.0" },
      },
      { value: null, formula: `=MAXIFS(${range("fte")},${where})`, style: { numFmt: "0.0" } },
      ...(withCost
        ? [
            {
              value: null,
              formula: `=SUMIFS(${range("cost")},${where})`,
              style: { numFmt: "#,##0.00" },
            },
          ]
        : []),
    ];
  });
  const total: ModelCell[] = [
    { value: l.total, style: { bold: true, borderTop: true } },
    {
      value: null,
      formula: `=SUM(${range("calls")})`,
      style: { bold: true, borderTop: true, numFmt: "#,##0" },
    },
    {
      value: null,
      formula: `=SUM(${range("agents")})*${iv}/3600`,
      style: { bold: true, borderTop: true, numFmt: "#,##0.0" },
    },
    {
      value: null,
      formula: `=SUM(${range("staffHours")})`,
      style: { bold: true, borderTop: true, numFmt: "#,##0.0" },
    },
    {
      value: null,
      formula: `=MAX(${range("fte")})`,
      style: { bold: true, borderTop: true, numFmt: "0.0" },
    },
    ...(withCost
      ? [
          {
            value: null,
            formula: `=SUM(${range("cost")})`,
            style: { bold: true, borderTop: true, numFmt: "#,##0.00" },
          },
        ]
      : []),
  ];
  const heading: ModelCell[] = header.map((_label, i) => ({
    value: i === 0 ? l.dailyTotals : null,
    style: { bold: true },
  }));
  return {
    block: {
      id: "dailyTotals",
      row: TABLE_HEADER_ROW - 1,
      col,
      cells: [
        heading,
        header.map((value): ModelCell => ({ value, style: HEADER })),
        ...rows,
        total,
      ],
    },
    widths: header.map((h) => Math.max(12, h.length + 2)),
  };
}

function planChart(
  source: ForecastSource,
  l: PlanLabels,
  colOf: (key: string) => number,
  lastRow: number
): ChartSpec {
  const column = (key: string): RangeRef => ({
    row: FIRST_PLAN_ROW,
    col: colOf(key),
    rows: lastRow - FIRST_PLAN_ROW + 1,
    cols: 1,
  });
  const categoryKey =
    source.columns.interval !== undefined
      ? "interval"
      : source.columns.date !== undefined
        ? "date"
        : "calls";
  return {
    id: "requiredVsScheduled",
    kind: "line",
    title: l.chartTitle,
    categories: column(categoryKey),
    series: [
      { name: l.agents, values: column("agents"), color: "C00000" },
      { name: l.staffToSchedule, values: column("staff"), color: "1F4E79" },
    ],
    anchor: { row: 2, col: 3, widthPx: 560, heightPx: 190 },
  };
}
