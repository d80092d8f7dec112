/**
 * The engine reports problems as typed errors that name the argument; only src/functions turns them into
 * Excel errors (#VALUE! for bad input, #N/A for a question with no answer, #NUM! for a result a double
 * cannot hold).
 *
 * The engine is a leaf and cannot use the message catalogue (src/i18n), yet some of its errors reach people
 * (the report's Erlang check, the staffing plan). Those carry `key` and `params` as plain data: the
 * catalogue key of the same sentence (errors.engine*) and its parameters, so errorText shows them in the
 * user's language where they are shown. `.message` stays the English sentence: a custom function's cell
 * has no language and shows it as it is. test/engine/errorMessages.test.ts checks that the English
 * catalogue text equals `.message` for each.
 */

/** A parameter of an engine error's message: a value, or a nested message (an argument's name). */
export type EngineParam = string | number | EngineMessage;

/** A catalogue message as plain data: its key ("errors.enginePositive") and parameters. */
export interface EngineMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, EngineParam>>;
}

/** An argument's name as a message: "aht" in English, its concept's word in other languages. */
export const argumentName = (name: string): EngineMessage => ({
  key: "errors.engineArgument",
  params: { name },
});

/** Bad input: the message names the argument and the valid range, e.g. "aht must be > 0 seconds". */
export class WfmInputError extends Error {
  readonly key?: string;
  readonly params?: EngineMessage["params"];
  constructor(
    readonly argument: string,
    message: string,
    translated?: EngineMessage
  ) {
    super(message);
    this.name = "WfmInputError";
    this.key = translated?.key;
    this.params = translated?.params;
  }
}

/** A valid question with no answer: an unstable queue, a target unreachable under a cap, a search limit. */
export class WfmNoAnswerError extends Error {
  readonly key?: string;
  readonly params?: EngineMessage["params"];
  constructor(message: string, translated?: EngineMessage) {
    super(message);
    this.name = "WfmNoAnswerError";
    this.key = translated?.key;
    this.params = translated?.params;
  }
}

/** A valid question whose answer a double cannot hold (beyond ±1.8e308): the message names the argument. */
export class WfmNumError extends Error {
  constructor(
    readonly argument: string,
    message: string
  ) {
    super(message);
    this.name = "WfmNumError";
  }
}
