/**
 * What a translation of the pane's English table (en.ts) is: the same keys, nested the same way,
 * each text a string where English has a string and a function of the same arguments where
 * English has a function. Every key is optional in the type, so that texts added in English on
 * other branches merge before they are translated: `complete` lets the English text stand in, and
 * test/taskpane/strings-languages.test.ts fails, naming each key, until the translation has it.
 * A key English does not have, or a function of other arguments, fails the type check.
 */

export type Translation<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => R
    : T[K] extends string
      ? string
      : T[K] extends object
        ? Translation<T[K]>
        : T[K];
};

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The translation with English filled in wherever it has no text of its own. */
export function complete<T>(english: T, translation: Translation<T>): T {
  if (!isTable(english)) return ((translation as unknown) ?? english) as T;
  const result: Record<string, unknown> = { ...english };
  for (const [key, value] of Object.entries(translation as Record<string, unknown>)) {
    if (value === undefined) continue;
    result[key] = isTable(english[key as keyof T]) ? complete(english[key as keyof T], value as Translation<unknown>) : value;
  }
  return result as T;
}
