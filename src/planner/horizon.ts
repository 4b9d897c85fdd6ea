/**
 * The days and weeks of a forecast, and what an FTE is over them.
 *
 * A single day's pattern (no dates) is one day, run on every operating day of a week:
 *   FTE = scheduled agent-hours × operating days per week ÷ paid hours per FTE per week.
 * A dated forecast is split by date, and its weeks are 7-day blocks counted from its first date
 * (so a 7-day forecast is one whole week whatever weekday it starts on). A week's calendar days
 * are those between the forecast's first and last dates: 7, except in a last, partial week.
 * Dates inside the span without rows are days the centre is closed: a Monday-to-Friday forecast
 * of two weeks is two whole weeks.
 *
 * Weekly FTE = the week's scheduled agent-hours ÷ (paid hours per FTE per week × share), where
 * share = min(calendar days, operating days per week) ÷ operating days per week: 1 for a whole
 * week; for a partial week, the operating days it holds (a 10-day forecast's last 3 days are 3
 * of 5 operating days, so their hours are compared with 3/5 of a week's paid hours). A dated
 * single day is then the single-day rule again. The forecast's FTE is its hours ÷ (paid hours ×
 * Σ shares): every week's FTE weighted by its share.
 */

/** The rows of one date, by index into the forecast's rows. */
export interface DayOfRows {
  day: number;
  rowIndexes: number[];
}

/** A week: its first date, the calendar days of it the forecast spans, and the dates with rows. */
export interface WeekOfDays {
  weekStart: number;
  calendarDays: number;
  days: number[];
}

/** The dates of dated rows, in date order (rows in their own order within a date). */
export function daysOf(rows: { day: number | null }[]): DayOfRows[] {
  const byDay = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (row.day === null) return;
    const list = byDay.get(row.day);
    if (list) list.push(index);
    else byDay.set(row.day, [index]);
  });
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, rowIndexes]) => ({ day, rowIndexes }));
}

/** 7-day blocks from the first date to the last. */
export function weeksOf(days: number[]): WeekOfDays[] {
  if (days.length === 0) return [];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const weeks: WeekOfDays[] = [];
  for (let weekStart = first; weekStart <= last; weekStart += 7) {
    weeks.push({
      weekStart,
      calendarDays: Math.min(7, last - weekStart + 1),
      days: days.filter((d) => d >= weekStart && d < weekStart + 7).sort((a, b) => a - b),
    });
  }
  return weeks;
}

/** Operating days a week of `calendarDays` counts: all of them in a whole week. */
export function operatingDaysIn(calendarDays: number, operatingDaysPerWeek: number): number {
  return Math.min(calendarDays, operatingDaysPerWeek);
}

/** FTE of scheduled hours over a share of a week (operatingDays of operatingDaysPerWeek). */
export function fteOver(agentHoursScheduled: number, paidHoursPerFteWeek: number, operatingDays: number, operatingDaysPerWeek: number): number {
  return agentHoursScheduled / ((paidHoursPerFteWeek * operatingDays) / operatingDaysPerWeek);
}

/** FTE of a single day's pattern: its hours on every operating day of a week. */
export function singleDayFte(agentHoursScheduled: number, paidHoursPerFteWeek: number, operatingDaysPerWeek: number): number {
  return (agentHoursScheduled * operatingDaysPerWeek) / paidHoursPerFteWeek;
}
