/** A small, strict argument parser: known options only, each error names the option and what it takes. */

import { translate, type Message, type MessageKey, type MessageParams } from "../i18n";

/**
 * A mistake in the command line. Given a catalogue Message it is shown in the run's language (--lang);
 * `.message` is the English text.
 */
export class UsageError extends Error {
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  constructor(what: string | Message) {
    super(typeof what === "string" ? what : translate("en", what));
    this.name = "UsageError";
    if (typeof what !== "string") {
      this.key = what.key;
      this.params = what.params;
    }
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
      throw new UsageError({
        key: "cli.unknownOption",
        params: { option: arg, command, options: known },
      });
    }
    if (!spec.value) {
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(
        spec.choices
          ? { key: "cli.optionNeedsChoice", params: { name, choices: spec.choices.join(", ") } }
          : { key: "cli.optionNeedsValue", params: { name } }
      );
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError({
        key: "cli.optionBadChoice",
        params: { name, value, choices: spec.choices.join(", ") },
      });
    }
    if (spec.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { positional, options };
}
