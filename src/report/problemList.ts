/**
 * The data-quality list at any size (input.md §5): the report sheet shows the first PROBLEMS_SHOWN problems and
 * a count of every kind; the complete list is a table of its own (a second sheet in the workbook, or a CSV file
 * beside the .xlsx from the command line). Everything here is one pass over the problems: a month of contact
 * records can hold hundreds of thousands of them.
 */
import type { Lang } from "../workbook";
import type { Analysis } from "./analysis";
import type { RowProblem } from "./rows";
import type { JobProblem } from "./jobs";
import { problemText, excludedText } from "./problems";
import { labels } from "./labels";
import { isMessageKey, t } from "../i18n";

/** Problems listed on the report sheet itself; the rest are counted there and listed in full elsewhere. */
export const PROBLEMS_SHOWN = 200;

/** What each kind of problem is, in a few words: report.kind<Code> (unknown codes, e.g. from a newer reader, show as they are). */
const kindKey = (code: string) => `report.kind${code.charAt(0).toUpperCase()}${code.slice(1)}`;

export interface Reconciliation {
  read: number;
  used: number;
  partly: number;
  rejected: number;
  blank: number;
  otherMonths: number;
}

export function kindLabel(code: string, lang: Lang): string {
  const key = kindKey(code);
  return isMessageKey(key) ? t(lang, key) : code;
}

/** "1,000 rows read = 900 used + …": the parts always add up to the rows read. */
export function reconciliationText(q: Reconciliation, lang: Lang): string {
  return t(lang, "report.reconciliation", { ...q });
}

/** The note above the first PROBLEMS_SHOWN problems: where the complete list is (a sheet, or a CSV file). */
export function moreProblemsText(total: number, lang: Lang, sheet?: string): string {
  const counts = { shown: PROBLEMS_SHOWN, total };
  return sheet !== undefined
    ? t(lang, "report.shownOnSheet", { ...counts, sheet })
    : t(lang, "report.shownInFile", counts);
}

/** Rows read, split so that the parts add up to it, always (the data-quality summary's sentence). */
export function reconciliation(a: Analysis): Reconciliation {
  const q = a.quality;
  return {
    read: q.rowsRead,
    used: q.rowsUsed,
    partly: q.rowsPartlyUsed,
    rejected: q.rowsRejected,
    blank: q.blankRows,
    otherMonths: q.rowsOtherMonths,
  };
}

/** Every problem of the month (activity rows, then service jobs), in one list. */
export function problemCount(a: Analysis): number {
  return a.quality.problems.length + (a.jobs?.problems.length ?? 0);
}

/** The count of every kind, most frequent first (ties in first-seen order); one pass. */
export function problemKinds(a: Analysis): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of a.quality.problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  for (const p of a.jobs?.problems ?? []) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((x, y) => y.count - x.count);
}

export interface ProblemLine {
  rowNumber: number;
  kind: string;
  problem: string;
  excluded: string;
}

/**
 * The problems as lines (row, kind, problem, what it was left out of), from `from` for at most `limit`: the
 * report sheet takes the first PROBLEMS_SHOWN, the complete list takes all. Only the lines asked for are
 * worded, so the sheet's 200 cost the same whatever the total.
 */
export function problemLines(a: Analysis, lang: Lang, limit = Infinity): ProblemLine[] {
  const lines: ProblemLine[] = [];
  const rowProblems: RowProblem[] = a.quality.problems;
  const jobProblems: JobProblem[] = a.jobs?.problems ?? [];
  // Many rows share what they were left out of: word each set of fields once.
  const excluded = new Map<string, string>();
  for (let i = 0; i < rowProblems.length && lines.length < limit; i++) {
    const p = rowProblems[i];
    const key = p.excluded === "row" ? "row" : p.excluded.join(",");
    let text = excluded.get(key);
    if (text === undefined) {
      text = excludedText(p, a.settings, lang);
      excluded.set(key, text);
    }
    lines.push({
      rowNumber: p.rowNumber,
      kind: kindLabel(p.code, lang),
      problem: problemText(p, lang),
      excluded: text,
    });
  }
  for (let i = 0; i < jobProblems.length && lines.length < limit; i++) {
    const p = jobProblems[i];
    lines.push({
      rowNumber: p.rowNumber,
      kind: kindLabel(p.code, lang),
      problem: problemText(p, lang),
      excluded: labels(lang).wholeRow,
    });
  }
  return lines;
}

/** The complete list as a table: a header row, then one row per problem. */
export function problemTable(
  a: Analysis,
  lang: Lang
): { headers: string[]; rows: (string | number)[][] } {
  const L = labels(lang);
  return {
    headers: [L.row, t(lang, "report.problemKind"), L.problem, L.excluded],
    rows: problemLines(a, lang).map((l) => [l.rowNumber, l.kind, l.problem, l.excluded]),
  };
}
