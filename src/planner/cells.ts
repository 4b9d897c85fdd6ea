/**
 * Reading Excel cell values as the values API returns them: numbers, strings ("" for blank),
 * booleans, and errors as their text ("#N/A", "#DIV/0!", …).
 */
import { serialLabel } from "./dates";

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

/**
 * An interval cell for display: a time serial (0.3333…) as "08:00", a date-time serial as
 * "2025-03-10 08:00", text as written.
 */
export function intervalLabel(value: number | string): string {
  return typeof value === "string" ? value.trim() : serialLabel(value);
}
