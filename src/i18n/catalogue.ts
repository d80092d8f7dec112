/**
 * The message catalogue: one JSON file per area per language (src/i18n/messages/<lang>/<area>.json), keyed by
 * meaning. English is the reference: its keys are the MessageKey type, so a typo is a type error.
 */
import { en } from "./messages/en";

export type Area = keyof typeof en;

/** "area.key", e.g. "cli.rowsRead". */
export type MessageKey = { [A in Area]: `${A}.${keyof (typeof en)[A] & string}` }[Area];

/** What every language provides: the same areas and keys as English, each a message string. */
export type Catalogue = { readonly [A in Area]: { readonly [K in keyof (typeof en)[A]]: string } };

export const ENGLISH: Catalogue = en;
