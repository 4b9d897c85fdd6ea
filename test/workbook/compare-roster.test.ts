import * as api from "../../src/workbook/api";
import { forecastSheet, forecastValues, placementOf, scenario, snapshot, workbook } from "./helpers";

describe("compareScenarios", () => {
  test("writes agents side by side per interval and totals with differences from the first", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)] });
    const base = scenario("s1", "Base");
    const busier = scenario("s2", "Volume +10%", { adjustments: { volumeFactor: 1.1, ahtFactor: 1 } });
    const strict = scenario("s3", "90/20", { targets: { ...base.targets, targetServiceLevel: 0.9 } });
    await api.saveScenarios([base, busier, strict]);
    const result = await api.compareScenarios(["s1", "s2", "s3"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { comparison, sheetName } = result.value;
    expect(sheetName).toBe("Comparison");
    expect(comparison.rows).toHaveLength(48);
    expect(comparison.differences[1].agentHoursRequired).toBeGreaterThan(0);
    expect(comparison.differences[2].serviceLevel).toBeGreaterThan(0);

    const sheet = fake.sheet("Comparison");
    const placement = placementOf("comparison");
    const h = placement.totals.headerRow;
    expect(sheet.values(`A${h}:F${h}`)).toEqual([["Totals", "Base", "Volume +10%", "90/20", "Volume +10% − Base", "90/20 − Base"]]);
    // The differences are live formulas over the totals beside them (the simulated Excel does not calculate).
    expect(sheet.formulas(`E${h + 3}:F${h + 3}`)).toEqual([[`=C${h + 3}-B${h + 3}`, `=D${h + 3}-B${h + 3}`]]);
    const t = placement.intervals.headerRow;
    expect(sheet.values(`A${t}:D${t}`)).toEqual([["Interval", "Base", "Volume +10%", "90/20"]]);
    expect(sheet.values(`B${t + 1}:D${t + 1}`)).toEqual([comparison.rows[0].agentsRequired]);
    expect(sheet.values(`A${t + 17}`)).toEqual([["08:00"]]);
    expect(sheet.tables()).toHaveLength(1);
    expect(sheet.charts()[0].series).toHaveLength(3);
    expect(fake.syncsPerRun.slice(-1)).toEqual([4]);
  });

  test("needs two scenarios that exist", async () => {
    workbook({ sheets: [forecastSheet(48)] });
    await api.saveScenarios([scenario("s1", "Base")]);
    expect(await api.compareScenarios(["s1"])).toEqual({ ok: false, error: { code: "tooFewScenarios", count: 1 } });
    expect(await api.compareScenarios(["s1", "zz"])).toEqual({ ok: false, error: { code: "scenarioNotFound", scenarioId: "zz" } });
  });

  test("each comparison is a new sheet; names never clash", async () => {
    const fake = workbook({ sheets: [forecastSheet(48), { name: "Comparison", values: [["mine"]] }] });
    const mine = snapshot(fake, "Comparison");
    await api.saveScenarios([scenario("s1", "Base"), scenario("s2", "Peak")]);
    const a = await api.compareScenarios(["s1", "s2"]);
    const b = await api.compareScenarios(["s2", "s1"]);
    expect([a.ok && a.value.sheetName, b.ok && b.value.sheetName]).toEqual(["Comparison (2)", "Comparison (3)"]);
    expect(snapshot(fake, "Comparison")).toBe(mine);
  });
});

describe("checkRoster", () => {
  function rosterSheet(agents: number[]): { name: string; values: unknown[][] } {
    return { name: "Roster", values: [["Scheduled"], ...agents.map((a) => [a])] };
  }

  test("writes achieved service level, ASA and abandons per interval and for the day, highlighting misses", async () => {
    const agents = Array.from({ length: 48 }, (_, i) => (i >= 20 && i < 24 ? 8 : 60));
    const fake = workbook({ sheets: [forecastSheet(48), rosterSheet(agents)], selection: "Roster!A1:A49" });
    const roster = snapshot(fake, "Roster");
    await api.saveScenarios([scenario("s1", "Base", { targets: { ...scenario("s", "s").targets, patienceSeconds: 90 } })]);
    const result = await api.checkRoster("s1", { address: "selection", basis: "scheduled" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { check, sheetName } = result.value;
    expect(sheetName).toBe("Roster check - Base");
    expect(check.rows.slice(20, 24).every((r) => r.belowTarget)).toBe(true);
    expect(check.intervalsBelowTarget).toBe(4);
    expect(check.abandonRate).toBeGreaterThan(0);

    const sheet = fake.sheet(sheetName);
    const placement = placementOf("roster");
    const first = placement.intervals.firstRow;
    expect(sheet.cell(`D${first}`).formula).toBe("='Roster'!A2");
    expect(sheet.cell(`F${first}`).formula).toMatch(/^=WFM\.SERVICE_LEVEL\(B\d+,C\d+,E\d+,/);
    expect(sheet.conditionalFormats()).toEqual([
      { type: "Custom", address: `A${first}:I${first + 47}`, formula: `=$I${first}<>""`, fillColor: "#FFC7CE", fontColor: "#9C0006" },
    ]);
    expect(sheet.cell(`C${placement.summary.rowsById.serviceLevel}`).value).toBeCloseTo(check.serviceLevel, 12);
    expect(sheet.cell(`C${placement.summary.rowsById.below}`).value).toBe(4);
    expect(snapshot(fake, "Roster")).toBe(roster);
    expect(fake.syncsPerRun.slice(-1)).toEqual([4]);
  });

  test("a whole column lines up with the forecast's rows", async () => {
    const values = forecastValues(48).map((row, i) => [...row, i === 0 ? "Agents" : 40]);
    workbook({ sheets: [{ name: "Forecast", values }] });
    await api.saveScenarios([scenario("s1", "Base")]);
    const result = await api.checkRoster("s1", { address: "Forecast!D:D", basis: "onPhones" });
    expect(result.ok && result.value.check.rows).toHaveLength(48);
    expect(result.ok && result.value.check.rows[0].agentsOnPhones).toBe(40);
  });

  test("bad roster cells are listed and nothing is written", async () => {
    const fake = workbook({ sheets: [forecastSheet(48), rosterSheet([...Array(46).fill(10), "off", -2])] });
    await api.saveScenarios([scenario("s1", "Base")]);
    const result = await api.checkRoster("s1", { address: "Roster!A1:A49", basis: "scheduled" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "rosterProblems",
        problems: [
          { code: "textInRosterCell", cell: "Roster!A48", value: "off" },
          { code: "negativeRosterCell", cell: "Roster!A49", value: -2 },
        ],
      },
    });
    expect(await api.checkRoster("s1", { address: "Roster!A1:B5", basis: "scheduled" })).toEqual({
      ok: false,
      error: { code: "rosterProblems", problems: [{ code: "rosterNotOneColumn", address: "Roster!A1:B5" }] },
    });
    expect(fake.sheetNames()).toEqual(["Forecast", "Roster"]);
  });
});
