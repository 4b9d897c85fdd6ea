/**
 * Numbers people type, read in the workbook's culture: a decimal comma or point anywhere, and
 * thousands grouped as the culture groups them. "1 000", "1.000" and "1,000" each mean one
 * thousand where the culture says so; where it does not, the text is ambiguous and both readings
 * are given, never a silent 1.
 */
import { cultureOfLocale, disambiguate, readNumber, UNKNOWN_CULTURE, type NumberCulture } from "../../src/planner/numbers";

/** Separators as Excel's cultureInfo.numberFormat reports them. */
const CULTURES: Record<string, NumberCulture> = {
  "en-US": { decimalSeparator: ".", groupSeparator: "," },
  "et-EE": { decimalSeparator: ",", groupSeparator: "\u00A0" },
  "pt-BR": { decimalSeparator: ",", groupSeparator: "." },
  "pt-PT": { decimalSeparator: ",", groupSeparator: "\u00A0" },
  "de-CH": { decimalSeparator: ".", groupSeparator: "\u2019" },
};

describe("one thousand, typed as each culture writes it", () => {
  test.each([
    ["en-US", "1,000"],
    ["en-US", "1 000"],
    ["et-EE", "1 000"],
    ["et-EE", "1\u00A0000"],
    ["et-EE", "1\u202F000"],
    ["pt-BR", "1.000"],
    ["pt-BR", "1 000"],
    ["pt-PT", "1 000"],
    ["de-CH", "1\u2019000"],
  ])("in %s, %j is 1000", (culture, text) => {
    expect(readNumber(text, CULTURES[culture])).toEqual({ kind: "number", value: 1000 });
  });

  test.each([
    ["en-US", "1.000", "."],
    ["et-EE", "1.000", "."],
    ["et-EE", "1,000", ","],
    ["pt-BR", "1,000", ","],
    ["pt-PT", "1.000", "."],
    ["unknown", "1,000", ","],
    ["unknown", "1.000", "."],
  ])("in %s, %j is asked about: one thousand or one", (culture, text, separator) => {
    expect(readNumber(text, CULTURES[culture] ?? UNKNOWN_CULTURE)).toEqual({ kind: "ambiguous", grouped: 1000, decimal: 1, separator });
    expect(readNumber(text, CULTURES[culture] ?? UNKNOWN_CULTURE).kind).not.toBe("number");
  });

  test("an ambiguous entry keeps its sign in both readings", () => {
    expect(readNumber("-12.500", CULTURES["et-EE"])).toEqual({ kind: "ambiguous", grouped: -12500, decimal: -12.5, separator: "." });
  });
});

describe("decimals with a comma or a point, in every culture", () => {
  test.each(Object.keys(CULTURES).concat("unknown"))("in %s", (name) => {
    const culture = CULTURES[name] ?? UNKNOWN_CULTURE;
    for (const [text, value] of [
      ["0,8", 0.8],
      ["0.8", 0.8],
      ["0,125", 0.125],
      ["0.125", 0.125],
      ["1,5", 1.5],
      ["37.5", 37.5],
      ["1234,5", 1234.5],
      ["1234.56", 1234.56],
      ["1 234,5", 1234.5],
      ["1.234,5", 1234.5],
      ["1,234.5", 1234.5],
      ["1.000.000", 1_000_000],
      ["1,000,000", 1_000_000],
      ["1000", 1000],
      [",5", 0.5],
      ["7.", 7],
      ["-5", -5],
      ["\u22125", -5],
      ["+ 10", 10],
      ["12,3456", 12.3456],
    ] as const) {
      expect([text, readNumber(text, culture)]).toEqual([text, { kind: "number", value }]);
    }
  });
});

describe("not numbers", () => {
  test.each(["", " ", "abc", "1,2,3.4.5", "12abc", "1e3", "--1", ".", "12 34", "1 2345", "1.23.456", "1 234.567,8", "1,000,5", "0x10", "Infinity"])(
    "%j",
    (text) => {
      for (const culture of [...Object.values(CULTURES), UNKNOWN_CULTURE]) expect(readNumber(text, culture)).toEqual({ kind: "invalid" });
    },
  );
});

describe("saying what an ambiguous entry meant", () => {
  test.each([
    ["1.000", "grouped", "1000"],
    ["1.000", "decimal", "1"],
    ["1,500", "decimal", "1,5"],
    ["1,234", "decimal", "1,2340"],
    ["+1.000%", "grouped", "+1000%"],
    ["80.500 %", "decimal", "80.5 %"],
    ["-12,500", "grouped", "-12500"],
  ] as const)("%j as %s is %j, which is no longer ambiguous", (text, meaning, result) => {
    const rewritten = disambiguate(text, meaning);
    expect(rewritten).toBe(result);
    const digits = rewritten.replace(/%/, "");
    const reading = readNumber(digits, UNKNOWN_CULTURE);
    const before = readNumber(text.replace(/%/, ""), UNKNOWN_CULTURE);
    expect(before.kind).toBe("ambiguous");
    if (before.kind !== "ambiguous") return;
    expect(reading).toEqual({ kind: "number", value: meaning === "grouped" ? before.grouped : before.decimal });
  });

  test("text that is not ambiguous comes back as typed", () => {
    expect(disambiguate("0,8", "grouped")).toBe("0,8");
    expect(disambiguate("1.000", "decimal", CULTURES["pt-BR"])).toBe("1.000");
  });
});

test("without Excel's culture, Intl gives the separators of the locale", () => {
  expect(cultureOfLocale("pt-BR")).toEqual({ decimalSeparator: ",", groupSeparator: "." });
  expect(cultureOfLocale("en-US")).toEqual({ decimalSeparator: ".", groupSeparator: "," });
  expect(cultureOfLocale("et-EE").decimalSeparator).toBe(",");
  expect(readNumber("1 000", cultureOfLocale("et-EE"))).toEqual({ kind: "number", value: 1000 });
  expect(cultureOfLocale("not a locale!")).toEqual(UNKNOWN_CULTURE);
});
