/** A small, strict argument parser: known options only, each error names the option and what it takes. */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  /** Takes a value (--month 2026-10) or is a switch (--force). */
  value: boolean;
  /** Allowed values, when the set is closed. */
  choices?: string[];
  /** May be given more than once (--map date=Day --map queue=Team). */
  repeat?: boolean;
  alias?: string;
}

export interface Parsed {
  positional: string[];
  options: Record<string, string | true | string[]>;
}

export function parseArgs(
  argv: string[],
  specs: Record<string, OptionSpec>,
  command: string
): Parsed {
  const positional: string[] = [];
  const options: Parsed["options"] = {};
  const byAlias = new Map(
    Object.entries(specs).flatMap(([k, s]) => (s.alias ? [[s.alias, k]] : []))
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    } else {
      name = byAlias.get(arg.slice(1)) ?? arg.slice(1);
    }
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs)
        .map((k) => `--${k}`)
        .join(", ");
      throw new UsageError(`Unknown option "${arg}" for "${command}". Options: ${known}.`);
    }
    if (!spec.value) {
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(
        `Option --${name} needs a value${spec.choices ? `: one of ${spec.choices.join(", ")}` : ""}.`
      );
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(
        `Option --${name} cannot be "${value}": use one of ${spec.choices.join(", ")}.`
      );
    }
    if (spec.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { positional, options };
}
