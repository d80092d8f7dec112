/**
 * Errors of the reader as values: a code and its parameters (so the message catalogue can say them in each
 * language) plus the English message, and the field or option concerned. The reader throws InputError only
 * when nothing usable can come out of the input (an undecodable file, slash dates whose order cannot be
 * decided, an average mislabelled as a total); a bad row or cell is a RowIssue, never a throw.
 */
import { inputMessage, type InputMessageCode, type MessageParams } from "./messages";

export class InputError extends Error {
  constructor(
    /** The field or option concerned ("date", "waitSec", "dateOrder", "file"). */
    readonly field: string,
    readonly code: InputMessageCode,
    readonly params: MessageParams = {}
  ) {
    super(inputMessage(code, params, "en"));
    this.name = "InputError";
  }

  /** The message in the user's language. */
  text(lang: "en" | "zh-CN"): string {
    return inputMessage(this.code, this.params, lang);
  }
}
