/**
 * Looking a message up and filling it in. A message can also travel as a value (a key and its parameters) and
 * be translated only where it is shown: that is how errors stay language-free until they reach the user.
 */
import type { MessageKey } from "./catalogue";
import { CATALOGUES, DEFAULT_LANG, type Lang } from "./languages";
import { formatList } from "./format";
import { formatMessage, type Param } from "./messageFormat";

/** A sentence to show later: its catalogue key and parameters (which may themselves be messages). */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A parameter: a value, a message (translated in the same language) or a list (the language's list, a、b和c). */
export type MessageParams = Readonly<Record<string, Param | Message | readonly string[]>>;

function lookup(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf(".");
  const area = (CATALOGUES[lang] as unknown as Record<string, Record<string, string> | undefined>)[
    key.slice(0, dot)
  ];
  return area?.[key.slice(dot + 1)];
}

function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as Message).key === "string";
}

/** Whether a string names a key of the catalogue (for codes that arrive as plain strings). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(DEFAULT_LANG, key) !== undefined;
}

/**
 * The message in a language, parameters filled in: numbers with the language's grouping (7,368), plural and
 * select branches chosen, nested messages translated in the same language. A key missing in a language falls
 * back to English; a parameter the message names but the caller left out throws (a bug, caught by tests).
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const source = lookup(lang, key) ?? lookup(DEFAULT_LANG, key);
  if (source === undefined) throw new Error(`No message "${key}" in the catalogue`);
  const filled: Record<string, Param> = {};
  for (const [name, value] of Object.entries(params)) {
    filled[name] = Array.isArray(value)
      ? formatList(lang, value)
      : isMessage(value)
        ? translate(lang, value)
        : (value as Param);
  }
  return formatMessage(lang, source, filled);
}

/** A Message value in a language. */
export function translate(lang: Lang, message: Message): string {
  return t(lang, message.key, message.params);
}

/** t() bound to one language, for code that says many things in the same language. */
export function translator(lang: Lang): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(lang, key, params);
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/**
 * An error the user can fix, as a value: its Message travels with it and is translated where it is shown
 * (CLI, taskpane). `.message` is the English text, so logs and existing callers keep working.
 */
export class LocalizedError extends Error implements Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
  constructor(key: MessageKey, params?: MessageParams) {
    super(t(DEFAULT_LANG, key, params));
    this.name = "LocalizedError";
    this.key = key;
    this.params = params;
  }
}

/**
 * Input the user must fix, naming the field or option concerned (`field`): given a catalogue Message it
 * carries its key and parameters and is shown in the user's language (errorText); given text, it is that
 * text. `.message` is always English. The report's and the staffing plan's input errors are this error.
 */
export class FieldInputError extends Error {
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  constructor(
    readonly field: string,
    what: string | Message
  ) {
    super(typeof what === "string" ? what : translate(DEFAULT_LANG, what));
    this.name = "FieldInputError";
    if (typeof what !== "string") {
      this.key = what.key;
      this.params = what.params;
    }
  }
}

/**
 * What to show the user for a caught error in a language: its Message translated when it carries one (a
 * LocalizedError or any error with a catalogue `key`), else its English message as it is.
 */
export function errorText(lang: Lang, error: unknown): string {
  if (isMessage(error) && isMessageKey(error.key)) return translate(lang, error);
  return error instanceof Error ? error.message : String(error);
}
