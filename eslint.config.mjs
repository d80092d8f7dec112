import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The pure core (engine, input, workbook, report, plan, forecast, i18n) must run in plain Node: it may not
// reach Office, Excel or the DOM.
const officeAndDomGlobals = [
  "Excel",
  "Office",
  "OfficeRuntime",
  "OfficeExtension",
  "CustomFunctions",
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "HTMLElement",
];

// The doors and the UI: no pure module may import them.
const doors = ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "exceljs"];
const uiLibraries = ["react", "react-dom", "@fluentui/*"];

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    // "**/report/**" alone misses a barrel import ("../report"): each folder pattern also forbids the folder itself.
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((group) => ({
          group: group.endsWith("/**") ? [group, group.slice(0, -3)] : [group],
          message: why,
        })),
      },
    ],
  },
});

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
  },
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**"] },
  // TypeScript checks names itself (tsconfig strict); ESLint's no-undef does not know TS globals and types.
  { files: ["**/*.{ts,tsx}"], rules: { "no-undef": "off" } },
  {
    files: [
      "src/engine/**",
      "src/contract/**",
      "src/input/**",
      "src/workbook/**",
      "src/report/**",
      "src/plan/**",
      "src/forecast/**",
      "src/i18n/**",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...officeAndDomGlobals.map((name) => ({
          name,
          message: "The pure core (engine, input, workbook, report, plan, forecast, i18n) runs in plain Node: pass Office and DOM access in from src/excel or src/taskpane.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName > Identifier.left[name=/^(Excel|Office|OfficeRuntime|OfficeExtension|CustomFunctions)$/]",
          message: "The pure core runs in plain Node: Office types belong in src/excel or src/functions.",
        },
      ],
    },
  },
  // Dependencies point one way:
  //   (i18n, workbook, engine, contract) <- input <- (report, plan, forecast) <- (excel, xlsx) <- (taskpane, cli);
  //   (engine, contract) <- functions. i18n, workbook, engine and contract are leaves: they depend on
  //   nothing in the project. contract (the WFM functions' parameters as data) is its own leaf because
  //   both the functions door and the plan's formulas read it, and neither may import the other.
  layer(
    ["src/i18n/**", "src/workbook/**", "src/engine/**", "src/contract/**"],
    [...doors, "**/input/**", "**/report/**", "**/plan/**", "**/forecast/**", "**/functions/**", ...uiLibraries],
    "src/i18n, src/workbook, src/engine and src/contract are leaves: they depend on nothing else in the project."
  ),
  layer(
    ["src/input/**"],
    [...doors, "**/report/**", "**/plan/**", "**/forecast/**", "**/functions/**", ...uiLibraries],
    "src/input (reading) depends only on i18n, workbook and engine."
  ),
  layer(
    ["src/report/**", "src/plan/**", "src/forecast/**"],
    [...doors, "**/functions/**", ...uiLibraries],
    "src/report, src/plan and src/forecast are pure: they may use input, engine, workbook, i18n and each other, never a door."
  ),
  layer(
    ["src/functions/**"],
    ["**/input/**", "**/report/**", "**/plan/**", "**/workbook/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"],
    "src/functions depends only on src/engine (and src/forecast, src/i18n when it needs them)."
  ),
  layer(["src/excel/**", "src/xlsx/**"], ["**/taskpane/**", "**/cli/**"], "The writers may not depend on their callers."),
  layer(["src/xlsx/**"], ["**/excel/**"], "The file door does not use Office.js."),
  layer(["src/cli/**"], ["**/excel/**", "**/taskpane/**", "**/functions/**"], "The command line runs without Office."),
];
