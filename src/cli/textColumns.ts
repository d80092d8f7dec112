/** Terminal columns that line up with Chinese text: CJK characters take two cells. */

export const displayWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** Pads to n terminal cells, on the left when right-aligned. */
export const pad = (s: string, n: number, right = false): string => {
  const fill = " ".repeat(Math.max(0, n - displayWidth(s)));
  return right ? fill + s : s + fill;
};
