/**
 * Matching actuals to a plan and measuring a period, against values worked out by hand: the
 * service level under each abandon rule, met and missed intervals and days, ASA, abandons,
 * forecast accuracy, agent-hours, the month-to-date need, the heat map, and the explanation's
 * weighting (the engine's SL_VARIANCE per interval, weighted by the calls the SL counts).
 */
import { serviceLevelVariance } from "../../src/engine";
import type { ActualRow } from "../../src/planner/actuals";
import { matchToPlan } from "../../src/planner/match";
import {
  measurePerformance,
  staffingAsModelled,
  staffingBasisOf,
  type ActualsColumns,
  type PerformanceInput,
  type PerformanceReport,
} from "../../src/planner/performance";
import { mondayOf, periodFromKey, periodHolding, periodKey, periodsOf } from "../../src/planner/periods";
import { computePlan } from "../../src/planner/plan";
import { defaultTargets } from "../../src/planner/targets";
import type { PlanTargets } from "../../src/planner/types";
import { MONDAY_2025_03_03, undatedRow } from "../support/planner-fixtures";

const MON = MONDAY_2025_03_03;
const TUE = MON + 1;
const AT_8 = 8 * 3600;
const AT_830 = 8.5 * 3600;
const AT_9 = 9 * 3600;

const NO_COLUMNS: ActualsColumns = {
  abandonedWithin: false,
  asa: true,
  staffScheduled: false,
  agentsLoggedIn: false,
  staffedHours: false,
  adherence: false,
  shrinkage: false,
};

function actual(day: number, secondOfDay: number, counts: Partial<ActualRow>): ActualRow {
  return {
    interval: day + secondOfDay / 86_400,
    intervalLabel: `${day} ${secondOfDay}`,
    day,
    secondOfDay,
    intervalCell: `ACD!A${secondOfDay}`,
    offeredCell: `ACD!B${secondOfDay}`,
    offered: 0,
    answered: 0,
    answeredWithin: 0,
    abandoned: 0,
    abandonedWithin: null,
    ahtSeconds: null,
    asaSeconds: null,
    staffScheduled: null,
    agentsLoggedIn: null,
    staffedHours: null,
    adherence: null,
    shrinkage: null,
    ...counts,
  };
}

/** A two-interval pattern, 08:00 (100 calls) and 08:30 (120 calls), AHT 180 s. */
function patternPlan(targets: PlanTargets) {
  const rows = [
    undatedRow(0, { interval: 8 / 24, intervalLabel: "08:00", callsOffered: 100, averageHandleSeconds: 180 }),
    undatedRow(1, { interval: 8.5 / 24, intervalLabel: "08:30", callsOffered: 120, averageHandleSeconds: 180 }),
  ];
  return { plan: computePlan(rows, targets, { volumeFactor: 1, ahtFactor: 1 }), planTimings: rows };
}

/** Monday 08:30 has no actuals; Tuesday 09:00 has no plan. */
const ACTUALS: ActualRow[] = [
  actual(TUE, AT_830, { offered: 130, answered: 120, answeredWithin: 96, abandoned: 10, ahtSeconds: 190, asaSeconds: 20 }),
  actual(MON, AT_8, { offered: 110, answered: 100, answeredWithin: 88, abandoned: 10, ahtSeconds: 200, asaSeconds: 15 }),
  actual(TUE, AT_8, { offered: 90, answered: 88, answeredWithin: 81, abandoned: 2, ahtSeconds: 170, asaSeconds: 6 }),
  actual(TUE, AT_9, { offered: 20, answered: 20, answeredWithin: 20, abandoned: 0, ahtSeconds: 150, asaSeconds: 2 }),
];

function measure(changes: Partial<PerformanceInput> = {}, targets: PlanTargets = defaultTargets()): PerformanceReport {
  const result = measurePerformance({
    targets,
    ...patternPlan(targets),
    actuals: ACTUALS,
    columns: NO_COLUMNS,
    period: periodHolding("month", MON),
    ...changes,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

describe("periods", () => {
  test("calendar weeks start on Monday; months run from the 1st to the last day", () => {
    expect(mondayOf(MON)).toBe(MON);
    expect(mondayOf(MON + 6)).toBe(MON); // Sunday 2025-03-09
    expect(mondayOf(MON + 7)).toBe(MON + 7);
    expect(periodHolding("month", TUE)).toEqual({ kind: "month", first: MON - 2, last: MON + 28 }); // 2025-03-01 to 03-31
    expect(periodsOf([TUE, MON, MON + 9])).toEqual({
      day: [MON, TUE, MON + 9].map((d) => ({ kind: "day", first: d, last: d })),
      week: [
        { kind: "week", first: MON, last: MON + 6 },
        { kind: "week", first: MON + 7, last: MON + 13 },
      ],
      month: [{ kind: "month", first: MON - 2, last: MON + 28 }],
      all: [{ kind: "all", first: MON, last: MON + 9 }],
    });
  });

  test("a period's key names it, and reads back", () => {
    const periods = periodsOf([MON, MON + 40]);
    for (const period of [...periods.day, ...periods.week, ...periods.month, ...periods.all]) {
      expect(periodFromKey(periodKey(period))).toEqual(period);
    }
    expect(periodKey(periods.month[0])).toBe("month:2025-03");
    expect(periodKey(periods.week[0])).toBe("week:2025-03-03");
    expect(periodFromKey("week:2025-03-04")).toBeNull(); // not a Monday
    expect(periodFromKey("day:2025-02-30")).toBeNull();
    expect(periodFromKey("=1+1")).toBeNull();
  });
});

describe("matching", () => {
  test("a pattern matches by time of day on every date; unmatched intervals are listed, not guessed", () => {
    const matching = matchToPlan(ACTUALS, [
      { day: null, secondOfDay: AT_8 },
      { day: null, secondOfDay: AT_830 },
    ]);
    expect(matching.byDate).toBe(false);
    expect(matching.planIndexOf).toEqual([1, 0, 0, null]);
    expect(matching.actualsWithoutPlan).toEqual([3]);
    expect(matching.planWithoutActuals).toEqual([{ planIndex: 1, day: MON }]);
  });

  test("a dated plan matches by date and time; its dates without actuals are not listed", () => {
    const plan = [
      { day: MON, secondOfDay: AT_8 },
      { day: MON, secondOfDay: AT_830 },
      { day: TUE, secondOfDay: AT_8 },
      { day: MON + 2, secondOfDay: AT_8 },
    ];
    const matching = matchToPlan(ACTUALS, plan);
    expect(matching.byDate).toBe(true);
    expect(matching.planIndexOf).toEqual([null, 0, 2, null]);
    expect(matching.actualsWithoutPlan).toEqual([0, 3]);
    expect(matching.planWithoutActuals).toEqual([{ planIndex: 1, day: MON }]);
  });

  test("plan intervals labelled without a time cannot be matched", () => {
    const matching = matchToPlan([ACTUALS[1]], [{ day: null, secondOfDay: null }]);
    expect(matching.planIndexOf).toEqual([null]);
    expect(matching.planWithoutActuals).toEqual([{ planIndex: 0, day: MON }]);
  });
});

describe("a period measured against its target and its plan (rule 0: short abandons are misses)", () => {
  const report = measure();
  const s = report.summary;

  test("intervals in date and time order, each with its service level and mark", () => {
    expect(report.intervals.map((r) => [r.actual.day, r.actual.secondOfDay])).toEqual([
      [MON, AT_8],
      [TUE, AT_8],
      [TUE, AT_830],
      [TUE, AT_9],
    ]);
    expect(report.intervals.map((r) => r.serviceLevel)).toEqual([88 / 110, 81 / 90, 96 / 130, 1]);
    expect(report.intervals.map((r) => r.met)).toEqual([true, true, false, true]);
    expect(report.intervals.map((r) => r.plan?.callsOffered ?? null)).toEqual([100, 100, 120, null]);
  });

  test("days and the period are ratios of their totals", () => {
    expect(report.days.map((d) => [d.day, d.first, d.last, d.offered, d.answeredWithin, d.planCalls])).toEqual([
      [MON, 0, 0, 110, 88, 100],
      [TUE, 1, 3, 240, 197, 220],
    ]);
    expect(report.days[1].serviceLevel).toBeCloseTo(197 / 240, 15);
    expect(report.days.map((d) => d.met)).toEqual([true, true]);
    expect(s.serviceLevel).toBeCloseTo(285 / 350, 15);
    expect(s.abandonRate).toBeCloseTo(22 / 350, 15);
    // ASA weighted by answered calls: (15×100 + 6×88 + 20×120 + 2×20) ÷ 328.
    expect(s.asa).toBeCloseTo(4468 / 328, 13);
    expect([s.intervalsMet, s.intervalsMeasured, s.daysMet, s.daysMeasured]).toEqual([3, 4, 2, 2]);
  });

  test("forecast accuracy and agent-hours over the three matched intervals", () => {
    expect(s.matchedIntervals).toBe(3);
    expect(s.wape).toBeCloseTo(30 / 330, 15);
    expect(s.bias).toBeCloseTo(-10 / 330, 15);
    const { plan } = patternPlan(defaultTargets());
    const [eight, half] = plan.rows.map((row) => row.scheduledStaff);
    expect(s.plannedStaffHours).toBeCloseTo((2 * eight + half) * 0.5, 12);
    // No staffing columns: the model takes the plan's staffing.
    expect(report.staffingBasis).toBe("asPlanned");
    expect(s.actualStaffHours).toBeCloseTo(s.plannedStaffHours, 12);
    expect(s.plannedHoursOnPhones).toBeCloseTo((2 * eight + half) * 0.5 * 0.7, 12);
  });

  test("unmatched intervals are listed", () => {
    expect(report.withoutPlan.map((row) => [row.day, row.secondOfDay])).toEqual([[TUE, AT_9]]);
    expect(report.withoutActuals.map(({ plan, day }) => [day, plan.intervalLabel])).toEqual([[MON, "08:30"]]);
  });

  test("the explanation weighs each matched interval's SL_VARIANCE by its calls offered", () => {
    const targets = defaultTargets();
    const { plan } = patternPlan(targets);
    const model = { targetSeconds: 20, intervalMinutes: 30, patienceSeconds: null, abandonRule: 0 };
    const variance = (planIndex: number, offered: number, aht: number) =>
      serviceLevelVariance(
        { callsOffered: plan.rows[planIndex].callsOffered, averageHandleSeconds: 180, staff: plan.rows[planIndex].scheduledStaff, shrinkage: 0.3 },
        { callsOffered: offered, averageHandleSeconds: aht, staff: plan.rows[planIndex].scheduledStaff, shrinkage: 0.3, adherence: 1 },
        model,
      );
    const v = [variance(0, 110, 200), variance(0, 90, 170), variance(1, 130, 190)];
    expect(report.intervals.slice(0, 3).map((r) => r.variance)).toEqual(v);
    expect(report.intervals.map((r) => r.weight)).toEqual([110, 90, 130, 0]);
    const explanation = s.explanation;
    expect(explanation?.weight).toBe(330);
    expect(explanation?.volume).toBeCloseTo((v[0].volumeEffect * 110 + v[1].volumeEffect * 90 + v[2].volumeEffect * 130) / 330, 14);
    expect(explanation?.measured).toBeCloseTo((88 + 81 + 96) / 330, 14);
    // The bars add up: planned + effects = modelled; modelled + remainder = measured.
    const e = explanation as NonNullable<typeof explanation>;
    expect(e.planned + e.volume + e.aht + e.staffing + e.shrinkage + e.adherence).toBeCloseTo(e.modelled, 14);
    expect(e.modelled + e.unexplained).toBeCloseTo(e.measured, 14);
    // Staffing went as planned: its three effects are exactly 0.
    expect([e.staffing, e.shrinkage, e.adherence]).toEqual([0, 0, 0]);
    // Tuesday's explanation weighs its two matched intervals only.
    expect(report.days[1].explanation?.weight).toBe(220);
  });

  test("the heat map holds each interval by time of day and date", () => {
    expect(report.heatMap).toEqual({
      times: [AT_8, AT_830, AT_9],
      days: [MON, TUE],
      cells: [
        [0, 1],
        [null, 2],
        [null, 3],
      ],
    });
  });

  test("month to date: the rest of March's 19 weekdays at the pattern's 220 calls", () => {
    expect(report.monthToDate).toEqual({
      offeredSoFar: 350,
      answeredWithinSoFar: 285,
      serviceLevelSoFar: 285 / 350,
      remainingDays: 27,
      offeredRemaining: 19 * 220,
      status: "needed",
      needed: (0.8 * (350 + 4180) - 285) / 4180,
    });
    expect(measure({ period: periodHolding("week", MON) }).monthToDate).toBeNull();
  });
});

describe("abandon rules and staffing", () => {
  const withShort = ACTUALS.map((row, i) => ({ ...row, abandonedWithin: [4, 6, 1, 0][i] }));
  const columns = { ...NO_COLUMNS, abandonedWithin: true };

  test("rule 1 leaves short abandons out of the count, rule 2 counts them as met", () => {
    const rule1 = measure({ actuals: withShort, columns }, { ...defaultTargets(), abandonRule: 1 });
    // Tuesday 08:30 had 4 short abandons: 96 ÷ 126.
    expect(rule1.intervals[2].serviceLevel).toBe(96 / 126);
    expect(rule1.summary.serviceLevel).toBeCloseTo(285 / (350 - 11), 15);
    expect(rule1.intervals.map((r) => r.weight)).toEqual([104, 89, 126, 0]);
    const rule2 = measure({ actuals: withShort, columns }, { ...defaultTargets(), abandonRule: 2 });
    expect(rule2.intervals[2].serviceLevel).toBe(100 / 130);
    expect(rule2.summary.serviceLevel).toBeCloseTo(296 / 350, 15);
  });

  test("rules 1 and 2 need the abandoned-within column", () => {
    const result = measurePerformance({
      targets: { ...defaultTargets(), abandonRule: 1 },
      ...patternPlan(defaultTargets()),
      actuals: ACTUALS,
      columns: NO_COLUMNS,
      period: periodHolding("month", MON),
    });
    expect(result).toEqual({ ok: false, problems: [{ code: "abandonedWithinNeeded", rule: 1 }] });
  });

  test("actuals in quarter-hours do not fit a half-hour plan", () => {
    const result = measurePerformance({
      targets: defaultTargets(),
      ...patternPlan(defaultTargets()),
      actuals: [ACTUALS[1], actual(MON, AT_8 + 900, { offered: 1, answered: 1, answeredWithin: 1, ahtSeconds: 100 })],
      columns: NO_COLUMNS,
      period: periodHolding("day", MON),
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: "intervalStep", cell: `ACD!A${AT_8 + 900}`, stepMinutes: 15, chosenMinutes: 30 }],
    });
  });

  test("what the model takes as actual staff, shrinkage and adherence", () => {
    const row = (fields: Partial<ActualRow>) => actual(MON, AT_8, fields);
    expect(staffingAsModelled(row({ staffScheduled: 20, shrinkage: 0.35, adherence: 0.9 }), "scheduledAndShrinkage", 25, 0.3, 30)).toEqual({
      staff: 20,
      shrinkage: 0.35,
      adherence: 0.9,
    });
    // A quarter of the scheduled 20 not logged in: shrinkage 25%.
    expect(staffingAsModelled(row({ staffScheduled: 20, agentsLoggedIn: 15 }), "scheduledAndLoggedIn", 25, 0.3, 30)).toEqual({
      staff: 20,
      shrinkage: 0.25,
      adherence: 1,
    });
    // Overtime: 22 logged in against 20 scheduled.
    expect(staffingAsModelled(row({ staffScheduled: 20, agentsLoggedIn: 22 }), "scheduledAndLoggedIn", 25, 0.3, 30)).toEqual({
      staff: 22,
      shrinkage: 0,
      adherence: 1,
    });
    // 14 logged in are what is left after the plan's 30% shrinkage of 20 staff.
    expect(staffingAsModelled(row({ agentsLoggedIn: 14 }), "loggedIn", 25, 0.3, 30).staff).toBeCloseTo(20, 12);
    // 7 staffed hours in a half-hour are 14 agents.
    expect(staffingAsModelled(row({ staffedHours: 7 }), "loggedIn", 25, 0.3, 30).staff).toBeCloseTo(20, 12);
    expect(staffingAsModelled(row({ staffScheduled: 18 }), "scheduled", 25, 0.3, 30)).toEqual({ staff: 18, shrinkage: 0.3, adherence: 1 });
    expect(staffingAsModelled(row({}), "asPlanned", 25, 0.3, 30)).toEqual({ staff: 25, shrinkage: 0.3, adherence: 1 });
    expect(staffingBasisOf({ ...NO_COLUMNS, staffScheduled: true, staffedHours: true })).toBe("scheduledAndLoggedIn");
    expect(staffingBasisOf({ ...NO_COLUMNS, staffedHours: true, shrinkage: true })).toBe("loggedIn");
  });

  test("a period without actuals is refused", () => {
    expect(measurePerformance({ targets: defaultTargets(), ...patternPlan(defaultTargets()), actuals: ACTUALS, columns: NO_COLUMNS, period: periodHolding("day", MON + 20) })).toEqual({
      ok: false,
      problems: [{ code: "noActualsInPeriod" }],
    });
  });
});
