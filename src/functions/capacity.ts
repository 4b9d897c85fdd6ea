/**
 * The capacity-planning worksheet functions: attrition rates and their conversion, the week-by-week
 * capacity plan and the greedy hiring plan. Like functions.ts, each one only names its arguments
 * and hands their numbers to the engine (src/engine/attrition.ts, capacity-plan.ts,
 * hiring-plan.ts); reading cells and turning failures into errors is spill.ts's job.
 *
 * The attrition functions work cell by cell and spill over ranges like the Erlang functions. The
 * two plans read a column of weeks whole (spill.ts's evaluateWhole): their result is one plan,
 * so a blank or text week, a hires column of another length or a negative class is one #VALUE!
 * for the whole result naming the week, and an input outside the model is one #NUM!: the codes
 * issue 9 gives them (SPECIFIED_CODES in messages.ts, with hires kept at #VALUE!).
 *
 * custom-functions-metadata-plugin reads this file's JSDoc (webpack.config.js lists it as an
 * input beside functions.ts) and appends `CustomFunctions.associate("ID", fn);` for each
 * @customfunction, which resolves to the binding at the end of this file.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel cells hold numbers, text, booleans or errors */
import * as engine from "../engine";
import { registerWithExcel } from "./excel-runtime";
import { SPECIFIED_CODES, type CodePolicy } from "./messages";
import {
  CellValue,
  defineFunction,
  evaluate,
  evaluateWhole,
  type Parameter,
  type WholeArguments,
  type WholeResultFunction,
} from "./spill";

const ATTRITION_RATE = defineFunction({
  name: "ATTRITION_RATE",
  parameters: [
    { name: "leavers", expects: "a number of people who left" },
    { name: "headcount_start", expects: "a headcount at the start of the period" },
    { name: "headcount_end", expects: "a headcount at the end of the period" },
  ],
  kernel: (n) => engine.attritionRate(n[0] as number, n[1] as number, n[2] as number),
  codes: SPECIFIED_CODES,
});

/**
 * Attrition rate: the period's leavers ÷ its average headcount ((start + end) ÷ 2), the turnover ratio contact centres report.
 * @customfunction ATTRITION_RATE
 * @helpurl https://localhost:3000/help.html#wfmattrition_rate
 * @param leavers Number of people (heads) who left during the period.
 * @param headcount_start Headcount (heads) at the start of the period.
 * @param headcount_end Headcount (heads) at the end of the period.
 * @returns Turnover ratio for the period as a fraction (above 1 when more people left than the average team).
 */
export function attritionRate(leavers: any[][], headcount_start: any[][], headcount_end: any[][]): any[][] {
  return evaluate(ATTRITION_RATE, [leavers, headcount_start, headcount_end]);
}

const ATTRITION_CONVERT = defineFunction({
  name: "ATTRITION_CONVERT",
  parameters: [
    { name: "rate", expects: "an attrition rate as a fraction, such as 5% or 0.05" },
    { name: "from_weeks", expects: "a period length in weeks (52 for a year, 52/12 for a month)" },
    { name: "to_weeks", expects: "a period length in weeks (1 for a week)" },
    { name: "simple", expects: "0 (compound) or 1 (simple), blank for 0", optional: true, fallback: 0, logical: true },
  ],
  kernel: (n) =>
    engine.convertAttritionRate(
      n[0] as number,
      n[1] as number,
      n[2] as number,
      engine.attritionConversionOf(n[3] as number),
    ),
  codes: SPECIFIED_CODES,
});

/**
 * Converts an attrition rate between period lengths, such as an annual or monthly rate to the weekly rate the capacity plan uses.
 * @customfunction ATTRITION_CONVERT
 * @helpurl https://localhost:3000/help.html#wfmattrition_convert
 * @param rate Attrition rate over from_weeks, as a fraction such as 5% or 0.05.
 * @param from_weeks Length in weeks of the period rate is measured over: 52 for a year, 52/12 for a month.
 * @param to_weeks Length in weeks of the period to convert to: 1 for a week.
 * @param [simple] 0 (default) compounds a share of people who leave, 1 scales a turnover ratio such as WFM.ATTRITION_RATE gives.
 * @returns Attrition rate over to_weeks, as a fraction.
 */
export function attritionConvert(rate: any[][], from_weeks: any[][], to_weeks: any[][], simple?: any[][]): any[][] {
  return evaluate(ATTRITION_CONVERT, [rate, from_weeks, to_weeks, simple]);
}

const requiredFte: Parameter = {
  name: "required_fte",
  expects: "a number of FTE required that week",
  series: "week",
};
const headcount: Parameter = { name: "headcount", expects: "a number of productive heads in week 1 (0 for a new account)" };
const weeklyAttrition: Parameter = {
  name: "weekly_attrition",
  expects: "a weekly attrition rate as a fraction, such as 1.9% (see WFM.ATTRITION_CONVERT)",
};
const hires: Parameter = {
  name: "hires",
  expects: "a number of hires starting that week (blank for none)",
  optional: true,
  fallback: 0,
  series: "week",
};
const defaults = engine.CAPACITY_DEFAULTS;
/** Optional arguments: a blank or omitted one takes the engine's default, stated in `expects`. */
const optional = (name: string, expects: string, fallback: number | null): Parameter => ({
  name,
  expects: `${expects} (blank for ${fallback ?? "no limit"})`,
  optional: true,
  fallback,
});
const modelParameters: readonly Parameter[] = [
  optional("train_weeks", "a number of weeks in training", defaults.trainWeeks),
  optional("nesting_weeks", "a number of weeks nesting", defaults.nestingWeeks),
  optional("nesting_productivity", "a productivity while nesting as a fraction, such as 50%", defaults.nestingProductivity),
  optional("graduation_rate", "a share of each class that graduates as a fraction, such as 85%", defaults.graduationRate),
  optional("fte_per_head", "the FTE one head delivers, such as 1 or 0.8", defaults.ftePerHead),
];

/** The model from the arguments: required_fte, headcount, weekly_attrition, then the five model parameters from `modelAt`. */
function modelFrom(values: WholeArguments, modelAt: number): engine.CapacityModel {
  return {
    requiredFte: values[0] as number[],
    headcount: values[1] as number,
    weeklyAttrition: values[2] as number,
    trainWeeks: values[modelAt] as number,
    nestingWeeks: values[modelAt + 1] as number,
    nestingProductivity: values[modelAt + 2] as number,
    graduationRate: values[modelAt + 3] as number,
    ftePerHead: values[modelAt + 4] as number,
  };
}

/** Issue 9 counts a negative class as a malformed hires column: #VALUE!, naming the week. */
const CAPACITY_PLAN_CODES: CodePolicy = { ...SPECIFIED_CODES, byArgument: { hires: "#VALUE!" } };

const CAPACITY_PLAN: WholeResultFunction = {
  name: "CAPACITY_PLAN",
  parameters: [requiredFte, headcount, weeklyAttrition, hires, ...modelParameters],
  compute: (values) =>
    engine
      .capacityPlan(modelFrom(values, 4), (values[3] as number[] | null) ?? undefined)
      .map((week) => [week.effectiveFte, week.gap, week.headsInTraining, week.headsNesting, week.productiveHeads, week.leavers]),
  codes: CAPACITY_PLAN_CODES,
};

/**
 * Capacity plan: week by week, the effective FTE of the current team and of classes of new hires as they train, nest and leave, against the FTE required.
 * @customfunction CAPACITY_PLAN
 * @helpurl https://localhost:3000/help.html#wfmcapacity_plan
 * @param required_fte Column of FTE required, one row per week (weeks 1 to H).
 * @param headcount Productive heads on the team in week 1; 0 for a new account.
 * @param weekly_attrition Share of post-training heads who leave each week, a fraction such as 1.9% (see WFM.ATTRITION_CONVERT).
 * @param [hires] Column of hires starting training each week, the same length as required_fte (heads); blank means none.
 * @param [train_weeks] Weeks of training, a whole number; blank means 4.
 * @param [nesting_weeks] Weeks of nesting after graduation, a whole number; blank means 4.
 * @param [nesting_productivity] Productivity while nesting as a fraction, such as 50%; blank means 50%.
 * @param [graduation_rate] Share of each class that graduates as a fraction, such as 85%; blank means 100%.
 * @param [fte_per_head] FTE one productive head delivers (fraction of a full-time week), such as 1 or 0.8; blank means 1.
 * @returns One row per week: effective FTE, gap (required − effective FTE), heads in training, heads nesting, productive heads, leavers.
 */
export function capacityPlan(
  required_fte: any[][],
  headcount: any[][],
  weekly_attrition: any[][],
  hires?: any[][],
  train_weeks?: any[][],
  nesting_weeks?: any[][],
  nesting_productivity?: any[][],
  graduation_rate?: any[][],
  fte_per_head?: any[][],
): any[][] {
  return evaluateWhole(CAPACITY_PLAN, [
    required_fte,
    headcount,
    weekly_attrition,
    hires,
    train_weeks,
    nesting_weeks,
    nesting_productivity,
    graduation_rate,
    fte_per_head,
  ]);
}

const HIRING_PLAN: WholeResultFunction = {
  name: "HIRING_PLAN",
  parameters: [
    requiredFte,
    headcount,
    weeklyAttrition,
    ...modelParameters,
    optional("lead_weeks", "a number of weeks before the first class can start", engine.HIRING_DEFAULTS.leadWeeks),
    optional("min_class", "a number of hires per class", engine.HIRING_DEFAULTS.minClass),
    optional("max_class", "a number of hires per class", engine.HIRING_DEFAULTS.maxClass),
  ],
  compute: (values) => {
    const plan = engine.hiringPlan(modelFrom(values, 3), {
      leadWeeks: values[8] as number,
      minClass: values[9] as number,
      maxClass: values[10] as number | null,
    });
    return plan.hires.map((hired) => [hired]);
  },
  codes: SPECIFIED_CODES,
};

/**
 * Hiring plan: how many people to start training each week so that the capacity plan has no gap in any week hiring can reach.
 * @customfunction HIRING_PLAN
 * @helpurl https://localhost:3000/help.html#wfmhiring_plan
 * @param required_fte Column of FTE required, one row per week (weeks 1 to H).
 * @param headcount Productive heads on the team in week 1; 0 for a new account.
 * @param weekly_attrition Share of post-training heads who leave each week, a fraction such as 1.9% (see WFM.ATTRITION_CONVERT).
 * @param [train_weeks] Weeks of training, a whole number; blank means 4.
 * @param [nesting_weeks] Weeks of nesting after graduation, a whole number; blank means 4.
 * @param [nesting_productivity] Productivity while nesting as a fraction, such as 50%; blank means 50%.
 * @param [graduation_rate] Share of each class that graduates as a fraction, such as 85%; blank means 100%.
 * @param [fte_per_head] FTE one productive head delivers (fraction of a full-time week), such as 1 or 0.8; blank means 1.
 * @param [lead_weeks] Recruiting lead time: weeks before the first class can start, a whole number; blank means 0.
 * @param [min_class] Smallest class, a whole number of hires (heads); blank means 1.
 * @param [max_class] Largest class, a whole number of hires (heads); blank means no limit.
 * @returns One row per week: the hires (heads) to start training that week.
 */
export function hiringPlan(
  required_fte: any[][],
  headcount: any[][],
  weekly_attrition: any[][],
  train_weeks?: any[][],
  nesting_weeks?: any[][],
  nesting_productivity?: any[][],
  graduation_rate?: any[][],
  fte_per_head?: any[][],
  lead_weeks?: any[][],
  min_class?: any[][],
  max_class?: any[][],
): any[][] {
  return evaluateWhole(HIRING_PLAN, [
    required_fte,
    headcount,
    weekly_attrition,
    train_weeks,
    nesting_weeks,
    nesting_productivity,
    graduation_rate,
    fte_per_head,
    lead_weeks,
    min_class,
    max_class,
  ]);
}

/** This file's worksheet functions by id, merged into functions.ts's WORKSHEET_FUNCTIONS. */
export const CAPACITY_FUNCTIONS: Readonly<Record<string, (...args: any[][][]) => CellValue[][]>> = {
  ATTRITION_RATE: attritionRate,
  ATTRITION_CONVERT: attritionConvert,
  CAPACITY_PLAN: capacityPlan,
  HIRING_PLAN: hiringPlan,
};

/** Each function's definition by id, for tests of its messages. */
export const CAPACITY_DEFINITIONS: Readonly<Record<string, { readonly name: string; readonly parameters: readonly Parameter[] }>> = {
  ATTRITION_RATE,
  ATTRITION_CONVERT,
  CAPACITY_PLAN,
  HIRING_PLAN,
};

/**
 * Registration, as in functions.ts: the `CustomFunctions.associate` lines the metadata plugin
 * appends to this file resolve to this binding, which forwards to Excel's runtime when loaded.
 */
export const CustomFunctions = { associate: registerWithExcel };
