/**
 * Every user-visible word, in every language: the message catalogue (messages/<lang>/<area>.json), the
 * languages, and Intl formatting of numbers, dates and lists. Pure and a leaf: it depends on nothing else in
 * the project. docs/i18n.md says how to add a key or a language.
 */
export type { Area, Catalogue, MessageKey } from "./catalogue";
export { CATALOGUES, DEFAULT_LANG, LANGUAGES, isLang, languageFor, type Lang } from "./languages";
export {
  formatMessage,
  messageSkeleton,
  parametersOf,
  pluralsOf,
  parseMessage,
  MessageSyntaxError,
  type Param,
} from "./messageFormat";
export {
  errorText,
  FieldInputError,
  isMessageKey,
  LocalizedError,
  message,
  t,
  translate,
  translator,
  type Message,
  type MessageParams,
} from "./translate";
export {
  formatDate,
  formatDayOfMonth,
  formatList,
  formatMonth,
  formatNumber,
  formatPercent,
  formatWeekday,
} from "./format";
