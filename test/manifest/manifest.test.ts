import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../helpers/manifestCheck";

const root = path.resolve(__dirname, "../..");
const version: string = JSON.parse(
  fs.readFileSync(path.join(root, "package.json"), "utf8")
).version;
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml (offline structural check)", () => {
  test("the source manifest has no structural problems", () => {
    const { problems, facts } = checkManifest(source, version);
    expect(problems).toEqual([]);
    expect(facts.namespace).toBe("WFM");
    expect(facts.urls.length).toBeGreaterThan(5);
  });

  test("the built dist/manifest.xml has no structural problems", () => {
    const built = fs.readFileSync(path.join(root, "dist/manifest.xml"), "utf8");
    expect(checkManifest(built, version).problems).toEqual([]);
  });

  test("every icon the manifest names exists in assets/ at the size it claims", () => {
    const icons = [...source.matchAll(/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(root, "assets", file));
      // PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  test("a dangling resid is caught", () => {
    const broken = source.replace('resid="Functions.Namespace"', 'resid="Functions.Nowhere"');
    expect(checkManifest(broken, version).problems).toContainEqual(
      expect.stringMatching(/Functions.Nowhere.*resolves to no resource/)
    );
  });

  test("malformed XML, out-of-order elements, a non-GUID id, a wrong version and a second origin are caught", () => {
    expect(checkManifest(source.replace("</OfficeApp>", ""), version).problems.join()).toMatch(
      /well-formed|OfficeApp/
    );
    const swapped = source.replace(
      /(<Version>.*<\/Version>\s*)(<ProviderName>.*<\/ProviderName>)/,
      "$2\n  $1"
    );
    expect(checkManifest(swapped, version).problems.join()).toMatch(/out of order/);
    expect(
      checkManifest(
        source.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"),
        version
      ).problems.join()
    ).toMatch(/GUID/);
    expect(checkManifest(source, "9.9.9").problems.join()).toMatch(/package.json's version/);
    const twoOrigins = source.replace(
      "https://localhost:3000/functions.js",
      "https://example.com/functions.js"
    );
    expect(checkManifest(twoOrigins, version).problems.join()).toMatch(/several origins/);
  });
});
