import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** docs/functions.md is the user's reference: every function Excel shows has a section there. */
const root = path.resolve(__dirname, "../..");
/** The Erlang A section is still being written by its author: delete each id here as its section lands. */

const sources: string[] = require("../../build/function-sources").map((f: string) =>
  path.resolve(root, f)
);

test("every custom function has a section in docs/functions.md", async () => {
  const { metadataJson, errors } = await generateCustomFunctionsMetadata(sources, false);
  expect(errors).toEqual([]);
  const ids: string[] = JSON.parse(metadataJson).functions.map((f: { id: string }) => f.id);
  const docs = fs.readFileSync(path.join(root, "docs/functions.md"), "utf8");
  const headings = new Set([...docs.matchAll(/^### (\S+)$/gm)].map((m) => m[1]));
  expect(ids.filter((id) => !headings.has(id))).toEqual([]);
});
