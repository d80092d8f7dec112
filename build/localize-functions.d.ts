export function localizeMetadata<M extends { functions: unknown[] }>(
  metadata: M,
  translations: Record<string, { description: string; parameters?: Record<string, string> }>,
  locale: string
): { json: M; problems: string[] };
export class LocalizeFunctionsPlugin {
  constructor(options: { locales: string[]; dir: string });
}
