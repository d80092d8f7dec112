/** Excel's rules for worksheet names, and the never-overwrite naming: "SQ 2026-10" → "SQ 2026-10 (2)". */

export const MAX_SHEET_NAME_LENGTH = 31;

/** Replaces the characters Excel forbids in sheet names (: \ / ? * [ ]) and trims leading/trailing quotes. */
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
 * The wanted name if no sheet has it (Excel compares names case-insensitively), else the first free
 * "name (n)", shortening the name so the suffix fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = cleanSheetName(wanted);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
