/**
 * Numbers as people type them into the pane, in any of the add-in's languages: a decimal comma or
 * a decimal point in every field ("0,8" and "0.8" are the same), and thousands grouped the way
 * the workbook's culture groups them, never guessed.
 *
 * The culture is Excel's (application.cultureInfo.numberFormat, read by src/workbook/): its
 * decimal separator and its digit-group separator. How a text is read:
 * - Spaces (also non-breaking and thin ones, and a culture's own group mark such as "’") only
 *   ever group digits: "1 000" is one thousand everywhere, "1 234,5" is 1234.5.
 * - With both "," and ".", the last one is the decimal separator and the other groups:
 *   "1.234,5" and "1,234.5" are 1234.5 whatever the culture.
 * - One mark that occurs several times groups: "1.000.000", "1,000,000".
 * - One mark once, with exactly three digits after it and one to three before ("1.000",
 *   "12,500"): that shape is a thousands group or three decimals. Where it is the culture's own
 *   group separator, it groups ("1.000" is one thousand in a pt-BR workbook, "1,000" in en-US).
 *   Anywhere else the text is ambiguous, and the reading says so with both numbers, so the pane
 *   can ask; it is never silently read as 1.
 * - Any other single mark is the decimal separator: "0,125", "1,5", "12.75".
 * Groups must be three digits (after a first group of one to three): "12 34" is not a number.
 *
 * Plain TypeScript (Intl only), so the planner's form readers and their tests use it directly.
 */

export interface NumberCulture {
  /** The decimal separator of the workbook's culture: "," or ".". */
  decimalSeparator: string;
  /** Its digit-group separator (",", ".", " ", "\u00A0", "’"), or null when it is not known. */
  groupSeparator: string | null;
}

/** No culture known (not in Excel yet): every "1.000"-shaped text is asked about. */
export const UNKNOWN_CULTURE: NumberCulture = { decimalSeparator: ".", groupSeparator: null };

export type NumberReading =
  | { kind: "number"; value: number }
  /** "1.000" in a culture that does not group with ".": one thousand, or one with three decimals. */
  | { kind: "ambiguous"; grouped: number; decimal: number; separator: "," | "." }
  | { kind: "invalid" };

const INVALID: NumberReading = { kind: "invalid" };

/** Characters that can only group digits. */
const SPACES = /[\s\u00A0\u2009\u202F]/g;

/** The separators Intl uses for a locale, for when Excel cannot say (ExcelApi below 1.11). */
export function cultureOfLocale(locale: string): NumberCulture {
  try {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
    const group = parts.find((part) => part.type === "group")?.value ?? null;
    return { decimalSeparator: decimal, groupSeparator: group };
  } catch {
    return UNKNOWN_CULTURE;
  }
}

/** Digits in groups of three after a first group of one to three, split by `group`. */
function groupedDigits(text: string, group: string): string | null {
  const chunks = text.split(group);
  if (chunks.length === 1) return /^\d*$/.test(text) ? text : null;
  if (!/^\d{1,3}$/.test(chunks[0]) || chunks.slice(1).some((chunk) => !/^\d{3}$/.test(chunk))) return null;
  return chunks.join("");
}

function finite(sign: string, whole: string, fraction: string): NumberReading {
  if (whole === "" && fraction === "") return INVALID;
  const value = Number(`${sign}${whole === "" ? "0" : whole}.${fraction === "" ? "0" : fraction}`);
  return Number.isFinite(value) ? { kind: "number", value } : INVALID;
}

/** What a typed text means as a number in `culture` (see the header). */
export function readNumber(text: string, culture: NumberCulture = UNKNOWN_CULTURE): NumberReading {
  let body = text.trim().replace(/^\u2212/, "-");
  const group = culture.groupSeparator;
  // A culture's group mark that is not "," or "." (a space, "’", "'") groups like a space.
  if (group !== null && group !== "," && group !== ".") body = body.split(group).join(" ");
  body = body.replace(SPACES, " ");
  const signed = /^([+-]?)\s*([\d ,.]+)$/.exec(body);
  if (!signed || !/\d/.test(signed[2])) return INVALID;
  const sign = signed[1];
  const digits = signed[2];

  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  let decimal: string | null = null;
  let grouping = " ";
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? "." : ",";
    grouping = decimal === "." ? "," : ".";
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    if (digits.indexOf(mark) !== digits.lastIndexOf(mark)) grouping = mark;
    else {
      const [before, after] = digits.split(mark);
      const groupShape = /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
      if (groupShape && mark === group) grouping = mark;
      else if (groupShape) {
        const grouped = Number(`${sign}${before}${after}`);
        const asDecimal = Number(`${sign}${before}.${after}`);
        return { kind: "ambiguous", grouped, decimal: asDecimal, separator: mark };
      } else decimal = mark;
    }
  }

  const [wholeText, fraction = ""] = decimal === null ? [digits] : digits.split(decimal);
  if (decimal !== null && (digits.split(decimal).length !== 2 || !/^\d*$/.test(fraction))) return INVALID;
  // Spaces may group alongside nothing else: "1 234,5" yes, "1 234.567,8" no.
  const mixed = grouping !== " " && wholeText.includes(" ");
  const whole = mixed ? null : groupedDigits(wholeText, grouping);
  if (whole === null) return INVALID;
  return finite(sign, whole, fraction);
}

/** A field's text without the signs that say what kind of number it is: "×1,1" and "90%" are "1,1" and "90". */
function digitsOf(text: string): string {
  return text.trim().replace(/^[\u00D7xX]\s*/, "").replace(/%\s*$/, "");
}

/**
 * The two numbers an ambiguous field could hold ("+1.000%": +1000 or +1), as typed (a % or ×
 * aside), or null when its text is not ambiguous.
 */
export function ambiguityOf(text: string, culture: NumberCulture = UNKNOWN_CULTURE): { grouped: number; decimal: number } | null {
  const reading = readNumber(digitsOf(text), culture);
  return reading.kind === "ambiguous" ? { grouped: reading.grouped, decimal: reading.decimal } : null;
}

/**
 * The text an ambiguous entry becomes once the person has said what they meant: "1.000" as
 * "grouped" is "1000"; as "decimal" it is "1" ("1.500" → "1.5", "1.234" → "1.2340"), still
 * with their own separator, so it can no longer be read as a thousands group. Other text
 * (a sign, a % or × sign) stays as typed. Text that is not ambiguous comes back unchanged.
 */
export function disambiguate(text: string, meaning: "grouped" | "decimal", culture: NumberCulture = UNKNOWN_CULTURE): string {
  const reading = readNumber(digitsOf(text), culture);
  if (reading.kind !== "ambiguous") return text;
  const mark = reading.separator;
  const match = new RegExp(`(\\d{1,3})\\${mark}(\\d{3})(?!\\d)`).exec(text);
  if (!match) return text;
  const [whole, before, after] = match;
  let replacement: string;
  if (meaning === "grouped") replacement = `${before}${after}`;
  else {
    const fraction = after.replace(/0+$/, "");
    replacement = fraction === "" ? before : `${before}${mark}${fraction.length === 3 ? `${fraction}0` : fraction}`;
  }
  return `${text.slice(0, match.index)}${replacement}${text.slice(match.index + whole.length)}`;
}
