/**
 * The catalogue's contract: every language has exactly English's areas and keys, each message parses and
 * asks for the same parameters, English plurals have a singular, and Chinese messages are Chinese (glossary
 * punctuation, no English words outside the allowed list).
 */
import {
  CATALOGUES,
  formatMessage,
  LANGUAGES,
  messageSkeleton,
  parametersOf,
  pluralsOf,
  type Lang,
} from "../../src/i18n";
import { CLI_CODE, languageLeaks } from "../helpers/languageLeaks";

type Flat = Record<string, string>;
const flat = (lang: Lang): Flat =>
  Object.fromEntries(
    Object.entries(CATALOGUES[lang] as unknown as Record<string, Flat>).flatMap(
      ([area, messages]) => Object.entries(messages).map(([key, text]) => [`${area}.${key}`, text])
    )
  );

const english = flat("en");

describe("the message catalogue", () => {
  test.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly English's keys", (lang) => {
    const other = flat(lang);
    const missing = Object.keys(english).filter((k) => !(k in other));
    const extra = Object.keys(other).filter((k) => !(k in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s asks for the same parameters as English in every message",
    (lang) => {
      const other = flat(lang);
      const differing = Object.keys(english)
        .filter((k) => k in other)
        .map((k) => ({ key: k, en: parametersOf(english[k]), [lang]: parametersOf(other[k]) }))
        .filter((d) => JSON.stringify(d.en) !== JSON.stringify(d[lang]));
      expect(differing).toEqual([]);
    }
  );

  test.each(LANGUAGES)("every %s message parses and says something", (lang) => {
    const empty = Object.entries(flat(lang))
      .filter(([, text]) => messageSkeleton(text).trim() === "")
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test("English: every counted phrase has a singular, and 0, 1 and 2 read differently where they should", () => {
    const problems: string[] = [];
    for (const [key, text] of Object.entries(english)) {
      for (const [name, branches] of pluralsOf(text)) {
        if (!branches.includes("one") && !branches.includes("=1")) {
          problems.push(`${key}: {${name}} has no "one" branch`);
          continue;
        }
        // Other parameters get neutral values; select parameters fall to their "other" branch.
        const params = (count: number) =>
          Object.fromEntries(parametersOf(text).map((p) => [p, p === name ? count : "x"]));
        const [zero, one, two] = [0, 1, 2].map((n) => formatMessage("en", text, params(n)));
        if (one.replace("1", "2") === two) problems.push(`${key}: 1 and 2 read the same: "${one}"`);
        if (!zero) problems.push(`${key}: 0 renders empty`);
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s messages leak no English and use full-width punctuation beside Chinese",
    (lang) => {
      const leaks = Object.entries(flat(lang)).flatMap(([key, text]) =>
        languageLeaks(lang, messageSkeleton(text), {
          // Command-line text, and any message naming an option (--map date="…"), carries code as typed.
          allowed: key.startsWith("cli.") || /--[a-z]/.test(text) ? CLI_CODE : [],
        }).map((p) => `${key}: ${p}`)
      );
      expect(leaks).toEqual([]);
    }
  );

  test("English messages carry no Chinese", () => {
    const leaks = Object.entries(english).flatMap(([key, text]) =>
      languageLeaks("en", messageSkeleton(text)).map((p) => `${key}: ${p}`)
    );
    expect(leaks).toEqual([]);
  });
});
