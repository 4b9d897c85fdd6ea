/**
 * @jest-environment node
 *
 * The worksheet functions' help in Estonian and Portuguese (scripts/functions-locales.js).
 * - Each translation covers the functions exactly as the JSDoc declares them today: every id and
 *   parameter, nothing else; and none was made from English that has changed since (a changed
 *   description fails here, named, until translated again and recorded with `node
 *   scripts/functions-locales.js accept`).
 * - A build with a translation missing fails, saying which (a small webpack run of the plugin).
 * - dist/ holds functions.<locale>.json per locale: the English file's ids, names, parameters,
 *   types and help links, with the descriptions translated.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports -- the build step is CommonJS, shared with webpack.config.js */
const locales = require("../../scripts/functions-locales.js") as {
  FunctionsLocalesPlugin: new (options?: { dir?: string }) => webpack.WebpackPluginInstance;
  LOCALES: string[];
  LOCALES_DIR: string;
  INPUTS: string[];
  readTable(locale: string, dir?: string): Table;
  tableOf(metadata: Metadata): Table;
  coverageProblems(metadata: Metadata, table: Table, locale: string): string[];
  staleTexts(metadata: Metadata, source: Table): string[];
};
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata(inputs: string[], wantConsoleOutput?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

type Table = Record<string, { description: string; parameters: Record<string, string> }>;
interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result?: unknown;
  options?: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
}

const REPO = path.resolve(__dirname, "../..");
let english: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(locales.INPUTS, true);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as Metadata;
}, 60_000);

test("there is a translation for Estonian, Brazilian and European Portuguese", () => {
  expect(locales.LOCALES).toEqual(["et-EE", "pt-BR", "pt-PT"]);
});

describe.each(["et-EE", "pt-BR", "pt-PT"])("the function help in %s", (locale) => {
  test("covers every function and parameter of the JSDoc, and nothing else", () => {
    expect(locales.coverageProblems(english, locales.readTable(locale), locale)).toEqual([]);
  });

  test("translates every text, and keeps the names it mentions (parameters, WFM functions, Erlang models)", () => {
    const table = locales.readTable(locale);
    const untranslated: string[] = [];
    const lost: string[] = [];
    const names = (text: string) => text.match(/\bWFM\.[A-Z_]+|\b[a-z]+_[a-z_]+\b|\bErlang [ABC]\b|#NUM!/g) ?? [];
    for (const [id, entry] of Object.entries(locales.tableOf(english))) {
      const texts: [string, string, string][] = [
        [`${id}`, entry.description, table[id].description],
        ...Object.entries(entry.parameters).map(([name, text]): [string, string, string] => [`${id}.${name}`, text, table[id].parameters[name]]),
      ];
      for (const [where, en, translated] of texts) {
        if (translated === en) untranslated.push(where);
        for (const name of names(en)) if (!translated.includes(name)) lost.push(`${where}: ${name}`);
      }
    }
    expect(untranslated).toEqual([]);
    expect(lost).toEqual([]);
  });
});

test("the translations were made from today's English (else: translate the listed texts again, then `node scripts/functions-locales.js accept`)", () => {
  expect(locales.staleTexts(english, locales.readTable("en"))).toEqual([]);
  expect(locales.coverageProblems(english, locales.readTable("en"), "en")).toEqual([]);
});

describe("the check itself", () => {
  test("names a function, a parameter or a translation that is missing or left over", () => {
    const table = JSON.parse(JSON.stringify(locales.readTable("et-EE"))) as Table;
    delete table.TRAFFIC;
    delete table.ASA.parameters.patience;
    table.ASA.parameters.callers = "…";
    table.GONE = { description: "…", parameters: {} };
    table.WAPE.description = " ";
    expect(locales.coverageProblems(english, table, "et-EE")).toEqual([
      "et-EE: WFM.TRAFFIC has no translation",
      "et-EE: WFM.ASA's parameter patience has no translation",
      "et-EE: WFM.ASA has no parameter callers any more; remove its translation",
      "et-EE: WFM.WAPE has no translated description",
      "et-EE: there is no function WFM.GONE any more; remove its translation",
    ]);
  });

  test("names English that changed since it was translated", () => {
    const changed = JSON.parse(JSON.stringify(english)) as Metadata;
    changed.functions.find((f) => f.id === "ABANDON_RATE")!.parameters.find((p) => p.name === "patience")!.description = "New words.";
    expect(locales.staleTexts(changed, locales.readTable("en"))).toEqual(["WFM.ABANDON_RATE: parameter patience"]);
  });
});

/** Runs the plugin in a one-file webpack build that emits `metadata` as functions.json. */
function build(dir: string, metadata: Metadata): Promise<webpack.Stats> {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "wfm-locales-build-"));
  const entry = path.join(output, "entry.js");
  fs.writeFileSync(entry, "export {};\n");
  const emitEnglish: webpack.WebpackPluginInstance = {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("EmitEnglish", (compilation) => {
        compilation.emitAsset("functions.json", new compiler.webpack.sources.RawSource(JSON.stringify(metadata)));
      });
    },
  };
  const compiler = webpack({
    mode: "production",
    entry,
    output: { path: path.join(output, "dist") },
    plugins: [emitEnglish, new locales.FunctionsLocalesPlugin({ dir })],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) reject(error ?? new Error("no stats"));
      else resolve(stats);
    }),
  );
}

test("a build whose translation lacks a parameter fails and says which; with every text, it writes each locale's file", async () => {
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), "wfm-locales-"));
  for (const locale of [...locales.LOCALES, "en"]) fs.copyFileSync(path.join(locales.LOCALES_DIR, `${locale}.json`), path.join(broken, `${locale}.json`));
  const ptPT = locales.readTable("pt-PT", broken);
  delete ptPT.SERVICE_LEVEL.parameters.abandon_rule;
  fs.writeFileSync(path.join(broken, "pt-PT.json"), JSON.stringify(ptPT));

  const failed = await build(broken, english);
  expect(failed.hasErrors()).toBe(true);
  expect(failed.toString({ all: false, errors: true })).toContain("pt-PT: WFM.SERVICE_LEVEL's parameter abandon_rule has no translation");

  const passed = await build(locales.LOCALES_DIR, english);
  expect(passed.hasErrors()).toBe(false);
  expect(Object.keys(passed.compilation.assets).filter((name) => name.startsWith("functions.")).sort()).toEqual([
    "functions.et-EE.json",
    "functions.json",
    "functions.pt-BR.json",
    "functions.pt-PT.json",
  ]);
}, 60_000);

describe("dist/ (npm run build)", () => {
  const read = (file: string): Metadata => {
    const full = path.join(REPO, "dist", file);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` before this test (npm test does).`);
    return JSON.parse(fs.readFileSync(full, "utf8")) as Metadata;
  };

  test.each(["et-EE", "pt-BR", "pt-PT"])("functions.%s.json is functions.json with the help translated", (locale) => {
    const base = read("functions.json");
    const localized = read(`functions.${locale}.json`);
    const table = locales.readTable(locale);
    const shape = (metadata: Metadata) =>
      metadata.functions.map((f) => ({ ...f, description: undefined, parameters: f.parameters.map((p) => ({ ...p, description: undefined })) }));
    expect(shape(localized)).toEqual(shape(base));
    expect(localized.functions.map((f) => f.id)).toEqual(base.functions.map((f) => f.id));
    for (const f of localized.functions) {
      expect(f.description).toBe(table[f.id].description);
      for (const p of f.parameters) expect(p.description).toBe(table[f.id].parameters[p.name]);
    }
  });
});
