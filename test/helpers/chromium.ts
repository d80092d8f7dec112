/**
 * Where the Chromium (or Chrome) that the browser tests drive lives, found the way Playwright users expect:
 * an explicit path in CHROMIUM_PATH (or CHROME_PATH) first, then the platform's usual install locations,
 * and otherwise an error that says what to install. playwright-core ships no browser of its own.
 */
import { existsSync } from "fs";
import { join } from "path";

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: string;
  exists: (path: string) => boolean;
}

/** The usual install locations of each platform, most common first. */
export function usualChromiumPaths(platform: string, env: BrowserSearch["env"]): string[] {
  if (platform === "darwin")
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      ...(env.HOME
        ? [
            join(env.HOME, "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            join(env.HOME, "Applications/Chromium.app/Contents/MacOS/Chromium"),
          ]
        : []),
    ];
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root)
    );
    return [
      ...roots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`),
      ...roots.map((root) => `${root}\\Chromium\\Application\\chrome.exe`),
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    ];
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ];
}

export const INSTALL_HINT =
  "No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: `apt-get install chromium`; " +
  "macOS: Google Chrome or Chromium in /Applications; Windows: Google Chrome), or set CHROMIUM_PATH to its executable.";

/** The browser to launch; throws with what to install when there is none. */
export function findChromium(
  search: BrowserSearch = { env: process.env, platform: process.platform, exists: existsSync }
): string {
  for (const variable of ["CHROMIUM_PATH", "CHROME_PATH"]) {
    const path = search.env[variable];
    if (!path) continue;
    if (search.exists(path)) return path;
    throw new Error(`${variable} is set to ${path}, but there is no file there. ${INSTALL_HINT}`);
  }
  const found = usualChromiumPaths(search.platform, search.env).find((path) => search.exists(path));
  if (found) return found;
  throw new Error(INSTALL_HINT);
}
