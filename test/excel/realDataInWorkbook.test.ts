/**
 * Issue 9's "done when", in the taskpane's door: a month of contact records and a vendor-style interval
 * export, pasted into a sheet as they come, each become a full report through the same build the taskpane
 * runs (detect the columns as the pane does, read again at build time, analyse, write), with no hand
 * reshaping. The expected figures are counted straight from the simulated calls, not from the reader.
 */
import { buildReportInWorkbook, type ReportBuild } from "../../src/excel/reportInWorkbook";
import {
  ACTIVITY_FIELDS,
  buildReport,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import {
  ACD_HEADERS,
  RECORD_HEADERS,
  acdRows,
  recordRows,
  sampleCallRecords,
} from "../../src/cli/sample/records";
import { FakeWorkbook } from "./fakeWorkbook";

const analyse = async (...args: Parameters<typeof buildReport>) => buildReport(...args);
const records = sampleCallRecords();

function build(headers: string[], rows: (string | number)[][]) {
  const workbook = new FakeWorkbook(["Export"]);
  workbook.putTable("Export", 0, 0, headers, rows, "Export");
  const request: ReportBuild = {
    activity: {
      source: { kind: "table", name: "Export" },
      headers,
      mapping: detectColumns(headers, ACTIVITY_FIELDS),
    },
    options: {
      ...DEFAULT_REPORT_OPTIONS,
      month: "2026-10",
      lang: "en",
      builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
    },
  };
  return { workbook, built: buildReportInWorkbook(workbook, request, { analyse }) };
}

/** The value to the right of a label in the written report sheet. */
function valueBeside(workbook: FakeWorkbook, sheet: string, label: string): unknown {
  const cells = [...workbook.sheet(sheet).cells.entries()];
  const found = cells.find(([, c]) => c.value === label);
  if (!found) throw new Error(`no '${label}' in ${sheet}`);
  const [row, col] = found[0].split(",").map(Number);
  return workbook.cell(sheet, row, col + 1)?.value;
}

/** Calls that reached a queue: every simulated call except those that ended in the IVR. */
const queued = records.filter((r) => r.outcome !== "IVR Only");

test("a month of contact records (US date-times, 12-hour clock, h:mm:ss, broken rows) builds a full report", async () => {
  const rows = recordRows(records);
  // recordRows adds four broken copies ("…-X"): a 32nd of October and an unknown outcome are rejected
  // whole; text in a wait and a negative talk time only take their figure out of the queue-interval, so
  // those two copies are still offered calls (if they are not IVR-only).
  const copies = rows.filter((r) => String(r[0]).endsWith("-X"));
  expect(copies).toHaveLength(4);
  const stillOffered = copies.filter(
    (r) => !String(r[1]).startsWith("10/32/") && (r[4] === "Answered" || r[4] === "Abandoned")
  ).length;

  const { workbook, built } = build([...RECORD_HEADERS], rows);
  const { sheetName } = await built;
  expect(sheetName).toBe("SQ 2026-10");
  expect(valueBeside(workbook, sheetName, "Offered calls counted")).toBe(
    queued.length + stillOffered
  );
});

test("a vendor interval export with averages and percentages builds a full report", async () => {
  const rows = acdRows(records);
  const { workbook, built } = build([...ACD_HEADERS], rows);
  const { sheetName } = await built;
  expect(sheetName).toBe("SQ 2026-10");
  // The export was aggregated from the same calls: its offered column sums to the queued calls.
  expect(valueBeside(workbook, sheetName, "Offered calls counted")).toBe(queued.length);
});
