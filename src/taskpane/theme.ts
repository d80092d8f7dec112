/**
 * Office's theme to Fluent's: Office.context.officeTheme gives the colours of Office's own UI; a dark page
 * colour (Office's Black and Dark Grey themes) takes Fluent's dark theme, anything else the light one.
 */

/** Relative luminance (WCAG 2) of "#rrggbb"; undefined when the text is not such a colour. */
export function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return undefined;
  const channel = (i: number) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark when the page colour is nearer black than white (luminance under 0.18, the contrast midpoint). */
export function isDarkTheme(bodyBackgroundColor: string | undefined): boolean {
  const l = luminance(bodyBackgroundColor);
  return l !== undefined && l < 0.18;
}
