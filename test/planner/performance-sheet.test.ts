/**
 * The Performance sheet's live formulas against the report's numbers: every live cell (summary,
 * month to date, the waterfall, the days, the heat map, each interval's service level and its
 * seven spilled WFM.SL_VARIANCE columns) is evaluated by a formula engine with the BUILT WFM.*
 * functions and must equal what the planner computed (and so what the pane shows), for a single
 * day, a week and a month of the sample actuals, and for a part month under abandon rule 1 with
 * Erlang A, a dated plan and unmatched intervals; and written in Estonian and Portuguese, whose
 * sheets hold the same formulas but for the met/missed words they compare with. Needs
 * `npm run build` first.
 */
import { parseActuals, type ActualsReading } from "../../src/planner/actuals";
import { parseForecast } from "../../src/planner/forecast";
import { actualsColumnsOf, measurePerformance, type PerformanceReport } from "../../src/planner/performance";
import { labelsFor, type Language } from "../../src/planner/labels";
import { EFFECT_FORMAT, performanceSheet, periodShort, periodWords, waterfallRows } from "../../src/planner/performance-sheet";
import type { LaidOutSheet } from "../../src/planner/sheet";
import { periodHolding, type ReportPeriod } from "../../src/planner/periods";
import { computePlan } from "../../src/planner/plan";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReading, PlanTargets, Scenario } from "../../src/planner/types";
import { expectLiveCellsAgree } from "../support/formula-engine";
import { baseScenario, MONDAY_2025_03_03, sampleActualsExport } from "../support/planner-fixtures";

jest.setTimeout(120_000);

function readActuals(values: unknown[][]): ActualsReading {
  const reading = parseActuals({ sheetName: "ACD", tableName: null, topRow: 1, leftColumn: 1, values });
  expect(reading.problems).toEqual([]);
  return reading;
}

function scenarioFor(forecast: ForecastReading, targets: PlanTargets): Scenario {
  return baseScenario(forecast.reference as NonNullable<ForecastReading["reference"]>, targets);
}

const SAMPLE_FORECAST = parseForecast({
  sheetName: "Forecast",
  tableName: null,
  topRow: 1,
  leftColumn: 1,
  values: [["Interval", "Calls", "AHT"], ...sampleDay().map((d) => [d.start, d.calls, d.ahtSeconds])],
});

function report(forecast: ForecastReading, actuals: ActualsReading, targets: PlanTargets, period: ReportPeriod): PerformanceReport {
  const plan = computePlan(forecast.rows, targets, { volumeFactor: 1, ahtFactor: 1 });
  const result = measurePerformance({ targets, plan, planTimings: forecast.rows, actuals: actuals.rows, columns: actualsColumnsOf(actuals.mapping), period });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

function check(forecast: ForecastReading, actuals: ActualsReading, targets: PlanTargets, period: ReportPeriod) {
  const measured = report(forecast, actuals, targets, period);
  const laid = performanceSheet({ report: measured, scenario: scenarioFor(forecast, targets), actualsAddress: "ACD!A1:L1009", builtAt: new Date(0) });
  expectLiveCellsAgree(laid, []);
  return { measured, laid };
}

const MONTH = readActuals(sampleActualsExport());

describe("the Performance sheet's live cells equal the report", () => {
  test("a single day of the sample (Monday 2025-03-10, in the hard week)", () => {
    const { measured, laid } = check(SAMPLE_FORECAST, MONTH, defaultTargets(), periodHolding("day", MONDAY_2025_03_03 + 7));
    expect(measured.days).toHaveLength(1);
    expect(measured.summary.met).toBe(false);
    // One SL_VARIANCE per interval with calls answered and a plan, spilling seven columns.
    const cells = laid.spec.blocks.flatMap((block) => block.cells.flat());
    const variance = cells.filter((cell) => typeof cell === "string" && cell.startsWith("=WFM.SL_VARIANCE("));
    expect(variance.length).toBe(measured.intervals.filter((r) => r.variance !== null).length);
    expect(variance.length).toBeGreaterThan(30);
  });

  test("a week of the sample", () => {
    const { measured, laid } = check(SAMPLE_FORECAST, MONTH, defaultTargets(), periodHolding("week", MONDAY_2025_03_03 + 14));
    expect(measured.days).toHaveLength(5);
    expect(laid.placement.monthToDate).toBeUndefined();
    expect(laid.spec.charts.map((c) => c.type)).toEqual(["ColumnStacked", "Line"]);
  });

  test("the whole sample month: complete, so no service level is needed", () => {
    const { measured, laid } = check(SAMPLE_FORECAST, MONTH, defaultTargets(), periodHolding("month", MONDAY_2025_03_03));
    expect(measured.days).toHaveLength(21);
    expect(measured.monthToDate?.status).toBe("complete");
    expect(laid.placement.monthToDate.rowsById.needed).toBeUndefined();
    // The heat map: 48 times × 21 dates, coloured around the target.
    expect(laid.placement.heat.right).toBe(22);
    expect(laid.spec.colorScales).toEqual([
      expect.objectContaining({ midValue: 0.8, minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" }),
    ]);
  });

  test("a part month under abandon rule 1 with Erlang A, a dated plan and unmatched intervals", () => {
    const targets: PlanTargets = { ...defaultTargets(), abandonRule: 1, patienceSeconds: 150 };
    // A dated forecast of March's first two weeks, weekdays, without the 07:00 half-hour of each day.
    const forecastValues: unknown[][] = [["Date", "Time", "Calls", "AHT"]];
    for (let d = 0; d < 12; d++) {
      const day = MONDAY_2025_03_03 + d;
      if (d % 7 >= 5) continue;
      sampleDay().forEach((p, i) => {
        if (i !== 14) forecastValues.push([day, p.start, p.calls, p.ahtSeconds]);
      });
    }
    const forecast = parseForecast({ sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values: forecastValues });
    expect(forecast.problems).toEqual([]);
    // Actuals for the first week only, without Wednesday's 10:00.
    const firstWeek = sampleActualsExport().filter((row, i) => i === 0 || ((row[0] as number) < MONDAY_2025_03_03 + 5 && !(row[0] === MONDAY_2025_03_03 + 2 && row[1] === 20 / 48)));
    const { measured, laid } = check(forecast, readActuals(firstWeek), targets, periodHolding("month", MONDAY_2025_03_03));
    expect(measured.byDate).toBe(true);
    expect(measured.withoutPlan).toHaveLength(5);
    expect(measured.withoutActuals).toEqual([expect.objectContaining({ day: MONDAY_2025_03_03 + 2 })]);
    // The rest of the month (March 8 to 31): the plan's second week, five days without 07:00.
    const dayCalls = sampleDay().reduce((sum, p, i) => (i === 14 ? sum : sum + p.calls), 0);
    expect(measured.monthToDate).toMatchObject({ remainingDays: 24, offeredRemaining: 5 * dayCalls, status: "needed" });
    expect(laid.placement.monthToDate.rowsById.needed).toBeDefined();
    expect(laid.placement.unmatched.lastRow - laid.placement.unmatched.firstRow + 1).toBe(6);
  });

  test("an export without staffing or short abandons, with a service level column", () => {
    const values = sampleActualsExport().map((row, i) =>
      i === 0
        ? ["Date", "Interval", "Offered", "Answered", "Service level", "Abandoned", "AHT (s)"]
        : [row[0], row[1], row[2], row[3], row[2] === 0 ? "" : (row[4] as number) / (row[2] as number), row[5], row[7]],
    );
    const { measured, laid } = check(SAMPLE_FORECAST, readActuals(values), defaultTargets(), periodHolding("week", MONDAY_2025_03_03));
    expect(measured.staffingBasis).toBe("asPlanned");
    expect(measured.summary.explanation?.staffing).toBe(0);
    expect(laid.placement.summary.rowsById.actualHours).toBeUndefined();
    expect(laid.placement.summary.rowsById.asa).toBeUndefined();
  });
});

/** Every cell of a laid-out sheet that holds a formula, by its block and place. */
function formulasOf(laid: LaidOutSheet): string[] {
  return laid.spec.blocks.flatMap((block) =>
    block.cells.flatMap((row, r) => row.map((cell, c) => (typeof cell === "string" && cell.startsWith("=") ? `${block.address}[${r},${c}] ${cell}` : null))),
  ).filter((cell): cell is string => cell !== null);
}

describe("the Performance sheet in the workbook's language", () => {
  const targets = defaultTargets();
  const period = periodHolding("week", MONDAY_2025_03_03 + 7);
  const measured = report(SAMPLE_FORECAST, MONTH, targets, period);
  const laidIn = (language: Language) =>
    performanceSheet({ report: measured, scenario: scenarioFor(SAMPLE_FORECAST, targets), actualsAddress: "ACD!A1:L1009", builtAt: new Date(Date.UTC(2025, 2, 17, 9, 30)), language });
  const english = laidIn("en");

  test.each(["et", "pt-BR", "pt-PT"] as const)("%s: its live cells equal the report, and its formulas are English's but for the words of the marks", (language) => {
    const laid = laidIn(language);
    expectLiveCellsAgree(laid, []);
    const L = labelsFor(language);
    const words = (text: string) =>
      text.split(`"${labelsFor("en").label("markMet")}"`).join(`"${L.label("markMet")}"`).split(`"${labelsFor("en").label("markMissed")}"`).join(`"${L.label("markMissed")}"`);
    expect(formulasOf(laid)).toEqual(formulasOf(english).map(words));
    expect(laid.spec.highlights.map((h) => h.formula)).toEqual(english.spec.highlights.map((h) => words(h.formula)));
  });

  test.each([
    ["et", "Tulemused eesmärgi ja plaani suhtes: Base, nädal alates 10.03.2025", "17.03.2025 09:30", "[$-425]ddd dd.mm.yyyy", "Tulemused näd 2025-03-10"],
    ["pt-BR", "Desempenho em relação à meta e ao dimensionamento: Base, semana de 10/03/2025", "17/03/2025 09:30", "[$-416]ddd dd/mm/yyyy", "Desempenho sem 2025-03-10"],
    ["pt-PT", "Desempenho face ao objetivo e ao dimensionamento: Base, semana de 10/03/2025", "17/03/2025 09:30", "[$-816]ddd dd/mm/yyyy", "Desempenho sem 2025-03-10"],
  ] as const)("%s: title, note, dates, charts and the sheet's name in the language", (language, title, built, dayFormat, sheetName) => {
    const laid = laidIn(language);
    const L = labelsFor(language);
    expect(laid.spec.blocks[0].cells[0][0]).toBe(`'${title}`); // kept text by an apostrophe: it holds a date
    expect(String(laid.spec.blocks[1].cells[0][0])).toContain(built);
    expect(laid.spec.blocks.flatMap((b) => b.numberFormats?.flat() ?? [])).toContain(dayFormat);
    expect(laid.spec.charts.map((c) => c.title)).toEqual([L.label("whyChartTitle"), L.label("dailyChartTitle")]);
    expect(L.label("performanceSheet", { period: periodShort(period, L) })).toBe(sheetName);
    expect(periodWords(periodHolding("month", MONDAY_2025_03_03), L)).toBe(language === "et" ? "märts 2025" : "março de 2025");
  });
});

describe("the waterfall", () => {
  test("totals stand on the axis; changes float between the levels, lowered or raised", () => {
    const { rows, drawable } = waterfallRows({
      planned: 0.9,
      volume: -0.05,
      aht: 0.01,
      staffing: -0.02,
      shrinkage: 0,
      adherence: -0.04,
      modelled: 0.8,
      unexplained: -0.03,
      measured: 0.77,
      weight: 100,
    });
    expect(rows.map((r) => [r.kind, r.base, r.fall, r.rise, r.total])).toEqual([
      ["total", null, null, null, 0.9],
      ["change", 0.9 - 0.05, 0.05, null, null],
      ["change", 0.9 - 0.05, null, 0.01, null],
      ["change", 0.9 - 0.05 + 0.01 - 0.02, 0.02, null, null],
      ["change", 0.9 - 0.05 + 0.01 - 0.02, null, null, null],
      ["change", 0.9 - 0.05 + 0.01 - 0.02 - 0.04, 0.04, null, null],
      ["total", null, null, null, 0.8],
      ["change", 0.8 - 0.03, 0.03, null, null],
      ["total", null, null, null, 0.77],
    ]);
    expect(drawable).toBe(true);
  });

  test("a partial sum below 0 cannot float on a stacked column: the steps stay, the chart goes", () => {
    const steps = { planned: 0.05, volume: -0.1, aht: 0.2, staffing: 0, shrinkage: 0, adherence: 0, modelled: 0.15, unexplained: 0, measured: 0.15, weight: 1 };
    const { rows, drawable } = waterfallRows(steps);
    expect(drawable).toBe(false);
    const raised = 0.05 - 0.1 + 0.2;
    expect(rows.map((r) => r.level)).toEqual([0.05, 0.05 - 0.1, raised, raised, raised, raised, 0.15, 0.15, 0.15]);
    expect(rows.every((r) => r.base === null && r.total === null)).toBe(true);
  });

  test("effects are shown in signed points", () => {
    expect(EFFECT_FORMAT).toBe("+0.0%;-0.0%;0.0%");
  });
});
