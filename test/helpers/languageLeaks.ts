/**
 * Finds words of the wrong language in text the product shows: for Chinese, ASCII letters outside an allowed
 * list and half-width , : ; ( ) touching a Chinese character; for English, any CJK character. The user's own
 * data (queue names, headers, file names) is passed in and ignored. Reusable by any area's tests:
 *
 *   expect(languageLeaks("zh-CN", text, { userData: ["Billing"] })).toEqual([]);
 */
import type { Lang } from "../../src/i18n";

/** Words allowed in Chinese output (docs/glossary.md): product and function names, Erlang, FTE, NPS, QA … */
export const ALLOWED_IN_CHINESE: readonly (string | RegExp)[] = [
  /\bWFM(\.[A-Z0-9]+)*\b/g, // =WFM.AGENTS(...), the =WFM functions
  /\bExcelApi \d+(\.\d+)?/g, // a requirement set
  /\bKPI\.[A-Z]+\b/g,
  /\bservice-planner(?: (?:report|sample|selftest|forecast|help))?\b/g, // the command and its subcommands
  // Command-line options and their values are code, with --map's field name: --map date="列名".
  /(?<![\w-])--?[a-z][a-z-]*(=[^\s“”"，。]*)?( [a-z][A-Za-z]*=)?/g,
  "Service Planner",
  "Microsoft 365",
  "Excel",
  /\bErlang( [ABC]\b)?/g,
  // Forecasting methods and their accuracy measure go by their authors' names and acronym in Chinese too.
  "Holt-Winters",
  "Taylor",
  "WAPE",
  "FTE",
  "NPS",
  "QA",
  "SL",
  "ACD",
  "CSV",
  "UTF-8",
  "GBK",
  "GB18030",
  ".xlsx",
  ".csv",
  /\b[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?\b/g, // cell references: B2, A1:C9
  /\b[A-Z]{1,3}(?= 列)/g, // column letters: B 列
];

/**
 * Command-line text is partly code: the command and option names, placeholders (FILE, YYYY-MM), choice lists,
 * file names and quoted examples stay as typed. Pass this as `allowed` for CLI output and cli.* messages.
 */
export const CLI_CODE: readonly (string | RegExp)[] = [
  /"[^"\n]*"/g, // quoted examples and headers: --map offered="Calls in"
  /\[[^\]\n]*\]/g, // optional arguments in usage lines: [activity.xlsx|activity.csv], [-o DIR]
  /“(?:report|sample|selftest|forecast)”/g,
  /[\w.*()-]*\.(?:csv|tsv|xlsx|xlsm|txt)\b/g, // file names
  /\b[\w-]+\//g, // folders: samples/
  /\b[a-z]+=/g, // field= in examples
  // Option values as typed: --lang en|zh-CN, --special-days cn, --method auto|naive|… (src/forecast METHOD_IDS).
  /\b(?:en|zh-CN|offered-less-short|offered|answered|mdy|dmy|day|cn|auto|naive|average|holtwinters|doubleseasonal)(?:\|(?:en|zh-CN|offered-less-short|offered|answered|mdy|dmy|day|cn|auto|naive|average|holtwinters|doubleseasonal))*\b/g,
  /\b[A-Z]+(?:-[A-Z]+)*\b/g, // placeholders: FILE, YYYY-MM, DIR
];

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const HAN = "[\\u3400-\\u4dbf\\u4e00-\\u9fff]";
const HALF_WIDTH_BY_HAN = new RegExp(`${HAN}[,:;()]|[,:;()]${HAN}`, "g");

export interface LeakOptions {
  /** The user's own data in the text (queue names, column headers, sheet and file names): not checked. */
  userData?: readonly string[];
  /** More allowed words or patterns for this text (e.g. a sample's field codes). */
  allowed?: readonly (string | RegExp)[];
}

function strip(text: string, patterns: readonly (string | RegExp)[]): string {
  let out = text;
  // Patterns first, then the longest strings: "ExcelApi 1.9" before "Excel", "Service Planner" whole.
  const weight = (p: string | RegExp) => (typeof p === "string" ? p.length : Infinity);
  const ordered = [...patterns].sort((a, b) => weight(b) - weight(a));
  for (const pattern of ordered) {
    out =
      typeof pattern === "string"
        ? out.split(pattern).join(" ")
        : out.replace(
            new RegExp(
              pattern.source,
              pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"
            ),
            " "
          );
  }
  return out;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 12), index + 12);
}

/** The leaks found in one text, each as "what: …context…"; empty when the text is clean. */
export function languageLeaks(lang: Lang, text: string, options: LeakOptions = {}): string[] {
  const userData = [...(options.userData ?? [])].filter((s) => s !== "");
  const problems: string[] = [];
  if (lang === "en") {
    const rest = strip(text, userData);
    const m = new RegExp(CJK.source, "g");
    for (const hit of rest.matchAll(m))
      problems.push(`CJK in English: …${around(rest, hit.index ?? 0)}…`);
    return problems;
  }
  const rest = strip(text, [...userData, ...ALLOWED_IN_CHINESE, ...(options.allowed ?? [])]);
  for (const hit of rest.matchAll(/[A-Za-z]+/g)) {
    problems.push(`English "${hit[0]}" in Chinese: …${around(rest, hit.index ?? 0)}…`);
  }
  // Punctuation is checked on the text with only the user's data removed: an allowed word next to a
  // half-width bracket beside Chinese (“Erlang C(”) is still wrong.
  const punct = strip(
    text,
    userData.filter((s) => !CJK.test(s))
  );
  for (const hit of punct.matchAll(HALF_WIDTH_BY_HAN)) {
    problems.push(`half-width "${hit[0]}" beside Chinese: …${around(punct, hit.index ?? 0)}…`);
  }
  for (const hit of punct.matchAll(/）（/g)) {
    problems.push(`double parentheses: …${around(punct, hit.index ?? 0)}…`);
  }
  return problems;
}

/** Leaks across many texts (cells, lines, messages), each prefixed with where it was found. */
export function leaksIn(
  lang: Lang,
  texts: Iterable<[where: string, text: string]>,
  options: LeakOptions = {}
): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) {
    for (const problem of languageLeaks(lang, text, options)) out.push(`${where}: ${problem}`);
  }
  return out;
}
