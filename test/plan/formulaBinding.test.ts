import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildStaffingPlan, type ForecastSource, type PlanTargets } from "../../src/plan";
import { wfmFormula } from "../../src/contract/wfmFunctions";
import type { SheetModel } from "../../src/workbook";

/**
 * Issue 14: a staffing plan's =WFM formulas bind each cell to the parameter it means. The positions are
 * read from the functions.json generated from the JSDoc wrappers (what Excel binds by), not from the
 * contract description the plan writes with, so a parameter added, moved or renamed in a wrapper but
 * not in the description fails here.
 */

const root = path.resolve(__dirname, "../..");
const sources: string[] = require("../../build/function-sources").map((f: string) =>
  path.resolve(root, f)
);
let parametersOf: Map<string, string[]>;

beforeAll(async () => {
  const { metadataJson, errors } = await generateCustomFunctionsMetadata(sources, false);
  expect(errors).toEqual([]);
  const functions: { id: string; parameters: { name: string }[] }[] =
    JSON.parse(metadataJson).functions;
  parametersOf = new Map(functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
});

/** Splits "=WFM.ID(a,b,,c)" into its id and arguments (commas inside 'quoted sheet names' kept). */
function parseCall(formula: string): { id: string; args: string[] } {
  const m = /^=WFM\.([A-Z.]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a WFM call: ${formula}`);
  const args: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of m[2]) {
    if (ch === "'") quoted = !quoted; // '' inside a name toggles twice: still quoted
    if (ch === "," && !quoted) {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return { id: m[1], args };
}

/** Each non-empty argument of a formula under the parameter name Excel binds it to. */
function bindings(formula: string): { id: string; bound: Record<string, string> } {
  const { id, args } = parseCall(formula);
  const names = parametersOf.get(id);
  if (!names) throw new Error(`WFM.${id} is not in functions.json`);
  expect(args.length).toBeLessThanOrEqual(names.length);
  const bound: Record<string, string> = {};
  args.forEach((arg, i) => {
    if (arg !== "") bound[names[i]] = arg;
  });
  return { id, bound };
}

// The forecast sheet's name has a comma and an apostrophe, so the parser must respect quoting.
const source: ForecastSource = {
  sheetName: "Forecast, Tom's",
  firstRowNumber: 2,
  rowCount: 8,
  columns: { date: 0, interval: 1, calls: 2, ahtSec: 3 },
  dateValues: [46296, 46296, 46296, 46296, 46297, 46297, 46297, 46297],
};
const erlangC: PlanTargets = {
  serviceLevel: 0.8,
  targetTimeSec: 20,
  intervalSec: 1800,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
};
const erlangA: PlanTargets = { ...erlangC, patienceSec: 120 };

/** Every cell of the sheet with its address, e.g. "B5". */
function cells(sheet: SheetModel): { address: string; value: unknown; formula?: string }[] {
  const out: { address: string; value: unknown; formula?: string }[] = [];
  for (const block of sheet.blocks)
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) =>
        out.push({
          address: `${String.fromCharCode(65 + block.col + c)}${block.row + r + 1}`,
          value: cell.value,
          formula: cell.formula,
        })
      )
    );
  return out;
}

/** The absolute address of the value beside an Inputs-box label, e.g. "Shrinkage" → "$B$8". */
function inputBeside(sheet: SheetModel, label: string): string {
  const found = cells(sheet).find((c) => c.value === label && c.address.startsWith("A"));
  if (!found) throw new Error(`no input labelled ${label}`);
  return `$B$${found.address.slice(1)}`;
}

/** The spill reference of the column headed `header` (the first plan row, with #). */
function columnSpill(sheet: SheetModel, header: string): RegExp {
  const found = cells(sheet).find((c) => c.value === header);
  if (!found) throw new Error(`no column headed ${header}`);
  const col = found.address[0];
  const row = Number(found.address.slice(1)) + 1;
  return new RegExp(`^\\$?${col}\\$?${row}#$`);
}

describe.each([
  ["Erlang C", erlangC],
  ["Erlang A", erlangA],
])(
  "a staffing plan (%s): every =WFM argument binds to the parameter it means",
  (_model, targets) => {
    test("by the generated functions.json", () => {
      const plan = buildStaffingPlan(source, targets, "en");
      const expected: Record<string, string | RegExp> = {
        calls: "'Forecast, Tom''s'!$C$2:$C$9",
        aht: "'Forecast, Tom''s'!$D$2:$D$9",
        target_sl: inputBeside(plan, "Service level target"),
        target_time: inputBeside(plan, "Target answer time (s)"),
        interval: inputBeside(plan, "Interval length (s)"),
        shrinkage: inputBeside(plan, "Shrinkage"),
        max_occupancy: inputBeside(plan, "Max occupancy"),
        patience: inputBeside(plan, "Average patience (s)"),
        agents: columnSpill(plan, "Required agents"),
      };
      const calls = cells(plan).filter((c) => c.formula?.startsWith("=WFM."));
      const ids = calls.map((c) => bindings(c.formula!).id);
      expect(ids).toEqual(
        targets.patienceSec === undefined
          ? ["AGENTS", "SERVICELEVEL", "ASA", "OCCUPANCY", "FTE"]
          : ["AGENTS.A", "SERVICELEVEL.A", "ASA.A", "OCCUPANCY.A", "ABANDON", "FTE"]
      );
      for (const { formula } of calls) {
        const { id, bound } = bindings(formula!);
        for (const [name, arg] of Object.entries(bound)) {
          const want = expected[name];
          if (want === undefined) throw new Error(`WFM.${id}: unexpected ${name} = ${arg}`);
          if (want instanceof RegExp)
            expect(`${id} ${name} ${arg}`).toMatch(
              new RegExp(`^${id} ${name} ${want.source.slice(1)}`)
            );
          else expect(`${id} ${name} ${arg}`).toBe(`${id} ${name} ${want}`);
        }
        // Every required parameter is given (the optional ones the plan leaves out take their defaults).
        for (const name of parametersOf.get(id)!) {
          const optional = ["interval", "max_occupancy", "max_abandon", "shrinkage"].includes(name);
          if (!optional)
            expect(`${id} ${name} ${bound[name] !== undefined}`).toBe(`${id} ${name} true`);
        }
      }
    });
  }
);

describe("wfmFormula writes by name and refuses a wrong binding", () => {
  test("an omitted optional parameter between given ones is left empty; trailing ones are dropped", () => {
    const f = wfmFormula("AGENTS.A", {
      calls: "C2",
      aht: "D2",
      patience: "$B$10",
      target_sl: "$B$5",
      target_time: "$B$6",
      max_occupancy: "$B$9",
    });
    expect(f).toBe("=WFM.AGENTS.A(C2,D2,$B$10,$B$5,$B$6,,,$B$9)");
    expect(wfmFormula("ASA", { calls: "C2", aht: "D2", agents: "E2" })).toBe("=WFM.ASA(C2,D2,E2)");
  });

  test("an unknown or missing parameter throws instead of writing the formula", () => {
    expect(() => wfmFormula("ASA", { calls: "C2", aht: "D2", agents: "E2", cap: "X" })).toThrow(
      /WFM.ASA has no parameter cap/
    );
    expect(() => wfmFormula("ASA", { calls: "C2", agents: "E2" })).toThrow(
      /needs its parameter aht/
    );
    expect(() => wfmFormula("NOPE", {})).toThrow(/not a function of the contract/);
  });
});
