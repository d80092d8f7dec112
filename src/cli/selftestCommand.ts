/**
 * `service-planner selftest`: the same published reference cases as =WFM.SELFTEST() in Excel, recomputed by
 * the engine and printed as a table, so the maths can be audited without Excel (and in a CI log).
 */
import { selfTest, type SelfTestRow } from "../engine/selftest";
import { t, type Lang } from "../i18n";
import { parseArgs, UsageError } from "./args";
import { displayWidth, pad } from "./textColumns";
import type { CliIo } from "./io";

export const SELFTEST_USAGE = (lang: Lang): string => t(lang, "cli.selftestUsage");

function computedText(row: SelfTestRow): string {
  return typeof row.computed === "number"
    ? String(Number(row.computed.toPrecision(10)))
    : row.computed;
}

export async function selftestCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(
    argv,
    { lang: { value: true, choices: ["en", "zh-CN"] } },
    "selftest"
  );
  if (positional.length)
    throw new UsageError({
      key: "cli.selftestNoArguments",
      params: { args: positional.join(" ") },
    });
  const lang = (options.lang as Lang | undefined) ?? "en";
  const [caseHead, expectedHead, computedHead, passHead, sourceHead] = t(
    lang,
    "cli.selftestHeader"
  ).split("|");
  const pass = t(lang, "cli.selftestPass");
  const fail = t(lang, "cli.selftestFail");
  const passWidth = Math.max(...[passHead, pass, fail].map(displayWidth));
  const rows = selfTest();
  const width = Math.max(...rows.map((r) => r.label.length));
  const lines = rows.map(
    (r) =>
      `${r.label.padEnd(width)}  ${String(r.expected).padStart(10)}  ${computedText(r).padStart(14)}  ${pad(r.pass ? pass : fail, passWidth)}  ${r.source}`
  );
  const failed = rows.filter((r) => !r.pass).length;
  const header = `${pad(caseHead, width)}  ${pad(expectedHead, 10, true)}  ${pad(computedHead, 14, true)}  ${pad(passHead, passWidth)}  ${sourceHead}`;
  const summary = t(lang, "cli.selftestSummary", {
    passed: rows.length - failed,
    count: rows.length,
  });
  io.stdout(`${header}\n${lines.join("\n")}\n\n${summary}\n`);
  return failed ? 1 : 0;
}
