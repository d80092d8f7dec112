/* eslint-disable no-undef */
// `npm run bench`: runs bench/bench.ts in plain Node. TypeScript is transpiled on load (no type check, as
// ts-node's transpile-only mode does); `npm run build` has already built dist/functions.js for the
// built-function timings.
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

// `npm run bench [year|large|cells|report|records]` runs only the named workloads; a missed target sets exit code 1.
const args = process.argv.slice(2);
const functionsOk = require("./bench.ts").main(args);
const forecastOk = require("./forecast.ts").main(args);
const cellsOk = require("./cellBudget.ts").main(args);
require("./report.ts")
  .main(args)
  .then(async (reportOk) => {
    const recordsOk = await require("./records.ts").main(args);
    if (!functionsOk || !forecastOk || !cellsOk || !reportOk || !recordsOk) process.exitCode = 1;
  });
