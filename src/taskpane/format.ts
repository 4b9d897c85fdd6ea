/**
 * Numbers and dates as the person reads them: their locale's digits, decimal separator and date
 * order. The pane never shows a raw `toString()`, so 0.8 reads "80%", 1234.5 "1,234.5" or
 * "1 234,5", and a day "10/03/2025" or "10.03.2025" by locale.
 */
export interface Formatter {
  locale: string;
  /** "," or ".", for filling input fields the way the person types. */
  decimalSeparator: "," | ".";
  count(value: number): string;
  number(value: number, fractionDigits?: number): string;
  /** A fraction as a percent: 0.8 → "80%". */
  percent(fraction: number, fractionDigits?: number): string;
  /** A factor as a signed change: 1.1 → "+10%", 0.95 → "−5%". */
  change(factor: number): string;
  /** A factor on the forecast, with at least two decimals: 0.9 → "0.90", 1.125 → "1.125". */
  factor(value: number): string;
  /** A signed difference: 2.5 → "+2.5". */
  signed(value: number, fractionDigits?: number): string;
  seconds(value: number): string;
  /**
   * A number no reader can take for another: thousands grouped with a narrow space, decimals
   * with the person's separator ("1 000", "1,5"), for offering the readings of "1.000".
   */
  unambiguous(value: number): string;
  /** An Excel date serial as a date the person reads: "10.03.2025", "10/03/2025", "3/10/2025". */
  day(serial: number): string;
  /** The month of an Excel date serial in figures, for a column of months: "03.2025", "03/2025". */
  month(serial: number): string;
  /** The month of an Excel date serial in words, for naming a period: "March 2025", "märts 2025", "março de 2025". */
  monthName(serial: number): string;
}

/** The locale if Intl knows it; a malformed tag (RangeError) or an unknown one falls back to en-US. */
function knownLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en-US";
  } catch {
    return "en-US";
  }
}

/** Day 0 of Excel's date serials (1899-12-30), in UTC like the serials themselves. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function formatterFor(locale: string): Formatter {
  const safeLocale = knownLocale(locale);
  const dates = new Intl.DateTimeFormat(safeLocale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const months = new Intl.DateTimeFormat(safeLocale, { year: "numeric", month: "2-digit", timeZone: "UTC" });
  const monthNames = new Intl.DateTimeFormat(safeLocale, { year: "numeric", month: "long", timeZone: "UTC" });
  const moment = (serial: number) => new Date(EXCEL_EPOCH + Math.round(serial) * MS_PER_DAY);
  const decimal = new Intl.NumberFormat(safeLocale).formatToParts(1.5).find((part) => part.type === "decimal")?.value;
  const numberWith = (digits: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(safeLocale, { maximumFractionDigits: digits, minimumFractionDigits: 0, ...options });
  const infinite = (value: number) => (value > 0 ? "∞" : "−∞");
  return {
    locale: safeLocale,
    decimalSeparator: decimal === "," ? "," : ".",
    count: (value) => numberWith(0).format(value),
    number: (value, fractionDigits = 1) => (Number.isFinite(value) ? numberWith(fractionDigits).format(value) : infinite(value)),
    percent: (fraction, fractionDigits = 1) => numberWith(fractionDigits, { style: "percent" }).format(fraction),
    change: (factor) => numberWith(1, { style: "percent", signDisplay: "exceptZero" }).format(factor - 1),
    factor: (value) => numberWith(4, { minimumFractionDigits: 2 }).format(value),
    signed: (value, fractionDigits = 1) => numberWith(fractionDigits, { signDisplay: "exceptZero" }).format(value),
    seconds: (value) => (Number.isFinite(value) ? numberWith(1).format(value) : infinite(value)),
    unambiguous: (value) =>
      new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 })
        .formatToParts(value)
        .map((part) => (part.type === "group" ? "\u202F" : part.type === "decimal" ? (decimal === "," ? "," : ".") : part.value))
        .join(""),
    day: (serial) => dates.format(moment(serial)),
    month: (serial) => months.format(moment(serial)),
    monthName: (serial) => monthNames.format(moment(serial)),
  };
}
