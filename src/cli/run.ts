/**
 * The command line's dispatcher: `service-planner <command> [args]`. Commands register here by name; each
 * returns its exit code. Every failure is one line: errors the user can fix (options, input files, output
 * paths: UsageError, ReportInputError, a file-system error) say the fix and exit 2; anything else is a bug,
 * said in one line with exit 1. The stack only with --debug. Text from the user's files is printed without
 * control characters, so a queue name cannot drive the terminal.
 */
import pkg from "../../package.json";
import { errorText, FieldInputError, t, translate, type Lang, type MessageKey } from "../i18n";
import { ReportInputError } from "../report";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { runLanguage } from "./language";
import { WfmInputError, WfmNoAnswerError } from "../engine/errors";
import { forecastCommand, FORECAST_USAGE } from "./forecastCommand";
import { MSG } from "./messages";
import { reportCommand, REPORT_USAGE } from "./reportCommand";
import { sampleCommand, SAMPLE_USAGE } from "./sampleCommand";
import { selftestCommand, SELFTEST_USAGE } from "./selftestCommand";

export interface Command {
  summary: MessageKey;
  /** The command's --help text in a language. */
  usage: (lang: Lang) => string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Every command, by name; a new command is one more entry. */
export const COMMANDS: Record<string, Command> = {
  report: {
    summary: "cli.summaryReport",
    usage: REPORT_USAGE,
    run: reportCommand,
  },
  sample: { summary: "cli.summarySample", usage: SAMPLE_USAGE, run: sampleCommand },
  selftest: {
    summary: "cli.summarySelftest",
    usage: SELFTEST_USAGE,
    run: selftestCommand,
  },
  forecast: {
    summary: "cli.summaryForecast",
    usage: FORECAST_USAGE,
    run: forecastCommand,
  },
};

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];

function help(lang: Lang): string {
  const names = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(10)} ${t(lang, c.summary)}`
  );
  return t(lang, "cli.help", { commands: names.join("\n") });
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
function fileSystemMessage(e: unknown, lang: Lang): string | null {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== "string" || typeof err.path !== "string")
    return null;
  return translate(lang, MSG.cannotWrite(err.path, err.code));
}

export async function run(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (t) => rawIo.stdout(terminalSafe(t)),
    stderr: (t) => rawIo.stderr(terminalSafe(t)),
  };
  const debug = argv.includes("--debug");
  const lang = runLanguage(argv);
  const args = argv.filter((a) => a !== "--debug");
  // "service-planner --lang zh-CN report …": the language may come before the command.
  const leading = args[0] === "--lang" ? 2 : args[0]?.startsWith("--lang=") ? 1 : 0;
  const [name, ...rest] = [...args.slice(leading), ...args.slice(0, leading)];
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`service-planner ${pkg.version}\n`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help" || name.startsWith("--lang")) {
    io.stdout(help(lang));
    return name && !name.startsWith("--lang") ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    const commands = Object.keys(COMMANDS).join(", ");
    io.stderr(`service-planner: ${t(lang, "cli.unknownCommand", { name, commands })}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage(lang));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (debug) io.stderr(`${(e as Error).stack ?? String(e)}\n`);
    // The plan's and the forecast's input errors (FieldInputError) and the engine's (bad input, or a
    // question the user's numbers give no answer to) say their fix, in the run's language.
    if (
      e instanceof UsageError ||
      e instanceof WfmInputError ||
      e instanceof WfmNoAnswerError ||
      (e instanceof FieldInputError && !(e instanceof ReportInputError))
    ) {
      io.stderr(`service-planner ${name}: ${errorText(lang, e)}\n`);
      return 2;
    }
    if (e instanceof ReportInputError) {
      const hint =
        e.field &&
        !e.field.startsWith("jobs") &&
        !e.message.includes("--map") &&
        !["month", "dateOrder", "file"].includes(e.field)
          ? `\n  ${t(lang, "cli.mapHint", { field: e.field })}`
          : "";
      io.stderr(`service-planner ${name}: ${errorText(lang, e)}${hint}\n`);
      return 2;
    }
    const fsMessage = fileSystemMessage(e, lang);
    if (fsMessage) {
      io.stderr(`service-planner ${name}: ${fsMessage}\n`);
      return 2;
    }
    io.stderr(`service-planner ${name}: ${translate(lang, MSG.internal(firstLine(e)))}\n`);
    return 1;
  }
}
