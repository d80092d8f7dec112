/**
 * End to end (test/e2e/harness.ts): builds the sample month's report and a staffing plan, switches to
 * Chinese, checks that a hostile header stays text, cancels a build mid-write, and takes screenshots: into
 * test-results/ (git-ignored; each one also scanned by axe-core) so a test run leaves the working tree clean, or over the docs' own
 * (docs/taskpane-*.png) with UPDATE_SCREENSHOTS=1.
 */
import type { Locator, Page } from "playwright-core";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";
import {
  choose as chooseIn,
  expectNoLanguageLeaks,
  focusedId,
  openOptions as openOptionsIn,
  openTaskpane,
  screenshot as screenshotOf,
  visiblePanel as panelOf,
  type PageWindow,
  type Taskpane,
} from "./harness";

const HOSTILE = "<img src=x onerror=alert(1)>";

/** Seeds the page's workbook: the sample activity (plus a hostile header) and a two-day half-hour forecast. */
function seedScript(): string {
  const activityHeaders = [...ACTIVITY_HEADERS, HOSTILE];
  const activityRows = sampleActivityRows().map((row) => [...row, "x"]);
  const forecastRows: (string | number)[][] = [];
  for (const date of ["2026-11-02", "2026-11-03"])
    for (let slot = 16; slot < 40; slot++) {
      const calls = Math.round(40 + 60 * Math.sin((Math.PI * (slot - 16)) / 24));
      forecastRows.push([
        date,
        `${String(Math.floor(slot / 2)).padStart(2, "0")}:${slot % 2 ? "30" : "00"}`,
        calls,
        240,
      ]);
    }
  return `(() => {
    const workbook = new window.FakeWorkbook(["Data"]);
    workbook.putTable("Forecast", 0, 0, ["Date", "Interval", "Calls", "AHT"], ${JSON.stringify(forecastRows)}, "Forecast");
    workbook.putTable("Data", 0, 0, ${JSON.stringify(activityHeaders)}, ${JSON.stringify(activityRows)}, "Activity");
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

const visiblePanel = () => panelOf(page);
const screenshot = (name: string) => screenshotOf(page, name);
const openOptions = (combobox: Locator, option: string | RegExp) =>
  openOptionsIn(page, combobox, option);
const choose = (combobox: Locator, option: string | RegExp) => chooseIn(page, combobox, option);

const sheetNamesInPage = () =>
  page.evaluate(() => (window as unknown as PageWindow).__workbook.sheets.map((s) => s.name));

test("the column list opens only the fields that need a look; the rest are behind a keyboard disclosure", async () => {
  const reportTab = visiblePanel();
  await reportTab.getByRole("button", { name: "Read data" }).click();
  await reportTab.getByText(/rows read from 'Data'/).waitFor();
  const mapping = reportTab.getByRole("group", { name: "Activity columns", exact: true });
  // Date is the one required field and stays open; the fields detected from the sample's headers are folded
  // under "Other columns", and the many the sample has no column for (interval, contact-record fields …)
  // under "Columns not found".
  expect(
    await mapping.getByRole("combobox").evaluateAll((lists) => lists.map((l) => l.id))
  ).toEqual(["report-mapping-date"]);
  // Required fields are marked as required (aria-required), not by "(required)" in their label.
  const date = mapping.getByRole("combobox", { name: "Date", exact: true });
  expect(await date.getAttribute("aria-required")).toBe("true");
  const more = mapping.getByRole("button", { name: /^Other columns \(\d+ detected\)$/ });
  expect(await more.getAttribute("aria-expanded")).toBe("false");
  await mapping.getByRole("button", { name: /^Columns not found \(\d+\)$/ }).waitFor();
  expect(await mapping.getByRole("combobox", { name: "Queue" }).count()).toBe(0);
  await screenshot("taskpane-report-en.png");

  await more.focus();
  await page.keyboard.press("Enter");
  expect(await more.getAttribute("aria-expanded")).toBe("true");
  const folded = mapping.getByRole("group", { name: /^Other columns/ });
  const detected = Number(/\((\d+) detected\)/.exec((await more.textContent()) ?? "")?.[1]);
  expect(await folded.getByRole("combobox").count()).toBe(detected);
  expect(await folded.getByRole("combobox", { name: "Queue" }).textContent()).toBe("B: Queue");
  expect(await folded.getByRole("combobox", { name: "Cost" }).textContent()).toBe("X: Cost");
  // Changing a folded field keeps it where it is (the layout follows the detection, not the edits).
  await choose(folded.getByRole("combobox", { name: "Cost" }), "(not used)");
  expect(await folded.getByRole("combobox", { name: "Cost" }).textContent()).toBe("(not used)");
  await choose(folded.getByRole("combobox", { name: "Cost" }), "X: Cost");
  expect(await folded.getByRole("combobox", { name: "Cost" }).textContent()).toBe("X: Cost");
});

test("builds the sample month's report into the workbook", async () => {
  const reportTab = visiblePanel();
  expect(await reportTab.getByRole("combobox", { name: "Month" }).textContent()).toBe("2026-10");
  await reportTab.getByRole("button", { name: "Build report" }).click();
  await reportTab
    .getByText(/Report written to the new sheet 'SQ 2026-10'/)
    .waitFor({ timeout: 30000 });
  // Focus stayed on Build report; the outcome sits right under it and was announced.
  expect(await focusedId(page)).toBe("report-build");
  expect(await page.locator("#report-build-outcome").textContent()).toMatch(/SQ 2026-10/);
  await page.waitForFunction(() =>
    document.getElementById("announcer")?.textContent?.includes("Report written")
  );

  const received = await page.evaluate(() => {
    const wb = (window as unknown as PageWindow).__workbook;
    const sheet = wb.sheet("SQ 2026-10");
    return {
      sheets: wb.sheets.map((s) => s.name),
      active: wb.activeSheet,
      cells: sheet.cells.size,
      charts: sheet.charts.length,
      tables: [...wb.tables.keys()],
      suspendedEveryWrite: wb.syncs.filter((s) => s.cells > 0).every((s) => s.calculationSuspended),
      values: [...sheet.cells.values()].map((c) => c.value),
    };
  });
  expect(received.sheets).toEqual(
    expect.arrayContaining(["Data", "Forecast", "Targets", "SQ 2026-10"])
  );
  expect(received.active).toBe("SQ 2026-10");
  expect(received.tables).toContain("Targets");
  expect(received.cells).toBeGreaterThan(200);
  expect(received.charts).toBeGreaterThan(0);
  expect(received.suspendedEveryWrite).toBe(true);
  expect(received.values).toContain("Service level");
});

test("a header holding HTML is shown as text: no image element, no script run", async () => {
  const reportTab = visiblePanel();
  // The hostile header is the column after the sample's own columns.
  await openOptions(
    reportTab.getByRole("combobox", { name: /^Queue/ }),
    `${letterOf(ACTIVITY_HEADERS.length)}: ${HOSTILE}`
  );
  expect(await page.locator("img").count()).toBe(0);
  await page.keyboard.press("Escape");
  expect(taskpane.dialogs).toEqual([]);
});

test("Cancel while Excel is slow: the half-written sheet is removed and the message says so", async () => {
  const reportTab = visiblePanel();
  const before = await sheetNamesInPage();
  expect(before).toContain("SQ 2026-10");
  // Each request now takes 800 ms to come back.
  await page.evaluate(() => ((window as unknown as PageWindow).__workbook.syncDelayMs = 800));
  try {
    await reportTab.getByRole("button", { name: "Build report" }).click();
    // The writer's first request adds the new sheet; press Cancel while that sheet exists in the workbook
    // and the request has not yet come back.
    await page.waitForFunction(() =>
      (window as unknown as PageWindow).__workbook.sheets.some((s) => s.name === "SQ 2026-10 (2)")
    );
    await reportTab.getByRole("button", { name: "Cancel" }).click();
    await reportTab
      .getByText("Cancelled: nothing was left in the workbook.")
      .waitFor({ timeout: 30000 });
    // Cancel went away with the task: focus is back on the button that started it, and the outcome was
    // announced through the live region.
    await page.waitForFunction(() => document.activeElement?.id === "report-build");
    await page.waitForFunction(() =>
      document.getElementById("announcer")?.textContent?.startsWith("Cancelled")
    );
    await expectNoLanguageLeaks(page, "a build cancelled");
  } finally {
    await page.evaluate(() => ((window as unknown as PageWindow).__workbook.syncDelayMs = 0));
  }
  expect(await sheetNamesInPage()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as PageWindow).__workbook.activeSheet)).toBe(
    "SQ 2026-10"
  );
  expect(await reportTab.getByRole("progressbar").count()).toBe(0);
  expect(await reportTab.getByRole("button", { name: "Build report" }).isEnabled()).toBe(true);
});

test("builds a staffing plan of live WFM formulas from the forecast table", async () => {
  await page.getByRole("tab", { name: "Staffing plan" }).click();
  const planTab = visiblePanel();
  await planTab.getByRole("radio", { name: "Excel table" }).check();
  await choose(planTab.getByRole("combobox", { name: "Table" }), "Forecast");
  await planTab.getByRole("button", { name: "Read data" }).click();
  await planTab.getByText(/48 rows read from 'Forecast'/).waitFor();
  // Four fields fit as they are: no disclosure.
  const mapping = planTab.getByRole("group", { name: "Forecast columns", exact: true });
  expect(await mapping.getByRole("combobox").allTextContents()).toEqual([
    "A: Date",
    "B: Interval",
    "C: Calls",
    "D: AHT",
  ]);
  expect(await mapping.getByRole("button", { name: /Other columns/ }).count()).toBe(0);
  await planTab.getByLabel("Max occupancy (%, optional)").fill("85");
  await planTab.getByRole("button", { name: "Build staffing plan" }).click();
  await planTab
    .getByText(/Staffing plan written to the new sheet 'Staffing plan 2026-11'/)
    .waitFor({ timeout: 30000 });
  await screenshot("taskpane-plan-en.png");
  const agents = await page.evaluate(
    () => (window as unknown as PageWindow).__workbook.cell("Staffing plan 2026-11", 14, 4)?.formula
  );
  expect(agents).toBe(
    "=WFM.AGENTS('Forecast'!$C$2:$C$49,'Forecast'!$D$2:$D$49,$B$5,$B$6,$B$7,$B$9)"
  );
});

test("switches to Simplified Chinese: every label follows", async () => {
  await choose(page.getByRole("combobox", { name: "Language" }), "简体中文");
  await page.getByRole("tab", { name: "报表" }).waitFor();
  await page.getByRole("tab", { name: "人力需求计划" }).waitFor();
  const planTab = visiblePanel();
  await planTab.getByRole("button", { name: "生成人力需求计划" }).waitFor();
  await planTab.getByText("服务水平目标（%）").waitFor();
  // The outcome message of the earlier build is re-worded too.
  await planTab.getByText("人力需求计划已写入新工作表“Staffing plan 2026-11”。").waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  // Built in Chinese, the plan's sheet takes the glossary's Chinese name.
  await planTab.getByRole("button", { name: "生成人力需求计划" }).click();
  await planTab
    .getByText("人力需求计划已写入新工作表“人力需求 2026-11”。")
    .waitFor({ timeout: 30000 });
  await screenshot("taskpane-plan-zh-CN.png");
  await page.getByRole("tab", { name: "报表" }).click();
  const reportTab = visiblePanel();
  await reportTab.getByRole("button", { name: "生成报表" }).waitFor();
  await reportTab.getByText("服务水平分母").waitFor();
  await reportTab.getByRole("combobox", { name: "月份" }).waitFor();
  // The disclosure opened earlier is labelled in Chinese too; it is folded again for the screenshot.
  await reportTab.getByRole("button", { name: /^其他列（已识别 \d+ 列）$/ }).click();
  await reportTab.getByRole("combobox", { name: "队列" }).waitFor({ state: "detached" });
  // A build in Chinese: the new sheet takes the next free name, and the message is in Chinese.
  await reportTab.getByRole("button", { name: "生成报表" }).click();
  await reportTab
    .getByText(/报表已写入新工作表“服务质量 2026-10( \(\d\))?”。/)
    .waitFor({ timeout: 30000 });
  await screenshot("taskpane-report-zh-CN.png");
});

test("no request left the machine except office.js, and the page raised no errors", () => {
  expect(taskpane.foreignRequests).toEqual([]);
  expect(taskpane.pageErrors).toEqual([]);
  expect(taskpane.dialogs).toEqual([]);
});

function letterOf(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
