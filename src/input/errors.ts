/**
 * Errors of the reader as values: a catalogue key (input.json) and its parameters, so each language can say
 * them where they are shown (errorText), plus the English message for logs and the field or option concerned.
 * The reader throws InputError only when nothing usable can come out of the input (an undecodable file, slash
 * dates whose order cannot be decided, an average mislabelled as a total); a bad row or cell is a RowIssue,
 * never a throw.
 */
import {
  FieldInputError,
  t,
  type Catalogue,
  type Lang,
  type MessageKey,
  type MessageParams,
} from "../i18n";

/** A message of the reader's area of the catalogue, by its name there ("noDates", "convAsa"). */
export type InputMessageCode = keyof Catalogue["input"] & string;

/** A reader message in a language. */
export function inputMessage(code: InputMessageCode, params: MessageParams, lang: Lang): string {
  return t(lang, `input.${code}`, params);
}

export class InputError extends FieldInputError {
  // Always set by the constructor (FieldInputError leaves them unset only for plain-text errors).
  declare readonly key: MessageKey;
  declare readonly params: MessageParams;
  constructor(
    /** The field or option concerned ("date", "waitSec", "dateOrder", "file"). */
    field: string,
    readonly code: InputMessageCode,
    params: MessageParams = {}
  ) {
    super(field, { key: `input.${code}`, params });
    this.name = "InputError";
  }
}
