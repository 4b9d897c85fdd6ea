/**
 * The text a number shows under an Excel number format, for the two places a writer needs it
 * without a spreadsheet to ask: the cached category labels of a chart, and the width of a column
 * sized to its contents.
 *
 * It covers the formats the add-in writes: General; fixed decimals with or without thousands
 * separators ("0", "#,##0.0"); percents ("0.0%"); sections for positive and negative numbers
 * ("+0.0%;-0.0%"); quoted or escaped literal text; dates and times ("hh:mm", "yyyy-mm-dd",
 * "ddd d mmm"). Dates are Excel serial numbers in the 1900 date system (serial 1 = 1900-01-01,
 * counting Excel's fictitious 1900-02-29). Text is shown in English; a reader's own locale may
 * render names of days and months differently, which only matters here for widths.
 */

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Shows `value` as Excel would under `format` (see the top of this file for what is covered). */
export function formatNumber(value: number, format: string): string {
  if (format === "" || format === "@" || /^general$/i.test(format)) return general(value);
  const sections = splitSections(format);
  const negative = value < 0 && sections.length > 1;
  const section = negative ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  // A negative number under a format without its own negative section shows a minus sign.
  const magnitude = Math.abs(value);
  const body = section.replace(/\[[^\]]*\]/g, ""); // colours and conditions: [Red], [<=9999]
  if (isDateFormat(body)) return formatDate(magnitude, body);
  return formatDecimal(magnitude, body, value < 0 && !negative);
}

/** Excel's General: up to 11 significant characters, then scientific. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const fixed = Number(value.toPrecision(10));
  const text = String(fixed);
  return text.length <= 11 ? text : fixed.toExponential(5).replace(/\.?0+e/, "E").replace("e", "E");
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += format.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** The format's parts outside quotes and escapes, where its codes are. */
function codes(body: string): string {
  return body.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

function isDateFormat(body: string): boolean {
  return /[ymdhs]/i.test(codes(body).replace(/AM\/PM|A\/P/gi, "h"));
}

/** Literal text of a format piece: quotes removed, escapes resolved. */
function literal(piece: string): string {
  return piece.replace(/"([^"]*)"|\\(.)/g, (_m, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? "");
}

/** Where the digits of a number format are: the first run of 0 # ? , . outside quotes and escapes. */
function digitsSpan(body: string): { start: number; end: number } | null {
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\\") i++;
    else if (!quoted && (/[0#?]/.test(ch) || (ch === "." && /[0#?]/.test(body[i + 1] ?? "")))) {
      let end = i;
      while (end < body.length && /[0#?,.]/.test(body[end])) end++;
      return { start: i, end };
    }
  }
  return null;
}

function formatDecimal(value: number, body: string, minus: boolean): string {
  const percent = (codes(body).match(/%/g) ?? []).length;
  const scaled = value * 100 ** percent;
  const span = digitsSpan(body);
  if (!span) return (minus ? "-" : "") + literal(body);
  const pattern = body.slice(span.start, span.end);
  const [integerPattern, decimalPattern = ""] = pattern.split(".");
  const decimals = decimalPattern.replace(/[^0#?]/g, "").length;
  const minimumIntegers = (integerPattern.match(/0/g) ?? []).length;
  const [whole, fraction = ""] = scaled.toFixed(decimals).split(".");
  let integers = whole === "0" && minimumIntegers === 0 ? "" : whole;
  integers = integers.padStart(minimumIntegers, "0");
  if (integerPattern.includes(",")) integers = integers.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = decimals > 0 ? `${integers}.${fraction}` : integers;
  return `${minus ? "-" : ""}${literal(body.slice(0, span.start))}${number}${literal(body.slice(span.end))}`;
}

/** The calendar date and time of an Excel serial (1900 system). */
function fromSerial(serial: number): { year: number; month: number; day: number; weekday: number; hours: number; minutes: number; seconds: number } {
  const days = Math.floor(serial);
  const totalSeconds = Math.round((serial - days) * 86400);
  // Serial 60 is Excel's 1900-02-29, which never was (a Wednesday, as Excel counts); after it,
  // serials run one day ahead of the calendar.
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const date = new Date(epoch + days * 86400000);
  const leapDay = days === 60;
  return {
    year: leapDay ? 1900 : date.getUTCFullYear(),
    month: leapDay ? 1 : date.getUTCMonth(),
    day: leapDay ? 29 : date.getUTCDate(),
    weekday: leapDay ? 3 : date.getUTCDay(),
    hours: Math.floor(totalSeconds / 3600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}

function formatDate(serial: number, body: string): string {
  const t = fromSerial(serial);
  const twelveHour = /AM\/PM|A\/P/i.test(body);
  const two = (n: number) => String(n).padStart(2, "0");
  const tokens = /"[^"]*"|\\.|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|A\/P|\[[^\]]*\]|./gi;
  const parts = body.match(tokens) ?? [];
  let out = "";
  parts.forEach((token, i) => {
    const lower = token.toLowerCase();
    // "m" and "mm" are minutes right after hours or right before seconds, months otherwise.
    const previous = parts.slice(0, i).reverse().find((p) => /^[a-z]/i.test(p) && !/^(am\/pm|a\/p)$/i.test(p))?.toLowerCase() ?? "";
    const next = parts.slice(i + 1).find((p) => /^[a-z]/i.test(p))?.toLowerCase() ?? "";
    const minutes = (lower === "m" || lower === "mm") && (previous.startsWith("h") || next.startsWith("s"));
    const hours12 = twelveHour ? ((t.hours + 11) % 12) + 1 : t.hours;
    switch (lower) {
      case "yyyy":
        out += String(t.year);
        break;
      case "yy":
        out += two(t.year % 100);
        break;
      case "mmmmm":
        out += MONTHS[t.month][0];
        break;
      case "mmmm":
        out += MONTHS[t.month];
        break;
      case "mmm":
        out += MONTHS[t.month].slice(0, 3);
        break;
      case "mm":
        out += minutes ? two(t.minutes) : two(t.month + 1);
        break;
      case "m":
        out += minutes ? String(t.minutes) : String(t.month + 1);
        break;
      case "dddd":
        out += DAYS[t.weekday];
        break;
      case "ddd":
        out += DAYS[t.weekday].slice(0, 3);
        break;
      case "dd":
        out += two(t.day);
        break;
      case "d":
        out += String(t.day);
        break;
      case "hh":
        out += two(hours12);
        break;
      case "h":
        out += String(hours12);
        break;
      case "ss":
        out += two(t.seconds);
        break;
      case "s":
        out += String(t.seconds);
        break;
      case "am/pm":
        out += t.hours < 12 ? "AM" : "PM";
        break;
      case "a/p":
        out += t.hours < 12 ? "A" : "P";
        break;
      default:
        out += token.startsWith("[") ? "" : literal(token);
    }
  });
  return out;
}
