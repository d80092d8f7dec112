/** The language a command-line run speaks: its messages, errors and (for report) the report itself. */
import { isLang, type Lang } from "../i18n";

/**
 * --lang (or --lang=) anywhere on the line, when it names a language we have; otherwise English (a wrong
 * value is reported by the command's own option check).
 */
export function runLanguage(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (isLang(value)) return value;
  }
  return "en";
}
