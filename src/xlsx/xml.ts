/**
 * XML text for the parts of an .xlsx package: escaping, and the characters XML 1.0 cannot hold.
 *
 * Cell text goes through `cellText`, which also applies SpreadsheetML's own escape (ECMA-376
 * Part 1, 22.9.2.19 ST_Xstring): "_xHHHH_" in a shared string means the character HHHH, so a
 * control character is written that way and a literal "_x0041_" in the text is protected as
 * "_x005F_x0041_", which Excel and LibreOffice both read back as typed.
 */

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Surrogate pairs (kept), and what XML 1.0 cannot hold: control characters, U+FFFE/FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must not reach the XML
const PAIRS_OR_NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/** Anything escapeXml has to change. */
// eslint-disable-next-line no-control-regex -- control characters are among what must be changed
const NEEDS_ESCAPING = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for an element or attribute: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(PAIRS_OR_NOT_XML, (match) => (match.length === 2 ? match : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text of a cell (a shared string): SpreadsheetML's _xHHHH_ escape, then XML escaping. */
export function cellText(text: string): string {
  const hex = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  const protectedText = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- control characters are written as _xHHHH_
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (ch) => hex(ch.charCodeAt(0)));
  return escapeXml(protectedText);
}

/** `<name a="1" b="x">` attributes; undefined values are left out. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === "boolean" ? (value ? "1" : "0") : String(value))}"`)
    .join("");
}

/** An element: `<name …/>` when it has no content. */
export function element(name: string, attrs: Record<string, string | number | boolean | undefined> = {}, content = ""): string {
  return content === "" ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** A whole part: the XML declaration and its root. */
export function part(root: string): string {
  return XML_DECLARATION + root;
}

/** "#4472C4" as SpreadsheetML's ARGB "FF4472C4"; refuses anything else. */
export function argb(color: string): string {
  const match = /^#([0-9A-Fa-f]{6})$/.exec(color);
  if (!match) throw new Error(`"${color}" is not a colour of the form #RRGGBB.`);
  return `FF${match[1].toUpperCase()}`;
}

/** "#4472C4" as DrawingML's "4472C4". */
export function rgb(color: string): string {
  return argb(color).slice(2);
}

/** A number as XML text: the shortest text that reads back as the same double. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a workbook.`);
  return Object.is(value, -0) ? "0" : String(value);
}
