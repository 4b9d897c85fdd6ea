/**
 * Names Excel accepts for new sheets and tables, made from text a person typed (a scenario's
 * name). Excel's rules for a sheet name: 1 to 31 characters, none of [ ] : * ? / \, not
 * beginning or ending with an apostrophe, not "History", unique ignoring case. Excel counts
 * UTF-16 code units, so an emoji takes two of the 31; a cut never splits one (nor any other
 * character a person sees as one, such as a flag or an accented letter typed as two code points).
 * Tabs, line breaks and other control characters become spaces.
 */

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/;

/** Tabs, line breaks and other control characters as single spaces. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL.source, "g"), " ");
}

/** Whether Excel accepts `name` as a sheet name (uniqueness aside). */
export function isSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME &&
    name.trim() !== "" &&
    !/[[\]:*?/\\]/.test(name) &&
    !CONTROL.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history" &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)
  );
}

/** Intl.Segmenter (ES2022; every browser Office supports has it), typed here for the ES2020 lib. */
type GraphemeSegmenter = new (
  locale: undefined,
  options: { granularity: "grapheme" },
) => { segment(text: string): Iterable<{ segment: string }> };
const Segmenter = (Intl as unknown as { Segmenter?: GraphemeSegmenter }).Segmenter;

/** The characters a person sees (grapheme clusters), so a cut keeps each whole; code points without Segmenter. */
function graphemes(text: string): string[] {
  if (Segmenter) return Array.from(new Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);
  return Array.from(text);
}

/** The longest start of `text` of at most `units` UTF-16 code units that ends on a whole character. */
function cut(text: string, units: number): string {
  let result = "";
  for (const piece of graphemes(text)) {
    if (result.length + piece.length > units) break;
    result += piece;
  }
  return result;
}

/** No apostrophes or spaces at either end (Excel refuses a name that starts or ends with an apostrophe). */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/** `text` as a sheet name of at most `units` code units, or "" when nothing usable is left. */
function clean(text: string, units: number): string {
  return trimEnds(cut(trimEnds(withoutControlCharacters(text).replace(FORBIDDEN, "-").replace(/\s+/g, " ")), units));
}

/**
 * A sheet name Excel accepts and no existing sheet has (ignoring case): forbidden characters
 * become "-", control characters spaces, the name is cut to 31 characters on a whole character,
 * and " (2)", " (3)", … is added on a clash.
 */
export function uniqueSheetName(desired: string, existing: string[]): string {
  let base = clean(desired, MAX_SHEET_NAME);
  if (base === "" || base.toLowerCase() === "history") base = "Sheet";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${clean(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** "WFM_Plan_1", "WFM_Plan_2", …: the first not taken (table names are workbook-wide). */
export function uniqueTableName(prefix: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; ; k++) {
    const candidate = `${prefix}_${k}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
