/**
 * End to end, a first-time user (test/e2e/harness.ts): the empty state, a single selected cell widened to
 * its table or block, an empty selection, unknown headers and a month-less date column each answered next
 * to the action with focus moved there, a build that reads the sheet again, Cancel on a year of rows, and
 * "Try it with sample data" through to a report, in English and Chinese.
 */
import type { Page } from "playwright-core";
import {
  ACTIVITY_HEADERS,
  INTERVAL_HEADERS,
  intervalYearRows,
  sampleActivityRows,
} from "../../src/cli/sample/generate";
import { ACTIVITY_FIELDS, monthFirstDay } from "../../src/report";
import {
  choose,
  expectNoLanguageLeaks,
  focusedId,
  openTaskpane,
  screenshot,
  visiblePanel,
  type PageWindow,
  type Taskpane,
} from "./harness";

const SAMPLE = sampleActivityRows();
const YEAR = intervalYearRows(monthFirstDay("2025-11"));

/**
 * Sheets: Data (the sample as the Excel table "Activity"), Block (its first 40 rows as a plain block at
 * B3), Odd (headers nothing is detected from), NoDates (the right headers, no dates), Year (a year of
 * half-hour rows, 52,560 of them, as the table "Year"). Nothing is selected at first.
 */
function seedScript(): string {
  const oddRows = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const noDates = [
    ["n/a", 10, 9],
    ["n/a", 12, 11],
  ];
  return `(() => {
    const workbook = new window.FakeWorkbook(["Data"]);
    workbook.putTable("Data", 0, 0, ${JSON.stringify(ACTIVITY_HEADERS)}, ${JSON.stringify(SAMPLE)}, "Activity");
    workbook.putTable("Block", 2, 1, ${JSON.stringify(ACTIVITY_HEADERS)}, ${JSON.stringify(SAMPLE.slice(0, 40))});
    workbook.putTable("Odd", 0, 0, ["Foo", "Bar", "Baz"], ${JSON.stringify(oddRows)});
    workbook.putTable("NoDates", 0, 0, ["Date", "Offered", "Answered"], ${JSON.stringify(noDates)});
    workbook.putTable("Year", 0, 0, ${JSON.stringify(INTERVAL_HEADERS)}, ${JSON.stringify(YEAR)}, "Year");
    workbook.selection = undefined;
    window.__workbook = workbook;
    window.__servicePlannerTestWorkbook = { workbook, displayLanguage: "en-US" };
  })();`;
}

let taskpane: Taskpane;
let page: Page;

beforeAll(async () => {
  taskpane = await openTaskpane(seedScript());
  page = taskpane.page;
}, 120000);

afterAll(async () => {
  await taskpane?.close();
});

const select = (sheet: string, row: number, col: number, rows = 1, cols = 1) =>
  page.evaluate(
    ([sheet, row, col, rows, cols]) =>
      ((window as unknown as PageWindow).__workbook.selection = {
        sheet: sheet as string,
        ref: { row: row as number, col: col as number, rows: rows as number, cols: cols as number },
      }),
    [sheet, row, col, rows, cols]
  );

const sheetNames = () =>
  page.evaluate(() => (window as unknown as PageWindow).__workbook.sheets.map((s) => s.name));

/** The report's "Offered calls counted" figure on a sheet the taskpane wrote. */
const offeredCounted = (sheet: string) =>
  page.evaluate((sheet) => {
    const wb = (window as unknown as PageWindow).__workbook;
    const found = [...wb.sheet(sheet).cells.entries()].find(
      ([, c]) => c.value === "Offered calls counted"
    );
    if (!found) return undefined;
    const [row, col] = found[0].split(",").map(Number);
    return wb.cell(sheet, row, col + 1)?.value as number;
  }, sheet);

const readData = () => visiblePanel(page).getByRole("button", { name: "Read data" }).click();
const outcomeOfRead = () => page.locator("#report-source-outcome");

test("first run: the empty state says what the pane needs, and the disabled Build says why", async () => {
  const panel = visiblePanel(page);
  await panel.getByText(/The report needs a month of activity data with a header row/).waitFor();
  const build = panel.getByRole("button", { name: "Build report" });
  expect(await build.getAttribute("aria-disabled")).toBe("true");
  // The reason is linked to the button, so a screen reader reads it with the button.
  const why = await build.getAttribute("aria-describedby");
  expect(await page.locator(`#${why}`).textContent()).toBe("Read the data first.");
  await panel.getByRole("button", { name: "Try it with sample data" }).waitFor();
  // Office shows the add-in's name: the page's own title is for screen readers only (no second title).
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Service Planner");
  expect(await page.getByRole("heading", { level: 1 }).boundingBox()).toMatchObject({ width: 1 });
  expect(await page.getByRole("link", { name: "Help" }).getAttribute("href")).toBe(
    "help/taskpane.md"
  );
  await screenshot(page, "taskpane-first-run-en.png");
});

test("an empty selection: the message sits under Read data and takes focus; the summary says what to do", async () => {
  await select("Data", 600, 40);
  await readData();
  await outcomeOfRead()
    .getByText(/The selection is empty/)
    .waitFor();
  expect(await focusedId(page)).toBe("report-source-outcome");
  await page
    .getByText("Select the whole table, headers included, or pick an Excel table.")
    .waitFor();
  // The live region is filled a moment after the message shows (announcer.tsx).
  await page.waitForFunction(() =>
    document.getElementById("announcer")?.textContent?.startsWith("The selection is empty")
  );
  await expectNoLanguageLeaks(page, "an empty selection");
});

test("one cell inside an Excel table reads the whole table; one inside a block reads its region", async () => {
  await select("Data", 17, 4);
  await readData();
  await outcomeOfRead()
    .getByText(
      `${SAMPLE.length} rows read from 'Data'. One cell was selected: the whole table 'Activity' was read.`
    )
    .waitFor();
  // Focus stays on the button when nothing needs a look.
  expect(await focusedId(page)).toBe("report-source-read");
  await select("Block", 10, 5);
  await readData();
  await outcomeOfRead()
    .getByText(
      "40 rows read from 'Block'. One cell was selected: the block of data around it was read."
    )
    .waitFor();
  await page.waitForFunction(() =>
    document.getElementById("announcer")?.textContent?.startsWith("40 rows read")
  );
});

test("unknown headers: the first required field takes focus, marked with what to pick", async () => {
  await select("Odd", 1, 1);
  await readData();
  await page.waitForFunction(() => document.activeElement?.id === "report-mapping-date");
  await visiblePanel(page).getByText("Pick the column that holds Date.").waitFor();
  await page.getByText("Pick the column for: Date.").waitFor();
  // Only the required field is open; the optional ones nothing was found for wait in a disclosure.
  const optional = ACTIVITY_FIELDS.filter((f) => !f.required).length;
  const group = visiblePanel(page).getByRole("group", { name: "Activity columns", exact: true });
  expect(await group.getByRole("combobox").count()).toBe(ACTIVITY_FIELDS.length - optional);
  await group.getByRole("button", { name: `Columns not found (${optional})` }).waitFor();
  await screenshot(page, "taskpane-unknown-headers-en.png");
});

test("a date column with no dates: the Month field takes focus and says what to do", async () => {
  await select("NoDates", 1, 1);
  await readData();
  await page.waitForFunction(() => document.activeElement?.id === "report-month");
  // The field itself says what is wrong with the dates.
  await visiblePanel(page)
    .getByText(/The date column \("Date"\) holds no dates/)
    .waitFor();
  await page.getByText("No month found: pick the column that holds the dates.").waitFor();
  await expectNoLanguageLeaks(page, "a date column with no dates");
});

test("Build reads the sheet again: an edit made after Read shows in the report", async () => {
  await select("Data", 1, 1);
  await readData();
  await outcomeOfRead()
    .getByText(/rows read from 'Data'/)
    .waitFor();
  const panel = visiblePanel(page);
  await panel.getByRole("button", { name: "Build report" }).click();
  await page
    .locator("#report-build-outcome")
    .getByText(/'SQ 2026-10'/)
    .waitFor({ timeout: 30000 });
  const before = await offeredCounted("SQ 2026-10");
  // By hand: 1,000 more calls on a clean October row, all abandoned (offered = answered + abandoned still
  // holds), typed into the sheet after Read. C is Offered, E Abandoned.
  const index = SAMPLE.findIndex((row) => row[0] === "2026-10-01");
  await page.evaluate(
    ([row, offered, abandoned]) => {
      const wb = (window as unknown as PageWindow).__workbook;
      wb.typeInto("Data", row, 2, offered);
      wb.typeInto("Data", row, 4, abandoned);
    },
    [index + 1, (SAMPLE[index][2] as number) + 1000, (SAMPLE[index][4] as number) + 1000]
  );
  await panel.getByRole("button", { name: "Build report" }).click();
  await page
    .locator("#report-build-outcome")
    .getByText(/'SQ 2026-10 \(2\)'/)
    .waitFor({ timeout: 30000 });
  expect(await offeredCounted("SQ 2026-10 (2)")).toBe((before as number) + 1000);
});

test("Cancel during a build on a year of half-hour rows: back at once, no sheet left, focus on Build", async () => {
  await select("Year", 5, 2);
  await readData();
  await outcomeOfRead()
    .getByText(`${YEAR.length.toLocaleString("en")} rows read from 'Year'.`, { exact: false })
    .waitFor({
      timeout: 30000,
    });
  const before = await sheetNames();
  const panel = visiblePanel(page);
  await panel.getByRole("button", { name: "Build report" }).click();
  // Cancel is there as soon as the build starts.
  const cancel = panel.getByRole("button", { name: "Cancel" });
  await cancel.waitFor({ timeout: 1000 });
  await cancel.click();
  await page
    .locator("#report-build-outcome")
    .getByText("Cancelled: nothing was left in the workbook.")
    .waitFor({ timeout: 30000 });
  expect(await sheetNames()).toEqual(before);
  await page.waitForFunction(() => document.activeElement?.id === "report-build");
  expect(await panel.getByRole("progressbar").count()).toBe(0);
});

test("Try it with sample data: a new sheet, read, and a report from it", async () => {
  await taskpane.reload();
  const panel = visiblePanel(page);
  await panel.getByRole("button", { name: "Try it with sample data" }).click();
  await page
    .locator("#report-source-outcome")
    .getByText(/Sample month written to the new sheet 'Sample activity'/)
    .waitFor({ timeout: 30000 });
  // The next step takes focus: Build report.
  await page.waitForFunction(() => document.activeElement?.id === "report-build");
  const selected = await page.evaluate(
    () => (window as unknown as PageWindow).__workbook.selection
  );
  expect(selected?.sheet).toBe("Sample activity");
  await panel.getByRole("button", { name: "Build report" }).click();
  await page
    .locator("#report-build-outcome")
    .getByText(/'SQ 2026-10'/)
    .waitFor({ timeout: 30000 });
  expect(await sheetNames()).toEqual(
    expect.arrayContaining(["Sample activity", "SQ 2026-10", "Targets"])
  );
  await screenshot(page, "taskpane-sample-en.png");
});

test("在中文界面中：空状态、示例数据和生成报表", async () => {
  await taskpane.reload();
  await choose(page, page.getByRole("combobox", { name: "Language" }), "简体中文");
  const panel = visiblePanel(page);
  await panel.getByText(/报表需要一个月的话务数据/).waitFor();
  await screenshot(page, "taskpane-first-run-zh-CN.png");
  await panel.getByRole("button", { name: "使用示例数据试一试" }).click();
  await page
    .locator("#report-source-outcome")
    .getByText(/示例月份已写入新工作表“示例话务数据”/)
    .waitFor({ timeout: 30000 });
  await panel.getByRole("button", { name: "生成报表" }).click();
  await page
    .locator("#report-build-outcome")
    .getByText(/报表已写入新工作表/)
    .waitFor({ timeout: 30000 });
  await screenshot(page, "taskpane-sample-zh-CN.png");
});

test("在中文界面中：选定区域为空、日期列没有日期、标题都不认识，提示都是中文", async () => {
  // The page is still in Chinese from the test before.
  const read = () => visiblePanel(page).getByRole("button", { name: "读取数据" }).click();
  await select("Data", 600, 40);
  await read();
  await outcomeOfRead()
    .getByText(/选定区域为空/)
    .waitFor();
  await expectNoLanguageLeaks(page, "选定区域为空");
  await select("NoDates", 1, 1);
  await read();
  await page.waitForFunction(() => document.activeElement?.id === "report-month");
  await expectNoLanguageLeaks(page, "日期列没有日期");
  await select("Odd", 1, 1);
  await read();
  await page.waitForFunction(() => document.activeElement?.id === "report-mapping-date");
  await expectNoLanguageLeaks(page, "标题都不认识");
});

test("no request left the machine except office.js, and the page raised no errors", () => {
  expect(taskpane.foreignRequests).toEqual([]);
  expect(taskpane.pageErrors).toEqual([]);
  expect(taskpane.dialogs).toEqual([]);
});
