import { isDarkTheme, luminance } from "../../src/taskpane/theme";

test("WCAG relative luminance: black 0, white 1, mid grey #777777 by hand", () => {
  expect(luminance("#000000")).toBe(0);
  expect(luminance("#FFFFFF")).toBeCloseTo(1, 12);
  // 0x77 = 119: c = 119/255 = 0.466667; ((c + 0.055) / 1.055)^2.4 = 0.494471^2.4 = 0.184475 (all three
  // channels alike, and the weights sum to 1).
  expect(luminance("777777")).toBeCloseTo(0.184475, 5);
  expect(luminance("not a colour")).toBeUndefined();
  expect(luminance(undefined)).toBeUndefined();
});

test("Office's dark page colours take the dark theme; white, light grey and unknown take the light one", () => {
  // Office's Black and Dark Grey themes paint the pane #000000 / #262626 / #333333.
  for (const dark of ["#000000", "#262626", "#333333"]) expect(isDarkTheme(dark)).toBe(true);
  for (const light of ["#FFFFFF", "#F3F3F3", "#E6E6E6", undefined, ""])
    expect(isDarkTheme(light)).toBe(false);
});
