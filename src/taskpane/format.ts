/**
 * Numbers as the person reads them: their locale's digits and decimal separator. The pane never
 * shows a raw `toString()`, so 0.8 reads "80%" and 1234.5 "1,234.5" or "1 234,5" by locale.
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
}

/** The locale if Intl knows it; a malformed tag (RangeError) or an unknown one falls back to en-US. */
function knownLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en-US";
  } catch {
    return "en-US";
  }
}

export function formatterFor(locale: string): Formatter {
  const safeLocale = knownLocale(locale);
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
  };
}
