/**
 * Errors the engine raises for inputs it cannot answer.
 *
 * `argument` is the worksheet name of the offending input (`calls`, `aht`, `target_sl`, …) so
 * that every layer above can tell the person which cell to fix without translating names.
 * `kind` separates a value outside its domain ("range") from a target that no staffing can
 * meet ("unreachable"); both become #NUM! in a worksheet. `index`, for an argument that is a
 * list (a column of intervals), is the 0-based position of the entry at fault, so that the
 * layer above can name its row.
 */
export type EngineErrorKind = "range" | "unreachable";

export class EngineInputError extends Error {
  readonly argument: string;
  readonly kind: EngineErrorKind;
  readonly index?: number;

  constructor(argument: string, message: string, kind: EngineErrorKind = "range", index?: number) {
    super(message);
    this.name = "EngineInputError";
    this.argument = argument;
    this.kind = kind;
    if (index !== undefined) this.index = index;
  }
}

/**
 * A ratio over a period whose denominator totals zero: a period with no calls offered, or no
 * actual volume to measure a forecast against. The inputs are valid; the ratio does not exist,
 * so a worksheet shows #DIV/0!, as Excel's own ratios do. `argument` names the total at 0.
 */
export class ZeroTotalError extends Error {
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(message);
    this.name = "ZeroTotalError";
    this.argument = argument;
  }
}
