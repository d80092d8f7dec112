/** The description of what the reader understood, as lines of text (CLI output, the definitions box). */
import { fieldInfo, type Lang } from "./fields";
import { inputMessage } from "./messages";
import type { ReadDescription } from "./types";

export function describeRead(d: ReadDescription, lang: Lang): string[] {
  const en = lang === "en";
  const shape = inputMessage(
    d.shape === "records"
      ? "shapeRecords"
      : d.shape === "aggregates"
        ? "shapeAggregates"
        : "shapeSums",
    {},
    lang
  );
  const lines = [en ? `Read as: ${shape}` : `识别为：${shape}`];
  const cols = d.columns.map(
    (c) => `"${c.header}" → ${fieldInfo(c.field)?.label[lang] ?? c.field}`
  );
  if (cols.length) lines.push((en ? "Columns: " : "列：") + cols.join(en ? "; " : "；"));
  for (const n of d.conversions) lines.push(`  ${inputMessage(n.code, n.params, lang)}`);
  for (const i of d.ignored)
    lines.push(
      `  ${inputMessage("ignoredColumn", { header: i.header, reason: inputMessage(i.reason.code, i.reason.params, lang) }, lang)}`
    );
  return lines;
}
