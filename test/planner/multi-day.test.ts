/**
 * Forecasts longer than one day: per-day totals and weekly FTE, checked against values worked
 * out by hand (see busyHalfHours: 15 agents for 100 calls of 180 s at 90/20, 25 staff after 40%
 * shrinkage, 18 busy half-hours a day = 225 scheduled agent-hours a day).
 */
import { agentsRequired } from "../../src/engine";
import { inferIntervalMinutes, intervalLengthProblems, parseForecast } from "../../src/planner/forecast";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { compare } from "../../src/planner/compare";
import { MAX_FORECAST_ROWS } from "../../src/planner/forecast";
import { planSheet } from "../../src/planner/layout";
import { defaultTargets } from "../../src/planner/targets";
import type { CellGrid, PlanTargets, Scenario } from "../../src/planner/types";
import { busyHalfHours, dateAndTimeForecastValues, datedForecastValues, MONDAY_2025_03_03 } from "../support/planner-fixtures";

const AS_FORECAST = { volumeFactor: 1, ahtFactor: 1 };
const targets: PlanTargets = { ...defaultTargets(), targetServiceLevel: 0.9, targetSeconds: 20, shrinkage: 0.4 };

function grid(values: unknown[][]): CellGrid {
  return { sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values };
}

function read(values: unknown[][]) {
  const reading = parseForecast(grid(values));
  expect(reading.problems).toEqual([]);
  return reading;
}

// Hand-computed figures of one day of busyHalfHours.
const DAY = { calls: 1800, agentHoursRequired: 15 * 18 * 0.5, agentHoursScheduled: 25 * 18 * 0.5, peakAgents: 15 };

test("the hand-computed staffing: 15 agents for 100 calls of 180 s at 90% in 20 s", () => {
  expect(agentsRequired({ callsOffered: 100, averageHandleSeconds: 180, intervalMinutes: 30 }, { targetServiceLevel: 0.9, targetSeconds: 20 })).toBe(15);
  expect(DAY.agentHoursScheduled).toBe(225);
});

describe("a week of half-hours with dates and times in one column (the issue's example)", () => {
  const reading = read(datedForecastValues(7));
  const plan = computePlan(reading.rows, targets, AS_FORECAST);

  test("is read as 7 dates of 30-minute intervals", () => {
    expect(reading.days).toBe(7);
    expect(reading.intervalMinutes).toBe(30);
    expect(reading.rows[0]).toMatchObject({ day: MONDAY_2025_03_03, secondOfDay: 0, intervalLabel: "2025-03-03 00:00" });
    expect(reading.rows[336 - 1].intervalLabel).toBe("2025-03-09 23:30");
  });

  test("gives per-day totals", () => {
    expect(plan.days).toHaveLength(7);
    for (const [i, day] of plan.days.entries()) {
      expect(day).toMatchObject({ day: MONDAY_2025_03_03 + i, intervals: 48, totalCalls: DAY.calls, peakAgentsRequired: DAY.peakAgents });
      expect(day.agentHoursRequired).toBeCloseTo(DAY.agentHoursRequired, 9);
      expect(day.agentHoursScheduled).toBeCloseTo(DAY.agentHoursScheduled, 9);
    }
    expect(plan.days[0].label).toBe("2025-03-03");
  });

  test("weekly FTE = the week's 1,575 scheduled hours ÷ 37.5 paid hours = 42, not 210", () => {
    expect(plan.weeks).toHaveLength(1);
    expect(plan.weeks[0]).toMatchObject({ weekStart: MONDAY_2025_03_03, calendarDays: 7, operatingDays: 5 });
    expect(plan.weeks[0].agentHoursScheduled).toBeCloseTo(1575, 9);
    expect(plan.weeks[0].fte).toBeCloseTo(42, 9);
    expect(plan.summary.fte).toBeCloseTo(42, 9);
    expect(plan.summary.peakWeekFte).toBeCloseTo(42, 9);
    expect(plan.summary.days).toBe(7);
    expect(plan.summary.agentHoursScheduled).toBeCloseTo(1575, 9);
  });

  test("a week starting on a Wednesday is still one whole week", () => {
    const wednesday = computePlan(read(datedForecastValues(7, MONDAY_2025_03_03 + 2)).rows, targets, AS_FORECAST);
    expect(wednesday.weeks.map((w) => w.calendarDays)).toEqual([7]);
    expect(wednesday.summary.fte).toBeCloseTo(42, 9);
  });
});

describe("a month of half-hours with a date column and a time column", () => {
  // 2025-03-01 is a Saturday: 31 days are four whole weeks and a part week of 3 days.
  const first = MONDAY_2025_03_03 - 2;
  const reading = read(dateAndTimeForecastValues(31, first));

  test("the columns are recognised by header and each row gets its date", () => {
    expect(reading.mapping).toEqual({ date: 0, interval: 1, calls: 2, aht: 3 });
    expect(reading.reference).toMatchObject({ dateColumn: "A", intervalColumn: "B", callsColumn: "C", ahtColumn: "D" });
    expect(reading.days).toBe(31);
    expect(reading.intervalMinutes).toBe(30);
    expect(reading.rows[49]).toMatchObject({ day: first + 1, secondOfDay: 1800, intervalLabel: "2025-03-02 00:30" });
  });

  test("per-day totals for all 31 dates", () => {
    const plan = computePlan(reading.rows, targets, AS_FORECAST);
    expect(plan.days.map((d) => d.totalCalls)).toEqual(Array(31).fill(DAY.calls));
    for (const day of plan.days) expect(day.agentHoursScheduled).toBeCloseTo(DAY.agentHoursScheduled, 9);
    expect(plan.days[30].label).toBe("2025-03-31");
  });

  test("open 7 days a week: every week, the part week included, is 42 FTE", () => {
    const plan = computePlan(reading.rows, { ...targets, operatingDaysPerWeek: 7 }, AS_FORECAST);
    expect(plan.weeks.map((w) => [w.calendarDays, w.operatingDays])).toEqual([
      [7, 7],
      [7, 7],
      [7, 7],
      [7, 7],
      [3, 3],
    ]);
    for (const week of plan.weeks) expect(week.fte).toBeCloseTo(42, 9);
    expect(plan.weeks[4].agentHoursScheduled).toBeCloseTo(3 * 225, 9);
    // 6,975 hours ÷ (37.5 × (4 + 3/7) weeks)
    expect(plan.summary.fte).toBeCloseTo(42, 9);
  });

  test("open 5 days a week: the 3-day part week counts as 3 of 5 open days", () => {
    const plan = computePlan(reading.rows, targets, AS_FORECAST);
    expect(plan.weeks[4].operatingDays).toBe(3);
    // 675 hours ÷ (37.5 × 3/5) = 30; whole weeks 1,575 ÷ 37.5 = 42
    expect(plan.weeks.map((w) => w.fte)).toEqual([42, 42, 42, 42, 30].map((f) => expect.closeTo(f, 9)));
    // 6,975 hours ÷ (37.5 × 4.6 weeks)
    expect(plan.summary.fte).toBeCloseTo(6975 / (37.5 * 4.6), 9);
    expect(plan.summary.peakWeekFte).toBeCloseTo(42, 9);
  });
});

describe("partial weeks: a forecast of weekdays only", () => {
  function weekdays(count: number): unknown[][] {
    const values = datedForecastValues(0);
    for (let d = 0, added = 0; added < count; d++) {
      if ((d % 7) >= 5) continue; // Saturday and Sunday: closed, no rows
      for (let i = 0; i < 48; i++) values.push([MONDAY_2025_03_03 + d + i / 48, busyHalfHours(i), 180]);
      added++;
    }
    return values;
  }

  test("two full working weeks are 30 FTE each: closed weekend days inside the span count as days of the week", () => {
    const plan = computePlan(read(weekdays(10)).rows, targets, AS_FORECAST);
    expect(plan.days).toHaveLength(10);
    expect(plan.weeks.map((w) => [w.calendarDays, w.operatingDays])).toEqual([
      [7, 5],
      [5, 5],
    ]);
    for (const week of plan.weeks) expect(week.fte).toBeCloseTo((5 * 225) / 37.5, 9);
  });

  test("a 10-day forecast (Monday to the next Wednesday): its 3-day part week is 3 open days of 5, the same 30 FTE", () => {
    const plan = computePlan(read(weekdays(8)).rows, targets, AS_FORECAST);
    expect(plan.weeks.map((w) => [w.calendarDays, w.operatingDays])).toEqual([
      [7, 5],
      [3, 3],
    ]);
    expect(plan.weeks[1].agentHoursScheduled).toBeCloseTo(3 * 225, 9);
    expect(plan.weeks[1].fte).toBeCloseTo(30, 9);
    expect(plan.summary.fte).toBeCloseTo(30, 9);
  });
});

describe("a single day keeps the single-day rule", () => {
  const oneDay = datedForecastValues(1).map((row, i) => (i === 0 ? row : [(row[0] as number) % 1, row[1], row[2]]));

  test("without dates: the day's 225 hours × 5 open days ÷ 37.5 = 30 FTE; no days or weeks", () => {
    const reading = read(oneDay);
    expect(reading.days).toBe(0);
    const plan = computePlan(reading.rows, targets, AS_FORECAST);
    expect(plan.days).toEqual([]);
    expect(plan.weeks).toEqual([]);
    expect(plan.summary).toMatchObject({ days: 1 });
    expect(plan.summary.fte).toBeCloseTo(30, 9);
    expect(plan.summary.peakWeekFte).toBeCloseTo(30, 9);
  });

  test("one date: the same 30 FTE (a part week of 1 open day)", () => {
    const plan = computePlan(read(datedForecastValues(1)).rows, targets, AS_FORECAST);
    expect(plan.days).toHaveLength(1);
    expect(plan.summary.fte).toBeCloseTo(30, 9);
  });
});

describe("interval length from the data", () => {
  test("is inferred from the start times, across nights and closed days", () => {
    expect(read(datedForecastValues(2)).intervalMinutes).toBe(30);
    expect(read(dateAndTimeForecastValues(2, MONDAY_2025_03_03, 96)).intervalMinutes).toBe(15);
    const text = read([["Interval", "Calls", "AHT"], ["08:00-09:00", 1, 2], ["09:00-10:00", 1, 2]]);
    expect(text.intervalMinutes).toBe(60);
    expect(inferIntervalMinutes(read([["Interval", "Calls", "AHT"], ["Morning", 1, 2]]).rows)).toBeNull();
  });

  test("a mismatch with the chosen length is refused by cell", () => {
    const quarterHours = read(dateAndTimeForecastValues(1, MONDAY_2025_03_03, 96));
    expect(intervalLengthProblems(quarterHours.rows, 30)).toEqual([
      { code: "intervalStep", cell: "Forecast!B3", stepMinutes: 15, chosenMinutes: 30 },
    ]);
    expect(intervalLengthProblems(quarterHours.rows, 15)).toEqual([]);
    const halfHours = read(datedForecastValues(1));
    expect(intervalLengthProblems(halfHours.rows, 60)).toEqual([
      { code: "intervalStep", cell: "Forecast!A3", stepMinutes: 30, chosenMinutes: 60 },
    ]);
    // Hours planned as half-hours would halve the traffic.
    expect(intervalLengthProblems(halfHours.rows.filter((_, i) => i % 2 === 0), 30)).toEqual([
      { code: "intervalStep", cell: "Forecast!A4", stepMinutes: 60, chosenMinutes: 30 },
    ]);
    const offGrid = read([["Interval", "Calls", "AHT"], [8 / 24, 1, 2], [8.5 / 24, 1, 2], [9 / 24 + 10 / 1440, 1, 2]]);
    expect(intervalLengthProblems(offGrid.rows, 30)).toEqual([
      { code: "intervalStep", cell: "Forecast!A4", stepMinutes: 40, chosenMinutes: 30 },
    ]);
  });

  test("a pattern without dates cannot run past a day", () => {
    const times = datedForecastValues(2).map((row, i) => (i === 0 ? row : [(row[0] as number) % 1, row[1], row[2]]));
    expect(parseForecast(grid(times)).problems[0]).toEqual({
      code: "repeatedInterval",
      cell: "Forecast!A50",
      first: "Forecast!A2",
      dated: false,
    });
    const labels: unknown[][] = [["Interval", "Calls", "AHT"]];
    for (let i = 0; i < 49; i++) labels.push([`Slot ${i}`, 1, 2]);
    expect(intervalLengthProblems(read(labels).rows, 30)).toEqual([
      { code: "longerThanADay", cell: "Forecast!A50", rows: 49, chosenMinutes: 30 },
    ]);
  });

  test("dated rows may not repeat a moment, and every row needs its date", () => {
    const twice = datedForecastValues(1);
    twice.push(twice[5]);
    expect(parseForecast(grid(twice)).problems).toEqual([
      { code: "repeatedInterval", cell: "Forecast!A50", first: "Forecast!A6", dated: true },
    ]);
    const mixed = datedForecastValues(1);
    mixed[3] = [0.5, 1, 2];
    mixed[4] = ["noon", 1, 2];
    expect(parseForecast(grid(mixed)).problems).toEqual([
      { code: "missingDate", cell: "Forecast!A4" },
      { code: "missingDate", cell: "Forecast!A5" },
    ]);
    const badDates = dateAndTimeForecastValues(1).slice(0, 4);
    badDates[1] = ["", 0, 1, 2];
    badDates[2] = ["3 March", 0.5, 1, 2];
    badDates[3] = ["#N/A", 0.75, 1, 2];
    expect(parseForecast(grid(badDates)).problems).toEqual([
      { code: "missingDate", cell: "Forecast!A2" },
      { code: "notADate", cell: "Forecast!A3", value: "3 March" },
      { code: "errorInCell", cell: "Forecast!A4", column: "date", value: "#N/A" },
    ]);
  });

  test("a lone Date column holding dates and times is the interval column", () => {
    const values = datedForecastValues(2);
    values[0] = ["Date", "Calls", "AHT"];
    const reading = read(values);
    expect(reading.mapping).toEqual({ date: null, interval: 0, calls: 1, aht: 2 });
    expect(reading.days).toBe(2);
  });
});

describe("roster checks and comparisons over several days", () => {
  const reading = read(datedForecastValues(3));

  test("a roster check gives the service per date", () => {
    const roster = reading.rows.map((row) => (row.callsOffered > 0 ? 25 : 0));
    const check = checkRoster(reading.rows, roster, "scheduled", targets, AS_FORECAST);
    expect(check.days).toBe(3);
    expect(check.byDay.map((d) => [d.label, d.totalCalls, d.intervalsBelowTarget])).toEqual([
      ["2025-03-03", 1800, 0],
      ["2025-03-04", 1800, 0],
      ["2025-03-05", 1800, 0],
    ]);
    expect(check.byDay[0].serviceLevel).toBeCloseTo(check.serviceLevel, 12);
  });

  test("a comparison matches days and weeks by date", () => {
    const scenario = (id: string, volumeFactor: number): Scenario => ({
      id,
      name: id,
      forecast: reading.reference as NonNullable<typeof reading.reference>,
      targets,
      adjustments: { volumeFactor, ahtFactor: 1 },
      createdAt: "",
      updatedAt: "",
    });
    const short = read(datedForecastValues(2, MONDAY_2025_03_03 + 1));
    const comparison = compare([
      { scenario: scenario("a", 1), plan: computePlan(reading.rows, targets, AS_FORECAST) },
      { scenario: scenario("b", 1), plan: computePlan(short.rows, targets, AS_FORECAST) },
    ]);
    expect(comparison.days).toBe(3);
    expect(comparison.dayHours.map((d) => [d.label, d.values])).toEqual([
      ["2025-03-03", [225, null]],
      ["2025-03-04", [225, 225]],
      ["2025-03-05", [225, 225]],
    ]);
    expect(comparison.weekFte.map((w) => w.label)).toEqual(["2025-03-03", "2025-03-04"]);
    expect(comparison.totals[0].fte).toBeCloseTo((3 * 225) / (37.5 * 3 / 5), 9);
  });
});

describe("the longest forecast: a month of quarter-hours (31 × 96 = 2,976 intervals)", () => {
  const reading = read(dateAndTimeForecastValues(31, MONDAY_2025_03_03, 96));
  const quarterHours = { ...targets, intervalMinutes: 15 as const, patienceSeconds: 120, costPerAgentHour: 22.5 };

  test("is read, planned and laid out", () => {
    expect(reading.rows).toHaveLength(2976);
    expect(reading.rows.length).toBeLessThanOrEqual(MAX_FORECAST_ROWS);
    expect(reading.intervalMinutes).toBe(15);
    const plan = computePlan(reading.rows, quarterHours, AS_FORECAST);
    expect(plan.days).toHaveLength(31);
    expect(plan.weeks.map((w) => w.calendarDays)).toEqual([7, 7, 7, 7, 3]);
    const scenario: Scenario = {
      id: "s1",
      name: "March",
      forecast: reading.reference as NonNullable<typeof reading.reference>,
      targets: quarterHours,
      adjustments: { volumeFactor: 1.1, ahtFactor: 0.95 },
      createdAt: "",
      updatedAt: "",
    };
    const laid = planSheet({ scenario, plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    expect(laid.placement.intervals.lastRow - laid.placement.intervals.firstRow + 1).toBe(2976);
    // Excel on the web refuses a request over about 5 MB; the whole sheet goes in one.
    expect(JSON.stringify(laid.spec).length).toBeLessThan(4_500_000);
  });
});
