/**
 * The check a client relies on when "Live" and "As built" sit side by side: every generated
 * sheet (sample forecast, plan, roster check, comparison), for a single day and for forecasts of
 * a week and a month, is evaluated by a real formula engine (HyperFormula, with the WFM.*
 * functions of the BUILT bundle, test/support/formula-engine.ts), and every live cell must equal
 * the number the planner computed for it: the summaries' "As built" values, every interval's
 * staffing and service, the per-day and per-week totals, the comparison's differences.
 *
 * Each sheet is evaluated twice: with blank cells reaching WFM.* functions as blanks, and as 0
 * (some Excel desktop builds, office-js issue 4702). The results must not differ.
 *
 * Tolerance (expectLiveCellsAgree): 1e-9 relative, at least 1e-9 absolute. Live cells and the
 * planner call the same engine, so they differ only by the order of floating-point sums.
 *
 * Needs `npm run build` first (`npm test` builds before running jest).
 */
import { compare } from "../../src/planner/compare";
import { parseForecast } from "../../src/planner/forecast";
import { comparisonSheet, intervalFormat, planSheet, rosterSheet, sampleSheet } from "../../src/planner/layout";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import type { CellGrid, ForecastReading, PlanTargets, RosterBasis, Scenario } from "../../src/planner/types";
import { DetailedCellError, evaluate, expectLiveCellsAgree, formulaCells, type SheetInput } from "../support/formula-engine";
import { dateAndTimeForecastValues, datedForecastValues, MONDAY_2025_03_03 } from "../support/planner-fixtures";

// A month of intervals is some 15,000 live cells per sheet; evaluating one takes seconds on a shared machine.
jest.setTimeout(60_000);
const FORECAST = "Forecast";
const ROSTER = "Roster";

/** Forecasts to plan, as a person's sheet holds them (headers in row 1). */
const FORECASTS: Record<string, { values: unknown[][]; formats?: string }> = {
  "the sample day": {
    values: [["Interval", "Calls", "AHT (s)"], ...sampleDay().map((d) => [d.start, d.calls, d.ahtSeconds])],
  },
  "a day with blank AHT cells and a default": {
    values: [["Interval", "Calls", "AHT"], ...sampleDay().map((d, i) => [d.start, d.calls, i % 3 === 0 ? "" : d.ahtSeconds])],
  },
  "a week with dates and times in one column": { values: datedForecastValues(7) },
  "a month with a date and a time column": { values: dateAndTimeForecastValues(31, MONDAY_2025_03_03 - 2) },
};

/** Targets that exercise every formula path: Erlang C with a cap, Erlang A with costs, an ASA goal. */
const SCENARIOS: Record<string, { targets: PlanTargets; volumeFactor: number; ahtFactor: number; defaultAht?: number }> = {
  "Erlang C, occupancy cap, no cost": { targets: defaultTargets(), volumeFactor: 1, ahtFactor: 1 },
  "Erlang A, abandons left out, costed, volume +10% and AHT -5%": {
    targets: { ...defaultTargets(), patienceSeconds: 120, abandonRule: 1, maxOccupancy: null, costPerAgentHour: 22.5 },
    volumeFactor: 1.1,
    ahtFactor: 0.95,
  },
  "ASA goal with an occupancy cap, open 7 days": {
    targets: { ...defaultTargets(), goal: "asa", targetAsaSeconds: 15, maxOccupancy: 0.8, operatingDaysPerWeek: 7 },
    volumeFactor: 1,
    ahtFactor: 1,
  },
};

function reading(values: unknown[][], defaultAht?: number): ForecastReading {
  const grid: CellGrid = { sheetName: FORECAST, tableName: null, topRow: 1, leftColumn: 1, values };
  const read = parseForecast(grid, { defaultAhtSeconds: defaultAht ?? null });
  expect(read.problems).toEqual([]);
  return read;
}

function scenarioFor(name: string, read: ForecastReading, id = "s1"): Scenario {
  const chosen = SCENARIOS[name];
  return {
    id,
    name,
    forecast: { ...(read.reference as NonNullable<ForecastReading["reference"]>) },
    targets: chosen.targets,
    adjustments: { volumeFactor: chosen.volumeFactor, ahtFactor: chosen.ahtFactor },
    createdAt: "",
    updatedAt: "",
  };
}

const forecastSheet = (values: unknown[][]): SheetInput => ({ name: FORECAST, values });

describe.each(Object.keys(FORECASTS))("%s", (forecastName) => {
  const values = FORECASTS[forecastName].values;
  const defaultAht = forecastName.includes("default") ? 290 : undefined;
  const read = reading(values, defaultAht);
  const format = intervalFormat(values[1][0], null);

  describe.each(Object.keys(SCENARIOS))("%s", (scenarioName) => {
    const scenario = scenarioFor(scenarioName, read);

    test("plan sheet: every live cell equals the planner's number, blanks as blanks or as 0", () => {
      const plan = computePlan(read.rows, scenario.targets, scenario.adjustments);
      const laid = planSheet({ scenario, plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: format });
      if (read.days > 1) expect(Object.keys(laid.placement)).toEqual(["summary", "targets", "weeks", "days", "intervals"]);
      expectLiveCellsAgree(laid, [forecastSheet(values)]);
    });

    test.each(["scheduled", "onPhones"] as RosterBasis[])("roster check (%s): every live cell equals the planner's number", (basis) => {
      // A roster that misses the target in some intervals, and leaves one busy interval with nobody.
      const nobody = read.rows.findIndex((row) => row.callsOffered > 50);
      const roster = read.rows.map((row, i) => (i === nobody ? 0 : row.callsOffered > 150 ? 30 : i % 4 === 0 ? 8 : 14 + (i % 3)));
      const check = checkRoster(read.rows, roster, basis, scenario.targets, scenario.adjustments);
      expect(check.intervalsBelowTarget).toBeGreaterThan(0);
      const laid = rosterSheet({
        scenario,
        check,
        roster: { sheetName: ROSTER, column: "B", firstRow: 2 },
        basis,
        tableName: "WFM_Roster_1",
        builtAt: new Date(0),
        intervalNumberFormat: format,
      });
      expectLiveCellsAgree(laid, [forecastSheet(values), { name: ROSTER, values: [["", "Agents"], ...roster.map((agents) => ["", agents])] }]);
    });
  });

  test("comparison sheet: its differences equal the planner's", () => {
    const names = Object.keys(SCENARIOS);
    const items = names.map((name, i) => {
      const scenario = scenarioFor(name, read, `s${i}`);
      return { scenario, plan: computePlan(read.rows, scenario.targets, scenario.adjustments) };
    });
    const laid = comparisonSheet({ comparison: compare(items), tableName: "WFM_Comparison_1", builtAt: new Date(0) });
    expectLiveCellsAgree(laid, []);
  });
});

test("the sample forecast sheet holds values only, the ones the planner reads back", () => {
  const day = sampleDay();
  const laid = sampleSheet({ day, tableName: "WFM_SampleForecast_1" });
  expect(formulaCells(laid)).toEqual([]);
  const book = evaluate([{ name: "Sample forecast", spec: laid.spec }]);
  try {
    const values = day.map((_, i) => [2 + i].flatMap((row) => ["A", "B", "C"].map((c) => book.value("Sample forecast", `${c}${row}`))));
    const read = reading([["Interval", "Calls", "AHT (s)"], ...values]);
    expect(read.rows.map((r) => [r.interval, r.callsOffered, r.averageHandleSeconds])).toEqual(day.map((d) => [d.start, d.calls, d.ahtSeconds]));
  } finally {
    book.destroy();
  }
});

test("the engine passes a blank cell to WFM functions as 0 when asked, which is what the wrapped references guard against", () => {
  const sheet: SheetInput = {
    name: "Check",
    values: [[null, "=WFM.AGENTS_REQUIRED(100,180,0.8,20,30,A1)", '=WFM.AGENTS_REQUIRED(100,180,0.8,20,30,IF(ISBLANK(A1),"",A1))']],
  };
  const asBlank = evaluate([sheet], "null");
  const asZero = evaluate([sheet], "zero");
  try {
    expect([asBlank.value("Check", "B1"), asBlank.value("Check", "C1")]).toEqual([14, 14]);
    // A patience of 0 is refused: the bare reference breaks on builds that pass blanks as 0.
    expect(asZero.value("Check", "B1")).toBeInstanceOf(DetailedCellError);
    expect(asZero.value("Check", "C1")).toBe(14);
  } finally {
    asBlank.destroy();
    asZero.destroy();
  }
});
