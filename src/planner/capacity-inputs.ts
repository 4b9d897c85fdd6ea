/**
 * The capacity form: what the person typed, read into a capacity scenario's settings and source,
 * with every refusal named by its field, by the targets form's own reader (targets.ts's
 * FieldReader: a decimal comma or point; a percent field takes 60, 60% or 0,6; thousands as the
 * workbook's culture groups them, numbers.ts, so "1.000" is asked about where it could be one
 * thousand or one, never read silently).
 *
 * Limits come from the engine (LIMITS, PLAN_WEEKS: src/engine/limits.ts) and its defaults fill
 * a new form (CAPACITY_DEFAULTS, HIRING_DEFAULTS). One table of limits, FIELDS, serves both the form
 * and the check of a scenario read back from the workbook (capacitySettingsProblems), so a stored
 * scenario is held to exactly what the form accepts.
 *
 * Rules across fields:
 * - attrition must come to less than 100% a week once converted (a turnover ratio of 600% a
 *   month is 138% a week: a monthly figure typed where an annual one belongs);
 * - a share of the team who leave is below 100% (a turnover ratio may exceed it);
 * - the smallest class is at most the largest.
 * Growth per week is a change in percent: "0,5" is +0.5% a week (not 50%), "-1" is −1%.
 */
import { CAPACITY_DEFAULTS, HIRING_DEFAULTS, LIMITS, PLAN_WEEKS } from "../engine";
import { weeklyAttritionOf } from "./capacity";
import type {
  AttritionFigure,
  AttritionPeriod,
  CapacityField,
  CapacityInputProblem,
  CapacitySettings,
  RequiredFteSource,
} from "./capacity-types";
import { parseAddress } from "./addresses";
import { dateLabel, isoDateSerial, serialOf } from "./dates";
import { UNKNOWN_CULTURE, type NumberCulture } from "./numbers";
import { boundsOf, FieldReader, fieldText, outside, parseDecimal, type Bounds } from "./targets";

/** How a number field reads: a plain number, a whole number, a percent (a share) or a change in percent. */
type Kind = "number" | "whole" | "percent" | "change";

interface FieldSpec {
  kind: Kind;
  /** In the field's unit: percent for percent and change fields. */
  bounds: Bounds;
  /** Blank means "none" (null) rather than a missing value. */
  optional?: boolean;
}

/**
 * The limits of every number field, in the unit the person types: the engine's own where the field
 * is an argument of WFM.CAPACITY_PLAN or WFM.HIRING_PLAN (src/engine/limits.ts), so a value the
 * form accepts is one the engine plans with.
 */
export const CAPACITY_FIELDS = {
  headcount: { kind: "number", bounds: boundsOf(LIMITS.headcount) },
  trainWeeks: { kind: "whole", bounds: boundsOf(LIMITS.train_weeks) },
  nestingWeeks: { kind: "whole", bounds: boundsOf(LIMITS.nesting_weeks) },
  nestingProductivity: { kind: "percent", bounds: boundsOf(LIMITS.nesting_productivity, 100) },
  graduationRate: { kind: "percent", bounds: boundsOf(LIMITS.graduation_rate, 100) },
  ftePerHead: { kind: "number", bounds: boundsOf(LIMITS.fte_per_head) },
  leadWeeks: { kind: "whole", bounds: boundsOf(LIMITS.lead_weeks) },
  minClass: { kind: "whole", bounds: boundsOf(LIMITS.min_class) },
  maxClass: { kind: "whole", bounds: boundsOf(LIMITS.max_class), optional: true },
  costPerHire: { kind: "number", bounds: { min: 0, max: 1e9 }, optional: true },
  costPerFteWeek: { kind: "number", bounds: { min: 0, max: 1e9 }, optional: true },
  paidHoursPerFteWeek: { kind: "number", bounds: { min: 0, max: 168, minOpen: true } },
  weeklyGrowth: { kind: "change", bounds: { min: -100, max: 100, minOpen: true } },
  weeks: { kind: "whole", bounds: boundsOf(PLAN_WEEKS) },
} as const satisfies Partial<Record<CapacityField, FieldSpec>>;

type NumberField = keyof typeof CAPACITY_FIELDS;

/**
 * Attrition bounds in percent: a share of the team who leave compounds, so it stays below 100%
 * as a weekly share must; a turnover ratio has no top of its own (WFM.ATTRITION_CONVERT's rate).
 */
function attritionBounds(figure: AttritionFigure): Bounds {
  return boundsOf(figure === "share" ? LIMITS.weekly_attrition : LIMITS.rate, 100);
}

/** What the person typed, field by field (strings as typed, any decimal separator). */
export interface CapacityInputs {
  source: "scenario" | "column";
  /** The planner scenario whose pattern is staffed (source "scenario"). */
  scenarioId: string;
  volumes: "growth" | "column";
  weeklyGrowth: string;
  weeks: string;
  /** The column of weekly calls (volumes "column") or of required FTE (source "column"). */
  address: string;
  paidHoursPerFteWeek: string;
  /** yyyy-mm-dd, as a date field gives it. */
  firstWeek: string;
  headcount: string;
  attritionRate: string;
  attritionPeriod: AttritionPeriod;
  attritionFigure: AttritionFigure;
  trainWeeks: string;
  nestingWeeks: string;
  nestingProductivity: string;
  graduationRate: string;
  ftePerHead: string;
  leadWeeks: string;
  minClass: string;
  maxClass: string;
  costPerHire: string;
  costPerFteWeek: string;
}

/** Shows a number in a field with the person's decimal separator (blank for none). */
function show(value: number | null, decimalSeparator: string): string {
  return value === null ? "" : fieldText(value, decimalSeparator);
}

/** The first day of the week after `today` that is a Monday (a plan starts with a whole week ahead). */
export function nextMonday(today: Date): number {
  const serial = serialOf(today.getFullYear(), today.getMonth() + 1, today.getDate());
  // Serial 2 (1900-01-01) was a Monday in Excel's count.
  const weekday = (serial - 2) % 7;
  return serial + (7 - weekday);
}

/** A new form: the engine's defaults, the volumes growing from the scenario's, and fields the person must fill blank. */
export function defaultCapacityInputs(firstWeek: number, decimalSeparator: "." | "," = "."): CapacityInputs {
  const n = (value: number | null) => show(value, decimalSeparator);
  return {
    source: "scenario",
    scenarioId: "",
    volumes: "growth",
    weeklyGrowth: "0",
    weeks: "52",
    address: "",
    paidHoursPerFteWeek: "",
    firstWeek: dateLabel(firstWeek),
    headcount: "",
    attritionRate: "",
    attritionPeriod: "year",
    attritionFigure: "turnover",
    trainWeeks: n(CAPACITY_DEFAULTS.trainWeeks),
    nestingWeeks: n(CAPACITY_DEFAULTS.nestingWeeks),
    nestingProductivity: n(CAPACITY_DEFAULTS.nestingProductivity * 100),
    graduationRate: n(CAPACITY_DEFAULTS.graduationRate * 100),
    ftePerHead: n(CAPACITY_DEFAULTS.ftePerHead),
    leadWeeks: n(HIRING_DEFAULTS.leadWeeks),
    minClass: n(HIRING_DEFAULTS.minClass),
    maxClass: n(HIRING_DEFAULTS.maxClass),
    costPerHire: "",
    costPerFteWeek: "",
  };
}

/** The form filled from a stored capacity scenario (percent fields in percent). */
export function capacityToInputs(
  source: RequiredFteSource,
  firstWeek: number,
  settings: CapacitySettings,
  decimalSeparator: "." | "," = ".",
): CapacityInputs {
  const n = (value: number | null) => show(value, decimalSeparator);
  const pct = (value: number) => show(value * 100, decimalSeparator);
  const volumes = source.kind === "scenario" ? source.volumes : null;
  return {
    source: source.kind,
    scenarioId: source.kind === "scenario" ? source.scenarioId : "",
    volumes: volumes?.kind ?? "growth",
    weeklyGrowth: volumes?.kind === "growth" ? pct(volumes.weeklyGrowth) : "0",
    weeks: volumes?.kind === "growth" ? n(volumes.weeks) : "52",
    address: source.kind === "column" ? source.address : volumes?.kind === "column" ? volumes.address : "",
    paidHoursPerFteWeek: source.kind === "scenario" ? n(source.paidHoursPerFteWeek) : "",
    firstWeek: dateLabel(firstWeek),
    headcount: n(settings.headcount),
    attritionRate: pct(settings.attrition.rate),
    attritionPeriod: settings.attrition.period,
    attritionFigure: settings.attrition.figure,
    trainWeeks: n(settings.trainWeeks),
    nestingWeeks: n(settings.nestingWeeks),
    nestingProductivity: pct(settings.nestingProductivity),
    graduationRate: pct(settings.graduationRate),
    ftePerHead: n(settings.ftePerHead),
    leadWeeks: n(settings.leadWeeks),
    minClass: n(settings.minClass),
    maxClass: n(settings.maxClass),
    costPerHire: n(settings.costPerHire),
    costPerFteWeek: n(settings.costPerFteWeek),
  };
}

/** Reads one number field by its kind; percent and change fields come back as fractions. */
function readField(read: FieldReader<CapacityField>, field: NumberField): number | null {
  const spec: FieldSpec = CAPACITY_FIELDS[field];
  const blank = spec.optional ? null : undefined;
  switch (spec.kind) {
    case "number":
      return read.number(field, spec.bounds, blank);
    case "whole":
      return read.whole(field, spec.bounds, blank);
    case "percent":
      return read.percent(field, spec.bounds, blank);
    case "change": {
      // Always percent: "0,5" is half a percent a week.
      const value = read.number(field, spec.bounds, blank);
      return value === null ? null : value / 100;
    }
  }
}

/** The weekly attrition the figure comes to, or null while it cannot be read (or could be read two ways). */
export function typedWeeklyAttrition(
  inputs: Pick<CapacityInputs, "attritionRate" | "attritionPeriod" | "attritionFigure">,
  culture: NumberCulture = UNKNOWN_CULTURE,
): number | null {
  const text = inputs.attritionRate.trim();
  const value = parseDecimal(text.replace(/%\s*$/, ""), culture);
  if (value === null) return null;
  const rate = /%\s*$/.test(text) || value > 1 ? value / 100 : value;
  if (outside(rate * 100, attritionBounds(inputs.attritionFigure))) return null;
  return weeklyAttritionOf({ rate, period: inputs.attritionPeriod, figure: inputs.attritionFigure });
}

export interface ParsedCapacityInputs {
  /** null while any problem remains. */
  settings: CapacitySettings | null;
  /** null while any problem remains, or while the source's own field has a problem. */
  source: RequiredFteSource | null;
  firstWeek: number | null;
  problems: CapacityInputProblem[];
}

/**
 * Reads the form; every field with a problem is listed, so each message can sit beside its field.
 * Numbers are read in the workbook's `culture` (numbers.ts); without one, "1.000" is asked about.
 */
export function parseCapacityInputs(inputs: CapacityInputs, culture: NumberCulture = UNKNOWN_CULTURE): ParsedCapacityInputs {
  const read = new FieldReader<CapacityField>(inputs as unknown as Partial<Record<CapacityField, string>>, culture);
  const extra: CapacityInputProblem[] = [];
  const value = (field: NumberField) => readField(read, field);

  let source: RequiredFteSource | null = null;
  const address = inputs.address.trim();
  // A column is stored with its sheet, so it means the same cells whichever sheet is active later.
  const columnAddress = (): string | null => {
    const parsed = parseAddress(address);
    if (address === "") read.refuse({ field: "address", code: "required" });
    else if (parsed === null) extra.push({ field: "address", code: "notAnAddress", value: address });
    else if (parsed.sheetName === null) extra.push({ field: "address", code: "addressWithoutSheet", value: address });
    else return address;
    return null;
  };
  if (inputs.source === "column") {
    const column = columnAddress();
    if (column !== null) source = { kind: "column", address: column };
  } else {
    const paidHours = value("paidHoursPerFteWeek");
    if (inputs.volumes === "column") {
      const column = columnAddress();
      if (column !== null && paidHours !== null) {
        source = { kind: "scenario", scenarioId: inputs.scenarioId, paidHoursPerFteWeek: paidHours, volumes: { kind: "column", address: column } };
      }
    } else {
      const [weeklyGrowth, weeks] = [value("weeklyGrowth"), value("weeks")];
      if (weeklyGrowth !== null && weeks !== null && paidHours !== null) {
        source = { kind: "scenario", scenarioId: inputs.scenarioId, paidHoursPerFteWeek: paidHours, volumes: { kind: "growth", weeklyGrowth, weeks } };
      }
    }
  }

  const firstWeek = isoDateSerial(inputs.firstWeek);
  if (inputs.firstWeek.trim() === "") read.refuse({ field: "firstWeek", code: "required" });
  else if (firstWeek === null) extra.push({ field: "firstWeek", code: "notADate", value: inputs.firstWeek.trim() });

  const headcount = value("headcount");
  const rate = read.percent("attritionRate", attritionBounds(inputs.attritionFigure));
  const attrition = rate === null ? null : { rate, period: inputs.attritionPeriod, figure: inputs.attritionFigure };
  if (attrition !== null) {
    const weekly = weeklyAttritionOf(attrition);
    if (weekly >= 1) extra.push({ field: "attritionRate", code: "weeklyAttritionTooHigh", weekly });
  }
  const numbers = {
    trainWeeks: value("trainWeeks"),
    nestingWeeks: value("nestingWeeks"),
    nestingProductivity: value("nestingProductivity"),
    graduationRate: value("graduationRate"),
    ftePerHead: value("ftePerHead"),
    leadWeeks: value("leadWeeks"),
    minClass: value("minClass"),
    maxClass: value("maxClass"),
    costPerHire: value("costPerHire"),
    costPerFteWeek: value("costPerFteWeek"),
  };
  if (numbers.minClass !== null && numbers.maxClass !== null && numbers.minClass > numbers.maxClass) {
    extra.push({ field: "minClass", code: "minAboveMax", min: numbers.minClass, max: numbers.maxClass });
  }

  const problems: CapacityInputProblem[] = [...read.problems, ...extra];
  const settings: CapacitySettings | null =
    problems.length > 0
      ? null
      : {
          headcount: headcount as number,
          attrition: attrition as CapacitySettings["attrition"],
          trainWeeks: numbers.trainWeeks as number,
          nestingWeeks: numbers.nestingWeeks as number,
          nestingProductivity: numbers.nestingProductivity as number,
          graduationRate: numbers.graduationRate as number,
          ftePerHead: numbers.ftePerHead as number,
          leadWeeks: numbers.leadWeeks as number,
          minClass: numbers.minClass as number,
          maxClass: numbers.maxClass,
          costPerHire: numbers.costPerHire,
          costPerFteWeek: numbers.costPerFteWeek,
        };
  return { settings, source: problems.length > 0 ? null : source, firstWeek: problems.length > 0 ? null : firstWeek, problems };
}

/** One stored number checked against its field's limits (percent and change fields stored as fractions). */
function numberProblem(field: NumberField, stored: unknown): CapacityInputProblem | null {
  const spec: FieldSpec = CAPACITY_FIELDS[field];
  if (stored === null && spec.optional) return null;
  if (typeof stored !== "number" || !Number.isFinite(stored)) return { field, code: "notANumber", value: String(stored) };
  const shown = spec.kind === "percent" || spec.kind === "change" ? stored * 100 : stored;
  if (outside(shown, spec.bounds)) return { field, code: "outOfRange", value: shown, ...spec.bounds };
  if (spec.kind === "whole" && !Number.isInteger(stored)) return { field, code: "notWhole", value: stored };
  return null;
}

/**
 * Everything wrong with settings that did not come through the form (a capacity scenario read
 * back from the workbook), by the form's field, under the form's own limits and rules.
 */
export function capacitySettingsProblems(settings: CapacitySettings): CapacityInputProblem[] {
  const fields = [
    "headcount",
    "trainWeeks",
    "nestingWeeks",
    "nestingProductivity",
    "graduationRate",
    "ftePerHead",
    "leadWeeks",
    "minClass",
    "maxClass",
    "costPerHire",
    "costPerFteWeek",
  ] as const;
  const problems = fields
    .map((field) => numberProblem(field, settings[field]))
    .filter((problem): problem is CapacityInputProblem => problem !== null);
  const { attrition } = settings;
  const known =
    (attrition.period === "year" || attrition.period === "month") && (attrition.figure === "turnover" || attrition.figure === "share");
  if (!known || typeof attrition.rate !== "number" || !Number.isFinite(attrition.rate)) {
    problems.push({ field: "attritionRate", code: "notANumber", value: String(attrition.rate) });
  } else if (outside(attrition.rate * 100, attritionBounds(attrition.figure))) {
    problems.push({ field: "attritionRate", code: "outOfRange", value: attrition.rate * 100, ...attritionBounds(attrition.figure) });
  } else if (weeklyAttritionOf(attrition) >= 1) {
    problems.push({ field: "attritionRate", code: "weeklyAttritionTooHigh", weekly: weeklyAttritionOf(attrition) });
  }
  if (problems.length === 0 && settings.maxClass !== null && settings.minClass > settings.maxClass) {
    problems.push({ field: "minClass", code: "minAboveMax", min: settings.minClass, max: settings.maxClass });
  }
  return problems;
}

/** Everything wrong with a stored source's numbers (its addresses and ids are checked where it is read). */
export function sourceProblems(source: RequiredFteSource): CapacityInputProblem[] {
  if (source.kind === "column") return [];
  const problems = [numberProblem("paidHoursPerFteWeek", source.paidHoursPerFteWeek)];
  if (source.volumes.kind === "growth") {
    problems.push(numberProblem("weeklyGrowth", source.volumes.weeklyGrowth), numberProblem("weeks", source.volumes.weeks));
  }
  return problems.filter((problem): problem is CapacityInputProblem => problem !== null);
}
