/**
 * Reading Excel cell values as the values API returns them: numbers, strings ("" for blank),
 * booleans, and errors as their text ("#N/A", "#DIV/0!", …).
 */

const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|FIELD!|UNKNOWN!|PYTHON!|TIMEOUT!|EXTERNAL!)$/;

export type CellKind = "blank" | "number" | "text" | "error";

export function cellKind(value: unknown): CellKind {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "number") return Number.isFinite(value) ? "number" : "error";
  if (typeof value === "string") {
    if (value.trim() === "") return "blank";
    return EXCEL_ERROR.test(value.trim()) ? "error" : "text";
  }
  return "text";
}

/** The cell as text for a message: TRUE/FALSE for booleans, the string, or the number. */
export function cellText(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value ?? "");
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * An interval cell for display: a time serial (0.3333…) as "08:00", a date-time serial as
 * "2025-03-10 08:00", text as written.
 */
export function intervalLabel(value: number | string): string {
  if (typeof value === "string") return value.trim();
  const days = Math.floor(value);
  const minutes = Math.round((value - days) * 1440);
  const carry = minutes === 1440 ? 1 : 0;
  const minuteOfDay = minutes % 1440;
  const time = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
  if (days + carry === 0) return time;
  // Excel's serial 1 is 1900-01-01; counting from 1899-12-30 is right for every date after
  // 1900-02-28 (Excel keeps Lotus's phantom 1900-02-29).
  const date = new Date(Date.UTC(1899, 11, 30) + (days + carry) * 86_400_000);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return minuteOfDay === 0 && value === days ? day : `${day} ${time}`;
}
