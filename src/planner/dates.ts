/**
 * Excel dates and times as the values API gives them: a serial number of days, whose whole part
 * is the date (1 = 1900-01-01) and whose fraction is the time of day (0.5 = 12:00). Times are
 * taken to the nearest second, which absorbs the binary noise of serials (08:00 is
 * 0.33333333333333331), and a time-only value never rounds into a date: 23:59:59.7 stays 23:59:59.
 *
 * Counting from 1899-12-30 is right for every date after 1900-02-28; Excel keeps Lotus's
 * phantom 1900-02-29, so earlier serials are off by a day, and no forecast lives there.
 */

const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The largest date serial Excel has (9999-12-31). */
export const LAST_EXCEL_DAY = 2_958_465;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A serial split into its date (whole days) and the time of day in whole seconds. */
export function splitSerial(serial: number): { day: number; secondOfDay: number } {
  const day = Math.floor(serial);
  let second = Math.round((serial - day) * SECONDS_PER_DAY);
  if (second === SECONDS_PER_DAY) {
    // Within half a second of midnight: the next day for a date-time, the day's last second for a time.
    if (day === 0) second = SECONDS_PER_DAY - 1;
    else return { day: day + 1, secondOfDay: 0 };
  }
  return { day, secondOfDay: second };
}

/** "08:00", or "23:59:59" when the time is not on a whole minute. */
export function timeLabel(secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  const hm = `${pad(hours)}:${pad(minutes)}`;
  return seconds === 0 ? hm : `${hm}:${pad(seconds)}`;
}

/** "2025-03-10" for a date serial. */
export function dateLabel(day: number): string {
  const date = new Date(EPOCH + day * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The serial of the first day of the month holding the date `serial`. */
export function monthStartOf(serial: number): number {
  const date = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - EPOCH) / MS_PER_DAY;
}

/** The date serial of a date typed as yyyy-mm-dd (what a date field gives), or null for anything else. */
export function isoDateSerial(text: string): number | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // 2025-02-30 is no date, though Date.UTC would roll it into March.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const serial = (time - EPOCH) / MS_PER_DAY;
  return serial >= 61 && serial <= LAST_EXCEL_DAY ? serial : null;
}

/**
 * A serial for display: a time (below 1) as "08:00", a date-time as "2025-03-10 08:00", a whole
 * date as "2025-03-10".
 */
export function serialLabel(serial: number): string {
  const { day, secondOfDay } = splitSerial(serial);
  if (day === 0) return timeLabel(secondOfDay);
  return secondOfDay === 0 && Number.isInteger(serial) ? dateLabel(day) : `${dateLabel(day)} ${timeLabel(secondOfDay)}`;
}

/**
 * The seconds a time written as text means: "8:00", "08:30", "0:04:00", "23:59:59". Hours up to
 * 23 (as a time of day) unless `anyHours`, for durations such as "4:00" of an AHT. Null for any
 * other text.
 */
export function secondsOfTimeText(text: string, reading: "timeOfDay" | "duration" = "timeOfDay"): number | null {
  const match = /^\s*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*$/.exec(text);
  if (!match) return null;
  const [first, second, third] = [Number(match[1]), Number(match[2]), match[3] === undefined ? null : Number(match[3])];
  if (reading === "duration" && third === null) return first * 60 + second; // m:ss
  const seconds = first * 3600 + second * 60 + (third ?? 0);
  return reading === "timeOfDay" && first > 23 ? null : seconds;
}

/** The start of a time written as text at the head of a label ("08:00-08:30", "8:00 to 8:30"). */
export function secondsAtStartOfText(text: string): number | null {
  const match = /^\s*(\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?=$|[^\d:])/.exec(text);
  return match ? secondsOfTimeText(match[1]) : null;
}

/** Whether a number format shows a time ("hh:mm", "[h]:mm:ss", "mm:ss", "h:mm AM/PM", …). */
export function isTimeFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Quoted text and escaped characters are not format codes.
  const codes = format.replace(/"[^"]*"|\\./g, "").toLowerCase();
  return /(^|[^a-z])(h+|s+)([^a-z]|$)|\[(h+|m+|s+)\]/.test(codes);
}

/** A date serial's calendar date (UTC): year, month 1–12, day of the month, weekday 0 (Sunday) to 6. */
export function calendarOf(day: number): { year: number; month: number; dayOfMonth: number; weekday: number } {
  const date = new Date(EPOCH + Math.floor(day) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** The date serial of a calendar date (month 1–12; a day past the month's end rolls over, as Excel's DATE does). */
export function serialOf(year: number, month: number, dayOfMonth: number): number {
  return Math.round((Date.UTC(year, month - 1, dayOfMonth) - EPOCH) / MS_PER_DAY);
}
