/**
 * Writes functions.<locale>.json next to functions.json: the same metadata with the descriptions of every
 * function and parameter taken from src/functions/locales/<locale>.json. Excel reads the localized file
 * through the manifest's <bt:Override> and shows that text in formula autocomplete. Ids and names are
 * never translated (Excel stores ids in workbooks). A function or parameter without a translation fails
 * the build, so the Chinese help can never silently fall behind the English.
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError } = require("webpack");

function localizeMetadata(metadata, translations, locale) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t || !t.description) {
      problems.push(`${locale}: no description for ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const text = t.parameters && t.parameters[p.name];
      if (!text) problems.push(`${locale}: no description for ${fn.id}(${p.name})`);
      return { ...p, description: text || p.description };
    });
    return { ...fn, description: t.description, parameters };
  });
  for (const id of Object.keys(translations)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`${locale}: translation for unknown function ${id}`);
  }
  return { json: { ...metadata, functions }, problems };
}

class LocalizeFunctionsPlugin {
  constructor({ locales, dir }) {
    this.locales = locales;
    this.dir = dir;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          if (!assets["functions.json"]) return; // the metadata plugin reported its own error
          const metadata = JSON.parse(assets["functions.json"].source().toString());
          for (const locale of this.locales) {
            const file = path.join(this.dir, `${locale}.json`);
            compilation.fileDependencies.add(file);
            const translations = JSON.parse(fs.readFileSync(file, "utf8"));
            const { json, problems } = localizeMetadata(metadata, translations, locale);
            problems.forEach((p) => compilation.errors.push(new WebpackError(p)));
            compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(JSON.stringify(json, null, 2)));
          }
        }
      );
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, localizeMetadata };
