import { isSheetName } from "../../src/planner/names";
import { fromStoredRegistry, generatedSheets, toStoredRegistry, uniqueSheetName, uniqueTableName } from "../../src/workbook/registry";

describe("names of new sheets and tables", () => {
  test("never clash, ignoring case", () => {
    expect(uniqueSheetName("Plan - Base", ["Forecast"])).toBe("Plan - Base");
    expect(uniqueSheetName("Plan - Base", ["plan - base"])).toBe("Plan - Base (2)");
    expect(uniqueSheetName("Plan - Base", ["Plan - Base", "Plan - Base (2)"])).toBe("Plan - Base (3)");
  });

  test("fit Excel's rules: 31 characters, no []:*?/\\", () => {
    const long = uniqueSheetName("Plan - A very long scenario name indeed", []);
    expect(long).toHaveLength(31);
    const clash = uniqueSheetName("Plan - A very long scenario name indeed", [long]);
    expect(clash).toMatch(/ \(2\)$/);
    expect(clash.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName("Plan - 90/20 [peak]?", [])).toBe("Plan - 90-20 -peak--");
    expect(uniqueSheetName("'quoted'", [])).toBe("quoted");
    expect(uniqueSheetName("History", [])).toBe("Sheet");
  });

  test("a cut to 31 characters never ends on an apostrophe, which Excel refuses", () => {
    // 30 characters, then an apostrophe as the 31st: the cut used to keep it.
    const name = uniqueSheetName("Plan - Customer support Tallin's team", []);
    expect(name).toBe("Plan - Customer support Tallin");
    expect(isSheetName(name)).toBe(true);
    // With " (2)" the cut falls after 27 characters, here on an apostrophe too.
    const clash = uniqueSheetName("Plan - Customer support Ta'x", ["Plan - Customer support Ta'x"]);
    expect(clash).toBe("Plan - Customer support Ta (2)");
    expect(isSheetName(clash)).toBe(true);
    expect(uniqueSheetName("Plan - ", [])).toBe("Plan -");
  });

  test("a cut never splits an emoji (or a flag) into half a character", () => {
    // 24 characters and four emoji of two code units each: 32 units, one too many.
    const name = uniqueSheetName("Plan - Peak season 2025 🎄🎄🎄🎄", []);
    expect(name).toBe("Plan - Peak season 2025 🎄🎄🎄");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(isSheetName(name)).toBe(true);
    expect(isSheetName("Plan - 2025 \uD83C")).toBe(false);
    const flags = uniqueSheetName("Plan - Lisbon and Tallinn 🇵🇹🇪🇪", []);
    expect(flags).toBe("Plan - Lisbon and Tallinn 🇵🇹");
    for (let k = 0; k < 40; k++) expect(isSheetName(uniqueSheetName(`Plan - ${"🎄".repeat(k)}`, []))).toBe(true);
  });

  test("tabs, line breaks and other control characters become spaces", () => {
    expect(uniqueSheetName("Plan - Night\tshift\nteam\u0007", [])).toBe("Plan - Night shift team");
    expect(isSheetName("Plan\tA")).toBe(false);
  });

  test("table names count up", () => {
    expect(uniqueTableName("WFM_Plan", ["WFM_Plan_1", "wfm_plan_2"])).toBe("WFM_Plan_3");
  });

  test("the record survives renames (by sheet id) and ignores what it cannot read", () => {
    const entries = [{ sheetId: "{1}", sheetName: "Plan - Base", kind: "plan" as const, scenarioIds: ["s1"], createdAt: "t" }];
    expect(fromStoredRegistry(toStoredRegistry(entries))).toEqual(entries);
    expect(fromStoredRegistry("garbage")).toEqual([]);
    expect(fromStoredRegistry({ sheets: [{ sheetId: 3 }] })).toEqual([]);
    expect(generatedSheets(entries, [{ id: "{1}", name: "Renamed" }])).toEqual([
      { sheetName: "Renamed", kind: "plan", scenarioId: "s1", scenarioIds: ["s1"], createdAt: "t", key: null },
    ]);
    expect(generatedSheets(entries, [{ id: "{2}", name: "Plan - Base" }])).toEqual([]);
  });
});
