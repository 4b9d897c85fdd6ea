/**
 * Required FTE by week from a scenario's pattern: each week's volume is staffed exactly, so the
 * FTE show Erlang's economies of scale instead of growing in proportion to the calls; and the
 * column of weeks a person gives is read cell by cell, each refusal named by its cell and week.
 */
import { computePlan } from "../../src/planner/plan";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastRow, PlanTargets } from "../../src/planner/types";
import {
  growingVolumes,
  parseWeeksColumn,
  PatternWithoutCalls,
  staffingPattern,
  WeekNotComputable,
  weeklyCallsOf,
} from "../../src/planner/weekly-fte";
import { busyHalfHours, MONDAY_2025_03_03, undatedRow } from "../support/planner-fixtures";

const NO_CHANGE = { volumeFactor: 1, ahtFactor: 1 };

/** One half-hour of `calls` calls of 180 s: the whole pattern of a day. */
function oneHalfHour(calls: number): ForecastRow[] {
  return [undatedRow(0, { interval: 0.375, intervalLabel: "09:00", callsOffered: calls, averageHandleSeconds: 180 })];
}

/** 80% in 20 s, no occupancy cap, 30% shrinkage, 37.5 paid hours, open 5 days. */
const TARGETS: PlanTargets = { ...defaultTargets(), maxOccupancy: null };

describe("required FTE by week from a scenario's pattern", () => {
  test("a week of twice the calls needs fewer than twice the FTE: each week is staffed, not scaled", () => {
    // The pattern: one half-hour of 100 calls (10 Erlangs) a day, open 5 days: 500 calls a week.
    // 14 agents meet 80/20 for 100 calls, 24 for 200 (Erlang C): scheduled 14 ÷ 0.7 = 20 and
    // 24 ÷ 0.7 = 34.29 staff for half an hour, on 5 days, over 37.5 paid hours:
    //   500 calls a week:  20 × 0.5 × 5 ÷ 37.5 = 1.3333 FTE
    //   1,000 calls a week: 34.2857 × 0.5 × 5 ÷ 37.5 = 2.2857 FTE (not 2 × 1.3333 = 2.6667)
    const pattern = staffingPattern(oneHalfHour(100), TARGETS, NO_CHANGE);
    const requiredFte = pattern.requiredFte([500, 1000, 500]);
    expect(pattern.weeklyCalls).toBe(500);
    expect(requiredFte[0]).toBeCloseTo(4 / 3, 12);
    expect(requiredFte[1]).toBeCloseTo(((24 / 0.7) * 0.5 * 5) / 37.5, 12);
    expect(requiredFte[1]).toBeLessThan(2 * requiredFte[0]);
    expect(requiredFte[2]).toBe(requiredFte[0]);
  });

  test("a week at the pattern's own volume needs the plan's own FTE, and the scenario's factors are part of the pattern", () => {
    const rows = oneHalfHour(100);
    const volumeUp = { volumeFactor: 1.1, ahtFactor: 0.95 };
    const plan = computePlan(rows, TARGETS, volumeUp);
    const pattern = staffingPattern(rows, TARGETS, volumeUp);
    const requiredFte = pattern.requiredFte([550]);
    expect(pattern.weeklyCalls).toBeCloseTo(550, 10);
    expect(requiredFte[0]).toBe(plan.summary.fte);
  });

  test("paid hours per FTE may differ from the scenario's: the same hours over 40 paid hours", () => {
    const at375 = staffingPattern(oneHalfHour(100), TARGETS, NO_CHANGE).requiredFte([500])[0];
    const at40 = staffingPattern(oneHalfHour(100), TARGETS, NO_CHANGE, 40).requiredFte([500])[0];
    expect(at40).toBeCloseTo((at375 * 37.5) / 40, 12);
  });

  test("a dated week is one week of calls: the issue's week of busy half-hours is 42 FTE at its own volume", () => {
    // planner-fixtures' busy week: 18 busy half-hours of 100 calls a day for 7 days at 90/20 and
    // 40% shrinkage: 1,575 scheduled hours, 42 FTE; 12,600 calls.
    const rows: ForecastRow[] = [];
    for (let day = 0; day < 7; day++) {
      for (let i = 0; i < 48; i++) {
        rows.push({
          ...undatedRow(rows.length, { interval: MONDAY_2025_03_03 + day + i / 48, intervalLabel: "", callsOffered: busyHalfHours(i), averageHandleSeconds: 180 }),
          day: MONDAY_2025_03_03 + day,
        });
      }
    }
    const targets: PlanTargets = { ...TARGETS, targetServiceLevel: 0.9, shrinkage: 0.4 };
    const plan = computePlan(rows, targets, NO_CHANGE);
    expect(weeklyCallsOf(plan, targets)).toBe(12_600);
    const requiredFte = staffingPattern(rows, targets, NO_CHANGE).requiredFte([12_600, 6_300]);
    expect(requiredFte[0]).toBeCloseTo(42, 10);
    // Half the calls: 50 calls (5 Erlangs) need 9 agents for 90/20, not 7.5.
    expect(requiredFte[1]).toBeCloseTo((((9 / 0.6) * 0.5 * 18 * 7) / 37.5), 10);
    expect(requiredFte[1]).toBeGreaterThan(21);
  });

  test("volumes that grow by a share each week, and weeks without calls", () => {
    expect(growingVolumes(1000, 0.01, 3)).toEqual([1000, 1010, 1000 * 1.01 ** 2]);
    expect(growingVolumes(1000, -0.5, 2)).toEqual([1000, 500]);
    expect(staffingPattern(oneHalfHour(100), TARGETS, NO_CHANGE).requiredFte([0])).toEqual([0]);
  });

  test("a pattern without calls cannot be scaled to a week of calls; a week the engine cannot staff says which", () => {
    expect(() => staffingPattern(oneHalfHour(0), TARGETS, NO_CHANGE).requiredFte([0, 500])).toThrow(PatternWithoutCalls);
    try {
      staffingPattern(oneHalfHour(100), TARGETS, NO_CHANGE).requiredFte([500, 5e12]);
      throw new Error("expected a refusal");
    } catch (error) {
      expect(error).toBeInstanceOf(WeekNotComputable);
      expect((error as WeekNotComputable).week).toBe(2);
      expect((error as WeekNotComputable).interval.rowIndex).toBe(0);
    }
  });
});

describe("a column of weeks as the person gives it", () => {
  const grid = (values: unknown[][], topRow = 1) => ({ sheetName: "Volumes", tableName: null, topRow, leftColumn: 2, values });

  test("a text header is skipped, blank cells after the last week are ignored", () => {
    const read = parseWeeksColumn(grid([["Calls per week"], [1200], [1300.5], [0], [""], [""]]), "volume", "Volumes!B1:B6");
    expect(read).toEqual({ values: [1200, 1300.5, 0], firstRow: 2, problems: [] });
  });

  test("a blank week, text, an error and a negative number are each named by cell and week", () => {
    const read = parseWeeksColumn(grid([[110], [""], ["lots"], ["#N/A"], [-3], [true], [120]], 5), "fte", "Volumes!B5:B11");
    expect(read.problems).toEqual([
      { code: "blankWeek", cell: "Volumes!B6", week: 2, column: "fte" },
      { code: "textInWeek", cell: "Volumes!B7", week: 3, value: "lots", column: "fte" },
      { code: "errorInWeek", cell: "Volumes!B8", week: 4, value: "#N/A", column: "fte" },
      { code: "negativeWeek", cell: "Volumes!B9", week: 5, value: -3, column: "fte" },
      { code: "textInWeek", cell: "Volumes!B10", week: 6, value: "TRUE", column: "fte" },
    ]);
  });

  test("several columns, no weeks at all, or more weeks than a plan holds are refused", () => {
    expect(parseWeeksColumn(grid([[1, 2]]), "fte", "Volumes!B1:C1").problems).toEqual([
      { code: "weeksNotOneColumn", address: "Volumes!B1:C1" },
    ]);
    expect(parseWeeksColumn(grid([["FTE"], [""]]), "fte", "Volumes!B1:B2").problems).toEqual([
      { code: "noWeeks", address: "Volumes!B1:B2" },
    ]);
    const long = Array.from({ length: 521 }, () => [100]);
    expect(parseWeeksColumn(grid(long), "fte", "Volumes!B1:B521").problems).toEqual([{ code: "tooManyWeeks", weeks: 521, limit: 520 }]);
  });
});
