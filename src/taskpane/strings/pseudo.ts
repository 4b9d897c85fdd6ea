/**
 * A pseudo-locale ("qps-ploc", the tag Windows gives its own): the English table with every
 * letter accented and every word about 40% longer, in brackets: "Use selection" reads
 * "[Ûšéšé šéļéçţîöñšéļ]". Translations run longer than English (Estonian compounds, Portuguese
 * phrases), so a pane that fits 320 px in this locale fits in theirs; and since no plain
 * a–z letter is left in it, any English that shows is text some code wrote inline. Values a
 * text inserts (a sheet's name, a count) are left as they are.
 *
 * Chosen like a language: by Office's display language "qps-ploc", or by storing it as the
 * person's choice (localStorage "wfm.paneLanguage" = "qps-ploc"), which the browser test does.
 */
import type { Strings } from "./en";

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, i) => [
    letter,
    [..."åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i],
  ]),
);

/** Private-use characters around an inserted value's index, which no text contains. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const INSERTED = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

/** Each word accented and lengthened by 40% (rounded up), by repeating its own start. */
function stretch(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const accented = [...word].map((letter) => ACCENTED[letter]).join("");
    return accented + [...accented].slice(0, Math.ceil(word.length * 0.4)).join("").toLowerCase();
  });
}

/** A text in the pseudo-locale; text without letters (units, symbols) stays as it is. */
export function pseudoText(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const parts = text.split(INSERTED);
  // split() with a capture group alternates text and captured indexes: keep the indexes' markers.
  const stretched = parts.map((part, i) => (i % 2 === 1 ? `${OPEN}${part}${CLOSE}` : stretch(part))).join("");
  // Digits and symbols do not stretch: pad with dots, in words short enough to wrap.
  const missing = Math.ceil(text.length * 1.4) - stretched.length - 2;
  const padding = missing > 0 ? ` ${"·····".repeat(Math.ceil(missing / 6)).replace(/(·{5})(?=·)/g, "$1 ")}`.slice(0, missing + 1) : "";
  return `[${stretched}${padding}]`;
}

function pseudoFunction(english: (...args: never[]) => string): (...args: unknown[]) => string {
  return (...args: unknown[]) => {
    // Text arguments go in as markers, so only the table's own words are stretched; numbers go
    // in as they are, since they choose between singular and plural.
    const marked = args.map((arg, i) => (typeof arg === "string" && arg !== "" ? `${OPEN}${i}${CLOSE}` : arg));
    const text = pseudoText((english as (...a: unknown[]) => string)(...marked));
    return text.replace(INSERTED, (_whole, index: string) => String(args[Number(index)]));
  };
}

function pseudoOf(value: unknown): unknown {
  if (typeof value === "string") return pseudoText(value);
  if (typeof value === "function") return pseudoFunction(value as (...args: never[]) => string);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoOf(inner)]));
  }
  return value;
}

/** The whole English table in the pseudo-locale. */
export function pseudoLocalize(english: Strings): Strings {
  return pseudoOf(english) as Strings;
}
