/**
 * The custom-function contract as Excel sees it: what of functions.json a workbook depends on. Ids,
 * parameter names and order, types, optional flags, dimensionality, the result's shape and the options.
 * Descriptions are left out (help text may be improved freely; the metadata test checks it exists).
 */
export interface ContractFunction {
  id: string;
  name: string;
  parameters: {
    name: string;
    type: string;
    dimensionality: string;
    optional: boolean;
  }[];
  result: { type: string; dimensionality: string };
  options: Record<string, boolean>;
}

interface MetadataFunction {
  id: string;
  name: string;
  parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

/** The contract part of generated metadata, with the defaults custom-functions-metadata leaves implicit. */
export function contractOf(metadata: { functions: MetadataFunction[] }): ContractFunction[] {
  return metadata.functions.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false,
    })),
    result: {
      type: f.result?.type ?? "any",
      dimensionality: f.result?.dimensionality ?? "scalar",
    },
    options: Object.fromEntries(Object.entries(f.options ?? {}).filter(([, on]) => on === true)),
  }));
}

/** Every difference between two contracts, one line each, in words a reviewer can act on. */
export function contractDifferences(
  expected: ContractFunction[],
  actual: ContractFunction[]
): string[] {
  const problems: string[] = [];
  const byId = new Map(actual.map((f) => [f.id, f]));
  for (const want of expected) {
    const got = byId.get(want.id);
    if (!got) {
      problems.push(`WFM.${want.id} is gone (an id in workbooks must never disappear)`);
      continue;
    }
    const length = Math.max(want.parameters.length, got.parameters.length);
    for (let i = 0; i < length; i++) {
      const w = want.parameters[i];
      const g = got.parameters[i];
      const where = `WFM.${want.id} parameter ${i + 1}`;
      if (!g) problems.push(`${where} (${w.name}) was removed`);
      else if (!w) problems.push(`${where} (${g.name}) was added`);
      else
        for (const key of ["name", "type", "dimensionality", "optional"] as const)
          if (w[key] !== g[key])
            problems.push(`${where}: ${key} ${JSON.stringify(w[key])} → ${JSON.stringify(g[key])}`);
    }
    for (const key of ["type", "dimensionality"] as const)
      if (want.result[key] !== got.result[key])
        problems.push(`WFM.${want.id} result ${key}: ${want.result[key]} → ${got.result[key]}`);
    if (want.name !== got.name) problems.push(`WFM.${want.id} name: ${want.name} → ${got.name}`);
    if (JSON.stringify(want.options) !== JSON.stringify(got.options))
      problems.push(
        `WFM.${want.id} options: ${JSON.stringify(want.options)} → ${JSON.stringify(got.options)}`
      );
  }
  const known = new Set(expected.map((f) => f.id));
  for (const f of actual) if (!known.has(f.id)) problems.push(`WFM.${f.id} is new`);
  return problems;
}
