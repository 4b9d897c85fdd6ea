/**
 * The typed accessor for the pane's text and number formats: components call `useStrings()` and
 * `useFormat()` and get the person's language. Only English exists today; `stringsFor` is where
 * Estonian ("et") and Portuguese ("pt") plug in, each a `Strings` object, so a missing text
 * fails the build. Numbers follow the full locale ("et-EE" writes 0,8) whatever the language.
 */
import { createContext, ReactNode, useContext, useMemo } from "react";
import { formatterFor, type Formatter } from "../format";
import { en, type Strings } from "./en";

export type { Strings };

const TABLES: Record<string, Strings> = { en };

/** The table for a BCP 47 language tag ("en-GB", "et-EE", "pt-BR"), English when there is none yet. */
export function stringsFor(language: string | undefined): Strings {
  const primary = (language ?? "en").toLowerCase().split("-")[0];
  return TABLES[primary] ?? en;
}

interface Locale {
  strings: Strings;
  format: Formatter;
}

const LocaleContext = createContext<Locale>({ strings: en, format: formatterFor("en-US") });

export function LocaleProvider({ language, children }: { language: string; children: ReactNode }) {
  const locale = useMemo(() => ({ strings: stringsFor(language), format: formatterFor(language) }), [language]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(LocaleContext).strings;
}

export function useFormat(): Formatter {
  return useContext(LocaleContext).format;
}
