/**
 * End to end (test/e2e/harness.ts): the Forecast tab on a history table — read it, create the special-days
 * table from China's calendar, build the forecast sheet, then the staffing plan on it with live =WFM
 * formulas over the forecast's cells; in English and Chinese, with screenshots at the taskpane's width.
 */
import type { Page } from "playwright-core";
import { sampleHistoryRows } from "../../src/cli/sample/history";
import {
  choose,
  openTaskpane,
  screenshot,
  visiblePanel,
  type PageWindow,
  type Taskpane,
} from "./harness";

/** The bundled history's billing hotline, its last ten weeks (1,680 half-hours), as an interval export. */
function seedScript(): string {
  const iso = (minute: number) => {
    const d = new Date(minute * 60000).toISOString();
    return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
  };
  const billing = sampleHistoryRows().filter((r) => r.queue === "Billing hotline");
  const rows = billing.slice(-70 * 24).map((r) => [iso(r.minute), r.queue, r.offered, r.handleSec]);
  return `(() => {
    const workbook = new window.FakeWorkbook(["Data"]);
    workbook.putTable("Data", 0, 0, ["Interval start", "Queue", "Offered", "Handle seconds"], ${JSON.stringify(rows)}, "History");
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

test("history → forecast sheet → staffing plan with live formulas on it, in one sitting", async () => {
  await page.getByRole("tab", { name: "Forecast" }).click();
  const tab = visiblePanel(page);
  await tab.getByRole("radio", { name: "Excel table" }).check();
  await choose(page, tab.getByRole("combobox", { name: "Table", exact: true }), "History");
  await tab.getByRole("button", { name: "Read data" }).click();
  await tab.getByText(/1,680 rows read from 'Data'/).waitFor();
  // A special-days table pre-filled from the built-in calendar, chosen for the forecast.
  await tab.getByRole("button", { name: "Create from China's holiday calendar" }).click();
  await tab
    .getByText(/Created the table SpecialDays on 'Special days'/)
    .waitFor({ timeout: 30000 });
  const calendar = await page.evaluate(() => {
    const wb = (window as unknown as PageWindow).__workbook;
    return [wb.cell("Special days", 0, 1)?.value, wb.cell("Special days", 1, 1)?.value];
  });
  // The first special day of the span: Sunday 2026-09-20, worked for National Day.
  expect(calendar).toEqual(["Kind", "workday"]);
  await tab.getByLabel("Weeks to forecast").fill("2");
  await tab.getByRole("button", { name: "Build forecast" }).click();
  await tab.getByText(/Forecast written to 'Forecast 2026-11'/).waitFor({ timeout: 60000 });
  const header = await page.evaluate(() => {
    const wb = (window as unknown as PageWindow).__workbook;
    return [0, 1, 2, 3, 4].map((c) => wb.cell("Forecast 2026-11", 3, c)?.value);
  });
  expect(header).toEqual(["Date", "Interval", "Queue", "Forecast contacts", "Forecast AHT (s)"]);

  await tab.getByRole("button", { name: "Plan staff from this forecast" }).click();
  const written = tab.getByText(
    /Staffing plan written to '([^']+)', with live formulas on 'Forecast 2026-11'/
  );
  await written.waitFor({ timeout: 60000 });
  const planSheet = /written to '([^']+)'/.exec((await written.textContent())!)![1];
  await screenshot(page, "taskpane-forecast-en.png");
  const agents = await page.evaluate(
    (sheet) => (window as unknown as PageWindow).__workbook.cell(sheet, 14, 4)?.formula,
    planSheet
  );
  // 14 days × 24 half-hours of one queue below the header on sheet row 4 (title, one note, blank, header).
  expect(agents).toMatch(
    /^=WFM\.AGENTS\('Forecast 2026-11'!\$D\$5:\$D\$340,'Forecast 2026-11'!\$E\$5:\$E\$340,/
  );
});

test("in Chinese the tab and its outcome messages follow", async () => {
  await choose(page, page.getByRole("combobox", { name: "Language" }), "简体中文");
  await page.getByRole("tab", { name: "预测" }).waitFor();
  const tab = visiblePanel(page);
  await tab.getByRole("button", { name: "生成预测" }).waitFor();
  await tab.getByText(/人力需求计划已写入“[^”]+”，公式实时引用“Forecast 2026-11”。/).waitFor();
  await screenshot(page, "taskpane-forecast-zh-CN.png");
});

test("no request left the machine, and the page raised no errors", () => {
  expect(taskpane.foreignRequests).toEqual([]);
  expect(taskpane.pageErrors).toEqual([]);
  expect(taskpane.dialogs).toEqual([]);
});
