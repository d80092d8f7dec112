import { findChromium, INSTALL_HINT } from "./chromium";

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test("CHROMIUM_PATH is honoured before any install location", () => {
  expect(
    findChromium({
      env: { CHROMIUM_PATH: "/opt/my/chromium" },
      platform: "linux",
      exists: onDisk("/opt/my/chromium", "/usr/bin/chromium"),
    })
  ).toBe("/opt/my/chromium");
});

test("CHROME_PATH is honoured when CHROMIUM_PATH is not set", () => {
  expect(
    findChromium({
      env: { CHROME_PATH: "/opt/chrome/chrome" },
      platform: "linux",
      exists: onDisk("/opt/chrome/chrome", "/usr/bin/chromium"),
    })
  ).toBe("/opt/chrome/chrome");
});

test("a variable naming a missing file is an error that names the variable, not a silent fallback", () => {
  expect(() =>
    findChromium({
      env: { CHROMIUM_PATH: "/nowhere/chromium" },
      platform: "linux",
      exists: onDisk("/usr/bin/chromium"),
    })
  ).toThrow("CHROMIUM_PATH is set to /nowhere/chromium, but there is no file there.");
});

test("the platform's usual places, in order", () => {
  expect(
    findChromium({ env: {}, platform: "linux", exists: onDisk("/usr/bin/chromium-browser") })
  ).toBe("/usr/bin/chromium-browser");
  expect(
    findChromium({
      env: {},
      platform: "linux",
      exists: onDisk("/usr/bin/google-chrome", "/usr/bin/chromium"),
    })
  ).toBe("/usr/bin/chromium");
  expect(
    findChromium({
      env: {},
      platform: "darwin",
      exists: onDisk("/Applications/Chromium.app/Contents/MacOS/Chromium"),
    })
  ).toBe("/Applications/Chromium.app/Contents/MacOS/Chromium");
  expect(
    findChromium({
      env: { PROGRAMFILES: "D:\\Apps" },
      platform: "win32",
      exists: onDisk("D:\\Apps\\Google\\Chrome\\Application\\chrome.exe"),
    })
  ).toBe("D:\\Apps\\Google\\Chrome\\Application\\chrome.exe");
});

test("nothing found: the error says what to install", () => {
  expect(() => findChromium({ env: {}, platform: "linux", exists: () => false })).toThrow(
    INSTALL_HINT
  );
  expect(INSTALL_HINT).toMatch(/apt-get install chromium/);
  expect(INSTALL_HINT).toMatch(/CHROMIUM_PATH/);
});
