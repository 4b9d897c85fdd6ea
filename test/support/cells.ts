/** Worksheet arguments as Excel passes them: every argument a matrix, a single cell [[value]]. */

export type Cell = unknown;

/** One cell. */
export const m = (value: Cell): Cell[][] => [[value]];
/** A column of cells, one per row. */
export const column = (...values: Cell[]): Cell[][] => values.map((v) => [v]);
/** A row of cells. */
export const row = (...values: Cell[]): Cell[][] => [values];

/** An Excel error cell as the functions return it outside Excel. */
export interface ErrorCell {
  code: string;
  message?: string;
}
