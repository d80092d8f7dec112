/**
 * `service-planner selftest`: the same published reference cases as =WFM.SELFTEST() in Excel, recomputed by
 * the engine and printed as a table, so the maths can be audited without Excel (and in a CI log).
 */
import { selfTest, type SelfTestRow } from "../engine/selftest";
import { UsageError } from "./args";
import type { CliIo } from "./io";

export const SELFTEST_USAGE = `service-planner selftest

  Recomputes the published Erlang reference cases (the same as =WFM.SELFTEST() in Excel) and prints
  case, expected, computed and pass. Exits 0 when every case passes, 1 otherwise.
`;

function computedText(row: SelfTestRow): string {
  return typeof row.computed === "number"
    ? String(Number(row.computed.toPrecision(10)))
    : row.computed;
}

export async function selftestCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.length) throw new UsageError(`"selftest" takes no arguments (got ${argv.join(" ")}).`);
  const rows = selfTest();
  const width = Math.max(...rows.map((r) => r.label.length));
  const lines = rows.map(
    (r) =>
      `${r.label.padEnd(width)}  ${String(r.expected).padStart(10)}  ${computedText(r).padStart(14)}  ${r.pass ? "pass" : "FAIL"}  ${r.source}`
  );
  const failed = rows.filter((r) => !r.pass).length;
  const header = `${"case".padEnd(width)}  ${"expected".padStart(10)}  ${"computed".padStart(14)}  pass  source`;
  io.stdout(
    `${header}\n${lines.join("\n")}\n\n${rows.length - failed} of ${rows.length} published cases pass.\n`
  );
  return failed ? 1 : 0;
}
