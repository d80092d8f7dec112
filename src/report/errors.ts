/**
 * Input that cannot make a report: a required column missing, a month not in the data, an unusable date
 * column. The message says what is wrong and how to fix it; `field` names the column or option concerned.
 * Bad rows never throw: they are listed in the report's data-quality section instead.
 */
export class ReportInputError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message);
    this.name = "ReportInputError";
  }
}
