import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { WFM_FUNCTIONS } from "../../src/contract/wfmFunctions";
import { ContractFunction, contractDifferences, contractOf } from "./contractGolden";

/**
 * The golden contract test (issue 14), in the spirit of custom-functions-metadata's own
 * test/cases/<name>/expected.json: the functions.json the build generates from the JSDoc wrappers must
 * equal test/functions/contract.golden.json, which was reviewed. A reordered, renamed, retyped, removed
 * or added parameter fails here with one line per difference. To change the contract on purpose, see
 * the "$comment" at the top of the golden file.
 */

const root = path.resolve(__dirname, "../..");
const goldenFile = path.join(__dirname, "contract.golden.json");
const sources: string[] = require("../../build/function-sources").map((f: string) =>
  path.resolve(root, f)
);

const HOW_TO_REVIEW = [
  "The WFM custom-function contract that workbooks depend on: compared with the functions.json generated",
  "from the JSDoc wrappers by test/functions/contract.test.ts. Review a change to this file like a change",
  "to a public API: an id never changes or disappears; new parameters are optional and appended at the",
  "end; an existing parameter keeps its name, position, type and dimensionality (sheets bind by",
  "position). When a change is intended, refresh it with",
  "UPDATE_CONTRACT=1 npx jest --runInBand test/functions/contract.test.ts",
  "and read the diff of this file in the commit, then update src/contract/wfmFunctions.ts (the plan",
  "writes its formulas from it) and docs/functions.md.",
].join(" ");

let actual: ContractFunction[];

beforeAll(async () => {
  const { metadataJson, errors } = await generateCustomFunctionsMetadata(sources, false);
  expect(errors).toEqual([]);
  actual = contractOf(JSON.parse(metadataJson));
  if (process.env.UPDATE_CONTRACT === "1") {
    const golden = { $comment: HOW_TO_REVIEW, functions: actual };
    fs.writeFileSync(goldenFile, JSON.stringify(golden, null, 2) + "\n");
  }
});

function golden(): ContractFunction[] {
  return JSON.parse(fs.readFileSync(goldenFile, "utf8")).functions;
}

describe("the custom-function contract", () => {
  test("functions.json equals the reviewed golden copy", () => {
    expect(contractDifferences(golden(), actual)).toEqual([]);
  });

  test("the shared description (src/contract) has every function with the same parameters", () => {
    const described = WFM_FUNCTIONS.map((f) => ({
      id: f.id,
      parameters: f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`),
    }));
    const generated = actual.map((f) => ({
      id: f.id,
      parameters: f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`),
    }));
    const sort = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(described)).toEqual(sort(generated));
  });

  test("the golden file says how to review and refresh it", () => {
    const text = JSON.parse(fs.readFileSync(goldenFile, "utf8")).$comment as string;
    expect(text).toContain("UPDATE_CONTRACT=1");
  });
});

describe("the comparison catches what would miswire a sheet", () => {
  const agents = () => structuredClone(golden());
  const edit = (f: (fns: ContractFunction[]) => void) => {
    const copy = agents();
    f(copy);
    return contractDifferences(golden(), copy);
  };
  const agentsOf = (fns: ContractFunction[]) => fns.find((f) => f.id === "AGENTS")!;

  test("a reordered parameter", () => {
    const problems = edit((fns) => {
      const p = agentsOf(fns).parameters;
      [p[4], p[5]] = [p[5], p[4]];
    });
    expect(problems).toContain('WFM.AGENTS parameter 5: name "interval" → "max_occupancy"');
  });

  test("an optional parameter inserted before max_occupancy", () => {
    const problems = edit((fns) =>
      agentsOf(fns).parameters.splice(5, 0, {
        name: "max_asa",
        type: "any",
        dimensionality: "matrix",
        optional: true,
      })
    );
    expect(problems).toContain('WFM.AGENTS parameter 6: name "max_occupancy" → "max_asa"');
  });

  test("a renamed, a retyped and a re-dimensioned parameter, a changed result shape", () => {
    const problems = edit((fns) => {
      const f = agentsOf(fns);
      f.parameters[0].name = "offered";
      f.parameters[1].type = "number";
      f.parameters[2].dimensionality = "scalar";
      f.result.dimensionality = "scalar";
    });
    expect(problems).toEqual([
      'WFM.AGENTS parameter 1: name "calls" → "offered"',
      'WFM.AGENTS parameter 2: type "any" → "number"',
      'WFM.AGENTS parameter 3: dimensionality "matrix" → "scalar"',
      "WFM.AGENTS result dimensionality: matrix → scalar",
    ]);
  });

  test("a removed function", () => {
    const problems = edit((fns) => fns.splice(fns.indexOf(agentsOf(fns)), 1));
    expect(problems).toEqual(["WFM.AGENTS is gone (an id in workbooks must never disappear)"]);
  });
});
