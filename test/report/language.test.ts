/**
 * The sample month's report, built through the pure core in each language, read as its reader would: every
 * text cell, chart title and sheet name checked with the leak checker (no English in the Chinese report
 * outside the allowed words and the user's own data, no Chinese in the English one).
 */
import {
  ACTIVITY_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
  type RawTable,
} from "../../src/report";
import type { Lang, WorkbookModel } from "../../src/workbook";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";
import { leaksIn } from "../helpers/languageLeaks";

function sampleReport(lang: Lang): { model: WorkbookModel; userData: string[] } {
  const table: RawTable = {
    headers: [...ACTIVITY_HEADERS],
    rows: sampleActivityRows(),
    firstRowNumber: 2,
  };
  const model = buildReport(table, detectColumns(table.headers, ACTIVITY_FIELDS), {
    ...DEFAULT_REPORT_OPTIONS,
    month: "2026-10",
    lang,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
  });
  // The user's data: the sample's queue names and headers.
  const queues = [...new Set(table.rows.map((r) => String(r[1])))];
  // "n/a" is a cell of the sample the data-quality section quotes; UTC names the time zone of "built at".
  return { model, userData: [...queues, ...ACTIVITY_HEADERS.map(String), "n/a", "UTC"] };
}

/** Every piece of text a reader sees: sheet names, text cells, chart titles and series names. */
function texts(model: WorkbookModel): [string, string][] {
  const out: [string, string][] = [];
  for (const sheet of model.sheets) {
    out.push([`sheet name`, sheet.name]);
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell?.value === "string")
            out.push([`${sheet.name}!${block.id}[${r},${c}]`, cell.value]);
        })
      );
    }
    for (const chart of sheet.charts ?? []) {
      const c = chart as unknown as { title?: string; series?: { name?: string }[] };
      if (c.title) out.push([`${sheet.name} chart`, c.title]);
      for (const s of c.series ?? []) if (s.name) out.push([`${sheet.name} series`, s.name]);
    }
  }
  return out;
}

describe("the report speaks one language", () => {
  test.each(["en", "zh-CN"] as const)(
    "%s sample report: no words of the other language",
    (lang) => {
      const { model, userData } = sampleReport(lang);
      expect(leaksIn(lang, texts(model), { userData })).toEqual([]);
    }
  );
});
