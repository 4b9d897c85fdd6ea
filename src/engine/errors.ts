/**
 * Errors the engine raises for inputs it cannot answer.
 *
 * `argument` is the worksheet name of the offending input (`calls`, `aht`, `target_sl`, …) so
 * that every layer above can tell the person which cell to fix without translating names.
 * `kind` separates a value outside its domain ("range") from a target that no staffing can
 * meet ("unreachable"); both become #NUM! in a worksheet.
 */
export type EngineErrorKind = "range" | "unreachable";

export class EngineInputError extends Error {
  readonly argument: string;
  readonly kind: EngineErrorKind;

  constructor(argument: string, message: string, kind: EngineErrorKind = "range") {
    super(message);
    this.name = "EngineInputError";
    this.argument = argument;
    this.kind = kind;
  }
}
