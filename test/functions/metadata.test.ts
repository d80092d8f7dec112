import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "../../build/localize-functions";
import { FROZEN_IDS } from "./frozenIds";
import zhCN from "../../src/functions/locales/zh-CN.json";

const root = path.resolve(__dirname, "../..");

const sources: string[] = require("../../build/function-sources").map((f: string) =>
  path.resolve(root, f)
);

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
  }[];
}

let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(sources, false);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
});

describe("custom function metadata", () => {
  test("no frozen id was renamed or removed", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(FROZEN_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  test("every id is frozen in this test", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids.filter((id) => !FROZEN_IDS.includes(id))).toEqual([]);
  });

  test("each function's Excel name is its id, and ids are unique", () => {
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
    expect(new Set(metadata.functions.map((f) => f.id)).size).toBe(metadata.functions.length);
  });

  test("every function and argument has a one-line description", () => {
    for (const f of metadata.functions) {
      expect(f.description?.trim()).toBeTruthy();
      for (const p of f.parameters)
        expect(`${f.id}(${p.name}): ${p.description?.trim() ?? ""}`).toMatch(/\): \S/);
    }
  });

  test("every function and argument has Simplified Chinese help", () => {
    const { problems } = localizeMetadata(metadata, zhCN, "zh-CN");
    expect(problems).toEqual([]);
  });
});
