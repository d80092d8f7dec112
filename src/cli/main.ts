/* The command line's entry point (bundled to dist/cli/service-planner.js): the sample CSVs are bundled in. */
import activityCsv from "../../samples/activity-2026-09-10.csv";
import jobsCsv from "../../samples/service-jobs-2026-10.csv";
import { nodeIo } from "./io";
import { run } from "./run";
import { SAMPLE_FILES } from "./sample/files";

const io = nodeIo(() => ({ [SAMPLE_FILES.activity]: activityCsv, [SAMPLE_FILES.jobs]: jobsCsv }));
run(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`service-planner: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
);
