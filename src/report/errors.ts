/**
 * Input that cannot make a report: a required column missing, a month not in the data, an unusable date
 * column. The message says what is wrong and how to fix it; `field` names the column or option concerned.
 * Bad rows never throw: they are listed in the report's data-quality section instead.
 *
 * Given a catalogue Message (rather than an English string) the error carries its key and parameters and is
 * shown in the user's language where it is shown (errorText in src/i18n); `.message` stays English.
 */
import { translate, type Message, type MessageKey, type MessageParams } from "../i18n";

export class ReportInputError extends Error {
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  constructor(
    readonly field: string,
    what: string | Message
  ) {
    super(typeof what === "string" ? what : translate("en", what));
    this.name = "ReportInputError";
    if (typeof what !== "string") {
      this.key = what.key;
      this.params = what.params;
    }
  }
}
