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

/** Problems listed on the report sheet itself; the rest are counted there and listed in full elsewhere. */
export const PROBLEMS_SHOWN = 200;

/** The words of the list, in one place so the message catalogue can take them over. */
const WORDS = {
  en: {
    kind: "Kind",
    rows: "Problems",
    kinds: "Problems by kind",
    sheetName: "Problems",
    shownOnSheet: (shown: number, total: number, sheet: string) =>
      `The first ${fmt(shown)} of ${fmt(total)} problems are listed below; the complete list is on the sheet "${sheet}".`,
    shownInFile: (shown: number, total: number) =>
      `The first ${fmt(shown)} of ${fmt(total)} problems are listed below; the complete list is in the CSV file saved beside this workbook (same name, ending "-problems.csv").`,
    reconcile: (q: Reconciliation) =>
      `${fmt(q.read)} rows read = ${fmt(q.used)} used + ${fmt(q.partly)} used in part + ${fmt(q.rejected)} rejected + ${fmt(q.blank)} blank + ${fmt(q.otherMonths)} in other months.`,
    jobs: "Service jobs",
  },
  "zh-CN": {
    kind: "类型",
    rows: "问题数",
    kinds: "问题分类统计",
    sheetName: "数据问题",
    shownOnSheet: (shown: number, total: number, sheet: string) =>
      `下表列出 ${fmt(total)} 个问题中的前 ${fmt(shown)} 个;完整清单见工作表“${sheet}”。`,
    shownInFile: (shown: number, total: number) =>
      `下表列出 ${fmt(total)} 个问题中的前 ${fmt(shown)} 个;完整清单见与本工作簿同名、以“-problems.csv”结尾的 CSV 文件。`,
    reconcile: (q: Reconciliation) =>
      `读取 ${fmt(q.read)} 行 = 使用 ${fmt(q.used)} 行 + 部分使用 ${fmt(q.partly)} 行 + 剔除 ${fmt(q.rejected)} 行 + 空行 ${fmt(q.blank)} 行 + 其他月份 ${fmt(q.otherMonths)} 行。`,
    jobs: "业务工单",
  },
};

const fmt = (n: number) => n.toLocaleString("en-US");

/** What each kind of problem is, in a few words (unknown codes, e.g. from a newer reader, show as they are). */
const KINDS: Record<Lang, Record<string, string>> = {
  en: {
    badDate: "Unreadable date",
    badInterval: "Unreadable interval",
    empty: "Empty value",
    text: "Text in a number column",
    negative: "Negative value",
    exceeds: "Counts contradict each other",
    countsDisagree: "Answered + abandoned ≠ offered",
    duplicate: "Repeated date, interval and queue",
    overStaffedTime: "Handle time over staffed time",
    noType: "Service jobs: no job type",
    noHours: "Service jobs: no hours",
    badHours: "Service jobs: unreadable hours",
    closedBeforeOpened: "Service jobs: closed before opened",
    badStandard: "Service jobs: unreadable standard",
  },
  "zh-CN": {
    badDate: "日期无法识别",
    badInterval: "时段无法识别",
    empty: "空值",
    text: "数字列中有文字",
    negative: "负数",
    exceeds: "数量相互矛盾",
    countsDisagree: "接听量 + 放弃量 ≠ 呼入量",
    duplicate: "日期、时段和队列重复",
    overStaffedTime: "处理时长超过在线时长",
    noType: "业务工单:缺少类型",
    noHours: "业务工单:缺少时长",
    badHours: "业务工单:时长无法识别",
    closedBeforeOpened: "业务工单:完成早于受理",
    badStandard: "业务工单:标准时限无法识别",
  },
};

export interface Reconciliation {
  read: number;
  used: number;
  partly: number;
  rejected: number;
  blank: number;
  otherMonths: number;
}

export const problemWords = (lang: Lang) => WORDS[lang];

export function kindLabel(code: string, lang: Lang): string {
  return KINDS[lang][code] ?? code;
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
  const W = WORDS[lang];
  return {
    headers: [L.row, W.kind, L.problem, L.excluded],
    rows: problemLines(a, lang).map((l) => [l.rowNumber, l.kind, l.problem, l.excluded]),
  };
}
