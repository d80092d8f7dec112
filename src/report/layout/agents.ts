/**
 * The agent table (report.md "Agents"), after the queue breakdown: one row per agent who answered calls in
 * the month, busiest first, with the queue table's KPI definitions and its "not measured" for a figure with
 * no data. Only the busiest AGENTS_SHOWN are listed (a page a manager reads, not a roster); a line says how
 * many more there are, and every agent's calls are in the month's figures either way.
 */
import { unitContext, type Analysis } from "../analysis";
import type { Lang } from "../../workbook";
import type { KpiKey } from "../kpis";
import { t } from "../../i18n";
import { labels } from "../labels";
import { SHEET_COLUMNS, type SheetBuilder } from "./builder";
import { cell, COLOURS, FORMATS, header, kpiCell, numberCell, sectionTitle } from "./cells";

const AGENTS_SHOWN = 200;

const AGENT_KPIS: KpiKey[] = ["aht", "fcr", "satisfactionRate", "nps"];

export function layoutAgents(b: SheetBuilder, a: Analysis, lang: Lang): void {
  if (a.agents.length === 0) return;
  const L = labels(lang);
  const ctx = unitContext(a, lang);
  const shown = a.agents.slice(0, AGENTS_SHOWN);
  const more = a.agents.length - shown.length;
  // A list longer than a page is cut into pages, each with the header row again (a continued page of bare
  // numbers cannot be read): blocks "agents", "agents-2", …
  const perPage = Math.max(10, b.pageRows - 3);
  b.keep(Math.min(shown.length, perPage) + 3);
  b.line("agents-title", sectionTitle(t(lang, "report.byAgent")));
  const defs = AGENT_KPIS.map((k) => a.scorecard.find((l) => l.def.key === k)!.def);
  const head = [
    header(t(lang, "report.agent"), "left"),
    header(L.answered),
    header(t(lang, "report.ahtSeconds")),
    header(t(lang, "report.fcrShort")),
    header(defs[2].label[lang]),
    header(defs[3].label[lang]),
  ];
  const rows = shown.map((ag, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    return [
      cell(ag.agent, { bold: true, ...band }),
      numberCell(ag.answered, FORMATS.count, band),
      ...defs.map((d) => kpiCell(ag.kpis[d.key], d, ctx, band)),
    ];
  });
  const note =
    more > 0
      ? t(lang, "report.agentsNoteMore", { count: more, shown: shown.length })
      : t(lang, "report.agentsNote");
  for (let from = 0, page = 1; from < rows.length; from += perPage, page++) {
    const chunk = rows.slice(from, from + perPage);
    const last = from + perPage >= rows.length;
    if (page > 1) b.keep(chunk.length + (last ? 2 : 1));
    const start = b.row;
    b.tall(start, 28);
    const id = page === 1 ? "agents" : `agents-${page}`;
    if (!last) {
      b.add(id, [head, ...chunk], [], 0);
      continue;
    }
    const noteRow = start + 1 + chunk.length;
    b.fitText(noteRow, [{ text: note, col: 0, cols: SHEET_COLUMNS }]);
    b.add(
      id,
      [
        head,
        ...chunk,
        [cell(note, { italic: true, fontColor: COLOURS.muted, wrap: true, vAlign: "top" })],
      ],
      [{ row: noteRow, col: 0, rows: 1, cols: SHEET_COLUMNS }]
    );
  }
}
