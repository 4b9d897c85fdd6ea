/**
 * When a row of intervals starts: reading its date and time from the cells, the same way for
 * every table of intervals the add-in reads (a forecast, an ACD export of actuals).
 *
 * A row's start comes from either one column of dates and times (2025-03-10 08:00), or a date
 * column beside a column of times of day (or of labels such as "08:00-08:30"). A table is dated
 * when it has a date column or any interval cell holds a date; then every row needs its date.
 * Problems are codes naming the cell, worded by the pane's string table.
 *
 * Also here, because they only need each row's start: rows that start at the same moment, the
 * interval length the starts show, and the rows that do not fit a chosen interval length.
 */
import { cellKind, cellText, intervalLabel } from "./cells";
import { dateLabel, LAST_EXCEL_DAY, secondsAtStartOfText, splitSerial, timeLabel } from "./dates";

const SECONDS_PER_DAY = 86_400;

/** The columns (0-based, within the grid) that say when a row starts. */
export interface WhenColumns {
  /** null: no date column (the interval column holds dates and times, or the table is one day's pattern). */
  date: number | null;
  interval: number;
}

/** When a row starts, as read from its cells. */
export interface When {
  /** The interval cell's value as the sheet holds it: a serial (0.3333 = 08:00), or text. */
  interval: number | string;
  /** "08:00", "2025-03-10 08:00" for a dated row, the text otherwise. */
  intervalLabel: string;
  /** Excel date serial of the row's day, or null in a pattern without dates. */
  day: number | null;
  /** Start in seconds after midnight, or null for text that is not a time. */
  secondOfDay: number | null;
}

/** A row's start and the cell it was read from: what the checks below need. */
export interface Timed {
  day: number | null;
  secondOfDay: number | null;
  /** Display address of the row's interval cell ("Forecast!A7"). */
  intervalCell: string;
}

export type WhenProblem =
  | { code: "missingDate"; cell: string }
  | { code: "notADate"; cell: string; value: string }
  | { code: "errorInCell"; cell: string; column: "date" | "interval"; value: string }
  | { code: "missingInterval"; cell: string };

/** Two rows start at the same moment; `dated` false: a pattern without dates that runs past midnight. */
export interface RepeatedInterval {
  code: "repeatedInterval";
  cell: string;
  first: string;
  dated: boolean;
}

/** Rows start `stepMinutes` apart where the intervals are `chosenMinutes` long. */
export interface IntervalStep {
  code: "intervalStep";
  cell: string;
  stepMinutes: number;
  chosenMinutes: number;
}

/** A pattern without dates holds more intervals than one day has. */
export interface LongerThanADay {
  code: "longerThanADay";
  cell: string;
  rows: number;
  chosenMinutes: number;
}

/** Whether the rows `start` to `end` are dated: a date column, or a date in any interval cell. */
export function isDated(values: unknown[][], start: number, end: number, columns: WhenColumns): boolean {
  if (columns.date !== null) return true;
  for (let r = start; r < end; r++) {
    const value = values[r]?.[columns.interval];
    if (typeof value === "number" && value >= 1) return true;
  }
  return false;
}

/** "2025-03-10 08:00" for a dated row (midnight included), "2025-03-10 Morning" for a text interval. */
function labelOnDay(day: number, interval: number | string, secondOfDay: number | null): string {
  return `${dateLabel(day)} ${typeof interval === "number" && secondOfDay !== null ? timeLabel(secondOfDay) : intervalLabel(interval)}`;
}

/**
 * When one row starts. `at(column)` is the display address of the row's cell in that column.
 * Returns the problems of the row's date and interval cells; `when` is null when there are any.
 */
export function readWhen(
  row: unknown[],
  columns: WhenColumns,
  dated: boolean,
  at: (column: number) => string,
): { when: When | null; problems: WhenProblem[] } {
  const problems: WhenProblem[] = [];
  let day: number | null = null;
  if (columns.date !== null) {
    const dateValue = row[columns.date];
    const kind = cellKind(dateValue);
    const cell = at(columns.date);
    if (kind === "blank") problems.push({ code: "missingDate", cell });
    else if (kind === "error") problems.push({ code: "errorInCell", cell, column: "date", value: cellText(dateValue) });
    else if (kind !== "number" || (dateValue as number) < 1 || (dateValue as number) >= LAST_EXCEL_DAY + 1) {
      problems.push({ code: "notADate", cell, value: cellText(dateValue) });
    } else day = Math.floor(dateValue as number);
  }

  const intervalValue = row[columns.interval];
  const intervalKind = cellKind(intervalValue);
  const intervalCell = at(columns.interval);
  let secondOfDay: number | null = null;
  if (intervalKind === "blank") problems.push({ code: "missingInterval", cell: intervalCell });
  else if (intervalKind === "error") {
    problems.push({ code: "errorInCell", cell: intervalCell, column: "interval", value: cellText(intervalValue) });
  } else if (intervalKind === "number") {
    const serial = intervalValue as number;
    if (serial < 0 || serial >= LAST_EXCEL_DAY + 1) problems.push({ code: "notADate", cell: intervalCell, value: cellText(serial) });
    else {
      const split = splitSerial(serial);
      secondOfDay = split.secondOfDay;
      if (columns.date === null && dated) {
        if (split.day === 0) problems.push({ code: "missingDate", cell: intervalCell });
        else day = split.day;
      }
    }
  } else {
    secondOfDay = secondsAtStartOfText(cellText(intervalValue));
    if (columns.date === null && dated) problems.push({ code: "missingDate", cell: intervalCell });
  }
  if (problems.length > 0) return { when: null, problems };
  const interval = typeof intervalValue === "number" ? intervalValue : cellText(intervalValue);
  return {
    when: {
      interval,
      intervalLabel: day !== null ? labelOnDay(day, interval, secondOfDay) : intervalLabel(interval),
      day,
      secondOfDay,
    },
    problems,
  };
}

/** A row's start as seconds from Excel's day 0, or null when its interval cell is text without a time. */
export function startOf(row: { day: number | null; secondOfDay: number | null }): number | null {
  return row.secondOfDay === null ? null : (row.day ?? 0) * SECONDS_PER_DAY + row.secondOfDay;
}

/** Rows that start at the same moment as an earlier row. */
export function repeatedIntervals(rows: Timed[], dated: boolean): RepeatedInterval[] {
  const seen = new Map<number, string>();
  const problems: RepeatedInterval[] = [];
  for (const row of rows) {
    const start = startOf(row);
    if (start === null) continue;
    const first = seen.get(start);
    if (first === undefined) seen.set(start, row.intervalCell);
    else problems.push({ code: "repeatedInterval", cell: row.intervalCell, first, dated });
  }
  return problems;
}

/** Consecutive distinct starts in time order, each with the later row's interval cell. */
function steps(rows: Timed[]): { seconds: number; cell: string }[] {
  const starts = rows
    .map((row) => ({ start: startOf(row), cell: row.intervalCell }))
    .filter((s): s is { start: number; cell: string } => s.start !== null)
    .sort((a, b) => a.start - b.start);
  const result: { seconds: number; cell: string }[] = [];
  for (let i = 1; i < starts.length; i++) {
    const seconds = starts[i].start - starts[i - 1].start;
    if (seconds > 0) result.push({ seconds, cell: starts[i].cell });
  }
  return result;
}

/**
 * The interval length the rows show: the smallest gap between consecutive start times, in
 * minutes, when every gap is a whole number of it (gaps overnight or over a closed weekend are).
 * Null when fewer than two rows have times, or the gaps do not agree.
 */
export function inferIntervalMinutes(rows: Timed[]): number | null {
  const gaps = steps(rows);
  if (gaps.length === 0) return null;
  const smallest = Math.min(...gaps.map((g) => g.seconds));
  return gaps.every((g) => g.seconds % smallest === 0) ? smallest / 60 : null;
}

/**
 * Why the rows do not fit intervals of `intervalMinutes`: the first gap between consecutive
 * start times that is not a whole number of intervals, or, when every gap is a multiple but none
 * is one interval, the first smallest gap (a forecast of hours planned in half-hours); and a
 * pattern without dates with more intervals than a day holds.
 */
export function intervalLengthProblems(rows: Timed[], intervalMinutes: number): (IntervalStep | LongerThanADay)[] {
  const length = intervalMinutes * 60;
  const gaps = steps(rows);
  const problems: (IntervalStep | LongerThanADay)[] = [];
  const offGrid = gaps.find((g) => g.seconds % length !== 0);
  const smallest = gaps.reduce<{ seconds: number; cell: string } | null>((a, g) => (a === null || g.seconds < a.seconds ? g : a), null);
  const wrong = offGrid ?? (smallest !== null && smallest.seconds > length ? smallest : null);
  if (wrong) {
    problems.push({ code: "intervalStep", cell: wrong.cell, stepMinutes: wrong.seconds / 60, chosenMinutes: intervalMinutes });
  }
  // A wrong length explains too many rows for a day; only rows whose times cannot tell need this.
  const perDay = Math.floor(1440 / intervalMinutes);
  if (!wrong && rows.length > perDay && rows.every((row) => row.day === null)) {
    problems.push({ code: "longerThanADay", cell: rows[perDay].intervalCell, rows: rows.length, chosenMinutes: intervalMinutes });
  }
  return problems;
}
