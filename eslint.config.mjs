import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The pure core (engine, report) must run in plain Node: it may not reach Office, Excel or the DOM.
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

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**"] },
  // TypeScript checks names itself (tsconfig strict); ESLint's no-undef does not know TS globals and types.
  { files: ["**/*.{ts,tsx}"], rules: { "no-undef": "off" } },
  {
    files: ["src/engine/**", "src/report/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...officeAndDomGlobals.map((name) => ({
          name,
          message: "src/engine and src/report are the pure core: pass Office and DOM access in from src/excel or src/taskpane.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName > Identifier.left[name=/^(Excel|Office|OfficeRuntime|OfficeExtension|CustomFunctions)$/]",
          message: "src/engine and src/report are the pure core: Office types belong in src/excel or src/functions.",
        },
      ],
    },
  },
  // Dependencies point one way: engine <- report <- (excel, xlsx) <- (taskpane, cli); engine <- functions.
  layer(
    ["src/engine/**"],
    ["**/report/**", "**/functions/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "exceljs", "react", "react-dom", "@fluentui/*"],
    "src/engine depends on nothing else in the project."
  ),
  layer(
    ["src/report/**"],
    ["**/functions/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "exceljs", "react", "react-dom", "@fluentui/*"],
    "src/report depends only on src/engine."
  ),
  layer(
    ["src/functions/**"],
    ["**/report/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"],
    "src/functions depends only on src/engine."
  ),
  layer(["src/excel/**", "src/xlsx/**"], ["**/taskpane/**", "**/cli/**"], "The writers may not depend on their callers."),
  layer(["src/xlsx/**"], ["**/excel/**"], "The file door does not use Office.js."),
  layer(["src/cli/**"], ["**/excel/**", "**/taskpane/**", "**/functions/**"], "The command line runs without Office."),
];
