/**
 * The WFM custom functions' contract as data: each function's id and its parameters in order, with
 * which are optional, and what kind of value it returns. One description, pure (no Excel), used by:
 * - the metadata test, which checks it against the functions.json generated from the JSDoc wrappers in
 *   src/functions (and that file against the reviewed golden copy);
 * - the staffing plan, which writes its =WFM.… formulas by parameter name through wfmFormula(), so a
 *   reordered or inserted parameter cannot silently bind a plan's cell to the wrong argument;
 * - the extreme-input sweep, which calls every function with every parameter.
 * A new function adds its entry here (the metadata test says so when one is missing).
 */

/** What a function returns in each cell: checked by the extreme-input sweep. */
export type ResultKind =
  | "fraction" // a probability or share, in [0, 1]
  | "whole" // a whole number ≥ 0 (agents, lines, calls)
  | "number" // any finite number
  | "text" // a word (e.g. GREEN)
  | "table"; // a spilled table with its own columns

export interface ParameterSpec {
  /** The parameter's name as Excel shows it (the JSDoc @param name). */
  readonly name: string;
  /** Omittable: Excel passes null and the function uses its default or no cap. */
  readonly optional?: boolean;
}

export interface FunctionSpec {
  readonly id: string;
  readonly parameters: readonly ParameterSpec[];
  readonly result: ResultKind;
}

const p = (name: string): ParameterSpec => ({ name });
const opt = (name: string): ParameterSpec => ({ name, optional: true });

const queue = [p("calls"), p("aht"), p("agents")];
const erlangA = [...queue, p("patience")];

/** Every WFM function, in the order the user's reference lists them. */
export const WFM_FUNCTIONS: readonly FunctionSpec[] = [
  { id: "TRAFFIC", parameters: [p("calls"), p("aht"), opt("interval")], result: "number" },
  { id: "ERLANGB", parameters: [p("traffic"), p("servers")], result: "fraction" },
  { id: "ERLANGC", parameters: [p("traffic"), p("agents")], result: "fraction" },
  {
    id: "SERVICELEVEL",
    parameters: [...queue, p("target_time"), opt("interval")],
    result: "fraction",
  },
  { id: "ASA", parameters: [...queue, opt("interval")], result: "number" },
  { id: "QUEUETIME", parameters: [...queue, opt("interval")], result: "number" },
  { id: "QUEUELENGTH", parameters: [...queue, opt("interval")], result: "number" },
  { id: "OCCUPANCY", parameters: [...queue, opt("interval")], result: "fraction" },
  { id: "ANSWERTIME", parameters: [...queue, p("target_sl"), opt("interval")], result: "number" },
  {
    id: "AGENTS",
    parameters: [
      p("calls"),
      p("aht"),
      p("target_sl"),
      p("target_time"),
      opt("interval"),
      opt("max_occupancy"),
    ],
    result: "whole",
  },
  {
    id: "AGENTS.ASA",
    parameters: [p("calls"), p("aht"), p("target_asa"), opt("interval"), opt("max_occupancy")],
    result: "whole",
  },
  {
    id: "AGENTS.FRACTIONAL",
    parameters: [p("calls"), p("aht"), p("target_sl"), p("target_time"), opt("interval")],
    result: "number",
  },
  {
    id: "CALLCAPACITY",
    parameters: [p("agents"), p("aht"), p("target_sl"), p("target_time"), opt("interval")],
    result: "whole",
  },
  { id: "TRUNKS", parameters: [p("traffic"), p("blocking")], result: "whole" },
  { id: "FTE", parameters: [p("agents"), p("shrinkage")], result: "number" },
  { id: "ABANDON", parameters: [...erlangA, opt("interval")], result: "fraction" },
  {
    id: "SERVICELEVEL.A",
    parameters: [...erlangA, p("target_time"), opt("interval")],
    result: "fraction",
  },
  { id: "ASA.A", parameters: [...erlangA, opt("interval")], result: "number" },
  { id: "OCCUPANCY.A", parameters: [...erlangA, opt("interval")], result: "fraction" },
  {
    id: "AGENTS.A",
    parameters: [
      p("calls"),
      p("aht"),
      p("patience"),
      p("target_sl"),
      p("target_time"),
      opt("interval"),
      opt("max_abandon"),
      opt("max_occupancy"),
    ],
    result: "whole",
  },
  {
    id: "STAFFPLAN",
    parameters: [
      p("calls"),
      p("aht"),
      p("target_sl"),
      p("target_time"),
      opt("interval"),
      opt("shrinkage"),
      opt("max_occupancy"),
      opt("patience"),
    ],
    result: "table",
  },
  { id: "COSTPERCALL", parameters: [p("cost"), p("handled_calls")], result: "number" },
  { id: "NPS", parameters: [p("promoters"), p("passives"), p("detractors")], result: "number" },
  {
    id: "KPI.ATTAINMENT",
    parameters: [p("actual"), p("target"), p("direction"), opt("cap")],
    result: "number",
  },
  {
    id: "KPI.STATUS",
    parameters: [p("actual"), p("target"), p("direction"), opt("amber_band")],
    result: "text",
  },
  {
    id: "SCORECARD",
    parameters: [p("actuals"), p("targets"), p("weights"), p("directions")],
    result: "number",
  },
  { id: "SELFTEST", parameters: [], result: "table" },
  {
    id: "FORECAST",
    parameters: [
      p("history_times"),
      p("history_values"),
      p("future_times"),
      opt("method"),
      opt("special_days"),
    ],
    result: "number",
  },
  {
    id: "FORECAST.BACKTEST",
    parameters: [p("history_times"), p("history_values"), opt("horizon_days"), opt("special_days")],
    result: "table",
  },
];

/** The spec of one function id; throws for an id the contract does not have. */
export function wfmFunction(id: string): FunctionSpec {
  const spec = WFM_FUNCTIONS.find((f) => f.id === id);
  if (!spec) throw new Error(`WFM.${id} is not a function of the contract`);
  return spec;
}

/**
 * A formula calling WFM.<id> with arguments given by parameter name, e.g.
 * wfmFormula("AGENTS", { calls: "B2", aht: "C2", target_sl: "$H$3", target_time: "$H$4" }). Positions come
 * from the contract, omitted optional parameters between given ones are left empty (Excel passes null),
 * trailing ones are dropped. A missing required or an unknown parameter name throws: a formula that
 * would bind a cell to the wrong argument is never written.
 */
export function wfmFormula(id: string, args: Readonly<Record<string, string>>): string {
  const spec = wfmFunction(id);
  const known = new Set(spec.parameters.map((q) => q.name));
  const unknown = Object.keys(args).filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(
      `WFM.${id} has no parameter ${unknown.join(", ")}: it takes ${[...known].join(", ")}`
    );
  }
  const values = spec.parameters.map((q) => {
    const value = args[q.name];
    if (value === undefined && !q.optional)
      throw new Error(`WFM.${id} needs its parameter ${q.name}`);
    return value ?? "";
  });
  while (values.length && values[values.length - 1] === "") values.pop();
  return `=WFM.${id}(${values.join(",")})`;
}
