/**
 * Worksheet naming shared by both writers (Office.js and .xlsx), so a report gets the same sheet name
 * whichever door wrote it: the spreadsheet rules for names, and never-overwrite numbering
 * ("SQ 2026-10" → "SQ 2026-10 (2)").
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * Replaces the characters sheet names may not hold (: \ / ? * [ ]), drops leading/trailing apostrophes
 * (not allowed there either) and caps the length at 31; an empty result becomes "Sheet".
 */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/**
 * The cleaned wanted name if no sheet has it (names compare case-insensitively, as in Excel), else the
 * first free "name (n)", shortening the name so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const base = cleanSheetName(wanted);
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
