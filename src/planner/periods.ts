/**
 * Reporting periods of an import of actuals: a day, a week, a calendar month, or the whole
 * import. Weeks are calendar weeks from Monday to Sunday (ISO 8601), as contracts and clients
 * report them; this differs on purpose from a plan's FTE weeks, which are 7-day blocks from the
 * forecast's first date (horizon.ts). Dates are Excel serials; a period runs from `first` to
 * `last`, both included.
 */
import { calendarOf, dateLabel, serialOf } from "./dates";

export type PeriodKind = "day" | "week" | "month" | "all";

export interface ReportPeriod {
  kind: PeriodKind;
  first: number;
  last: number;
}

/** The Monday of the calendar week holding `day`. */
export function mondayOf(day: number): number {
  return day - ((calendarOf(day).weekday + 6) % 7);
}

/** The day, the calendar week or the calendar month holding `day`. */
export function periodHolding(kind: Exclude<PeriodKind, "all">, day: number): ReportPeriod {
  if (kind === "day") return { kind, first: day, last: day };
  if (kind === "week") {
    const monday = mondayOf(day);
    return { kind, first: monday, last: monday + 6 };
  }
  const { year, month } = calendarOf(day);
  return { kind, first: serialOf(year, month, 1), last: serialOf(year, month + 1, 1) - 1 };
}

/** Every period the dates fall in, by kind, in date order; "all" spans the first to the last date. */
export function periodsOf(days: readonly number[]): Record<PeriodKind, ReportPeriod[]> {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const distinct = (kind: Exclude<PeriodKind, "all">) => {
    const seen = new Map<number, ReportPeriod>();
    for (const day of sorted) {
      const period = periodHolding(kind, day);
      if (!seen.has(period.first)) seen.set(period.first, period);
    }
    return [...seen.values()];
  };
  return {
    day: distinct("day"),
    week: distinct("week"),
    month: distinct("month"),
    all: sorted.length === 0 ? [] : [{ kind: "all", first: sorted[0], last: sorted[sorted.length - 1] }],
  };
}

export function inPeriod(period: ReportPeriod, day: number): boolean {
  return day >= period.first && day <= period.last;
}

/**
 * A stable key for a period ("day:2025-03-04", "week:2025-03-03", "month:2025-03",
 * "all:2025-03-03:2025-03-31"), for the record of generated sheets and the pane's picker.
 */
export function periodKey(period: ReportPeriod): string {
  if (period.kind === "month") return `month:${dateLabel(period.first).slice(0, 7)}`;
  if (period.kind === "all") return `all:${dateLabel(period.first)}:${dateLabel(period.last)}`;
  return `${period.kind}:${dateLabel(period.first)}`;
}

/** The period a key names, or null for anything else. */
export function periodFromKey(key: string): ReportPeriod | null {
  const match = /^(day|week|month|all):(\d{4})-(\d{2})(?:-(\d{2}))?(?::(\d{4})-(\d{2})-(\d{2}))?$/.exec(key);
  if (!match) return null;
  const [, kind, y, m, d, y2, m2, d2] = match;
  const date = (year: string, month: string, day: string) => {
    const serial = serialOf(Number(year), Number(month), Number(day));
    return dateLabel(serial) === `${year}-${month}-${day}` ? serial : null;
  };
  if (kind === "month") return d === undefined && y2 === undefined ? periodHolding("month", date(y, m, "01") ?? NaN) : null;
  if (d === undefined) return null;
  const first = date(y, m, d);
  if (first === null) return null;
  if (kind === "all") {
    const last = y2 === undefined ? null : date(y2, m2, d2);
    return last === null || last < first ? null : { kind: "all", first, last };
  }
  if (y2 !== undefined) return null;
  const period = periodHolding(kind as "day" | "week", first);
  return period.first === first ? period : null;
}
