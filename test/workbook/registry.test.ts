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

  test("table names count up", () => {
    expect(uniqueTableName("WFM_Plan", ["WFM_Plan_1", "wfm_plan_2"])).toBe("WFM_Plan_3");
  });

  test("the record survives renames (by sheet id) and ignores what it cannot read", () => {
    const entries = [{ sheetId: "{1}", sheetName: "Plan - Base", kind: "plan" as const, scenarioIds: ["s1"], createdAt: "t" }];
    expect(fromStoredRegistry(toStoredRegistry(entries))).toEqual(entries);
    expect(fromStoredRegistry("garbage")).toEqual([]);
    expect(fromStoredRegistry({ sheets: [{ sheetId: 3 }] })).toEqual([]);
    expect(generatedSheets(entries, [{ id: "{1}", name: "Renamed" }])).toEqual([
      { sheetName: "Renamed", kind: "plan", scenarioId: "s1", scenarioIds: ["s1"], createdAt: "t" },
    ]);
    expect(generatedSheets(entries, [{ id: "{2}", name: "Plan - Base" }])).toEqual([]);
  });
});
