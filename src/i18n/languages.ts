/**
 * The languages the product speaks, in one place. A language is its catalogue folder (messages/<lang>/) plus
 * one line here; its code is a BCP 47 tag that Intl understands, so dates, numbers and plurals follow it.
 */
import { ENGLISH, type Catalogue } from "./catalogue";
import { zhCN } from "./messages/zh-CN";

export const CATALOGUES = {
  en: ENGLISH,
  "zh-CN": zhCN,
} as const satisfies Record<string, Catalogue>;

export type Lang = keyof typeof CATALOGUES;

/** Every language, English first (the fallback). */
export const LANGUAGES = Object.keys(CATALOGUES) as Lang[];

export const DEFAULT_LANG: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as string[]).includes(value);
}

/** Language and script of a tag, with Intl's likely-subtags filled in: "zh-SG" and "zh" → "zh-Hans". */
function languageAndScript(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return `${locale.language}-${locale.script}`;
  } catch {
    return undefined;
  }
}

/**
 * The language for a user's locale tag ("zh-CN", "zh-Hans-CN", "zh-SG", "en-US", Excel's display language, a
 * --lang value): the first language with the same language and script, else English. zh-TW (traditional
 * script) falls back to English rather than showing simplified characters.
 */
export function languageFor(tag: string | undefined): Lang {
  if (!tag) return DEFAULT_LANG;
  if (isLang(tag)) return tag;
  const wanted = languageAndScript(tag);
  return LANGUAGES.find((lang) => languageAndScript(lang) === wanted) ?? DEFAULT_LANG;
}
