/* The command line's entry point (bundled to dist/cli/service-planner.js): the sample CSVs are bundled in. */
import activityCsv from "../../samples/activity-2026-09-10.csv";
import jobsCsv from "../../samples/service-jobs-2026-10.csv";
import { nodeIo } from "./io";
import { run } from "./run";
import { SAMPLE_FILES } from "./sample/files";

// `service-planner report | head`: the reader closed the pipe, which is how it says it has seen enough. End
// quietly and successfully (the report file was written before anything was printed), as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    process.exitCode = 1;
  });
}

const io = nodeIo(() => ({ [SAMPLE_FILES.activity]: activityCsv, [SAMPLE_FILES.jobs]: jobsCsv }));
const debug = process.argv.includes("--debug");
run(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (e) => {
    const message = String((e as Error)?.message ?? e).split("\n")[0];
    process.stderr.write(
      `service-planner: internal error: ${message}.${debug ? `\n${(e as Error).stack}` : " Run again with --debug for the details."}\n`
    );
    process.exitCode = 1;
  }
);
