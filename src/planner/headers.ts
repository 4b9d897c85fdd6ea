/**
 * Recognising forecast columns by their header text, in English, Estonian and Portuguese.
 *
 * A header is normalised (lower case, accents and the Estonian õ/ä/ö/ü folded to their base
 * letters, anything in parentheses such as "(s)" dropped, punctuation turned into spaces) and
 * matches a role when one of the role's phrases appears in it as whole words. Phrases are tried
 * in a fixed order: AHT first, so "Handle time" is AHT rather than an interval ("time"); then
 * calls; then headers that name a date AND a time ("Date/time", "Kuupäev ja kellaaeg", "Data e
 * hora"), which are the interval column of a dated forecast; then a date alone; then an interval
 * or time. Whole-word matching keeps "Käsitlusaeg" (handle time) from matching "aeg" (time).
 */
import { cellKind } from "./cells";
import type { ColumnMapping, ForecastRole } from "./types";

export const PHRASES: Record<"aht" | "calls" | "interval", string[]> = {
  aht: [
    // English
    "aht",
    "handle time",
    "handling time",
    "average handle time",
    "avg handle time",
    "handle secs",
    // Estonian: käsitlusaeg (handling time), keskmine käsitlusaeg, töötlemisaeg
    "kasitlusaeg",
    "keskmine kasitlusaeg",
    "kasitlusaeg s",
    "tootlemisaeg",
    "kkaeg",
    // Portuguese: TMA (tempo médio de atendimento), TMO (tempo médio operacional)
    "tma",
    "tmo",
    "tempo medio de atendimento",
    "tempo medio atendimento",
    "tempo de atendimento",
    "duracao media",
  ],
  calls: [
    "calls",
    "call volume",
    "volume",
    "offered",
    "calls offered",
    "offered calls",
    "contacts",
    // Estonian: kõned (calls), kõnede arv, pakutud kõned, maht (volume)
    "koned",
    "konesid",
    "konede arv",
    "pakutud koned",
    "maht",
    // Portuguese: chamadas, ligações, volume, chamadas oferecidas/ofertadas
    "chamadas",
    "ligacoes",
    "chamadas oferecidas",
    "oferecidas",
    "ofertadas",
  ],
  interval: [
    "interval",
    "interval start",
    "time",
    "start time",
    "period",
    "slot",
    "half hour",
    // Estonian: intervall, aeg (time), kellaaeg (clock time), periood, vahemik
    "intervall",
    "aeg",
    "kellaaeg",
    "periood",
    "vahemik",
    "algus",
    // Portuguese: intervalo, hora, horário, período, faixa horária
    "intervalo",
    "hora",
    "horario",
    "periodo",
    "faixa horaria",
    "inicio",
  ],
};

/** Headers naming both a date and a time: the interval column of a dated forecast. */
export const DATE_AND_TIME = [
  "date time",
  "datetime",
  "date and time",
  "timestamp",
  "interval date time",
  "start date time",
  // Estonian: kuupäev ja kellaaeg, aeg ja kuupäev
  "kuupaev ja kellaaeg",
  "kuupaev kellaaeg",
  "kuupaev ja aeg",
  // Portuguese: data e hora, data hora, data/hora
  "data e hora",
  "data hora",
  "data e horario",
];

/**
 * A date alone: the day of each row when the interval column holds times. These must be the
 * whole header, so "Date created" or "Data de exportação" (an export's metadata) name no role.
 */
export const DATE = [
  "date",
  "day",
  "calendar date",
  "interval date",
  "forecast date",
  // Estonian: kuupäev, päev (day)
  "kuupaev",
  "paev",
  // Portuguese: data, dia (day)
  "data",
  "dia",
];

/**
 * A rule for recognising one role: its phrases, and whether a phrase may appear within the
 * header as whole words ("within") or must be the whole header ("whole"). Rules are tried in
 * order, so a longer phrase of one role goes before a shorter one of another.
 */
export type HeaderRule<R extends string> = readonly [R, readonly string[], "within" | "whole"];

/** Phrase lists in the order they are tried, with the role each gives and whether a phrase must be the whole header. */
const ORDER: HeaderRule<ForecastRole>[] = [
  ["aht", PHRASES.aht, "within"],
  ["calls", PHRASES.calls, "within"],
  ["interval", DATE_AND_TIME, "within"],
  ["date", DATE, "whole"],
  ["interval", PHRASES.interval, "within"],
];

export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The role a header names under `rules`, or null. */
export function roleByRules<R extends string>(text: string, rules: readonly HeaderRule<R>[]): R | null {
  const words = ` ${normaliseHeader(text)} `;
  if (words.trim() === "") return null;
  for (const [role, phrases, match] of rules) {
    if (phrases.some((phrase) => (match === "whole" ? words.trim() === phrase : words.includes(` ${phrase} `)))) return role;
  }
  return null;
}

/** The first column recognised for each of `roles`; a column takes at most one role. */
export function recogniseByRules<R extends string>(
  headers: string[],
  rules: readonly HeaderRule<R>[],
  roles: readonly R[],
): Record<R, number | null> {
  const mapping = Object.fromEntries(roles.map((role) => [role, null])) as Record<R, number | null>;
  headers.forEach((header, index) => {
    const role = roleByRules(header, rules);
    if (role !== null && mapping[role] === null) mapping[role] = index;
  });
  return mapping;
}

/** The forecast role a header names, or null. */
export function roleOfHeader(text: string): ForecastRole | null {
  return roleByRules(text, ORDER);
}

/** The first column recognised for each forecast role; a column takes at most one role. */
export function recogniseHeaders(headers: string[]): ColumnMapping {
  return recogniseByRules(headers, ORDER, ["date", "interval", "calls", "aht"]);
}

/** Whether a first row is headers: some text and no numbers. */
export function looksLikeHeaderRow(row: unknown[]): boolean {
  const kinds = row.map(cellKind);
  return kinds.some((k) => k === "text") && !kinds.some((k) => k === "number");
}

/**
 * The columns to use: roles given by hand (a column, or null for none) win, the rest are the
 * recognised ones. A lone date column recognised with no interval column holds the rows' dates
 * and times, so it becomes the interval column (unless the interval was given by hand). A column
 * outside the grid (not a whole number from 0 to `width` - 1) counts as none.
 */
export function chooseColumns<R extends string>(
  found: Record<R, number | null>,
  given: Partial<Record<R, number | null>>,
  roles: readonly R[],
  width: number,
): { mapping: Record<R, number | null>; recognised: Record<R, boolean> } {
  const mapping = {} as Record<R, number | null>;
  const recognised = {} as Record<R, boolean>;
  for (const role of roles) {
    const byHand = Object.prototype.hasOwnProperty.call(given, role) && given[role] !== undefined;
    mapping[role] = byHand ? (given[role] ?? null) : found[role];
    recognised[role] = !byHand && found[role] !== null;
  }
  const date = "date" as R;
  const interval = "interval" as R;
  if (roles.includes(date) && roles.includes(interval) && mapping[interval] === null && recognised[date] && !Object.prototype.hasOwnProperty.call(given, interval)) {
    mapping[interval] = mapping[date];
    mapping[date] = null;
    recognised[interval] = true;
    recognised[date] = false;
  }
  for (const role of roles) {
    const column = mapping[role];
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= width)) mapping[role] = null;
  }
  return { mapping, recognised };
}

/** Each pair of `roles` mapped to the same column, in the order of `roles`: the later role, and the earlier it repeats. */
export function sameColumnProblems<R extends string>(
  mapping: Record<R, number | null>,
  roles: readonly R[],
): { code: "sameColumnTwice"; column: R; other: R }[] {
  const problems: { code: "sameColumnTwice"; column: R; other: R }[] = [];
  const mapped = roles.filter((role) => mapping[role] !== null);
  for (let i = 0; i < mapped.length; i++) {
    for (let j = i + 1; j < mapped.length; j++) {
      if (mapping[mapped[i]] === mapping[mapped[j]]) problems.push({ code: "sameColumnTwice", column: mapped[j], other: mapped[i] });
    }
  }
  return problems;
}
