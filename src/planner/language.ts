/**
 * The languages the add-in speaks, and which of them a language tag means. Shared by the sheets
 * (the workbook's culture, "et-EE") and the pane (Office's display language, or the person's
 * choice), so both read a tag the same way.
 *
 * A tag is read full tag first, then by its language: "pt-BR" and "pt-PT" are different tables;
 * "et", "et-EE" are Estonian; "en-GB", "en-US" English. A Portuguese tag without a region ("pt")
 * is Brazilian Portuguese, because that is what CLDR's likely-subtags data makes of it
 * (pt → pt-Latn-BR, the default content locale of "pt"). Every other Portuguese region (Angola,
 * Mozambique, Cape Verde, Guinea-Bissau, São Tomé, Timor-Leste, Macao, Luxembourg, Switzerland,
 * Equatorial Guinea) writes the European norm, and CLDR's parentLocales make pt_AO, pt_MZ, …
 * inherit from pt_PT, so they get European Portuguese. Anything else is not one of ours: null,
 * and the caller falls back (to English, in the end).
 */

export type Language = "en" | "et" | "pt-BR" | "pt-PT";

export const LANGUAGES: readonly Language[] = ["en", "et", "pt-BR", "pt-PT"];

/** A full locale for each language, for Intl and for Excel (the locale its culture would name). */
export const LOCALE_OF: Readonly<Record<Language, string>> = {
  en: "en-US",
  et: "et-EE",
  "pt-BR": "pt-BR",
  "pt-PT": "pt-PT",
};

/** The language a BCP 47 tag ("et-EE", "pt_br", "PT", "en-GB") means, or null when it is none of ours. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, "-").toLowerCase().split("-");
  const primary = parts[0];
  if (primary === "en") return "en";
  if (primary === "et") return "et";
  if (primary !== "pt") return null;
  // pt-BR, pt-Latn-BR: the region is the first two-letter (or three-digit) subtag after the language.
  const region = parts.slice(1).find((part) => /^[a-z]{2}$|^\d{3}$/.test(part));
  return region === undefined || region === "br" ? "pt-BR" : "pt-PT";
}

/** The first of `tags` that is one of our languages; English when none is. */
export function firstLanguageOf(...tags: (string | null | undefined)[]): Language {
  for (const tag of tags) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return "en";
}
