import * as fs from "fs";
import * as path from "path";

/**
 * The standard workloads: one row per interval with calls and aht (seconds). Read from ../shared/bench when
 * it is there (the project's reference copy); otherwise from the copy kept in bench/ so a fresh clone runs.
 */
export interface Workload {
  name: string;
  calls: number[];
  aht: number[];
  /** Where the rows were read from, printed with the results. */
  source: string;
}

const sharedDir = path.resolve(__dirname, "../../shared/bench");

export function loadWorkload(name: string): Workload {
  const shared = path.join(sharedDir, `${name}.csv`);
  const local = path.join(__dirname, `${name}.csv`);
  const file = fs.existsSync(shared) ? shared : local;
  const [header, ...lines] = fs.readFileSync(file, "utf8").trim().split(/\r?\n/);
  const columns = header.split(",");
  const callsAt = columns.indexOf("calls");
  const ahtAt = columns.indexOf("aht");
  if (callsAt < 0 || ahtAt < 0) throw new Error(`${file}: expected the columns calls,aht`);
  const calls: number[] = [];
  const aht: number[] = [];
  for (const line of lines) {
    const cells = line.split(",");
    calls.push(Number(cells[callsAt]));
    aht.push(Number(cells[ahtAt]));
  }
  const source =
    file === shared
      ? `../shared/bench/${name}.csv`
      : `bench/${name}.csv (../shared/bench/${name}.csv is absent: using the copy in bench/)`;
  return { name, calls, aht, source };
}
