/**
 * The engine reports problems as typed errors that name the argument; only src/functions turns them into
 * Excel errors (#VALUE! for bad input, #N/A for a question with no answer, #NUM! for a result a double
 * cannot hold).
 */

/** Bad input: the message names the argument and the valid range, e.g. "aht must be > 0 seconds". */
export class WfmInputError extends Error {
  constructor(
    readonly argument: string,
    message: string
  ) {
    super(message);
    this.name = "WfmInputError";
  }
}

/** A valid question with no answer: an unstable queue, a target unreachable under a cap, a search limit. */
export class WfmNoAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WfmNoAnswerError";
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
