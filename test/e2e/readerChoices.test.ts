/**
 * End to end (test/e2e/harness.ts): the reader's choices in the taskpane. Dates that read both ways (3/4/26)
 * bring a Date order field, and the build waits for it, in the Report tab and in the Forecast tab alike; a
 * table with no Date column but a date-time "Interval Start" gives both the day and the interval with nothing
 * to pick, as on the command line; data whose dates decide themselves shows no Date order field. The
 * report's definitions box says how the data was read. Screenshots (English and Chinese) are scanned by
 * axe-core like every documented state.
 */
import type { Page } from "playwright-core";
import {
  choose,
  focusedId,
  openTaskpane,
  screenshot,
  visiblePanel,
  type PageWindow,
  type Taskpane,
} from "./harness";
import {
  ACD_HEADERS,
  RECORD_HEADERS,
  acdRows,
  recordRows,
  sampleCallRecords,
} from "../../src/cli/sample/records";

/** Days 1–10 of April 2026 written D/M/YY: no part over 12, so they read both ways. */
const AMBIGUOUS = Array.from({ length: 10 }, (_, i) => [`${i + 1}/4/26`, "Sales", 100, 90]);
/** A platform's interval export: 25 July 2025, 8 PM and 8:30 PM, in one date-time column; no column is a date. */
const INTERVALS = [
  ["7/25/25 8:00 PM", "Sales", 40, 36],
  ["7/25/25 8:30 PM", "Sales", 30, 29],
];

/**
 * Real exports as they arrive (issue 9's "in the taskpane"): one call in 60 of the sample month's contact
 * records (US date-times with a 12-hour clock, h:mm:ss durations, an IVR-only outcome) and all four of its
 * broken rows (a 32nd of October, an unknown outcome, text for a wait, a negative talk time),
 * and the ACD's half-hour export with averages and percentages and its "Totals" line.
 */
const CALLS = sampleCallRecords();
const RECORDS = recordRows(CALLS).filter((r, i) => i % 60 === 0 || String(r[0]).endsWith("-X"));
const ACD = acdRows(CALLS);
/** Offered by hand: records that reached a queue (not IVR-only) on a real day. */
const RECORDS_OFFERED = RECORDS.filter(
  (r) => (r[4] === "Answered" || r[4] === "Abandoned") && !String(r[1]).startsWith("10/32/")
).length;
/** The export's own offered column, less its Totals line. */
const ACD_OFFERED = ACD.filter((r) => r[0] !== "Totals").reduce((n, r) => n + Number(r[3]), 0);

/**
 * Daily history written D/M/YY: 1–12 March and 1–12 April 2026. No part is over 12, so it reads both ways;
 * as D/M/Y the last day is 12 April, so the forecast starts on 13 April (as M/D/Y it would be 4 December).
 */
const HISTORY = [3, 4].flatMap((month) =>
  Array.from({ length: 12 }, (_, i) => [`${i + 1}/${month}/26`, 100 + i])
);

function seedScript(): string {
  return `(() => {
    const workbook = new window.FakeWorkbook(["Dates"]);
    workbook.putTable("Dates", 0, 0, ["Date", "Queue", "Offered", "Answered"], ${JSON.stringify(AMBIGUOUS)}, "Daily");
    workbook.putTable("Export", 0, 0, ["Interval Start", "Queue", "Offered", "Answered"], ${JSON.stringify(INTERVALS)}, "Intervals");
    workbook.putTable("History", 0, 0, ["Date", "Offered"], ${JSON.stringify(HISTORY)}, "HistoryByDay");
    workbook.putTable("Records", 0, 0, ${JSON.stringify(RECORD_HEADERS)}, ${JSON.stringify(RECORDS)}, "CallRecords");
    workbook.putTable("Acd", 0, 0, ${JSON.stringify(ACD_HEADERS)}, ${JSON.stringify(ACD)}, "AcdExport");
    window.__workbook = workbook;
    window.__servicePlannerTestWorkbook = { workbook, displayLanguage: "en-US" };
  })();`;
}

let taskpane: Taskpane;
let page: Page;

beforeAll(async () => {
  taskpane = await openTaskpane(seedScript());
  page = taskpane.page;
}, 90000);

afterAll(async () => {
  await taskpane?.close();
});

async function readTable(name: string, rows: number | string, sheet: string) {
  const tab = visiblePanel(page);
  await tab.getByRole("radio", { name: "Excel table" }).check();
  await choose(page, tab.getByRole("combobox", { name: "Table", exact: true }), name);
  await tab.getByRole("button", { name: "Read data" }).click();
  await tab.getByText(`${rows} rows read from '${sheet}'`, { exact: false }).waitFor();
  return tab;
}

/** The values of the new report sheet's cells. */
const sheetValues = (sheet: string) =>
  page.evaluate(
    (name) =>
      [...(window as unknown as PageWindow).__workbook.sheet(name).cells.values()].map((c) =>
        String(c.value ?? "")
      ),
    sheet
  );

test("dates that read both ways: a Date order field, and the build waits for it", async () => {
  const tab = await readTable("Daily", 10, "Dates");
  const order = tab.getByRole("combobox", { name: "Date order" });
  await order.waitFor();
  // Focus goes to the field that needs a choice; nothing is chosen for the user.
  await page.waitForFunction(() => document.activeElement?.id === "report-date-order");
  expect(await order.textContent()).toBe("");
  await tab
    .getByText("The dates in 'Date' (e.g. 1/4/26) read both as month/day and as day/month.")
    .waitFor();
  await tab.getByText("Choose the date order first.").waitFor();
  await screenshot(page, "taskpane-date-order-en.png");

  await choose(page, page.getByRole("combobox", { name: "Language" }), "简体中文");
  const zh = visiblePanel(page);
  await zh.getByRole("combobox", { name: "日期顺序" }).waitFor();
  await zh.getByText("请先选择日期顺序。").waitFor();
  await screenshot(page, "taskpane-date-order-zh-CN.png");
  await choose(page, page.getByRole("combobox", { name: "语言" }), "English");

  await choose(page, order, "Day/Month/Year (1/4/26 = 2026-04-01)");
  // Read as day/month the ten days are one month, April 2026 (as month/day they would be ten months).
  expect(await tab.getByRole("combobox", { name: "Month" }).textContent()).toBe("2026-04");
  const read = tab.getByRole("group", { name: "How the data will be read" });
  await read.getByText("slash dates read as D/M/Y").waitFor();

  await tab.getByRole("button", { name: "Build report" }).click();
  await tab.getByText(/Report written to the new sheet 'SQ 2026-04'/).waitFor({ timeout: 30000 });
  expect(await sheetValues("SQ 2026-04")).toEqual(
    expect.arrayContaining(["Conversions", "slash dates read as D/M/Y"])
  );
});

test("no Date column: a date-time 'Interval Start' gives the day and the interval, nothing to pick", async () => {
  const tab = await readTable("Intervals", 2, "Export");
  // As on the command line, the reader finds the day in the date-time column: the Date list shows it and
  // nothing is left to pick, so focus stays on Read data.
  expect(await tab.getByRole("combobox", { name: "Date", exact: true }).textContent()).toBe(
    "A: Interval Start"
  );
  expect(await focusedId(page)).toBe("report-source-read");
  // 25 can only be a day: the data decides month/day, so no choice is shown.
  expect(await tab.getByRole("combobox", { name: "Date order" }).count()).toBe(0);
  expect(await tab.getByRole("combobox", { name: "Month" }).textContent()).toBe("2025-07");
  const read = tab.getByRole("group", { name: "How the data will be read" });
  await read
    .getByText('"Interval Start" holds date and time: gives the date and the interval')
    .waitFor();
  await screenshot(page, "taskpane-date-time-en.png");

  await tab.getByRole("button", { name: "Build report" }).click();
  await tab.getByText(/Report written to the new sheet 'SQ 2025-07'/).waitFor({ timeout: 30000 });
  expect(await focusedId(page)).toBe("report-build");
  const values = await sheetValues("SQ 2025-07");
  expect(values).toEqual(
    expect.arrayContaining([
      "Columns read",
      '"Interval Start" → Date and Interval; "Queue" → Queue; "Offered" → Offered; "Answered" → Answered',
    ])
  );
});

/** The value beside a label in a written sheet (the report's "Offered calls counted" row). */
const valueBeside = (sheet: string, label: string) =>
  page.evaluate(
    ([name, text]) => {
      const workbook = (window as unknown as PageWindow).__workbook;
      const found = [...workbook.sheet(name).cells.entries()].find(([, c]) => c.value === text);
      if (!found) return undefined;
      const [row, col] = found[0].split(",").map(Number);
      return workbook.cell(name, row, col + 1)?.value;
    },
    [sheet, label]
  );

test.each([
  [
    "contact records",
    "CallRecords",
    "Records",
    RECORDS.length,
    "contact records (one row per call)",
    () => RECORDS_OFFERED,
  ],
  [
    "an ACD interval export",
    "AcdExport",
    "Acd",
    ACD.length,
    "interval/daily rows with averages and percentages",
    () => ACD_OFFERED,
  ],
])(
  "from %s: a full report, nothing reshaped or picked",
  async (_, table, sheet, rows, shape, offered) => {
    const tab = await readTable(table, rows.toLocaleString("en-US"), sheet);
    // The data decides the date order (13–31 October), so nothing is asked.
    expect(await tab.getByRole("combobox", { name: "Date order" }).count()).toBe(0);
    const read = tab.getByRole("group", { name: "How the data will be read" });
    await read.getByText(`Read as: ${shape}`).waitFor();
    expect(await tab.getByRole("combobox", { name: "Month" }).textContent()).toBe("2026-10");
    await tab.getByRole("button", { name: "Build report" }).click();
    const done = tab.getByText(/Report written to the new sheet '(SQ 2026-10[^']*)'/);
    await done.waitFor({ timeout: 60000 });
    const written = /'(SQ 2026-10[^']*)'/.exec((await done.textContent()) ?? "")![1];
    expect(await valueBeside(written, "Offered calls counted")).toBe(offered());
  }
);

test("Forecast tab: history whose dates read both ways asks the Date order, and the forecast waits for it", async () => {
  await page.getByRole("tab", { name: "Forecast" }).click();
  const tab = await readTable("HistoryByDay", 24, "History");
  const order = tab.getByRole("combobox", { name: "Date order" });
  await order.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "forecast-date-order");
  expect(await order.textContent()).toBe("");
  await tab
    .getByText("The dates in 'Date' (e.g. 1/3/26) read both as month/day and as day/month.")
    .waitFor();
  await tab.getByText("Choose the date order first.").waitFor();
  expect(
    await tab.getByRole("button", { name: "Create from China's holiday calendar" }).isDisabled()
  ).toBe(true);
  await screenshot(page, "taskpane-forecast-date-order-en.png");

  await choose(page, page.getByRole("combobox", { name: "Language" }), "简体中文");
  const zh = visiblePanel(page);
  await zh.getByRole("combobox", { name: "日期顺序" }).waitFor();
  await zh.getByText("请先选择日期顺序。").waitFor();
  await screenshot(page, "taskpane-forecast-date-order-zh-CN.png");
  await choose(page, page.getByRole("combobox", { name: "语言" }), "English");

  await choose(page, order, "Day/Month/Year (1/3/26 = 2026-03-01)");
  expect(await tab.getByText("Choose the date order first.").count()).toBe(0);
  await tab.getByLabel("Weeks to forecast").fill("2");
  await tab.getByRole("button", { name: "Build forecast" }).click();
  // Read D/M/Y the history ends on 12 April 2026: the forecast starts the next day, in April.
  await tab.getByText(/Forecast written to 'Forecast 2026-04'/).waitFor({ timeout: 60000 });
  expect(await tab.getByText(/--date-order/).count()).toBe(0);
});

test("no request left the machine, and the page raised no errors", () => {
  expect(taskpane.foreignRequests).toEqual([]);
  expect(taskpane.pageErrors).toEqual([]);
  expect(taskpane.dialogs).toEqual([]);
});
