/**
 * The end-to-end harness: the BUILT taskpane (dist/) in headless Chromium, office.js served from
 * node_modules, and the typed fake workbook injected as the page's Excel (the test hook index.tsx reads only
 * outside Office). Any request leaving the machine other than office.js is recorded as a defect.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import * as ts from "typescript";
import { findChromium } from "../helpers/chromium";
import { languageLeaks } from "../helpers/languageLeaks";
import { serveDirectory } from "./server";

export const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
const SCREENSHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS === "1" ? "docs" : "test-results");

/** The fake workbook class, transpiled from its TypeScript source (type imports vanish). */
export function fakeWorkbookScript(): string {
  const source = readFileSync(join(ROOT, "test/excel/fakeWorkbook.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  if (/\brequire\(/.test(outputText))
    throw new Error("test/excel/fakeWorkbook.ts may import types only: it runs in the page");
  return `(() => { const exports = {}; ${outputText}; window.FakeWorkbook = exports.FakeWorkbook; })();`;
}

export type PageWindow = { __workbook: import("../excel/fakeWorkbook").FakeWorkbook };

export interface Taskpane {
  page: Page;
  /** Loads the page again with the same seed: a fresh workbook and a fresh taskpane. */
  reload: () => Promise<void>;
  close: () => Promise<void>;
  foreignRequests: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Opens the taskpane at 320 px (the narrowest pane Office gives) on a workbook the seed script builds (it sets window.__workbook). */
export async function openTaskpane(seedScript: string): Promise<Taskpane> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
  const server = await serveDirectory(DIST);
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const result: Taskpane = {
    page,
    foreignRequests: [],
    pageErrors: [],
    dialogs: [],
    reload: async () => {
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole("tab", { name: /Report|报表/ }).waitFor({ timeout: 30000 });
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  page.on("dialog", (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => result.pageErrors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(server.url).origin) return route.continue();
    // office.js from the package instead of the CDN; anything else from outside is a defect.
    if (url.hostname === "appsforoffice.microsoft.com") {
      const file = join(OFFICE_JS, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
      if (file.startsWith(OFFICE_JS) && existsSync(file))
        return route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") });
    }
    // office.js itself (not our bundle) opens a telemetry frame when it runs outside Office: it is blocked
    // here and not counted, so any request of ours still fails the test.
    if (!url.hostname.endsWith(".oaspapps.com")) result.foreignRequests.push(url.href);
    return route.abort();
  });
  // The sheets the test seeded hold the user's data; sheets the taskpane writes later do not (see pageText).
  const seededSheets = `window.__seededSheets = (window.__workbook?.sheets ?? []).map((s) => s.name);`;
  await page.addInitScript({ content: fakeWorkbookScript() + seedScript + seededSheets });
  await result.reload();
  return result;
}

/**
 * A screenshot of a documented state, which is also scanned by axe-core (WCAG 2.1 A and AA) and for words
 * of the wrong language: a state worth showing in the docs must have no accessibility violation and no leak.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Colour transitions (a button enabled again after a task) end first: axe's contrast check must see the
  // settled colours, not a blend half-way through a transition on a loaded machine.
  // (A spinner's endless animation is left alone.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  const violations = await accessibilityViolations(page);
  if (violations.length)
    throw new Error(
      `axe-core found accessibility violations in ${name}:\n${violations.join("\n")}`
    );
  await expectNoLanguageLeaks(page, name);
}

/**
 * The page's visible text (document.body.innerText: hidden panels and closed lists are left out) in the
 * page's language (the html lang the taskpane sets), and the user's own data, which the taskpane may show as
 * it is: every sheet and table name, and the text cells of the sheets the test seeded and of the sample
 * sheet ("Try it with sample data" stands for the user's data). The cells of sheets the product writes
 * (reports, plans, forecasts, Targets) are not user data: a word of the wrong language from one of them
 * shown in the page is a leak.
 */
export async function pageText(
  page: Page
): Promise<{ lang: string; text: string; userData: string[] }> {
  return page.evaluate(() => {
    const workbook = (window as unknown as PageWindow).__workbook;
    const seeded = new Set(
      (window as unknown as { __seededSheets?: string[] }).__seededSheets ?? []
    );
    const isUsers = (name: string) =>
      seeded.has(name) || /^(Sample activity|示例话务数据)( \(\d+\))?$/.test(name);
    const userData = new Set<string>();
    for (const sheet of workbook?.sheets ?? []) {
      userData.add(sheet.name);
      if (!isUsers(sheet.name)) continue;
      for (const cell of sheet.cells.values())
        if (typeof cell.value === "string") userData.add(cell.value.trim());
    }
    for (const name of workbook?.tables.keys() ?? []) userData.add(name);
    return {
      lang: document.documentElement.lang,
      text: document.body.innerText,
      userData: [...userData],
    };
  });
}

/**
 * Fails when the page shows words of the wrong language (test/helpers/languageLeaks.ts): English letters
 * outside the allowed list or half-width ,:;() beside Chinese in a Chinese page, Chinese in an English one.
 */
export async function expectNoLanguageLeaks(page: Page, state: string): Promise<void> {
  const { lang, text, userData } = await pageText(page);
  if (lang !== "en" && lang !== "zh-CN") throw new Error(`${state}: the page's lang is "${lang}"`);
  const leaks = languageLeaks(lang, text, { userData });
  if (leaks.length)
    throw new Error(`${state} (${lang}) shows words of the wrong language:\n${leaks.join("\n")}`);
}

/** The shown tab's panel (the other stays mounted, hidden). */
export const visiblePanel = (page: Page) => page.locator("[role=tabpanel]:not([hidden])");

/**
 * Opens a Fluent dropdown and waits for one of its options. A click can land while the page is still
 * settling (an accordion opening, a re-render under CI load) and leave the list shut; the keyboard then
 * opens it, as a user would try next. Each try waits a few seconds; three in all.
 */
export async function openOptions(
  page: Page,
  combobox: Locator,
  option: string | RegExp
): Promise<Locator> {
  const wanted = page.getByRole("option", { name: option });
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1) await combobox.click();
    else {
      await combobox.focus();
      await page.keyboard.press("Enter");
    }
    try {
      await wanted.waitFor({ timeout: 5000 });
      return wanted;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press("Escape");
    }
  }
}

/** Picks an option of a Fluent dropdown (see openOptions). */
export async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await (await openOptions(page, combobox, option)).click();
}

/**
 * The id of the focused element (the page body has none), once focus has settled: the taskpane moves focus
 * two animation frames after it renders a message (focusSoon in src/taskpane/Outcome.tsx), so three frames
 * are let pass first. Read at once, a loaded machine sometimes saw the focus before it moved.
 */
export const focusedId = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        let frames = 3;
        const tick = () =>
          --frames > 0 ? requestAnimationFrame(tick) : resolve(document.activeElement?.id ?? "");
        requestAnimationFrame(tick);
      })
  );

/**
 * axe-core's WCAG 2 A/AA rules on the page as it is now: each violation as "rule: help (the elements'
 * selectors)". The script comes from node_modules like office.js; nothing is fetched.
 *
 * One documented upstream false positive is left out: Fluent UI v9's focus manager (Tabster) puts focusable
 * `<i data-tabster-dummy aria-hidden="true">` bumpers around focus zones on purpose, which aria-hidden-focus
 * reports (microsoft/tabster#288; fluentui#25133; Accessibility Insights suppresses it the same way).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[]; html: string };
    type AxeResult = { violations: { id: string; help: string; nodes: AxeNode[] }[] };
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    const tabsterBumper = (id: string, node: AxeNode) =>
      id === "aria-hidden-focus" && node.html.includes("data-tabster-dummy");
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterBumper(v.id, n)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}
