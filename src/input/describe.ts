/** The description of what the reader understood, as lines of text (CLI output, the definitions box). */
import { formatList, t } from "../i18n";
import { ACTIVITY_FIELDS, fieldInfo, type Lang } from "./fields";
import { inputMessage } from "./messages";
import type { ReadDescription } from "./types";

/**
 * The description in parts, each already in the language: the shape, each used column and its field, every
 * conversion, each column not used with its reason. The command line prints them as lines; the report's
 * definitions box and the taskpane's Columns section show them under labels of their own.
 */
export interface ReadSummary {
  shape: string;
  columns: string[];
  conversions: string[];
  ignored: string[];
}

/** `"Interval Start" → Date and Interval`: each column once, with every field it gives. */
function columnUses(d: ReadDescription, lang: Lang): string[] {
  const byColumn = new Map<number, { header: string; fields: string[] }>();
  const order = (f: string) => ACTIVITY_FIELDS.findIndex((x) => x.key === f);
  for (const c of [...d.columns].sort((a, b) => order(a.field) - order(b.field))) {
    const use = byColumn.get(c.column) ?? { header: c.header, fields: [] };
    use.fields.push(fieldInfo(c.field)?.label[lang] ?? c.field);
    byColumn.set(c.column, use);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, use]) =>
      t(lang, "input.columnUse", { header: use.header, fields: formatList(lang, use.fields) })
    );
}

export function readSummary(d: ReadDescription, lang: Lang): ReadSummary {
  const shape = inputMessage(
    d.shape === "records"
      ? "shapeRecords"
      : d.shape === "aggregates"
        ? "shapeAggregates"
        : "shapeSums",
    {},
    lang
  );
  return {
    shape,
    columns: columnUses(d, lang),
    conversions: d.conversions.map((n) => inputMessage(n.code, n.params, lang)),
    ignored: d.ignored.map((i) =>
      inputMessage(
        "ignoredColumn",
        { header: i.header, reason: inputMessage(i.reason.code, i.reason.params, lang) },
        lang
      )
    ),
  };
}

export function describeRead(d: ReadDescription, lang: Lang): string[] {
  const en = lang === "en";
  const s = readSummary(d, lang);
  const lines = [en ? `Read as: ${s.shape}` : `识别为：${s.shape}`];
  if (s.columns.length) lines.push((en ? "Columns: " : "列：") + s.columns.join(en ? "; " : "；"));
  for (const line of [...s.conversions, ...s.ignored]) lines.push(`  ${line}`);
  return lines;
}
