/** Sections 4–6: breakdown by queue, Erlang C staffing, service jobs against standard. */
import type { Analysis } from "../analysis";
import type { Lang, ModelCell } from "../../workbook";
import { STATUS_COLOURS } from "../../workbook";
import type { KpiKey } from "../kpis";
import { dayToExcelSerial, weekdayOf } from "../dates";
import { labels } from "../labels";
import { staffingLabels } from "./staffingLabels";
import type { SheetBuilder } from "./builder";
import {
  cell,
  changeCell,
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
        return kpiCell(q.kpis[d.key], d.unit, lang, style);
      }),
      q.score === null ? notMeasured(lang) : numberCell(q.score, "0.0", { bold: true, ...band }),
    ];
  });
  b.tall(b.add("queues", [head, ...rows]), 28);
}

export function layoutStaffing(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const S = staffingLabels(lang);
  b.keep(11);
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
    [S.cost, changeCell(s.predictedSl - s.predictedSlIfStaffed, "ratio")],
  ];
  if (s.periodsSkipped > 0) summary.push([S.skipped, numberCell(s.periodsSkipped, "0")]);
  const start = b.row;
  b.add(
    "staffing-summary",
    summary.map(([label, value], i) =>
      i === 0
        ? [cell(label, { italic: true, fontColor: COLOURS.muted })]
        : [cell(label), cell(null), value]
    ),
    // Labels span A:B and values sit in C; the method note spans the sheet.
    summary.map((_, i) => ({ row: start + i, col: 0, rows: 1, cols: i === 0 ? 11 : 2 }))
  );
  const head = [
    L.date,
    L.weekday,
    L.offered,
    S.required,
    S.staffed,
    S.gap,
    S.predictedShort,
    L.serviceLevel,
  ].map((t, i) => header(t, i < 2 ? "left" : "center"));
  const actualSl = new Map(a.days.map((d) => [d.day, d.kpis.serviceLevel]));
  const rows = s.days.map((d, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const short =
      d.gapHours < 0 ? { fill: STATUS_COLOURS.RED.fill, fontColor: STATUS_COLOURS.RED.font } : band;
    const sl = actualSl.get(d.day) ?? null;
    return [
      cell(dayToExcelSerial(d.day), { numFmt: FORMATS.date, hAlign: "left", ...band }),
      cell(L.weekdays[weekdayOf(d.day)], band),
      numberCell(d.offered, FORMATS.count, band),
      numberCell(d.requiredHours, FORMATS.hours, band),
      numberCell(d.staffedHours, FORMATS.hours, band),
      numberCell(d.gapHours, "+#,##0.0;-#,##0.0;0.0", short),
      d.predictedSl === null ? cell(null, band) : numberCell(d.predictedSl, FORMATS.ratio, band),
      sl === null ? cell(null, band) : numberCell(sl, FORMATS.ratio, band),
    ];
  });
  b.keep(rows.length + 2);
  b.tall(b.add("staffing", [head, ...rows]), 28);
}

export function layoutJobs(b: SheetBuilder, a: Analysis, lang: Lang): void {
  if (!a.jobs) return;
  const L = labels(lang);
  b.keep(a.jobs.types.length + 5);
  b.line("jobs-title", sectionTitle(L.jobs));
  const head = [
    L.jobType,
    L.jobCount,
    L.standard,
    L.averageHours,
    L.maxHours,
    L.withinStandard,
  ].map((t, i) => header(t, i === 0 ? "left" : "center"));
  const h = (v: number) => numberCell(v, `#,##0.0 "${L.hoursUnit}"`);
  const rows = a.jobs.types.map((t) => {
    const met = t.averageHours <= t.standardHours;
    const colours = met ? STATUS_COLOURS.GREEN : STATUS_COLOURS.RED;
    return [
      cell(t.type, { bold: true }),
      numberCell(t.jobs, FORMATS.count),
      h(t.standardHours),
      numberCell(t.averageHours, `#,##0.0 "${L.hoursUnit}"`, {
        fill: colours.fill,
        fontColor: colours.font,
      }),
      h(t.maxHours),
      numberCell(t.withinShare, FORMATS.ratio),
    ];
  });
  const extra: ModelCell[][] = a.jobs.problems.length
    ? [
        [
          cell(`${L.jobsRejected}: ${a.jobs.problems.length}`, {
            italic: true,
            fontColor: COLOURS.muted,
          }),
        ],
      ]
    : [];
  b.tall(b.add("jobs", [head, ...rows, ...extra]), 28);
}
