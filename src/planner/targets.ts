/**
 * Targets: sensible defaults, what the person typed turned into numbers (either decimal
 * separator: "0,8" and "0.8" are the same; thousands as the workbook's culture groups them, see
 * numbers.ts), and the checks that refuse nonsense field by field.
 *
 * Percent fields (service level, maximum occupancy, shrinkage) accept "80", "80%", "80,5" and
 * fractions "0,8" / "0.8": a number with a % sign, or above 1, is a percent; 1 or less without a
 * sign is a fraction (so "1" means 100%). Factor fields (volume, AHT) accept a factor ("1,1",
 * "×1,1"), a share of the forecast in percent ("90%" is ×0.9) or a signed change in percent
 * ("+10%", "-5%", "−5%", or "−5" without the sign).
 */
import { LIMITS, type Limit } from "../engine";
import { ambiguityOf, readNumber, UNKNOWN_CULTURE, type NumberCulture, type NumberReading } from "./numbers";
import type { FieldProblem, InputProblem, IntervalMinutes, PlanTargets, TargetField, TargetInputs } from "./types";

export function defaultTargets(): PlanTargets {
  return {
    intervalMinutes: 30,
    goal: "serviceLevel",
    targetServiceLevel: 0.8,
    targetSeconds: 20,
    targetAsaSeconds: 30,
    maxOccupancy: 0.85,
    patienceSeconds: null,
    abandonRule: 0,
    shrinkage: 0.3,
    paidHoursPerFteWeek: 37.5,
    operatingDaysPerWeek: 5,
    costPerAgentHour: null,
  };
}

/**
 * A number typed with either decimal separator, read in the workbook's `culture` (numbers.ts):
 * "0,8" and "0.8" are the same, "1 234,5" and "1,234.5" are 1234.5. Null for anything else,
 * and for a text such as "1.000" that could be one thousand or one (numbers.ts's readNumber says
 * which two; the targets form asks). Without a culture, every such text is null.
 */
export function parseDecimal(text: string, culture: NumberCulture = UNKNOWN_CULTURE): number | null {
  const reading = readNumber(text, culture);
  return reading.kind === "number" ? reading.value : null;
}

/**
 * Shows a number in an input field with the person's decimal separator, never in a shape that
 * reads as a thousands group (the targets form here, the capacity form in capacity-inputs.ts).
 */
export function fieldText(value: number, decimalSeparator: string): string {
  let text = String(Number(value.toPrecision(12)));
  // "22.125" could read as a thousands group in some workbooks (numbers.ts): "22.1250" cannot.
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += "0";
  return decimalSeparator === "," ? text.replace(".", ",") : text;
}

/** The inputs that show `targets` (percent fields in percent), for filling the form. */
export function targetsToInputs(
  targets: PlanTargets,
  defaultAhtSeconds: number | null = null,
  adjustments: { volumeFactor: number; ahtFactor: number } = { volumeFactor: 1, ahtFactor: 1 },
  decimalSeparator: "." | "," = ".",
): TargetInputs {
  const n = (v: number | null): string => (v === null ? "" : fieldText(v, decimalSeparator));
  const pct = (v: number | null): string => (v === null ? "" : fieldText(v * 100, decimalSeparator));
  return {
    goal: targets.goal,
    intervalMinutes: String(targets.intervalMinutes),
    targetServiceLevel: pct(targets.targetServiceLevel),
    targetSeconds: n(targets.targetSeconds),
    targetAsaSeconds: n(targets.targetAsaSeconds),
    maxOccupancy: pct(targets.maxOccupancy),
    patienceSeconds: n(targets.patienceSeconds),
    abandonRule: String(targets.abandonRule),
    shrinkage: pct(targets.shrinkage),
    paidHoursPerFteWeek: n(targets.paidHoursPerFteWeek),
    operatingDaysPerWeek: n(targets.operatingDaysPerWeek),
    costPerAgentHour: n(targets.costPerAgentHour),
    defaultAhtSeconds: n(defaultAhtSeconds),
    volumeFactor: n(adjustments.volumeFactor),
    ahtFactor: n(adjustments.ahtFactor),
  };
}

/** A reading with `convert` applied to its number (both numbers, when ambiguous). */
function mapReading(reading: NumberReading, convert: (value: number) => number): NumberReading {
  if (reading.kind === "number") return { kind: "number", value: convert(reading.value) };
  if (reading.kind === "ambiguous") return { ...reading, grouped: convert(reading.grouped), decimal: convert(reading.decimal) };
  return reading;
}

/**
 * What a volume or AHT adjustment field means, as a factor on the forecast. A sign says "change":
 * "+10%" is ×1.1, "-5%", "−5%" and "−5" are ×0.95. A percent without a sign is a share of the
 * forecast, as a planner says "volume at 90%": ×0.9 (not +90%). Anything else is the factor
 * itself: "1,1", "0.95", "×1,1". An ambiguous number ("1.100") gives both factors.
 */
export function readAdjustmentFactor(text: string, culture: NumberCulture = UNKNOWN_CULTURE): NumberReading {
  const trimmed = text.trim();
  const times = /^[\u00D7xX]\s*(.*)$/.exec(trimmed);
  if (times) return readNumber(times[1], culture); // "×10%" says two things at once: not a number
  const reading = readNumber(trimmed.replace(/%\s*$/, ""), culture);
  if (/^[+\-\u2212]/.test(trimmed)) return mapReading(reading, (value) => 1 + value / 100);
  return /%\s*$/.test(trimmed) ? mapReading(reading, (value) => value / 100) : reading;
}

/**
 * A percent typed in a field, as a fraction: "80", "80%", "80,5" are percents, and so is any
 * number above 1; "0,8" without a sign is a fraction. Read in the workbook's `culture` (an
 * ambiguous "1.000%" gives both fractions, as readNumber does).
 */
export function readPercentText(text: string, culture: NumberCulture = UNKNOWN_CULTURE): NumberReading {
  const trimmed = text.trim();
  const hasSign = /%\s*$/.test(trimmed);
  return mapReading(readNumber(trimmed.replace(/%\s*$/, ""), culture), (value) => (hasSign || value > 1 ? value / 100 : value));
}

export interface Bounds {
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
}

/** Whether `value` lies outside `bounds` (open ends exclude the limit itself). */
export function outside(value: number, bounds: Bounds): boolean {
  const low = bounds.minOpen ? value <= bounds.min : value < bounds.min;
  const high = bounds.maxOpen ? value >= bounds.max : value > bounds.max;
  return low || high;
}

/** An engine limit as a field's bounds; percent fields are in percent (scale 100). */
export function boundsOf(limit: Limit, scale = 1): Bounds {
  return {
    min: limit.low * scale,
    max: limit.high * scale,
    ...(limit.lowOpen ? { minOpen: true } : {}),
    ...(limit.highOpen ? { maxOpen: true } : {}),
  };
}

/**
 * The fields that are engine arguments take the engine's own limits (src/engine/limits.ts), so
 * a value the form accepts is one the engine computes: a patience of 0.5 s used to pass here and
 * then fail in the plan with a message about the forecast row.
 */
const ENGINE_BOUNDS = {
  targetServiceLevel: boundsOf(LIMITS.target_sl, 100),
  targetSeconds: boundsOf(LIMITS.target_time),
  targetAsaSeconds: boundsOf(LIMITS.target_asa),
  maxOccupancy: boundsOf(LIMITS.max_occupancy, 100),
  patienceSeconds: boundsOf(LIMITS.patience),
  shrinkage: boundsOf(LIMITS.shrinkage, 100),
  defaultAhtSeconds: boundsOf(LIMITS.aht),
} as const satisfies Partial<Record<TargetField, Bounds>>;

/**
 * Fields in seconds. As in the engine, a time between 0 and 1 second is refused even where the
 * range starts at 0 (a target time): no contact-centre time is a fraction of a second.
 */
const SECONDS_FIELDS: ReadonlySet<TargetField> = new Set<TargetField>([
  "targetSeconds",
  "targetAsaSeconds",
  "patienceSeconds",
  "defaultAhtSeconds",
]);

/** The problem with `value` in a target field, or null when it is within bounds. */
function rangeProblem(field: TargetField, value: number, bounds: Bounds): InputProblem | null {
  if (outside(value, bounds)) return { field, code: "outOfRange", value, ...bounds };
  if (SECONDS_FIELDS.has(field) && value > 0 && value < 1) return { field, code: "outOfRange", value, min: 1, max: bounds.max };
  return null;
}

/**
 * Reads a form's typed fields (`F`) into numbers, collecting a problem per refused field: the
 * targets form here, the capacity form in capacity-inputs.ts.
 */
export class FieldReader<F extends string> {
  readonly problems: FieldProblem<F>[] = [];

  /**
   * Numbers are read in the workbook's `culture` (numbers.ts), so "1.000" is asked about where
   * it could be one thousand or one. `rangeProblem` says what is wrong with a number in a
   * field's bounds: by default, that it is outside them; the targets form also refuses fractions
   * of a second.
   */
  constructor(
    private readonly inputs: Partial<Record<F, string>>,
    private readonly culture: NumberCulture = UNKNOWN_CULTURE,
    private readonly rangeProblem: (field: F, value: number, bounds: Bounds) => FieldProblem<F> | null = (field, value, bounds) =>
      outside(value, bounds) ? { field, code: "outOfRange", value, ...bounds } : null,
  ) {}

  text(field: F): string {
    return (this.inputs[field] ?? "").trim();
  }

  /** Records a problem of the caller's own (a rule across fields, say). */
  refuse(problem: FieldProblem<F>): null {
    this.problems.push(problem);
    return null;
  }

  check(field: F, value: number, bounds: Bounds): number | null {
    const problem = this.rangeProblem(field, value, bounds);
    if (problem) {
      this.problems.push(problem);
      return null;
    }
    return value;
  }

  /**
   * The number in `reading`, or null with the field's problem: not a number, or ambiguous (then
   * with the two numbers the digits could be, as typed, signs and % aside).
   */
  private value(field: F, text: string, reading: NumberReading): number | null {
    if (reading.kind === "number") return reading.value;
    const ambiguous = ambiguityOf(text, this.culture);
    if (ambiguous) this.problems.push({ field, code: "ambiguousNumber", value: text, ...ambiguous });
    else this.problems.push({ field, code: "notANumber", value: text });
    return null;
  }

  /** A plain number; blank gives `blank` (undefined: the field is required). */
  number(field: F, bounds: Bounds, blank?: null): number | null {
    const text = this.text(field);
    if (text === "") {
      if (blank === undefined) this.problems.push({ field, code: "required" });
      return null;
    }
    const value = this.value(field, text, readNumber(text, this.culture));
    return value === null ? null : this.check(field, value, bounds);
  }

  /** A whole number (weeks, hires); blank gives `blank` (undefined: the field is required). */
  whole(field: F, bounds: Bounds, blank?: null): number | null {
    const value = this.number(field, bounds, blank);
    if (value === null || Number.isInteger(value)) return value;
    return this.refuse({ field, code: "notWhole", value });
  }

  /** A percent field; returns a fraction. Bounds are in percent. */
  percent(field: F, bounds: Bounds, blank?: null): number | null {
    const text = this.text(field);
    if (text === "") {
      if (blank === undefined) this.problems.push({ field, code: "required" });
      return null;
    }
    const fraction = this.value(field, text, readPercentText(text, this.culture));
    if (fraction === null) return null;
    return this.check(field, fraction * 100, bounds) === null ? null : fraction;
  }

  /** A factor, a share of the forecast or a change in percent (see readAdjustmentFactor). */
  factor(field: F): number {
    const text = this.text(field);
    if (text === "") return 1;
    const factor = this.value(field, text, readAdjustmentFactor(text, this.culture));
    if (factor === null) return 1;
    return this.check(field, factor, { min: 0, max: 5, minOpen: true }) ?? 1;
  }

  choice<T extends string>(field: F, text: string, allowed: readonly T[]): T | null {
    const trimmed = text.trim();
    if ((allowed as readonly string[]).includes(trimmed)) return trimmed as T;
    this.problems.push({ field, code: "notAllowed", value: trimmed, allowed: [...allowed] });
    return null;
  }
}

export interface ParsedTargetInputs {
  /** null while any problem remains. */
  targets: PlanTargets | null;
  defaultAhtSeconds: number | null;
  volumeFactor: number;
  ahtFactor: number;
  problems: InputProblem[];
}

/**
 * Reads the form; every field with a problem is listed, so each message can sit beside its field.
 * Numbers are read in the workbook's `culture` (numbers.ts); without one, "1.000" is asked about.
 */
export function parseTargetInputs(inputs: TargetInputs, culture: NumberCulture = UNKNOWN_CULTURE): ParsedTargetInputs {
  const read = new FieldReader<TargetField>(inputs, culture, rangeProblem);
  const goal = inputs.goal === "asa" ? "asa" : "serviceLevel";
  const interval = read.choice("intervalMinutes", inputs.intervalMinutes ?? "", ["15", "30", "60"] as const);
  const targetServiceLevel =
    goal === "serviceLevel"
      ? read.percent("targetServiceLevel", ENGINE_BOUNDS.targetServiceLevel)
      : (read.percent("targetServiceLevel", ENGINE_BOUNDS.targetServiceLevel, null) ?? 0.8);
  const targetSeconds = read.number("targetSeconds", ENGINE_BOUNDS.targetSeconds);
  const targetAsaSeconds =
    goal === "asa"
      ? read.number("targetAsaSeconds", ENGINE_BOUNDS.targetAsaSeconds)
      : (read.number("targetAsaSeconds", ENGINE_BOUNDS.targetAsaSeconds, null) ?? 30);
  const maxOccupancy = read.percent("maxOccupancy", ENGINE_BOUNDS.maxOccupancy, null);
  const patienceSeconds = read.number("patienceSeconds", ENGINE_BOUNDS.patienceSeconds, null);
  const abandonRule = read.choice("abandonRule", inputs.abandonRule ?? "0", ["0", "1", "2"] as const);
  const shrinkage = read.percent("shrinkage", ENGINE_BOUNDS.shrinkage);
  const paidHoursPerFteWeek = read.number("paidHoursPerFteWeek", { min: 0, max: 168, minOpen: true });
  const operatingDaysPerWeek = read.number("operatingDaysPerWeek", { min: 0, max: 7, minOpen: true });
  const costPerAgentHour = read.number("costPerAgentHour", { min: 0, max: 1e9 }, null);
  const defaultAhtSeconds = read.number("defaultAhtSeconds", ENGINE_BOUNDS.defaultAhtSeconds, null);
  const volumeFactor = read.factor("volumeFactor");
  const ahtFactor = read.factor("ahtFactor");

  const problems = read.problems;
  const targets: PlanTargets | null =
    problems.length > 0
      ? null
      : {
          intervalMinutes: Number(interval) as IntervalMinutes,
          goal,
          targetServiceLevel: targetServiceLevel as number,
          targetSeconds: targetSeconds as number,
          targetAsaSeconds: targetAsaSeconds as number,
          maxOccupancy,
          patienceSeconds,
          abandonRule: Number(abandonRule) as 0 | 1 | 2,
          shrinkage: shrinkage as number,
          paidHoursPerFteWeek: paidHoursPerFteWeek as number,
          operatingDaysPerWeek: operatingDaysPerWeek as number,
          costPerAgentHour,
        };
  return { targets, defaultAhtSeconds, volumeFactor, ahtFactor, problems };
}

/** Checks targets that did not come through the form (e.g. read back from a stored scenario). */
export function targetProblems(targets: PlanTargets): InputProblem[] {
  const problems: InputProblem[] = [];
  const within = (field: TargetField, value: unknown, bounds: Bounds, scale = 1, optional = false): void => {
    if (optional && value === null) return;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push({ field, code: "notANumber", value: String(value) });
      return;
    }
    const problem = rangeProblem(field, value * scale, bounds);
    if (problem) problems.push(problem);
  };
  if (![15, 30, 60].includes(targets.intervalMinutes)) {
    problems.push({ field: "intervalMinutes", code: "notAllowed", value: String(targets.intervalMinutes), allowed: ["15", "30", "60"] });
  }
  within("targetServiceLevel", targets.targetServiceLevel, ENGINE_BOUNDS.targetServiceLevel, 100);
  within("targetSeconds", targets.targetSeconds, ENGINE_BOUNDS.targetSeconds);
  within("targetAsaSeconds", targets.targetAsaSeconds, ENGINE_BOUNDS.targetAsaSeconds);
  within("maxOccupancy", targets.maxOccupancy, ENGINE_BOUNDS.maxOccupancy, 100, true);
  within("patienceSeconds", targets.patienceSeconds, ENGINE_BOUNDS.patienceSeconds, 1, true);
  if (![0, 1, 2].includes(targets.abandonRule)) {
    problems.push({ field: "abandonRule", code: "notAllowed", value: String(targets.abandonRule), allowed: ["0", "1", "2"] });
  }
  within("shrinkage", targets.shrinkage, ENGINE_BOUNDS.shrinkage, 100);
  within("paidHoursPerFteWeek", targets.paidHoursPerFteWeek, { min: 0, max: 168, minOpen: true });
  within("operatingDaysPerWeek", targets.operatingDaysPerWeek, { min: 0, max: 7, minOpen: true });
  within("costPerAgentHour", targets.costPerAgentHour, { min: 0, max: 1e9 }, 1, true);
  return problems;
}
