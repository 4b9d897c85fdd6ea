/**
 * The generated sheets in Estonian and Portuguese: every label of the English table is
 * translated, with the same {placeholders}; nothing is left in English but a reviewed list of
 * names and units; the sample forecast's, actuals' and team metrics' headers stay recognisable;
 * client sheets spell out the planner's shorthand in each language; and a sheet laid out in
 * another language has the same formulas, cell for cell, as the English one (the Performance
 * and Team metrics sheets' live cells are checked by the formula engine in
 * performance-sheet.test.ts and team.test.ts, in every language).
 *
 * A label id added to labels.ts fails the first test until each language has it (until then the
 * sheet shows the English text there).
 */
import { parseActuals } from "../../src/planner/actuals";
import { roleOfHeader } from "../../src/planner/headers";
import { languageOf, LANGUAGES, type Language } from "../../src/planner/language";
import { labels, labelsFor, labelTable, type LabelId } from "../../src/planner/labels";
import { comparisonSheet, planSheet, rosterSheet, sampleSheet } from "../../src/planner/layout";
import { compare } from "../../src/planner/compare";
import { parseForecast } from "../../src/planner/forecast";
import { isSheetName } from "../../src/planner/names";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { sampleDay } from "../../src/planner/sample";
import type { LaidOutSheet } from "../../src/planner/sheet";
import { defaultTargets } from "../../src/planner/targets";
import { parseTeamMetrics } from "../../src/planner/team";
import type { Scenario } from "../../src/planner/types";
import { datedForecastValues, sampleActualsExport, sampleTeamExport } from "../support/planner-fixtures";

const TRANSLATED = LANGUAGES.filter((language): language is Exclude<Language, "en"> => language !== "en");
const IDS = Object.keys(labels) as LabelId[];

/** Labels that may read as in English, and why: names, units and pure patterns. */
const SAME_AS_ENGLISH: Record<Exclude<Language, "en">, Partial<Record<LabelId, string>>> = {
  et: {
    columnFte: "FTE is the Estonian abbreviation too (glossary: täistööaja ekvivalent (FTE))",
    comparisonDifference: "a pattern of two scenario names and a minus sign",
  },
  "pt-BR": {
    columnFte: "FTE is what Brazilian planners write (glossary: FTE (equivalente de tempo integral))",
    comparisonDifference: "a pattern of two scenario names and a minus sign",
  },
  "pt-PT": {
    comparisonDifference: "a pattern of two scenario names and a minus sign",
  },
};

/** Shorthand a client would not know, by language (the English rule is in labels.test.ts). */
const SHORTHAND: Record<Exclude<Language, "en">, RegExp> = {
  et: /\b(AHT|ASA|SL)\b/,
  "pt-BR": /\b(AHT|ASA|SL|TMA|TME|NS)\b/,
  "pt-PT": /\b(AHT|ASA|SL|TMA|TME|NS)\b/,
};

const SAMPLE_HEADERS: LabelId[] = ["sampleTitleInterval", "sampleTitleCalls", "sampleTitleAht"];
/** Headers of the sample ACD export and team table: an export says "TMA", "TME" (labels.test.ts's rule). */
const EXPORT_HEADERS = IDS.filter((id) => /^sample(Actuals|Team)[A-Z]/.test(id) && !/Sheet$/.test(id));
const NOT_WORDS: LabelId[] = [...SAMPLE_HEADERS, ...EXPORT_HEADERS, "abandonRuleFormat", "dayFormat", "dateTimeFormat", "monthFormat"];

/** Cells as a reader gets them, headers in row 1. */
const grid = (values: unknown[][]) => ({ sheetName: "S", tableName: null, topRow: 1, leftColumn: 1, values });

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(TRANSLATED)("sheet labels in %s", (language) => {
  const table = labelTable(language);

  test("every English label is translated, and nothing else is there", () => {
    expect(IDS.filter((id) => typeof table[id] !== "string" || table[id]?.trim() === "")).toEqual([]);
    expect(Object.keys(table).filter((id) => !IDS.includes(id as LabelId))).toEqual([]);
  });

  test("each translation has the English label's placeholders", () => {
    const differ = IDS.filter((id) => table[id] !== undefined && placeholders(table[id] as string).join() !== placeholders(labels[id]).join());
    expect(differ).toEqual([]);
  });

  test("nothing reads as in English except the reviewed names and units", () => {
    const same = IDS.filter((id) => table[id] === labels[id]);
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH[language]).sort());
  });

  test("the sample forecast's headers are recognised as interval, calls and AHT", () => {
    expect(SAMPLE_HEADERS.map((id) => roleOfHeader(table[id] as string))).toEqual(["interval", "calls", "aht"]);
  });

  test("the sample actuals' and team metrics' headers are recognised, every column, as in English", () => {
    const english = { actuals: parseActuals(grid(sampleActualsExport())), team: parseTeamMetrics(grid(sampleTeamExport())) };
    const actuals = parseActuals(grid(sampleActualsExport(language)));
    const team = parseTeamMetrics(grid(sampleTeamExport(language)));
    expect(actuals.problems).toEqual([]);
    expect(team.problems).toEqual([]);
    expect(actuals.mapping).toEqual(english.actuals.mapping);
    expect(team.mapping).toEqual(english.team.mapping);
    expect(Object.entries(actuals.recognised).filter(([, yes]) => yes)).toEqual(Object.entries(english.actuals.recognised).filter(([, yes]) => yes));
    expect(actuals.rows).toEqual(english.actuals.rows);
    expect(team.rows).toEqual(english.team.rows);
  });

  test("client labels spell out the planner's shorthand", () => {
    const clientIds = IDS.filter((id) => !NOT_WORDS.includes(id));
    expect(clientIds.filter((id) => SHORTHAND[language].test(table[id] as string))).toEqual([]);
  });

  test("sheet names are names Excel accepts, with room for the scenario's name", () => {
    const L = labelsFor(language);
    for (const id of ["sampleSheet", "comparisonSheet", "capacityComparisonSheet"] as LabelId[]) expect(isSheetName(L.label(id))).toBe(true);
    for (const id of ["planSheet", "rosterSheet", "capacitySheet"] as LabelId[]) {
      expect(isSheetName(L.label(id, { scenario: "Base" }))).toBe(true);
      expect(L.label(id, { scenario: "" }).length).toBeLessThanOrEqual(20);
    }
    for (const id of ["sampleActualsSheet", "sampleTeamSheet", "teamSheet"] as LabelId[]) expect([id, isSheetName(L.label(id))]).toEqual([id, true]);
    // A week's period is the longest ("wk 2025-03-03"): the whole name fits in Excel's 31 characters.
    const week = L.label("periodShortWeek", { date: "2025-03-03" });
    for (const id of ["performanceSheet", "clientReportSheet"] as LabelId[]) {
      const name = L.label(id, { period: week });
      expect([id, name, isSheetName(name)]).toEqual([id, name, true]);
    }
  });

  test("the abandon rule shows three choices in words, and dates show the weekday in the language", () => {
    expect(table.abandonRuleFormat).toMatch(/^\[=0\]"[^"]+";\[=1\]"[^"]+";"[^"]+"$/);
    expect(table.dayFormat).toMatch(/^\[\$-(425|416|816)\]ddd dd[./]mm[./]yyyy$/);
    expect(table.dateTimeFormat).toMatch(/^dd[./]mm[./]yyyy hh:mm$/);
    expect(table.monthFormat).toMatch(/^mm[./]yyyy$/);
    // The attrition figure's cell: 1 (a turnover ratio, scaled) or 0 (a share, compounded), in words.
    expect(table.capacityAttritionFormFormat).toMatch(/^\[=1\]"[^"]+";"[^"]+"$/);
  });
});

describe("a labeler writes numbers and moments in its language", () => {
  const moment = new Date(Date.UTC(2025, 2, 10, 14, 5));
  test.each([
    ["en", "1.1", "2025-03-10 14:05 UTC"],
    ["et", "1,1", "10.03.2025 14:05 UTC"],
    ["pt-BR", "1,1", "10/03/2025 14:05 UTC"],
    ["pt-PT", "1,1", "10/03/2025 14:05 UTC"],
  ] as const)("%s", (language, factor, when) => {
    const L = labelsFor(language);
    expect(L.number(1.1)).toBe(factor);
    expect(L.number(1234.5)).not.toMatch(/\s/); // no grouping inside a sentence's ×1234,5
    expect(L.dateTime(moment)).toBe(when);
    expect(L.date(moment)).toBe(when.slice(0, 10));
    expect(L.label("planSheet", { scenario: "Base" })).toContain("Base");
  });

  test("English by default, as label() has always been", () => {
    expect(labelsFor().label("planNote", { date: "D" })).toBe(labels.planNote.replace("{date}", "D"));
  });
});

describe("which language a tag means", () => {
  test.each([
    ["et-EE", "et"],
    ["ET", "et"],
    ["pt-BR", "pt-BR"],
    ["pt_br", "pt-BR"],
    ["pt", "pt-BR"],
    ["pt-Latn-BR", "pt-BR"],
    ["pt-PT", "pt-PT"],
    ["pt-AO", "pt-PT"],
    ["pt-MZ", "pt-PT"],
    ["en-GB", "en"],
    ["de-DE", null],
    ["", null],
    [undefined, null],
  ] as const)("%j is %j", (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });
});

/** Every cell of a laid-out sheet that holds a formula, by address. */
function formulas(laid: LaidOutSheet): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of laid.spec.blocks) {
    const [start] = block.address.split(":");
    const column = start.replace(/\d+/g, "").charCodeAt(0);
    const row = Number(start.replace(/\D+/g, ""));
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (typeof cell === "string" && cell.startsWith("=")) found.set(`${String.fromCharCode(column + c)}${row + r}`, cell);
      }),
    );
  }
  return found;
}

describe("a week's plan, roster check and comparison in Estonian", () => {
  const reading = parseForecast({ sheetName: "Prognoos", tableName: null, topRow: 1, leftColumn: 1, values: datedForecastValues(7) });
  const scenario: Scenario = {
    id: "s1",
    name: "Põhi",
    forecast: reading.reference as NonNullable<typeof reading.reference>,
    targets: { ...defaultTargets(), costPerAgentHour: 20 },
    adjustments: { volumeFactor: 1.1, ahtFactor: 1 },
    createdAt: "",
    updatedAt: "",
  };
  const plan = computePlan(reading.rows, scenario.targets, scenario.adjustments);
  const builtAt = new Date(Date.UTC(2025, 2, 10, 14, 5));
  const planIn = (language: Language) =>
    planSheet({ scenario, plan, tableName: "T", builtAt, intervalNumberFormat: "hh:mm", language });
  const check = checkRoster(reading.rows, reading.rows.map(() => 20), "scheduled", scenario.targets, scenario.adjustments);
  const rosterIn = (language: Language) =>
    rosterSheet({
      scenario,
      check,
      roster: { sheetName: "Graafik", column: "B", firstRow: 2 },
      basis: "scheduled",
      tableName: "T",
      builtAt,
      intervalNumberFormat: "hh:mm",
      language,
    });
  const comparisonIn = (language: Language) =>
    comparisonSheet({ comparison: compare([{ scenario, plan }, { scenario: { ...scenario, id: "s2", name: "Maht +10%" }, plan }]), tableName: "T", builtAt, language });

  test("title, note, headers, targets and chart are Estonian; the note's numbers and date too", () => {
    const laid = planIn("et");
    const text = JSON.stringify(laid.spec.blocks.map((b) => b.cells));
    expect(laid.spec.blocks[0].cells[0][0]).toBe("Mehitatuse plaan: Põhi");
    expect(laid.spec.blocks[1].cells[0][0]).toMatch(/^'Prognoos Prognoos!A2:C337, maht ×1,1, käsitlusaeg ×1\. Koostas WFM-lisandmoodul 10\.03\.2025 14:05 UTC\./);
    for (const words of ["Kokkuvõte", "Jooksev", "Koostamisel", "Eesmärgid", "Kuupäev", "Vajalikud klienditeenindajad", "Nädalate kaupa"]) {
      expect(text).toContain(words);
    }
    expect(laid.spec.charts[0].title).toBe("Vajalikud klienditeenindajad ja graafikus töötajad intervallide kaupa");
    expect(laid.spec.charts[0].extraSeries[0].name).toBe("Graafikus töötajad");
    const formats = laid.spec.blocks.flatMap((b) => b.numberFormats?.flat() ?? []);
    expect(formats).toContain("[$-425]ddd dd.mm.yyyy");
    expect(formats).toContain("dd.mm.yyyy hh:mm");
    expect(formats).toContain(labelTable("et").abandonRuleFormat);
    expect(formats).not.toContain("ddd yyyy-mm-dd");
    // Numbers keep Excel's invariant codes, which Excel shows with the culture's separators.
    expect(formats).toContain("#,##0.0");
  });

  test.each(["et", "pt-BR", "pt-PT"] as const)("the plan's and comparison's formulas in %s are the English ones, cell for cell", (language) => {
    expect(formulas(planIn(language))).toEqual(formulas(planIn("en")));
    expect(formulas(comparisonIn(language))).toEqual(formulas(comparisonIn("en")));
    expect(planIn(language).expected).toEqual(planIn("en").expected);
  });

  test("the roster check's formulas differ only in the words of the mark they write", () => {
    const et = formulas(rosterIn("et"));
    const en = formulas(rosterIn("en"));
    expect([...et.keys()]).toEqual([...en.keys()]);
    for (const [address, formula] of en) {
      expect(et.get(address)).toBe(formula.replace('"Below target"', '"Alla eesmärgi"'));
    }
  });

  test("the sample forecast in each language is read back as a forecast", () => {
    for (const language of LANGUAGES) {
      const laid = sampleSheet({ day: sampleDay(), tableName: "T", language });
      const headers = laid.spec.blocks[0].cells[0] as string[];
      const grid = [headers, ...laid.spec.blocks[1].cells];
      const read = parseForecast({ sheetName: "S", tableName: null, topRow: 1, leftColumn: 1, values: grid });
      expect([language, read.problems]).toEqual([language, []]);
      expect(read.rows).toHaveLength(48);
    }
  });
});
