/**
 * Input that cannot make a report: a required column missing, a month not in the data, an unusable date
 * column. The message says what is wrong and how to fix it; `field` names the column or option concerned.
 * Bad rows never throw: they are listed in the report's data-quality section instead.
 *
 * Given a catalogue Message (rather than an English string) the error carries its key and parameters and is
 * shown in the user's language where it is shown (errorText in src/i18n); `.message` stays English.
 */
import { FieldInputError } from "../i18n";

export class ReportInputError extends FieldInputError {
  override name = "ReportInputError";
}
