/**
 * The typed accessor for the pane's text and number formats: components call `useStrings()` and
 * `useFormat()` and get the person's language, `useLanguageChoice()` for the language menu.
 *
 * Which language: the one the person chose in the pane's menu, remembered for them in this
 * browser's localStorage (never in the workbook, which others open too); otherwise Office's
 * display language, read full tag first, then by language (planner/language.ts: pt-BR and pt-PT
 * are different tables, "pt" alone is pt-BR); a language the add-in does not speak gets English.
 * Numbers and dates follow the chosen language's conventions, in the region Office's display
 * language names when it is that same language (en-GB stays en-GB), else the language's own.
 */
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { languageOf, LANGUAGES, LOCALE_OF, type Language } from "../../workbook/api";
import { formatterFor, type Formatter } from "../format";
import { en, type Strings } from "./en";
import { et } from "./et";
import { pseudoLocalize } from "./pseudo";
import { ptBR } from "./pt-BR";
import { ptPT } from "./pt-PT";
import { complete } from "./translation";

export type { Strings };

/** The pane's languages, and the pseudo-locale that tests its layout (pseudo.ts). */
export type PaneLanguage = Language | "qps-ploc";

export const PSEUDO_LOCALE = "qps-ploc";

/** Each language's name in itself, as a language menu lists them (the same in every table). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  et: "Eesti",
  "pt-BR": "Português (Brasil)",
  "pt-PT": "Português (Portugal)",
};

/** The translations as written (English where one lacks a text is filled in by `stringsFor`). */
export const TRANSLATIONS = { et, "pt-BR": ptBR, "pt-PT": ptPT } as const;

const TABLES: Record<PaneLanguage, Strings> = {
  en,
  et: complete(en, et),
  "pt-BR": complete(en, ptBR),
  "pt-PT": complete(en, ptPT),
  [PSEUDO_LOCALE]: pseudoLocalize(en),
};

/** The pane language a BCP 47 tag means, or null when the add-in does not speak it. */
export function paneLanguageOf(tag: string | null | undefined): PaneLanguage | null {
  if (tag && tag.trim().toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return languageOf(tag);
}

/** The table for a pane language or a language tag ("en-GB", "et-EE", "pt-BR"); English for any other. */
export function stringsFor(language: string | undefined): Strings {
  return TABLES[paneLanguageOf(language) ?? "en"];
}

/** The locale numbers and dates are shown in: Office's own when it is the chosen language, else the language's. */
export function localeFor(language: PaneLanguage, displayLanguage: string): string {
  if (language === PSEUDO_LOCALE) return "en-US";
  return languageOf(displayLanguage) === language && /-/.test(displayLanguage) ? displayLanguage : LOCALE_OF[language];
}

/** Where the person's choice of language is remembered, in this browser only. */
export const LANGUAGE_STORAGE_KEY = "wfm.paneLanguage";

function storedChoice(): PaneLanguage | null {
  try {
    return paneLanguageOf(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    // Storage can be switched off; the pane then follows Office each time it opens.
    return null;
  }
}

function storeChoice(choice: PaneLanguage | null): void {
  try {
    if (choice === null) window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    else window.localStorage.setItem(LANGUAGE_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but the pane still switches.
  }
}

export interface LanguageChoice {
  /** The language the pane is in. */
  language: PaneLanguage;
  /** The language Office's display language gives (the menu's "As Office" choice). */
  automatic: PaneLanguage;
  /** The person's own choice, or null while the pane follows Office. */
  chosen: PaneLanguage | null;
  /** Chooses a language (null: follow Office again) and remembers it for this person. */
  choose(language: PaneLanguage | null): void;
  /** The languages a menu offers, in order. */
  options: readonly Language[];
}

interface Locale {
  strings: Strings;
  format: Formatter;
  choice: LanguageChoice;
}

const LocaleContext = createContext<Locale>({
  strings: en,
  format: formatterFor("en-US"),
  choice: { language: "en", automatic: "en", chosen: null, choose: () => undefined, options: LANGUAGES },
});

/** `language`: Office's display language (a BCP 47 tag). */
export function LocaleProvider({ language, children }: { language: string; children: ReactNode }) {
  const automatic = paneLanguageOf(language) ?? "en";
  const [chosen, setChosen] = useState<PaneLanguage | null>(storedChoice);
  const current = chosen ?? automatic;
  const choose = useCallback((next: PaneLanguage | null) => {
    storeChoice(next);
    setChosen(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = current === PSEUDO_LOCALE ? "en" : LOCALE_OF[current];
  }, [current]);
  const locale = useMemo(
    () => ({
      strings: TABLES[current],
      format: formatterFor(localeFor(current, language)),
      choice: { language: current, automatic, chosen, choose, options: LANGUAGES },
    }),
    [current, language, automatic, chosen, choose],
  );
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(LocaleContext).strings;
}

export function useFormat(): Formatter {
  return useContext(LocaleContext).format;
}

export function useLanguageChoice(): LanguageChoice {
  return useContext(LocaleContext).choice;
}
