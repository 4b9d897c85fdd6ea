/**
 * Matching intervals of actuals to a scenario's plan.
 *
 * - A plan with dates: an actual interval matches the plan interval that starts at the same date
 *   and time.
 * - A plan of one day's pattern (no dates): an actual interval matches the pattern's interval at
 *   the same time of day, on every date of the actuals.
 *
 * Nothing is guessed: an actual interval with no plan interval at its start is listed, and so is
 * a plan interval with no actuals on a date the actuals cover (a dated plan's dates without any
 * actuals, such as the rest of a month, are not listed: they have not happened yet, or were not
 * exported). Plan intervals labelled without a time ("Morning") cannot be matched and count as
 * plan intervals without actuals.
 */
import { startOf } from "./when";

const SECONDS_PER_DAY = 86_400;

/** When a plan interval starts: its forecast row's date (null in a pattern) and time. */
export interface PlanTiming {
  day: number | null;
  secondOfDay: number | null;
}

export interface Matching {
  /** Whether the plan has dates (matched by date and time) or is a pattern (matched by time of day). */
  byDate: boolean;
  /** For each actual interval, in order: the index of its plan interval, or null. */
  planIndexOf: (number | null)[];
  /** Indexes of actual intervals with no plan interval. */
  actualsWithoutPlan: number[];
  /** Plan intervals with no actuals, on the dates the actuals cover (for a pattern, per date). */
  planWithoutActuals: { planIndex: number; day: number }[];
}

export function matchToPlan(actuals: readonly { day: number; secondOfDay: number | null }[], plan: readonly PlanTiming[]): Matching {
  const byDate = plan.some((row) => row.day !== null);
  const planByStart = new Map<number, number>();
  plan.forEach((row, index) => {
    const start = byDate ? startOf(row) : row.secondOfDay;
    if (start !== null && !planByStart.has(start)) planByStart.set(start, index);
  });

  const planIndexOf: (number | null)[] = [];
  const actualsWithoutPlan: number[] = [];
  const matchedOnDay = new Map<number, Set<number>>();
  actuals.forEach((actual, index) => {
    const start = actual.secondOfDay === null ? null : byDate ? actual.day * SECONDS_PER_DAY + actual.secondOfDay : actual.secondOfDay;
    const planIndex = start === null ? undefined : planByStart.get(start);
    if (!matchedOnDay.has(actual.day)) matchedOnDay.set(actual.day, new Set());
    if (planIndex === undefined) {
      planIndexOf.push(null);
      actualsWithoutPlan.push(index);
    } else {
      planIndexOf.push(planIndex);
      (matchedOnDay.get(actual.day) as Set<number>).add(planIndex);
    }
  });

  const planWithoutActuals: { planIndex: number; day: number }[] = [];
  const days = [...matchedOnDay.keys()].sort((a, b) => a - b);
  for (const day of days) {
    const matched = matchedOnDay.get(day) as Set<number>;
    plan.forEach((row, planIndex) => {
      const onThisDay = byDate ? row.day === day : true;
      if (onThisDay && !matched.has(planIndex)) planWithoutActuals.push({ planIndex, day });
    });
  }
  return { byDate, planIndexOf, actualsWithoutPlan, planWithoutActuals };
}
