/**
 * Worksheet naming shared by both writers (into the open workbook and into .xlsx), so a report gets the
 * same sheet name whichever door wrote it: the spreadsheet rules for names, and never-overwrite numbering
 * ("SQ 2026-10" → "SQ 2026-10 (2)").
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel reserves this name for its change history: no sheet may take it, in any case. */
const RESERVED_NAMES = ["history"];

/** Apostrophes may not start or end a sheet name, and spaces there are noise: strip both, in any mix. */
function trimEnds(name: string): string {
  return name.replace(/^['\s]+|['\s]+$/g, "");
}

/** The first `max` UTF-16 units, never ending in half of a surrogate pair (an emoji cut in two). */
function cutAt(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Replaces the characters sheet names may not hold (: \ / ? * [ ]), drops leading/trailing apostrophes
 * (not allowed there either) and caps the length at 31; an empty result becomes "Sheet".
 */
export function cleanSheetName(wanted: string): string {
  const cleaned = trimEnds(
    cutAt(trimEnds(wanted.replace(/[:\\/?*[\]]/g, "-")), MAX_SHEET_NAME_LENGTH)
  );
  return cleaned === "" ? "Sheet" : cleaned;
}

/**
 * The cleaned wanted name if no sheet has it (names compare case-insensitively, as in Excel), else the
 * first free "name (n)", shortening the name so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const base = cleanSheetName(wanted);
  const taken = new Set([...existing, ...RESERVED_NAMES].map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimEnds(cutAt(base, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
