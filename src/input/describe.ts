/** The description of what the reader understood, as lines of text (CLI output, the definitions box). */
import { formatList, t, type MessageParams } from "../i18n";
import { ACTIVITY_FIELDS, fieldInfo, type Lang } from "./fields";
import type { Note, ReadDescription } from "./types";

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

const SHAPE_CODE = {
  records: "shapeRecords",
  aggregates: "shapeAggregates",
  sums: "shapeSums",
} as const;

const label = (field: string, lang: Lang) => fieldInfo(field)?.label[lang] ?? field;

/**
 * A note in a language. Notes name fields by their key (language-free); `field`, `averageLabel` and `fields`
 * (keys joined by " / ") are shown as the fields' labels in the language (`fieldKey` and `averageField` stay
 * keys: they are what `--map` takes).
 */
function noteText(note: Note, lang: Lang): string {
  const params: Record<string, MessageParams[string]> = { ...note.params };
  if (typeof params.field === "string") params.field = label(params.field, lang);
  if (typeof params.averageLabel === "string")
    params.averageLabel = label(params.averageLabel, lang);
  if (typeof params.fields === "string")
    params.fields = params.fields
      .split(" / ")
      .map((f) => label(f, lang))
      .join(" / ");
  return t(lang, `input.${note.code}`, params);
}

/** `"Interval Start" → Date and Interval`: each column once, with every field it gives. */
function columnUses(d: ReadDescription, lang: Lang): string[] {
  const byColumn = new Map<number, { header: string; fields: string[] }>();
  const order = (f: string) => ACTIVITY_FIELDS.findIndex((x) => x.key === f);
  for (const c of [...d.columns].sort((a, b) => order(a.field) - order(b.field))) {
    const use = byColumn.get(c.column) ?? { header: c.header, fields: [] };
    use.fields.push(label(c.field, lang));
    byColumn.set(c.column, use);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, use]) =>
      t(lang, "input.columnUse", { header: use.header, fields: formatList(lang, use.fields) })
    );
}

export function readSummary(d: ReadDescription, lang: Lang): ReadSummary {
  return {
    shape: t(lang, `input.${SHAPE_CODE[d.shape]}`),
    columns: columnUses(d, lang),
    conversions: d.conversions.map((n) => noteText(n, lang)),
    ignored: d.ignored.map((i) =>
      t(lang, "input.ignoredColumn", { header: i.header, reason: noteText(i.reason, lang) })
    ),
  };
}

export function describeRead(d: ReadDescription, lang: Lang): string[] {
  const s = readSummary(d, lang);
  const lines = [t(lang, "input.readAs", { shape: s.shape })];
  if (s.columns.length)
    lines.push(
      t(lang, "input.columns", { columns: s.columns.join(t(lang, "input.columnSeparator")) })
    );
  for (const line of [...s.conversions, ...s.ignored]) lines.push(`  ${line}`);
  return lines;
}
