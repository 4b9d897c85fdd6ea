import * as api from "../../src/workbook/api";
import { SCENARIOS_SETTING } from "../../src/planner/scenarios";
import { forecastSheet, scenario, workbook } from "./helpers";

describe("scenarios stored in the workbook", () => {
  test("save, load, rename, duplicate with changes and delete", async () => {
    const fake = workbook({ sheets: [forecastSheet(48)] });
    expect(await api.loadScenarios()).toEqual({ ok: true, value: [] });
    const base = scenario("s1", "Base");
    const saved = await api.saveScenario(base);
    expect(saved.ok && saved.value.map((s) => s.name)).toEqual(["Base"]);
    expect(fake.setting(SCENARIOS_SETTING)).toMatchObject({ version: 1, scenarios: [{ id: "s1", name: "Base" }] });

    const renamed = await api.renameScenario("s1", " Budget ");
    expect(renamed.ok && renamed.value[0].name).toBe("Budget");

    const copy = await api.duplicateScenario("s1", {
      name: "Volume +10%, AHT -5%, 90/20",
      volumeChange: 0.1,
      ahtChange: -0.05,
      targets: { targetServiceLevel: 0.9, targetSeconds: 20 },
    });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.value.scenario).toMatchObject({
      adjustments: { volumeFactor: 1.1, ahtFactor: 0.95 },
      targets: { targetServiceLevel: 0.9 },
      forecast: base.forecast,
    });
    expect(copy.value.scenarios.map((s) => s.name)).toEqual(["Budget", "Volume +10%, AHT -5%, 90/20"]);

    const loaded = await api.loadScenarios();
    expect(loaded.ok && loaded.value.map((s) => s.id)).toEqual(["s1", copy.value.scenario.id]);

    const deleted = await api.deleteScenario("s1");
    expect(deleted.ok && deleted.value.map((s) => s.name)).toEqual(["Volume +10%, AHT -5%, 90/20"]);
    expect(fake.syncsPerRun.every((n) => n <= 2)).toBe(true);
  });

  test("names must be unique and non-empty", async () => {
    workbook({});
    await api.saveScenarios([scenario("s1", "Base"), scenario("s2", "Peak")]);
    expect(await api.renameScenario("s2", "base")).toEqual({ ok: false, error: { code: "scenarioNameTaken", name: "base" } });
    expect(await api.duplicateScenario("s1", { name: " " })).toEqual({ ok: false, error: { code: "scenarioNameEmpty" } });
    expect(await api.saveScenarios([scenario("a", "X"), scenario("b", "x")])).toEqual({
      ok: false,
      error: { code: "scenarioNameTaken", name: "X" },
    });
    expect(await api.renameScenario("nope", "Y")).toEqual({ ok: false, error: { code: "scenarioNotFound", scenarioId: "nope" } });
  });

  test("a duplicate with impossible targets is refused", async () => {
    workbook({});
    await api.saveScenario(scenario("s1", "Base"));
    const result = await api.duplicateScenario("s1", { name: "All", targets: { targetServiceLevel: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: "invalidTargets" } });
  });

  test("settings this add-in did not write are reported, not overwritten", async () => {
    const fake = workbook({ settings: { [SCENARIOS_SETTING]: { something: "else" } } });
    expect(await api.loadScenarios()).toEqual({ ok: false, error: { code: "storedScenariosUnreadable" } });
    expect(await api.saveScenario(scenario("s1", "Base"))).toEqual({ ok: false, error: { code: "storedScenariosUnreadable" } });
    expect(fake.setting(SCENARIOS_SETTING)).toEqual({ something: "else" });
  });

  test("a scenario whose stored settings were edited is refused, and nothing is built from it", async () => {
    const tampered = scenario("s1", "Base");
    const stored = { version: 1, scenarios: [{ ...tampered, forecast: { ...tampered.forecast, defaultAhtSeconds: "=WEBSERVICE(\"https://x\")" } }] };
    const fake = workbook({ sheets: [forecastSheet(48)], settings: { [SCENARIOS_SETTING]: stored } });
    expect(await api.loadScenarios()).toEqual({ ok: false, error: { code: "storedScenariosUnreadable" } });
    expect(await api.compareScenarios(["s1", "s1"])).toEqual({ ok: false, error: { code: "storedScenariosUnreadable" } });
    // A scenario handed to buildPlan is checked too, field by field.
    const handed = { ...tampered, forecast: { ...tampered.forecast, defaultAhtSeconds: Number.NaN } };
    expect(await api.buildPlan(handed, { replaceExisting: false })).toEqual({
      ok: false,
      error: { code: "invalidTargets", problems: [{ field: "defaultAhtSeconds", code: "notANumber", value: "NaN" }] },
    });
    expect(fake.sheetNames()).toEqual(["Forecast"]);
  });

  test("deleting a scenario with its sheets removes only sheets generated for it alone", async () => {
    const fake = workbook({ sheets: [forecastSheet(48), { name: "Mine", values: [["x"]] }] });
    await api.saveScenarios([scenario("s1", "Base"), scenario("s2", "Peak", { adjustments: { volumeFactor: 1.2, ahtFactor: 1 } })]);
    await api.buildPlan(scenario("s1", "Base"), { replaceExisting: false });
    await api.buildPlan(scenario("s2", "Peak"), { replaceExisting: false });
    await api.compareScenarios(["s1", "s2"]);
    expect(fake.sheetNames()).toEqual(["Forecast", "Mine", "Plan - Base", "Plan - Peak", "Comparison"]);
    const result = await api.deleteScenario("s1", { deleteSheets: true });
    expect(result.ok && result.value.map((s) => s.id)).toEqual(["s2"]);
    expect(fake.sheetNames()).toEqual(["Forecast", "Mine", "Plan - Peak", "Comparison"]);
  });
});
