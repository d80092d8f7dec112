/**
 * The command line's dispatcher: `service-planner <command> [args]`. Commands register here by name; each
 * returns its exit code. Every failure is one line: errors the user can fix (options, input files, output
 * paths: UsageError, ReportInputError, a file-system error) say the fix and exit 2; anything else is a bug,
 * said in one line with exit 1. The stack only with --debug. Text from the user's files is printed without
 * control characters, so a queue name cannot drive the terminal.
 */
import pkg from "../../package.json";
import { ReportInputError } from "../report";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { WfmInputError } from "../engine/errors";
import { PlanInputError } from "../plan";
import { forecastCommand, FORECAST_USAGE } from "./forecastCommand";
import { MSG } from "./messages";
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

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];

function help(): string {
  const names = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Service Planner command line\n\nUsage: service-planner <command> [options]\n\n${names.join("\n")}\n\nservice-planner <command> --help shows a command's options; --version the version; --debug\nadds the details (stack) to an error.\n`;
}

/** ANSI escape sequences (CSI, OSC, two-character escapes) and other control characters but tab, LF, CR. */
/* eslint-disable no-control-regex */
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/* eslint-enable no-control-regex */

export function terminalSafe(text: string): string {
  return text.replace(ESCAPES, "");
}

/** A file-system error (it has a code and a path) as one line naming the path and the fix. */
function fileSystemMessage(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== "string" || typeof err.path !== "string")
    return null;
  return MSG.cannotWrite(err.path, MSG.writeReasons[err.code] ?? MSG.otherWriteReason(err.code));
}

export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (t) => rawIo.stdout(terminalSafe(t)),
    stderr: (t) => rawIo.stderr(terminalSafe(t)),
  };
  const debug = argv.includes("--debug");
  const [name, ...rest] = argv.filter((a) => a !== "--debug");
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`${MSG.version(pkg.version)}\n`);
    return 0;
  }
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
    if (debug) io.stderr(`${(e as Error).stack ?? String(e)}\n`);
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
    const fsMessage = fileSystemMessage(e);
    if (fsMessage) {
      io.stderr(`service-planner ${name}: ${fsMessage}\n`);
      return 2;
    }
    io.stderr(`${MSG.internal(name, firstLine(e))}\n`);
    return 1;
  }
}
