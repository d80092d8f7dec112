/**
 * A small subset of ICU MessageFormat, enough for the product's sentences and nothing more:
 *
 *   {name}                                         the parameter (numbers get the language's digit grouping)
 *   {count, plural, =0 {none} one {# row} other {# rows}}   Intl.PluralRules picks the branch; # is the count
 *   {kind, select, higher {…} lower {…} other {…}}           a branch by the parameter's value
 *
 * Branches nest. Unlike full ICU there is no apostrophe escaping (messages quote sheet names with ' and
 * Chinese uses “ ” freely) and no literal braces. Why not intl-messageformat: this covers every message we
 * have in ~150 lines, keeps the function bundle small, and gives the catalogue test the parameter names.
 */

export type Param = string | number;
export type Params = Readonly<Record<string, Param>>;

type Part =
  | { kind: "text"; text: string }
  | { kind: "arg"; name: string }
  | { kind: "count" }
  | { kind: "plural" | "select"; name: string; branches: Map<string, Part[]> };

export class MessageSyntaxError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in message "${source}"`);
    this.name = "MessageSyntaxError";
  }
}

/** Parses a message into parts; throws MessageSyntaxError naming the problem. Linear in the message length. */
export function parseMessage(source: string): Part[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at ${at}`, source);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at++;
  };
  const word = (): string => {
    skipSpace();
    const start = at;
    while (at < source.length && /[\w=.-]/.test(source[at])) at++;
    if (at === start) fail("expected a name");
    return source.slice(start, at);
  };
  // inPlural: whether # means the count here.
  const parts = (inPlural: boolean, nested: boolean): Part[] => {
    const out: Part[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push({ kind: "text", text });
      text = "";
    };
    while (at < source.length) {
      const c = source[at];
      if (c === "}") {
        if (!nested) fail("unmatched }");
        break;
      }
      if (c === "#" && inPlural) {
        flush();
        out.push({ kind: "count" });
        at++;
        continue;
      }
      if (c !== "{") {
        text += c;
        at++;
        continue;
      }
      flush();
      at++;
      out.push(argument(inPlural));
    }
    flush();
    return out;
  };
  const argument = (inPlural: boolean): Part => {
    const name = word();
    skipSpace();
    if (source[at] === "}") {
      at++;
      return { kind: "arg", name };
    }
    if (source[at] !== ",") fail("expected , or }");
    at++;
    const type = word();
    if (type !== "plural" && type !== "select") return fail(`unknown argument type "${type}"`);
    skipSpace();
    if (source[at] !== ",") fail("expected ,");
    at++;
    const branches = new Map<string, Part[]>();
    for (;;) {
      skipSpace();
      if (source[at] === "}") break;
      const key = word();
      skipSpace();
      if (source[at] !== "{") fail(`expected { after "${key}"`);
      at++;
      branches.set(key, parts(type === "plural" || inPlural, true));
      if (source[at] !== "}") fail("unclosed branch");
      at++;
    }
    at++;
    if (!branches.has("other")) fail(`"${name}" has no other branch`);
    return { kind: type as "plural" | "select", name, branches };
  };
  const result = parts(false, false);
  if (at < source.length) fail("unexpected }");
  return result;
}

/** The parameter names a message uses (for the catalogue test: every language asks for the same ones). */
export function parametersOf(source: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === "arg") names.add(part.name);
      if (part.kind === "plural" || part.kind === "select") {
        names.add(part.name);
        part.branches.forEach(walk);
      }
    }
  };
  walk(parseMessage(source));
  return [...names].sort();
}

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format)
    numberFormats.set(
      locale,
      (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }))
    );
  return format;
}

/** Formats a message in a locale; a parameter the message names but the caller left out throws. */
export function formatMessage(locale: string, source: string, params: Params = {}): string {
  let parts = parsed.get(source);
  if (!parts) parsed.set(source, (parts = parseMessage(source)));
  const value = (name: string): Param => {
    const v = params[name];
    if (v === undefined) throw new Error(`Message parameter "${name}" is missing for "${source}"`);
    return v;
  };
  const show = (v: Param) => (typeof v === "number" ? numberFormat(locale).format(v) : v);
  const render = (list: Part[], count: number | undefined): string => {
    let out = "";
    for (const part of list) {
      if (part.kind === "text") out += part.text;
      else if (part.kind === "arg") out += show(value(part.name));
      else if (part.kind === "count") out += count === undefined ? "#" : show(count);
      else if (part.kind === "select") {
        const v = String(value(part.name));
        out += render(part.branches.get(v) ?? part.branches.get("other")!, count);
      } else {
        const n = Number(value(part.name));
        let rules = pluralRules.get(locale);
        if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
        const branch =
          part.branches.get(`=${n}`) ??
          part.branches.get(rules.select(n)) ??
          part.branches.get("other")!;
        out += render(branch, n);
      }
    }
    return out;
  };
  return render(parts, undefined);
}

/**
 * Every literal word a message can show, all branches, parameters and # as "0": what a language check reads
 * (test/i18n/catalogue) without having to invent parameter values.
 */
export function messageSkeleton(source: string): string {
  const walk = (parts: Part[]): string =>
    parts
      .map((part) =>
        part.kind === "text"
          ? part.text
          : part.kind === "arg" || part.kind === "count"
            ? "0"
            : [...part.branches.values()].map(walk).join("\n")
      )
      .join("");
  return walk(parseMessage(source));
}

/** The plural parameters of a message and the branch keys each one has (for the English plural check). */
export function pluralsOf(source: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind !== "plural" && part.kind !== "select") continue;
      if (part.kind === "plural") found.set(part.name, [...part.branches.keys()]);
      part.branches.forEach(walk);
    }
  };
  walk(parseMessage(source));
  return found;
}
