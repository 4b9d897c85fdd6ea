/**
 * The pane's string tables in Estonian, Brazilian and European Portuguese, against English:
 * - every key of en.ts is there (a text added in English, as other branches do, fails here,
 *   named, until each language has it; the pane shows English there meanwhile);
 * - every text that is a function inserts the same values as the English one: each is called
 *   with a marker for every text argument and, for every number argument (a count that picks
 *   singular or plural), with counts from 0 to 101, and the markers in the result must be
 *   English's (which arguments are numbers is read from en.ts with the TypeScript compiler);
 * - nothing reads as in English except a short, reviewed list of names and units;
 * - counts take the right form in each language;
 * - the pseudo-locale stretches and accents every text, and leaves inserted values alone.
 */
import path from "path";
import ts from "typescript";
import { en, type Strings } from "../../src/taskpane/strings/en";
import { pseudoLocalize, pseudoText } from "../../src/taskpane/strings/pseudo";
import { stringsFor, TRANSLATIONS } from "../../src/taskpane/strings";

type Language = keyof typeof TRANSLATIONS;
const LANGUAGES = Object.keys(TRANSLATIONS) as Language[];

/** Texts that may read as in English in every language, and why: symbols, units, punctuation. */
const SYMBOLS: Record<string, string> = {
  "app.dismissGlyph": "a symbol",
  "units.percent": "a unit",
  "units.seconds": "a unit (SI)",
  "units.hours": "a unit (SI)",
  "units.factor": "a symbol",
  "units.none": "empty",
  "problems.listSeparator": "punctuation",
  "targets.factorResult": "a pattern of symbols around a number",
  "team.notAvailable": "a symbol: a dash for a figure there is none of",
  "clientSafetyProblems.places.cell": "the cell's address, nothing else",
  "app.stepHeading": "a pattern: the step's number, a full stop, its title",
  "capacity.weekRange": "a pattern: a run of weeks, 3–7",
  "capacity.listSeparator": "punctuation",
  "capacity.comparedWith": "a pattern: a figure with its change in brackets",
};

/** By language, the reviewed list of texts that may read as in English: names, units and patterns only. */
const SAME_AS_ENGLISH: Record<Language, Record<string, string>> = {
  et: {
    ...SYMBOLS,
    "plan.fte": "FTE is the Estonian abbreviation too (glossary: täistööaja ekvivalent (FTE))",
    "scenarios.comparisonFte": "FTE, as above",
  },
  "pt-BR": {
    ...SYMBOLS,
    "plan.fte": "FTE is what Brazilian planners write (glossary: FTE (equivalente de tempo integral))",
    "scenarios.comparisonFte": "FTE, as above",
  },
  "pt-PT": SYMBOLS,
};

type Leaf = { path: string; value: unknown };

function leaves(table: unknown, prefix = ""): Leaf[] {
  if (typeof table !== "object" || table === null) return [{ path: prefix, value: table }];
  return Object.entries(table).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const englishLeaves = leaves(en);

/** For each function-valued text of en.ts, whether each parameter is a number (read by the compiler). */
function numberParameters(): Map<string, boolean[]> {
  const file = path.resolve(__dirname, "../../src/taskpane/strings/en.ts");
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2020, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  let enType: ts.Type | undefined;
  ts.forEachChild(source, function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === "en") enType = checker.getTypeAtLocation(node);
    ts.forEachChild(node, find);
  });
  const found = new Map<string, boolean[]>();
  const walk = (type: ts.Type, prefix: string) => {
    const [signature] = type.getCallSignatures();
    if (signature) {
      found.set(
        prefix,
        signature.parameters.map((parameter) => {
          const parameterType = checker.getTypeOfSymbolAtLocation(parameter, source);
          return (parameterType.getFlags() & ts.TypeFlags.NumberLike) !== 0;
        }),
      );
      return;
    }
    if ((type.getFlags() & ts.TypeFlags.Object) === 0) return;
    for (const property of type.getProperties()) {
      walk(checker.getTypeOfSymbolAtLocation(property, source), prefix ? `${prefix}.${property.getName()}` : property.getName());
    }
  };
  walk(enType as ts.Type, "");
  return found;
}

const NUMBERS = numberParameters();
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 101];
const marker = (i: number) => `⟦${i}⟧`;

/** What a text function does with its arguments: the markers of its text arguments in each result, per count. */
function insertions(fn: (...args: unknown[]) => string, numbers: boolean[]): string[] {
  return COUNTS.map((count) => {
    const args = numbers.map((isNumber, i) => (isNumber ? count : marker(i)));
    const text = fn(...args);
    const inserted = numbers.map((isNumber, i) => (!isNumber && text.includes(marker(i)) ? i : null)).filter((i) => i !== null);
    // A number argument that is written into the text (intervalOption's minutes) must be written in both.
    const written = numbers.map((isNumber, i) => (isNumber && new RegExp(`(^|\\D)${count}(\\D|$)`).test(text) ? `n${i}` : null)).filter(Boolean);
    return `${count}: ${inserted.join(",")} ${written.join(",")}`;
  });
}

test("the compiler finds the function texts and their number arguments", () => {
  expect(NUMBERS.get("forecast.problemsHeading")).toEqual([true, false]);
  expect(NUMBERS.get("plan.built")).toEqual([false]);
  expect(NUMBERS.get("targets.intervalOption")).toEqual([true]);
  expect([...NUMBERS.keys()].length).toBe(englishLeaves.filter((leaf) => typeof leaf.value === "function").length);
});

describe.each(LANGUAGES)("the pane in %s", (language) => {
  const table = TRANSLATIONS[language];
  const own = new Map(leaves(table).map((leaf) => [leaf.path, leaf.value]));

  test("has every key of the English table, and no other", () => {
    expect(englishLeaves.filter((leaf) => !own.has(leaf.path)).map((leaf) => leaf.path)).toEqual([]);
    const english = new Set(englishLeaves.map((leaf) => leaf.path));
    expect([...own.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  test("each text is what English has there: a text, or a function inserting the same values", () => {
    const differ: string[] = [];
    for (const { path: key, value } of englishLeaves) {
      const mine = own.get(key);
      if (mine === undefined) continue;
      if (typeof mine !== typeof value) differ.push(`${key}: ${typeof mine} where English has ${typeof value}`);
      else if (typeof value === "function") {
        const numbers = NUMBERS.get(key) as boolean[];
        const theirs = insertions(value as (...args: unknown[]) => string, numbers);
        const ours = insertions(mine as (...args: unknown[]) => string, numbers);
        if (theirs.join("|") !== ours.join("|")) differ.push(`${key}: inserts ${ours[1]} where English inserts ${theirs[1]}`);
      } else if (typeof value === "string" && value !== "" && (mine as string).trim() === "") differ.push(`${key}: empty`);
    }
    expect(differ).toEqual([]);
  });

  test("nothing reads as in English but the reviewed names and units", () => {
    const same = englishLeaves
      .filter(({ path: key, value }) => {
        const mine = own.get(key);
        if (typeof value === "string") return mine === value;
        if (typeof value === "function" && typeof mine === "function") {
          const numbers = NUMBERS.get(key) as boolean[];
          const args = numbers.map((isNumber, i) => (isNumber ? 2 : marker(i)));
          return (value as (...a: unknown[]) => string)(...args) === (mine as (...a: unknown[]) => string)(...args);
        }
        return false;
      })
      .map((leaf) => leaf.path);
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH[language]).sort());
  });

  test("the pane's table for the language is the translation, with nothing filled in from English", () => {
    const pane = leaves(stringsFor(language));
    for (const { path: key, value } of pane) if (typeof value === "string") expect([key, value]).toEqual([key, own.get(key)]);
  });
});

describe("counts take each language's form", () => {
  const cases: [string, (s: Strings) => string, string][] = [
    ["et", (s) => s.forecast.problemsHeading(1, "1"), "1 probleem, mis tuleb enne kirjutamist parandada"],
    ["et", (s) => s.forecast.problemsHeading(3, "3"), "3 probleemi, mis tuleb enne kirjutamist parandada"],
    ["et", (s) => s.forecast.chosen("A1:C49", 1, "1", "12"), "Prognoos A1:C49: 1 intervall, kõnesid kokku 12."],
    ["et", (s) => s.forecast.chosen("A1:C49", 48, "48", "3 120"), "Prognoos A1:C49: 48 intervalli, kõnesid kokku 3 120."],
    ["et", (s) => s.errors.invalidTargets(2, "2"), "2 eesmärki vajab parandamist; midagi ei kirjutatud."],
    ["et", (s) => s.forecast.spansDays(7, "7"), "7 kuupäeva."],
    ["pt-BR", (s) => s.forecast.problemsHeading(1, "1"), "1 problema a corrigir antes de gravar qualquer coisa"],
    ["pt-BR", (s) => s.forecast.problemsHeading(2, "2"), "2 problemas a corrigir antes de gravar qualquer coisa"],
    ["pt-BR", (s) => s.errors.invalidTargets(3, "3"), "3 metas precisam ser corrigidas; nada foi gravado."],
    ["pt-BR", (s) => s.forecast.ready(48, "48"), "Previsão lida: todas as 48 linhas são válidas."],
    ["pt-PT", (s) => s.forecast.problemsHeading(1, "1"), "1 problema a corrigir antes de gravar qualquer coisa"],
    ["pt-PT", (s) => s.errors.invalidTargets(1, "1"), "1 objetivo tem de ser corrigido; nada foi gravado."],
    ["pt-PT", (s) => s.errors.invalidTargets(2, "2"), "2 objetivos têm de ser corrigidos; nada foi gravado."],
    ["pt-PT", (s) => s.forecast.chosen("A1:C49", 0, "0", "0"), "Previsão A1:C49: 0 intervalos, total de chamadas 0."],
    ["pt-BR", (s) => s.forecast.chosen("A1:C49", 0, "0", "0"), "Previsão A1:C49: 0 intervalo, total de chamadas 0."],
    ["et", (s) => s.capacity.problemsHeading(1, "1"), "1 lahter, mis tuleb enne kirjutamist parandada"],
    ["et", (s) => s.capacity.problemsHeading(4, "4"), "4 lahtrit, mis tuleb enne kirjutamist parandada"],
    ["et", (s) => s.errors.invalidCapacityInputs(2, "2"), "2 mahuplaani sisendit vajab parandamist; midagi ei kirjutatud."],
    ["pt-BR", (s) => s.errors.invalidCapacityInputs(1, "1"), "1 dado do plano de capacidade precisa ser corrigido; nada foi gravado."],
    ["pt-PT", (s) => s.errors.invalidCapacityInputs(3, "3"), "3 dados do plano de capacidade têm de ser corrigidos; nada foi gravado."],
    ["pt-PT", (s) => s.capacity.problemsHeading(0, "0"), "0 células a corrigir antes de gravar qualquer coisa"],
    ["et", (s) => s.app.stepHeading("6", s.capacity.heading), "6. Mahuplaan"],
    ["pt-BR", (s) => s.plan.needsForecast("1"), "Escolha primeiro uma previsão (etapa 1)."],
    ["et", (s) => s.actuals.chosen("ACD!A1:L2", 1, "1", 1, "1", "12"), "Tegelikud andmed ACD!A1:L2: 1 intervall, 1 kuupäev, pakutud kõnesid kokku 12."],
    ["et", (s) => s.actuals.chosen("ACD!A1:L1009", 1008, "1 008", 21, "21", "70 000"), "Tegelikud andmed ACD!A1:L1009: 1 008 intervalli, 21 kuupäeva, pakutud kõnesid kokku 70 000."],
    ["et", (s) => s.team.chosenWeeks("T!A1:H10", 9, "9"), "Meeskonna tabel T!A1:H10: 9 nädalat."],
    ["et", (s) => s.team.chosenDays("T!A1:H2", 1, "1"), "Meeskonna tabel T!A1:H2: 1 päev."],
    ["et", (s) => s.errors.invalidTeamTargets(2, "2"), "2 meeskonna eesmärki vajab parandamist; midagi ei kirjutatud."],
    ["pt-BR", (s) => s.actuals.withoutPlan(1, "1"), "1 intervalo dos dados reais não tem intervalo no dimensionamento:"],
    ["pt-BR", (s) => s.actuals.withoutActuals(3, "3"), "3 intervalos do dimensionamento não têm dados reais:"],
    ["pt-BR", (s) => s.errors.invalidTeamTargets(1, "1"), "1 meta da equipe precisa ser corrigida; nada foi gravado."],
    ["pt-PT", (s) => s.team.chosenWeeks("T!A1:H10", 1, "1"), "Tabela da equipa T!A1:H10: 1 semana."],
    ["pt-PT", (s) => s.team.ready(9, "9"), "Indicadores da equipa lidos: todas as 9 linhas são válidas."],
    ["pt-PT", (s) => s.errors.invalidTeamTargets(2, "2"), "2 objetivos da equipa têm de ser corrigidos; nada foi gravado."],
    ["en", (s) => s.actuals.withoutPlan(1, "1"), "1 interval of actuals has no plan interval:"],
    ["en", (s) => s.actuals.chosen("ACD!A1:L2", 1, "1", 1, "1", "12"), "Actuals ACD!A1:L2: 1 interval over 1 date, 12 calls offered."],
    ["et", (s) => s.app.stepHeading("7", s.actuals.heading), "7. Tegelikud andmed"],
  ];
  test.each(cases)("%s: %s", (language, say, expected) => {
    expect(say(stringsFor(language))).toBe(expected);
  });
});

describe("the pseudo-locale", () => {
  const pseudo = pseudoLocalize(en);

  test("accents and lengthens every text by at least 40%, and keeps the table's shape", () => {
    expect(pseudoText("Use selection")).toBe("[Ûšéûš šéļéçţîöñšéļé]");
    const short: string[] = [];
    for (const { path: key, value } of leaves(pseudo)) {
      const english = englishLeaves.find((leaf) => leaf.path === key)?.value;
      if (typeof value === "string" && typeof english === "string" && /[A-Za-z]/.test(english)) {
        if (/[A-Za-z]/.test(value) || value.length < english.length * 1.4) short.push(key);
      }
    }
    expect(short).toEqual([]);
    expect(leaves(pseudo).map((leaf) => leaf.path)).toEqual(englishLeaves.map((leaf) => leaf.path));
  });

  test("leaves inserted values as they are and still picks singular or plural", () => {
    expect(pseudo.plan.built("Plan - Base")).toContain("“Plan - Base”");
    expect(pseudo.plan.built("Plan - Base").replace("Plan - Base", "")).not.toMatch(/[A-Za-z]/);
    expect(pseudo.forecast.problemsHeading(1, "1")).not.toBe(pseudo.forecast.problemsHeading(2, "1"));
    expect(pseudo.forecast.columnOption(3, "")).toMatch(/3/);
  });
});
