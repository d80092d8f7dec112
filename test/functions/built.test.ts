import { loadBuiltFunctions, StubExcelError } from "../helpers/builtFunctions";

describe("dist/functions.js in a bare sandbox (no DOM)", () => {
  const fns = loadBuiltFunctions();

  test("registers TRAFFIC by id", () => {
    expect(fns.has("TRAFFIC")).toBe(true);
  });

  test("TRAFFIC takes Excel-shaped arguments: 2-D arrays, null for an omitted interval", () => {
    const traffic = fns.get("TRAFFIC")!;
    // 100 calls × 180 s over the default 1800 s = 10 Erlangs; over 3600 s = 5 Erlangs.
    expect(traffic([[100]], [[180]], null)).toEqual([[10]]);
    expect(traffic([[100], [200], [null]], [[180]], [[3600]])).toEqual([[5], [10], [""]]);
  });

  test("TRAFFIC gives a per-cell #VALUE! that names the argument", () => {
    const out = fns.get("TRAFFIC")!([[100], [-1]], [[180]], null) as unknown[][];
    expect(out[0][0]).toBe(10);
    expect(out[1][0]).toBeInstanceOf(Object);
    expect((out[1][0] as StubExcelError).code).toBe("#VALUE!");
    expect((out[1][0] as StubExcelError).message).toMatch(/calls must be ≥ 0/);
  });
});
