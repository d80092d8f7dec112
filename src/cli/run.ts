/**
 * The command line's dispatcher: `service-planner <command> [args]`. Commands register here by name; each
 * returns its exit code. Errors the user can fix (UsageError, ReportInputError) print one clear message and
 * exit 2; anything else is a bug and prints its stack (exit 1).
 */
import { ReportInputError } from "../report";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { WfmInputError } from "../engine/errors";
import { PlanInputError } from "../plan";
import { forecastCommand, FORECAST_USAGE } from "./forecastCommand";
import { reportCommand, REPORT_USAGE } from "./reportCommand";
import { sampleCommand, SAMPLE_USAGE } from "./sampleCommand";
import { selftestCommand, SELFTEST_USAGE } from "./selftestCommand";

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Every command, by name; a new command is one more entry. */
export const COMMANDS: Record<string, Command> = {
  report: {
    summary: "build the monthly service-quality report (.xlsx)",
    usage: REPORT_USAGE,
    run: reportCommand,
  },
  sample: { summary: "write the sample data files", usage: SAMPLE_USAGE, run: sampleCommand },
  selftest: {
    summary: "recompute the published Erlang reference cases (as =WFM.SELFTEST())",
    usage: SELFTEST_USAGE,
    run: selftestCommand,
  },
  forecast: {
    summary: "forecast contacts from history, optionally with the staffing plan (.xlsx)",
    usage: FORECAST_USAGE,
    run: forecastCommand,
  },
};

function help(): string {
  const names = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Service Planner command line\n\nUsage: service-planner <command> [options]\n\n${names.join("\n")}\n\nservice-planner <command> --help shows a command's options.\n`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(
      `service-planner: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}.\n`
    );
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`service-planner ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof WfmInputError || e instanceof PlanInputError) {
      io.stderr(`service-planner ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ReportInputError) {
      const hint =
        e.field &&
        !e.field.startsWith("jobs") &&
        !e.message.includes("--map") &&
        e.field !== "month"
          ? `\n  (or map it: --map ${e.field}="Your header")`
          : "";
      io.stderr(`service-planner ${name}: ${e.message}${hint}\n`);
      return 2;
    }
    io.stderr(`service-planner ${name}: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
