// Build step: the worksheet functions' help in Estonian and Portuguese. custom-functions-metadata-
// plugin writes dist/functions.json from the JSDoc, in English only; this overlays, by function
// id and parameter name, the translated descriptions of src/functions/locales/<locale>.json onto
// it and writes dist/functions.<locale>.json, which manifest.xml names in a <bt:Override> per
// locale (Microsoft: "Custom functions naming and localization"). Ids, names, types and help
// links stay the English file's, so the same formulas (=WFM.AGENTS_REQUIRED(…)) work in every
// language; README "Languages" says why the names are not translated.
//
// The build fails when a function or a parameter has no translation, or a translation names one
// that no longer exists (test/functions/locales.test.ts fails too). src/functions/locales/en.json
// is the English each translation was made from: where the JSDoc's English has since changed,
// the build warns and the test fails, naming the texts to translate again; `node
// scripts/functions-locales.js accept` then records the new English.
"use strict";

const fs = require("fs");
const path = require("path");

const LOCALES = ["et-EE", "pt-BR", "pt-PT"];
const LOCALES_DIR = path.resolve(__dirname, "..", "src", "functions", "locales");
// The files with @customfunction blocks; webpack.config.js builds functions.json from the same list.
const INPUTS = ["functions.ts", "reporting.ts", "capacity.ts"].map((file) => path.resolve(__dirname, "..", "src", "functions", file));

/** A translation file: { FUNCTION_ID: { description, parameters: { name: description } } }. */
function readTable(locale, dir = LOCALES_DIR) {
  return JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), "utf8"));
}

/** The English metadata as such a table. */
function tableOf(metadata) {
  return Object.fromEntries(
    metadata.functions.map((f) => [
      f.id,
      { description: f.description ?? "", parameters: Object.fromEntries((f.parameters ?? []).map((p) => [p.name, p.description ?? ""])) },
    ]),
  );
}

const filled = (text) => typeof text === "string" && text.trim() !== "";

/** Every way `table` fails to cover the English metadata exactly, as lines a person can act on. */
function coverageProblems(metadata, table, locale) {
  const problems = [];
  const english = tableOf(metadata);
  for (const [id, entry] of Object.entries(english)) {
    const translated = table[id];
    if (!translated) {
      problems.push(`${locale}: WFM.${id} has no translation`);
      continue;
    }
    if (!filled(translated.description)) problems.push(`${locale}: WFM.${id} has no translated description`);
    for (const name of Object.keys(entry.parameters)) {
      if (!filled(translated.parameters?.[name])) problems.push(`${locale}: WFM.${id}'s parameter ${name} has no translation`);
    }
    for (const name of Object.keys(translated.parameters ?? {})) {
      if (!(name in entry.parameters)) problems.push(`${locale}: WFM.${id} has no parameter ${name} any more; remove its translation`);
    }
  }
  for (const id of Object.keys(table)) {
    if (!(id in english)) problems.push(`${locale}: there is no function WFM.${id} any more; remove its translation`);
  }
  return problems;
}

/** English texts that changed since the translations were made (en.json), to translate again. */
function staleTexts(metadata, source) {
  const stale = [];
  for (const [id, entry] of Object.entries(tableOf(metadata))) {
    const before = source[id];
    if (before && before.description !== entry.description) stale.push(`WFM.${id}: description`);
    for (const [name, text] of Object.entries(entry.parameters)) {
      if (before?.parameters?.[name] !== undefined && before.parameters[name] !== text) stale.push(`WFM.${id}: parameter ${name}`);
    }
  }
  return stale;
}

/** The English metadata with `table`'s descriptions in place of English ones. */
function localize(metadata, table) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const translated = table[f.id];
      return {
        ...f,
        description: translated.description,
        parameters: (f.parameters ?? []).map((p) => ({ ...p, description: translated.parameters[p.name] })),
      };
    }),
  };
}

/** Writes dist/functions.<locale>.json for each locale, or fails the build saying what is missing. */
class FunctionsLocalesPlugin {
  /** `dir`: where the translations are (tests point it elsewhere). */
  constructor({ dir = LOCALES_DIR } = {}) {
    this.dir = dir;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsLocalesPlugin", (compilation) => {
      for (const locale of [...LOCALES, "en"]) compilation.fileDependencies.add(path.join(this.dir, `${locale}.json`));
      // After HelpPagePlugin (OPTIMIZE) has moved the help links to the production address.
      compilation.hooks.processAssets.tap(
        { name: "FunctionsLocalesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const stale = staleTexts(metadata, readTable("en", this.dir));
          if (stale.length > 0) {
            compilation.warnings.push(
              new WebpackError(`Function help changed in English since it was translated; translate again in ${LOCALES.join(", ")}: ${stale.join("; ")}`),
            );
          }
          for (const locale of LOCALES) {
            const table = readTable(locale, this.dir);
            const problems = coverageProblems(metadata, table, locale);
            if (problems.length > 0) {
              compilation.errors.push(new WebpackError(`Function help translations (src/functions/locales/):\n${problems.join("\n")}`));
              continue;
            }
            const text = `${JSON.stringify(localize(metadata, table), null, 4)}\n`;
            compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/** `node scripts/functions-locales.js accept`: records the JSDoc's current English as what the translations are of. */
async function accept() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(INPUTS, true);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const table = tableOf(JSON.parse(result.metadataJson));
  fs.writeFileSync(path.join(LOCALES_DIR, "en.json"), `${JSON.stringify(table, null, 2)}\n`);
  console.log(`Recorded the English of ${Object.keys(table).length} functions in src/functions/locales/en.json.`);
}

if (require.main === module) {
  if (process.argv[2] !== "accept") {
    console.error("Usage: node scripts/functions-locales.js accept");
    process.exit(2);
  }
  accept().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

module.exports = { FunctionsLocalesPlugin, LOCALES, LOCALES_DIR, INPUTS, readTable, tableOf, coverageProblems, staleTexts, localize };
