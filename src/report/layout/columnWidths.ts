/**
 * Column widths that fit the content (spec §5, issue 10): each column is as wide as the widest text it shows
 * on one line, measured cell by cell, instead of one wide column B that leaves gaps on every other page.
 *
 * Merged cells are left out (they wrap across their area). A wrapped cell asks for its longest word and for
 * half its text, so it wraps to at most two lines (scorecard definitions, table headers); left-aligned text
 * with an empty cell to its right asks for nothing (it runs on, as Excel shows it); every other cell asks
 * for its whole text as its number format shows it.
 */
import type { Block, ModelCell } from "../../workbook";
import { CHARS_PER_UNIT, textWidth } from "./builder";

/** Units around the text (Excel's cell padding) and the bounds of a column. */
const PADDING_UNITS = 2;
const MIN_UNITS = 6;
const MAX_UNITS = 40;
/** Bold 10 pt text runs about this much wider than regular. */
const BOLD_FACTOR = 1.12;
/** Lines break at words, never exactly in half: a two-line text asks for a little more than half. */
const HALF = 0.58;

/** What a cell shows, as near as widths need: the value through its number format (digits, %, suffix). */
export function displayedText(c: ModelCell): string {
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  const fmt = c.style?.numFmt;
  if (!fmt) return String(v);
  if (/y{2,4}|d{1,2}/.test(fmt.replace(/"[^"]*"/g, ""))) return "2026-10-31";
  const sections = fmt.split(";");
  const section = v < 0 && sections.length > 1 ? sections[1] : sections[0];
  const plain = section.replace(/"[^"]*"/g, "");
  const decimals = /\.(0+)/.exec(plain)?.[1].length ?? 0;
  const percent = plain.includes("%");
  const digits = Math.abs(percent ? v * 100 : v).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: plain.includes(","),
  });
  const literal = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  return `${/[+-]/.test(plain) || v < 0 ? "+" : ""}${digits}${percent ? "%" : ""}${literal}`;
}

/** Characters of the CJK block, full-width forms and CJK punctuation: a line may break before any of them. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** Punctuation no line may start with (closing brackets, full stops, commas, colons) … */
const NO_LINE_START = /[）〕】》」』’”，。、：；！？)\]}.,:;!?%]/;
/** … and that no line may end with (opening brackets and quotes). */
const NO_LINE_END = /[（〔【《「『‘“([{]/;
/** A bracketed note no longer than this (in Latin characters) is kept on one line: "（正数为优于目标）". */
const NOTE_MAX = 24;

/**
 * The pieces a wrapped text breaks into: words between spaces; within CJK, single characters, with closing
 * punctuation kept on the line before it and opening punctuation on the line after it (the line-breaking
 * rules of Chinese, and of Excel and LibreOffice), so "目标）" is one piece and a lone "）" never wraps.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const word of text.split(/\s+/)) {
    let piece = "";
    for (const ch of word) {
      const breakBefore =
        piece !== "" &&
        (WIDE.test(ch) || WIDE.test(piece.slice(-1))) &&
        !NO_LINE_START.test(ch) &&
        !NO_LINE_END.test(piece.slice(-1));
      if (breakBefore) {
        pieces.push(piece);
        piece = "";
      }
      piece += ch;
    }
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** The widest piece a wrapped text cannot break, with a short bracketed note as one piece. */
function longestWord(text: string): number {
  let longest = 0;
  for (const p of breakPieces(text)) longest = Math.max(longest, textWidth(p));
  for (const note of text.match(/（[^（）]*）|\([^()]*\)/g) ?? []) {
    const width = textWidth(note);
    if (width <= NOTE_MAX) longest = Math.max(longest, width);
  }
  return longest;
}

/** Width in units each of the first `columns` columns needs for the blocks' cells. */
export function measureColumnWidths(blocks: Block[], columns: number): number[] {
  const need = new Array<number>(columns).fill(0);
  for (const block of blocks) {
    const merged = new Set<string>();
    for (const m of block.merges ?? []) {
      if (m.cols <= 1 && m.rows <= 1) continue;
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.col; c < m.col + m.cols; c++) merged.add(`${r},${c}`);
    }
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, k) => {
        const col = block.col + k;
        if (col >= columns || merged.has(`${block.row + r},${col}`)) return;
        const text = displayedText(cell);
        if (!text) return;
        // Left-aligned text with an empty cell to its right runs on into it, as Excel shows it.
        const next = cells[k + 1];
        const runsOn =
          typeof cell.value === "string" &&
          !cell.style?.wrap &&
          (cell.style?.hAlign ?? "left") === "left" &&
          next !== undefined &&
          (next.value === null || next.value === "");
        if (runsOn) return;
        const full = textWidth(text);
        const chars = cell.style?.wrap ? Math.max(longestWord(text), full * HALF) : full;
        const scale = (cell.style?.bold ? BOLD_FACTOR : 1) * ((cell.style?.fontSize ?? 10) / 10);
        need[col] = Math.max(need[col], (chars * scale) / CHARS_PER_UNIT);
      })
    );
  }
  return need.map((n) =>
    Math.min(MAX_UNITS, Math.max(MIN_UNITS, Math.ceil((n + PADDING_UNITS) * 2) / 2))
  );
}
