/**
 * The engine reports problems as typed errors that name the argument; only src/functions turns them into
 * Excel errors (#VALUE! for bad input, #N/A for a question with no answer).
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
