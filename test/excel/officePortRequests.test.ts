/**
 * What the Office.js port sends for the sample month's report, recorded below Office.js: a context whose
 * every object is a recording proxy. Counts the requests (syncs), the worksheet lookups (each is one more
 * object for Excel to resolve: the port keeps one proxy per sheet) and the size of each request's payload,
 * which Excel on the web caps at 5 MB.
 */
import { OfficeWorkbookPort } from "../../src/excel/officePort";
import { writeWorkbookModel } from "../../src/excel/writeToWorkbook";
import {
  ACTIVITY_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";

interface Request {
  /** Method calls and property writes queued in this request. */
  actions: number;
  /** Their arguments and values as JSON: a floor for the request's size on the wire. */
  bytes: number;
  worksheetLookups: number;
}

function recordingContext() {
  const requests: Request[] = [];
  let current: Request = { actions: 0, bytes: 0, worksheetLookups: 0 };
  const size = (value: unknown) => JSON.stringify(value ?? null).length;
  const proxy = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_, prop) => {
        if (prop === "then") return undefined; // not a promise
        if (path === "context" && prop === "sync")
          return async () => {
            requests.push(current);
            current = { actions: 0, bytes: 0, worksheetLookups: 0 };
          };
        return proxy(`${path}.${String(prop)}`);
      },
      set: (_, prop, value) => {
        current.actions++;
        current.bytes += String(prop).length + size(value);
        return true;
      },
      apply: (_, __, args: unknown[]) => {
        current.actions++;
        current.bytes += size(args);
        if (path.endsWith("worksheets.getItem")) current.worksheetLookups++;
        return proxy(`${path}()`);
      },
    });
  return { context: proxy("context") as Excel.RequestContext, requests };
}

test("the sample report: two requests, one lookup per sheet at most, each request far under 5 MB", async () => {
  const table = { headers: [...ACTIVITY_HEADERS], rows: sampleActivityRows(), firstRowNumber: 2 };
  const model = buildReport(table, detectColumns(table.headers, ACTIVITY_FIELDS), {
    ...DEFAULT_REPORT_OPTIONS,
    month: "2026-10",
    lang: "en",
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
  });
  const { context, requests } = recordingContext();
  const port = new OfficeWorkbookPort(context);
  const written = await writeWorkbookModel(port, model, { existingSheetNames: ["Data"] });
  expect(written.sheetNames[0]).toBe("SQ 2026-10");
  // The cells, formats and charts in one request; the recalculation and activation in a second.
  expect(requests).toHaveLength(2);
  // New sheets are kept from worksheets.add: no sheet is looked up by name at all, let alone ~700 times.
  expect(requests.reduce((sum, r) => sum + r.worksheetLookups, 0)).toBe(0);
  for (const request of requests) expect(request.bytes).toBeLessThan(5 * 1024 * 1024);
});

test("an existing sheet is looked up once, however many ranges are written to it", async () => {
  const { context, requests } = recordingContext();
  const port = new OfficeWorkbookPort(context);
  for (let row = 0; row < 50; row++) port.writeCells("Data", row, 0, [[{ value: row }]]);
  port.formatRects("Data", [{ ref: { row: 0, col: 0, rows: 50, cols: 1 }, style: { bold: true } }]);
  port.setColumnWidths("Data", [10, 12, 14]);
  await port.sync();
  expect(requests[0].worksheetLookups).toBe(1);
});
