/**
 * Invariants of the report over the sample month and random months (fast-check): the daily table and its
 * month row add up (offered = answered + abandoned wherever the data gave abandoned), and every figure the
 * findings quote (each number with a decimal point) is shown, rounded the same way, in a cell of the sheet.
 */
import fc from "fast-check";
import {
  ACTIVITY_FIELDS,
  JOB_FIELDS,
  buildReportWithAnalysis,
  detectColumns,
} from "../../src/report";
import type { ModelCell, SheetModel } from "../../src/workbook";
import { findings } from "../../src/report/findings";
import { sampleFiles } from "../../src/cli/sample/generate";
import { SAMPLE_FILES } from "../../src/cli/sample/files";
import { tableFromCsv } from "../../src/xlsx/readTable";
import { fixtureTable, options } from "./fixture";

/**
 * What a cell shows, for the number formats the report uses: digits after the point and a thousands
 * separator from the format, a % format ×100, a signed format's sign, and the quoted suffix. Written here
 * from the formats' meaning, not with the report's own formatter.
 */
function shown(c: ModelCell): string {
  const v = c.value;
  if (typeof v === "string") return v;
  if (typeof v !== "number") return "";
  const fmt = c.style?.numFmt ?? "";
  const sections = fmt.split(";");
  const section = v < 0 && sections.length > 1 ? sections[1] : sections[0];
  const unquoted = section.replace(/"[^"]*"/g, "");
  const decimals = /\.(0+)/.exec(unquoted)?.[1].length ?? 0;
  const percent = unquoted.includes("%");
  const x = Math.abs(percent ? v * 100 : v);
  const rounded = Math.round(x * 10 ** decimals + 1e-9) / 10 ** decimals;
  const digits = rounded.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: unquoted.includes(","),
  });
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const sign = section.startsWith("+") ? "+" : v < 0 && sections.length === 1 ? "-" : "";
  return `${sign}${digits}${percent ? "%" : ""}${quoted}`;
}

function cellTexts(sheet: SheetModel): string[] {
  return sheet.blocks.filter((b) => b.id !== "findings").flatMap((b) => b.cells.flat().map(shown));
}

function checkTrendAddsUp(sheet: SheetModel): void {
  const trend = sheet.blocks.find((b) => b.id === "trend")!;
  for (const row of trend.cells.slice(1)) {
    const [offered, answered, abandoned] = [row[2].value, row[3].value, row[4].value];
    if (offered === null) continue; // a day without data
    expect(typeof offered).toBe("number");
    expect(offered).toBe((answered as number) + (abandoned as number));
  }
}

function checkFindingsInTables(sheet: SheetModel, lines: string[]): void {
  const texts = cellTexts(sheet).join("\n");
  for (const line of lines) {
    for (const m of line.matchAll(/\d[\d,]*\.\d+/g)) {
      expect({ line, figure: m[0], found: texts.includes(m[0]) }).toEqual({
        line,
        figure: m[0],
        found: true,
      });
    }
  }
}

describe("the sample month", () => {
  const files = sampleFiles();
  const activity = tableFromCsv(files[SAMPLE_FILES.activity]);
  const jobsTable = tableFromCsv(files[SAMPLE_FILES.jobs]);
  const mapping = detectColumns(activity.headers, ACTIVITY_FIELDS);
  const jobs = { table: jobsTable, mapping: detectColumns(jobsTable.headers, JOB_FIELDS) };

  test.each(["en", "zh-CN"] as const)("adds up, and the findings quote the tables (%s)", (lang) => {
    const { model, analysis } = buildReportWithAnalysis(activity, mapping, options({ lang, jobs }));
    const sheet = model.sheets[0];
    checkTrendAddsUp(sheet);
    checkFindingsInTables(sheet, findings(analysis, lang));
    // The staffing month row is the sum of the short days' shortfalls.
    const s = analysis.staffing!;
    expect(s.shortfallHours).toBeCloseTo(
      s.days.reduce((x, d) => x + d.shortfallHours, 0),
      9
    );
    expect(s.daysUnder).toBe(s.days.filter((d) => d.periodsUnder > 0).length);
  });
});

/** A random month of daily rows over 1–3 queues; some rows contradict themselves, some cells are bad. */
const dayRow = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  queue: fc.constantFrom("A", "B", "C"),
  offered: fc.integer({ min: 0, max: 2000 }),
  answeredShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
  abandonedMode: fc.constantFrom("exact", "exact", "exact", "more", "less", "blank", "negative"),
  surveys: fc.integer({ min: 0, max: 50 }),
});

describe("random months", () => {
  test("every daily row and the month row add up; the findings quote the tables", () => {
    const headers = ["Date", "Queue", "Offered", "Answered", "Abandoned", "Surveys", "Satisfied"];
    const mapping = detectColumns(headers, ACTIVITY_FIELDS);
    fc.assert(
      fc.property(fc.array(dayRow, { minLength: 1, maxLength: 40 }), (rows) => {
        const cells = rows.map((r) => {
          const answered = Math.round(r.offered * r.answeredShare);
          const rest = r.offered - answered;
          const abandoned =
            r.abandonedMode === "exact"
              ? rest
              : r.abandonedMode === "more"
                ? rest + 3
                : r.abandonedMode === "less"
                  ? Math.max(0, rest - 2)
                  : r.abandonedMode === "blank"
                    ? ""
                    : -1;
          const date = `2026-10-${String(r.day).padStart(2, "0")}`;
          return [
            date,
            r.queue,
            r.offered,
            answered,
            abandoned,
            r.surveys,
            Math.floor(r.surveys / 2),
          ];
        });
        const { model, analysis } = buildReportWithAnalysis(
          fixtureTable(cells, headers),
          mapping,
          options({ month: "2026-10" })
        );
        const sheet = model.sheets[0];
        checkTrendAddsUp(sheet);
        checkFindingsInTables(sheet, findings(analysis, "en"));
        // The month row is the sum of the days, and adds up too.
        const trend = sheet.blocks.find((b) => b.id === "trend")!;
        const month = trend.cells[trend.cells.length - 1];
        expect(month[2].value).toBe((month[3].value as number) + (month[4].value as number));
      }),
      { numRuns: 25, seed: 20261001 }
    );
  });
});
