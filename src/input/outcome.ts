/**
 * What a contact record's outcome or yes/no cell says, from the words platforms and people use. Only listed
 * words count: an unknown value is "unknown" (the caller lists it with its row number), never guessed.
 */

export type Outcome = "answered" | "abandoned" | "ivr";

const key = (value: unknown) =>
  String(value ?? "")
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./()]+/g, "");

const ANSWERED = [
  "y",
  "yes",
  "1",
  "true",
  "answered",
  "answer",
  "handled",
  "agent",
  "agentanswered",
  "connected",
  "accepted",
  "completed",
  "acd",
  "talked",
  "ok",
  "是",
  "接通",
  "已接",
  "已接听",
  "已接通",
  "应答",
  "已应答",
  "人工接听",
  "人工接通",
  "坐席接听",
  "成功",
];
const ABANDONED = [
  "n",
  "no",
  "0",
  "false",
  "abandoned",
  "abandon",
  "aban",
  "abn",
  "hang",
  "hangup",
  "hungup",
  "callerhungup",
  "customerhangup",
  "callerabandoned",
  "queueabandon",
  "missed",
  "notanswered",
  "unanswered",
  "否",
  "放弃",
  "未接",
  "未接听",
  "未接通",
  "客户挂机",
  "排队放弃",
  "呼损",
  "客户放弃",
  "振铃放弃",
];
const IVR = [
  "ivr",
  "vru",
  "vruonly",
  "ivronly",
  "selfservice",
  "selfserved",
  "phantom",
  "ivrabandon",
  "ivrabandoned",
  "ivrhangup",
  "notqueued",
  "自助",
  "自助服务",
  "ivr挂机",
  "ivr放弃",
  "未进队列",
  "未排队",
];

const OUTCOMES = new Map<string, Outcome>([
  ...ANSWERED.map((w) => [w, "answered"] as const),
  ...ABANDONED.map((w) => [w, "abandoned"] as const),
  ...IVR.map((w) => [w, "ivr"] as const),
]);

/** An outcome cell's meaning, or null when the value is not a known word. */
export function readOutcome(value: unknown): Outcome | null {
  return OUTCOMES.get(key(value)) ?? null;
}

/** A yes/no cell (answered flag, resolved flag): true, false, or null when it is neither. */
export function readFlag(value: unknown): boolean | null {
  const o = OUTCOMES.get(key(value));
  const k = key(value);
  if (["resolved", "已解决", "解决"].includes(k)) return true;
  if (["unresolved", "notresolved", "未解决"].includes(k)) return false;
  if (o === "answered") return true;
  if (o === "abandoned") return false;
  return null;
}

/** True when most non-blank cells of a sample are yes/no or outcome words rather than numbers. */
export function looksLikeFlags(cells: unknown[]): boolean {
  let flags = 0;
  let other = 0;
  for (const c of cells) {
    if (c === null || c === undefined || (typeof c === "string" && c.trim() === "")) continue;
    const k = key(c);
    if (/^\d+(\.\d+)?$/.test(k) && k !== "0" && k !== "1") other++;
    else if (typeof c === "string" && readOutcome(c) !== null && !/^\d+$/.test(k)) flags++;
    else if (typeof c === "boolean") flags++;
    else other++;
  }
  return flags > 0 && flags >= other;
}
