/** Sections 4–6: breakdown by queue, Erlang C staffing, service jobs against standard. */
import { unitContext, type Analysis } from "../analysis";
import type { Lang, ModelCell } from "../../workbook";
import { STATUS_COLOURS } from "../../workbook";
import type { KpiKey } from "../kpis";
import { dayToExcelSerial } from "../dates";
import { labels, weekdayName } from "../labels";
import { staffingLabels, jobsLabels } from "./staffingLabels";
import { JOBS_WITHIN_TARGET } from "../jobs";
import { SHEET_COLUMNS, type SheetBuilder } from "./builder";
import {
  cell,
  COLOURS,
  FORMATS,
  header,
  kpiCell,
  numberCell,
  sectionTitle,
  notMeasured,
} from "./cells";

const QUEUE_KPIS: KpiKey[] = [
  "serviceLevel",
  "answerRate",
  "abandonRate",
  "asa",
  "aht",
  "occupancy",
  "satisfactionRate",
  "complaintRate",
  "costPerCall",
];

export function layoutQueues(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const ctx = unitContext(a, lang);
  b.keep(a.byQueue.length + 4);
  b.line("queues-title", sectionTitle(L.byQueue));
  const defs = QUEUE_KPIS.map((k) => a.scorecard.find((l) => l.def.key === k)!.def);
  const head = [
    header(L.queue, "left"),
    header(L.offered),
    ...defs.map((d) => header(d.label[lang])),
    header(L.score),
  ];
  const rows = a.byQueue.map((q, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    return [
      cell(q.queue, { bold: true, ...band }),
      numberCell(q.offered, FORMATS.count, band),
      ...defs.map((d) => {
        const status = q.judgements[d.key]?.status;
        const style = status
          ? { fill: STATUS_COLOURS[status].fill, fontColor: STATUS_COLOURS[status].font }
          : band;
        return kpiCell(q.kpis[d.key], d, ctx, style);
      }),
      q.score === null ? notMeasured(lang) : numberCell(q.score, "0.0", { bold: true, ...band }),
    ];
  });
  b.tall(b.add("queues", [head, ...rows]), 28);
}

/** The staffing summary; its day-by-day table is laid out on its own page (layoutStaffingDays). */
export function layoutStaffing(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const S = staffingLabels(lang);
  b.keep(12);
  b.line("staffing-title", sectionTitle(L.staffing));
  const s = a.staffing;
  if (!s) {
    b.line("staffing-none", cell(S.notMeasured, { italic: true, fontColor: COLOURS.muted }), 11, 1);
    return;
  }
  const summary: [string, ModelCell][] = [
    [S.method(s.mode, s.periodSec), cell(null)],
    [S.daysUnder, numberCell(s.daysUnder, "0")],
    [S.daysOver, numberCell(s.daysOver, "0")],
    [S.periodsUnder(s.mode), cell(`${s.periodsUnder} / ${s.periodsChecked}`, { hAlign: "right" })],
    [S.shortfall, numberCell(s.shortfallHours, FORMATS.hours)],
    [S.predicted, numberCell(s.predictedSl, FORMATS.ratio)],
    [S.ifStaffed, numberCell(s.predictedSlIfStaffed, FORMATS.ratio)],
    // A loss is a positive number of points (spec §5): "the shortfall cost 8.9 pt of service level".
    [S.cost, numberCell(s.slLost * 100, FORMATS.pt)],
  ];
  if (s.periodsSkipped > 0) summary.push([S.skipped, numberCell(s.periodsSkipped, "0")]);
  const start = b.row;
  const methodRow = start;
  b.fitText(methodRow, [{ text: S.method(s.mode, s.periodSec), col: 0, cols: SHEET_COLUMNS }]);
  b.add(
    "staffing-summary",
    summary.map(([label, value], i) =>
      i === 0
        ? [cell(label, { italic: true, fontColor: COLOURS.muted, wrap: true, vAlign: "top" })]
        : [cell(label), cell(null), cell(null), value]
    ),
    // Labels span A:C and values sit in D; the method note spans the sheet.
    summary.map((_, i) => ({ row: start + i, col: 0, rows: 1, cols: i === 0 ? SHEET_COLUMNS : 3 }))
  );
}

/** The staffing check day by day, with the month's row: the figures the summary and findings quote. */
export function layoutStaffingDays(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const s = a.staffing;
  if (!s) return;
  const L = labels(lang);
  const S = staffingLabels(lang);
  b.keep(s.days.length + 4);
  b.line("staffing-days-title", sectionTitle(S.byDay));
  const head = [
    L.date,
    L.weekday,
    L.offered,
    S.required,
    S.staffed,
    S.shortfallColumn,
    S.surplusColumn,
    S.shortPeriods(s.mode),
    S.predictedShort,
    L.serviceLevel,
  ].map((t, i) => header(t, i < 2 ? "left" : "center"));
  const actualSl = new Map(a.days.map((d) => [d.day, d.kpis.serviceLevel]));
  const red = { fill: STATUS_COLOURS.RED.fill, fontColor: STATUS_COLOURS.RED.font };
  const rows = s.days.map((d, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const short = d.periodsUnder > 0 ? red : band;
    const sl = actualSl.get(d.day) ?? null;
    return [
      cell(dayToExcelSerial(d.day), { numFmt: FORMATS.date, hAlign: "left", ...band }),
      cell(weekdayName(d.day, lang), band),
      numberCell(d.offered, FORMATS.count, band),
      numberCell(d.requiredHours, FORMATS.hours, band),
      numberCell(d.staffedHours, FORMATS.hours, band),
      numberCell(d.shortfallHours, FORMATS.hours, short),
      numberCell(d.surplusHours, FORMATS.hours, band),
      cell(`${d.periodsUnder} / ${d.periodsChecked}`, { hAlign: "right", ...band }),
      d.predictedSl === null ? cell(null, band) : numberCell(d.predictedSl, FORMATS.ratio, band),
      sl === null ? cell(null, band) : numberCell(sl, FORMATS.ratio, band),
    ];
  });
  const top = { borderTop: true, bold: true };
  const sumOf = (k: "offered" | "requiredHours" | "staffedHours" | "surplusHours") =>
    s.days.reduce((x, d) => x + d[k], 0);
  const total = [
    cell(L.total, top),
    cell(null, top),
    numberCell(sumOf("offered"), FORMATS.count, top),
    numberCell(sumOf("requiredHours"), FORMATS.hours, top),
    numberCell(sumOf("staffedHours"), FORMATS.hours, top),
    numberCell(s.shortfallHours, FORMATS.hours, top),
    numberCell(sumOf("surplusHours"), FORMATS.hours, top),
    cell(`${s.periodsUnder} / ${s.periodsChecked}`, { hAlign: "right", ...top }),
    numberCell(s.predictedSl, FORMATS.ratio, top),
    kpiCell(
      a.scorecard.find((l) => l.def.key === "serviceLevel")?.actual ?? null,
      { key: "serviceLevel", unit: "ratio" },
      unitContext(a, lang),
      top
    ),
  ];
  b.tall(b.add("staffing", [head, ...rows, total]), 28);
}

export function layoutJobs(b: SheetBuilder, a: Analysis, lang: Lang): void {
  if (!a.jobs) return;
  const jobs = a.jobs;
  const L = labels(lang);
  const J = jobsLabels(lang);
  b.keep(jobs.types.length + 6);
  b.line("jobs-title", sectionTitle(L.jobs));
  const head = [
    L.jobType,
    J.closed,
    L.standard,
    L.averageHours,
    L.maxHours,
    J.within(JOBS_WITHIN_TARGET),
    J.open,
  ].map((t, i) => header(t, i === 0 ? "left" : "center"));
  const hoursFormat = `#,##0.0 "${L.hoursUnit}"`;
  const h = (v: number | null) => (v === null ? cell(null) : numberCell(v, hoursFormat));
  const rows = jobs.types.map((t) => {
    // One rule colours the share and picks the findings (spec §5), and the note below states it.
    const colours =
      t.meetsStandard === null ? null : STATUS_COLOURS[t.meetsStandard ? "GREEN" : "RED"];
    return [
      cell(t.type, { bold: true }),
      numberCell(t.jobs, FORMATS.count),
      h(t.standardHours),
      h(t.averageHours),
      h(t.maxHours),
      t.withinShare === null
        ? cell(null)
        : numberCell(
            t.withinShare,
            FORMATS.ratio,
            colours ? { fill: colours.fill, fontColor: colours.font, bold: true } : undefined
          ),
      numberCell(t.open, FORMATS.count),
    ];
  });
  const note = J.rule(a.month, jobs.otherMonths, jobs.problems.length, JOBS_WITHIN_TARGET);
  const start = b.row;
  b.tall(start, 28);
  const noteRow = start + 1 + rows.length;
  b.fitText(noteRow, [{ text: note, col: 0, cols: SHEET_COLUMNS }]);
  b.add(
    "jobs",
    [
      head,
      ...rows,
      [cell(note, { italic: true, fontColor: COLOURS.muted, wrap: true, vAlign: "top" })],
    ],
    [{ row: noteRow, col: 0, rows: 1, cols: SHEET_COLUMNS }]
  );
}
