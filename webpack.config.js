/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizeFunctionsPlugin } = require("./build/localize-functions");
const functionSources = require("./build/function-sources");

// The manifest in the repo points at the dev server; a production build rewrites it to SERVICE_PLANNER_URL.
const devUrl = "https://localhost:3000/";
const prodUrl = (process.env.SERVICE_PLANNER_URL || devUrl).replace(/\/?$/, "/");

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
};

/** The add-in: one page (taskpane.html) hosts the shared runtime's taskpane, commands and functions. */
const addin = async (env, argv) => {
  const dev = argv.mode === "development";
  return {
    name: "addin",
    target: "web",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: functionSources,
      // The report's analysis, run by the taskpane in a Web Worker (src/taskpane/analyseReport.ts).
      reportWorker: "./src/taskpane/reportWorker.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: { keep: /^cli\// } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        tsRule,
        { test: /\.(png|jpe?g|gif|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }),
      new LocalizeFunctionsPlugin({ locales: ["zh-CN"], dir: path.resolve(__dirname, "src/functions/locales") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions first: =WFM.* register as soon as Office.js is ready, not after the UI bundle ran.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help link opens the guide shipped with the add-in (no site outside it).
          { from: "docs/taskpane*", to: "help/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(devUrl).join(prodUrl)),
          },
        ],
      }),
    ],
    // Certificates only for the dev server (office-addin-dev-certs installs a CA with sudo): never for a build.
    devServer: env.WEBPACK_SERVE
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        }
      : undefined,
  };
};

/** The command line: the same engine and report core, bundled for Node; exceljs and papaparse stay external. */
const cli = () => ({
  name: "cli",
  target: "node",
  devtool: "source-map",
  entry: { "service-planner": "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [tsRule, { test: /\.csv$/, type: "asset/source" }] },
  externals: { exceljs: "commonjs exceljs", papaparse: "commonjs papaparse" },
  performance: { hints: false },
});

module.exports = async (env, argv) => [await addin(env, argv), cli()];
