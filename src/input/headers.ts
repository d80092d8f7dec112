/**
 * Header matching by words, not by exact text. A header and every alias go through the same normalisation:
 * full-width forms folded (NFKC), camelCase split, case, punctuation and underscores dropped, a unit in
 * brackets ("(sec)", "(Y/N)", "(秒)") dropped, plurals folded, synonyms reduced to one word (avg/average/mean,
 * answered/handled/ACD, offered/presented/incoming/queued, abandoned/aban), filler words dropped (of, the,
 * total, seconds, and "calls"/"contacts"/"interactions" when other words remain), and the remaining words
 * sorted, so word order never matters. "Calls Handled", "Answered Calls" and "Contacts handled" all become
 * "answered".
 *
 * Matching is then exact on that key. A header whose key is an alias of two fields is ambiguous: reported,
 * never guessed. Two headers that match the same field: the first is used and the other is reported.
 */

export interface MatchableField<K extends string = string> {
  key: K;
  aliases: string[];
}

const SYNONYMS: Record<string, string> = {
  average: "avg",
  mean: "avg",
  handled: "answered",
  answer: "answered",
  ans: "answered",
  accepted: "answered",
  connected: "answered",
  presented: "offered",
  incoming: "offered",
  inbound: "offered",
  offer: "offered",
  entered: "offered",
  received: "offered",
  aban: "abandoned",
  abandon: "abandoned",
  abn: "abandoned",
  abandonment: "abandoned",
  pct: "%",
  percent: "%",
  percentage: "%",
  rate: "%",
  ratio: "%",
  wrap: "acw",
  wrapup: "acw",
  datetime: "date time",
  timestamp: "date time",
  svc: "sl",
  service: "sl",
  level: "",
  hrs: "hour",
  hr: "hour",
  num: "",
  number: "",
  no: "",
  count: "",
  cnt: "",
  total: "",
  sum: "",
  of: "",
  the: "",
  by: "",
  per: "",
  sec: "",
  secs: "",
  second: "",
  s: "",
  yn: "",
};

/** Words that only say "this counts calls"; dropped when other words say what is counted. */
const CALL_WORDS = new Set(["call", "contact", "interaction", "conversation"]);

function singular(word: string): string {
  if (word.length > 3 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The comparable key of a header or alias: sorted, normalised words joined by one space. */
export function headerKey(header: unknown): string {
  if (header === null || header === undefined) return "";
  let text = String(header).normalize("NFKC").trim();
  const withoutUnits = text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").trim();
  if (withoutUnits !== "") text = withoutUnits;
  text = text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .replace(/%/g, " % ")
    .replace(/[^\p{L}\p{N}%]+/gu, " ");
  const words: string[] = [];
  for (const raw of text.split(" ")) {
    if (raw === "") continue;
    // Chinese has no spaces: a run of Han characters is one word, matched whole.
    const w = singular(raw);
    const mapped = w in SYNONYMS ? SYNONYMS[w] : w;
    for (const m of mapped.split(" ")) if (m !== "") words.push(m);
  }
  const meaningful = words.filter((w) => !CALL_WORDS.has(w));
  const final = meaningful.length > 0 ? meaningful : words.length > 0 ? ["call"] : [];
  return [...new Set(final)].sort().join(" ");
}

export interface HeaderMatch<K extends string> {
  /** field -> 0-based column. */
  mapping: Partial<Record<K, number>>;
  /** Headers that are aliases of more than one field: not mapped, for the user to decide. */
  ambiguous: { column: number; header: string; fields: K[] }[];
  /** Headers that matched a field another column already took: not used. */
  duplicates: { column: number; header: string; field: K; usedColumn: number }[];
}

const aliasIndexCache = new WeakMap<object, Map<string, string[]>>();

function aliasIndex<K extends string>(fields: MatchableField<K>[]): Map<string, K[]> {
  const cached = aliasIndexCache.get(fields);
  if (cached) return cached as Map<string, K[]>;
  const index = new Map<string, K[]>();
  for (const f of fields) {
    for (const alias of [f.key, ...f.aliases]) {
      const key = headerKey(alias);
      if (key === "") continue;
      const list = index.get(key) ?? [];
      if (!list.includes(f.key)) list.push(f.key);
      index.set(key, list);
    }
  }
  aliasIndexCache.set(fields, index as Map<string, string[]>);
  return index;
}

/** The fields a single header could mean (none, one, or several when it is ambiguous). */
export function fieldsForHeader<K extends string>(
  header: unknown,
  fields: MatchableField<K>[]
): K[] {
  return aliasIndex(fields).get(headerKey(header)) ?? [];
}

/** Each field's column by its aliases' words; ambiguous and duplicate headers reported, not guessed. */
export function matchHeaders<K extends string>(
  headers: unknown[],
  fields: MatchableField<K>[]
): HeaderMatch<K> {
  const result: HeaderMatch<K> = { mapping: {}, ambiguous: [], duplicates: [] };
  headers.forEach((h, column) => {
    const candidates = fieldsForHeader(h, fields);
    const header = String(h ?? "");
    if (candidates.length > 1) result.ambiguous.push({ column, header, fields: candidates });
    else if (candidates.length === 1) {
      const field = candidates[0];
      const used = result.mapping[field];
      if (used === undefined) result.mapping[field] = column;
      else result.duplicates.push({ column, header, field, usedColumn: used });
    }
  });
  return result;
}
