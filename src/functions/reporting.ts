/**
 * The WFM.* worksheet functions that look back at a period: its service level from the ACD's
 * counts, the service level the rest of it needs, forecast accuracy, and why an interval's
 * service level differed from plan. Like functions.ts they only name their arguments and hand
 * numbers to the engine: ranges.ts reads the ranges of the period functions (blank intervals,
 * missing data, errors inside ranges), spill.ts broadcasts SL_NEEDED and spills SL_VARIANCE's
 * rows, and the definitions are the engine's.
 *
 * Their errors keep the codes issue 8 gives them (SPECIFIED_CODES in messages.ts): #DIV/0! for a
 * period whose total is zero, #VALUE! for data to fix named by its row, #NUM! for a number
 * outside what the definitions accept or a service level out of reach.
 *
 * The JSDoc blocks are the functions' metadata (see functions.ts); webpack.config.js lists this
 * file as an input of custom-functions-metadata-plugin, which appends the registration lines.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel cells hold numbers, text, booleans or errors */
import * as engine from "../engine";
import { registerWithExcel } from "./excel-runtime";
import { SPECIFIED_CODES } from "./messages";
import { abandonRule, aht, calls, interval, optionalPatience, targetSl, targetTime } from "./parameters";
import { evaluateRanges, type RangeFunction, type RangeParameter } from "./ranges";
import { CellNumbers, CellValue, defineFunction, defineRowFunction, evaluate, evaluateRows, Parameter } from "./spill";

const answeredWithin: RangeParameter = {
  name: "answered_within",
  expects: "a number of calls answered within the target time",
  blank: "missing",
};
const offered: RangeParameter = { name: "offered", expects: "a number of calls offered", blank: "skips" };
const abandonedWithin: RangeParameter = {
  name: "abandoned_within",
  expects: "a number of calls abandoned within the target time",
  blank: "missing",
  optional: true,
};

const SL_PERIOD: RangeFunction = {
  name: "SL_PERIOD",
  ranges: [answeredWithin, offered, abandonedWithin],
  options: [abandonRule],
  kernel: ([answered, offeredCalls, abandoned], [rule]) =>
    engine.periodServiceLevel(
      { answeredWithin: answered as number[], offered: offeredCalls as number[], abandonedWithin: abandoned },
      rule as number,
    ),
  codes: SPECIFIED_CODES,
};

/**
 * Service level of a period from the ACD's interval counts: calls answered within the target time over calls offered (rows with a blank offered cell are left out).
 * @customfunction SL_PERIOD
 * @helpurl https://localhost:3000/help.html#wfmsl_period
 * @param answered_within Calls answered within the target time, per interval (a range of calls, the same size as offered).
 * @param offered Calls offered, per interval (a range of calls); intervals with a blank cell here are left out.
 * @param [abandoned_within] Calls abandoned within the target time, per interval (a range of calls); needed for abandon_rule 1 and 2.
 * @param [abandon_rule] How calls abandoned within the target time count: 0 (default) as misses, 1 left out of the total, 2 as met.
 * @returns Service level of the period as a fraction.
 */
export function slPeriod(
  answered_within: any[][],
  offered: any[][],
  abandoned_within?: any[][],
  abandon_rule?: any[][],
): any[][] {
  return evaluateRanges(SL_PERIOD, [answered_within, offered, abandoned_within, abandon_rule]);
}

const SL_NEEDED = defineFunction({
  name: "SL_NEEDED",
  parameters: [
    targetSl,
    { name: "offered_so_far", expects: "a number of calls offered so far in the period" },
    { name: "answered_within_so_far", expects: "a number of calls answered within the target time so far" },
    { name: "offered_remaining", expects: "a number of calls still to come in the period" },
  ],
  kernel: (n) => engine.serviceLevelNeeded(n[0] as number, n[1] as number, n[2] as number, n[3] as number),
  codes: SPECIFIED_CODES,
});

/**
 * Service level the rest of a period must reach for the whole period to end on target; 0 when the target is already secured, #NUM! when it is out of reach.
 * @customfunction SL_NEEDED
 * @helpurl https://localhost:3000/help.html#wfmsl_needed
 * @param target_sl Service level target of the period as a fraction, such as 80% or 0.8.
 * @param offered_so_far Calls offered in the period so far (a number of calls).
 * @param answered_within_so_far Calls answered within the target time so far (a number of calls).
 * @param offered_remaining Calls forecast for the rest of the period (a number of calls, above 0).
 * @returns Service level needed over the remaining calls, as a fraction.
 */
export function slNeeded(
  target_sl: any[][],
  offered_so_far: any[][],
  answered_within_so_far: any[][],
  offered_remaining: any[][],
): any[][] {
  return evaluate(SL_NEEDED, [target_sl, offered_so_far, answered_within_so_far, offered_remaining]);
}

/** Actual and forecast volumes pair up by interval; a pair with a blank cell is left out. */
const accuracyRanges: RangeParameter[] = [
  { name: "actual", expects: "an actual volume (calls offered)", blank: "skips" },
  { name: "forecast", expects: "a forecast volume (calls)", blank: "skips" },
];

function accuracyFunction(name: string, measure: (actual: number[], forecast: number[]) => number): RangeFunction {
  return {
    name,
    ranges: accuracyRanges,
    options: [],
    kernel: ([actual, forecast]) => measure(actual as number[], forecast as number[]),
    codes: SPECIFIED_CODES,
  };
}

const WAPE = accuracyFunction("WAPE", engine.weightedAbsolutePercentageError);
const FORECAST_BIAS = accuracyFunction("FORECAST_BIAS", engine.forecastBias);
const MAPE = accuracyFunction("MAPE", engine.meanAbsolutePercentageError);

/**
 * Weighted absolute percentage error of a forecast: the sum of |actual − forecast| over the sum of actual volumes.
 * @customfunction WAPE
 * @helpurl https://localhost:3000/help.html#wfmwape
 * @param actual Actual volumes per interval (calls offered), a range.
 * @param forecast Forecast volumes per interval (calls), a range of the same size; pairs with a blank cell are left out.
 * @returns WAPE as a fraction of the actual volume.
 */
export function wape(actual: any[][], forecast: any[][]): any[][] {
  return evaluateRanges(WAPE, [actual, forecast]);
}

/**
 * Forecast bias: the sum of (forecast − actual) over the sum of actual volumes; positive when the forecast was too high.
 * @customfunction FORECAST_BIAS
 * @helpurl https://localhost:3000/help.html#wfmforecast_bias
 * @param actual Actual volumes per interval (calls offered), a range.
 * @param forecast Forecast volumes per interval (calls), a range of the same size; pairs with a blank cell are left out.
 * @returns Bias as a fraction of the actual volume: positive for over-forecast.
 */
export function forecastBias(actual: any[][], forecast: any[][]): any[][] {
  return evaluateRanges(FORECAST_BIAS, [actual, forecast]);
}

/**
 * Mean absolute percentage error of a forecast: the average of |actual − forecast| / actual over the intervals with actual volume above 0.
 * @customfunction MAPE
 * @helpurl https://localhost:3000/help.html#wfmmape
 * @param actual Actual volumes per interval (calls offered), a range; intervals with 0 calls are left out.
 * @param forecast Forecast volumes per interval (calls), a range of the same size; pairs with a blank cell are left out.
 * @returns MAPE as a fraction.
 */
export function mape(actual: any[][], forecast: any[][]): any[][] {
  return evaluateRanges(MAPE, [actual, forecast]);
}

const side = (who: "plan" | "actual", what: string, expects: string): Parameter => ({
  name: `${who}_${what}`,
  expects,
});
const STAFF = "a number of staff scheduled";
const SHRINKAGE = "a shrinkage as a fraction, such as 30% or 0.3";

const SL_VARIANCE = defineRowFunction({
  name: "SL_VARIANCE",
  parameters: [
    side("plan", "calls", calls.expects),
    side("actual", "calls", calls.expects),
    side("plan", "aht", aht.expects),
    side("actual", "aht", aht.expects),
    side("plan", "staff", STAFF),
    side("actual", "staff", STAFF),
    side("plan", "shrinkage", SHRINKAGE),
    side("actual", "shrinkage", SHRINKAGE),
    side("actual", "adherence", "an adherence as a fraction, such as 90% or 0.9"),
    targetTime,
    interval,
    optionalPatience,
    abandonRule,
  ],
  width: 7,
  codes: SPECIFIED_CODES,
  kernel: (n: CellNumbers) => {
    const variance = engine.serviceLevelVariance(
      {
        callsOffered: n[0] as number,
        averageHandleSeconds: n[2] as number,
        staff: n[4] as number,
        shrinkage: n[6] as number,
      },
      {
        callsOffered: n[1] as number,
        averageHandleSeconds: n[3] as number,
        staff: n[5] as number,
        shrinkage: n[7] as number,
        adherence: n[8] as number,
      },
      { targetSeconds: n[9] as number, intervalMinutes: n[10] as number, patienceSeconds: n[11], abandonRule: n[12] as number },
    );
    return [
      variance.plannedServiceLevel,
      variance.volumeEffect,
      variance.ahtEffect,
      variance.staffEffect,
      variance.shrinkageEffect,
      variance.adherenceEffect,
      variance.modelledServiceLevel,
    ];
  },
});

/**
 * Why an interval's service level moved from plan: spills planned SL, the volume, AHT, staff, shrinkage and adherence effects (they add up to the change), and modelled actual SL.
 * @customfunction SL_VARIANCE
 * @helpurl https://localhost:3000/help.html#wfmsl_variance
 * @param plan_calls Planned (forecast) calls offered per interval.
 * @param actual_calls Actual calls offered per interval.
 * @param plan_aht Planned average handle time in seconds.
 * @param actual_aht Actual average handle time in seconds.
 * @param plan_staff Planned staff scheduled (agents before shrinkage).
 * @param actual_staff Actual staff scheduled (agents before shrinkage).
 * @param plan_shrinkage Planned shrinkage as a fraction of scheduled time, such as 30%.
 * @param actual_shrinkage Actual shrinkage as a fraction of scheduled time, such as 35%.
 * @param actual_adherence Actual adherence as a fraction of the time after shrinkage, such as 90% (the plan assumes 100%).
 * @param target_time Target answer time in seconds (the 20 in "80% in 20 seconds").
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @param [abandon_rule] How calls abandoned within target_time count: 0 (default) as misses, 1 left out of the total, 2 as met.
 * @returns One row per interval: planned SL, volume, AHT, staff, shrinkage and adherence effects, modelled actual SL (fractions).
 */
export function slVariance(
  plan_calls: any[][],
  actual_calls: any[][],
  plan_aht: any[][],
  actual_aht: any[][],
  plan_staff: any[][],
  actual_staff: any[][],
  plan_shrinkage: any[][],
  actual_shrinkage: any[][],
  actual_adherence: any[][],
  target_time: any[][],
  interval?: any[][],
  patience?: any[][],
  abandon_rule?: any[][],
): any[][] {
  return evaluateRows(SL_VARIANCE, [
    plan_calls,
    actual_calls,
    plan_aht,
    actual_aht,
    plan_staff,
    actual_staff,
    plan_shrinkage,
    actual_shrinkage,
    actual_adherence,
    target_time,
    interval,
    patience,
    abandon_rule,
  ]);
}

/** This file's worksheet functions by id; functions.ts adds them to WORKSHEET_FUNCTIONS. */
export const REPORTING_FUNCTIONS: Readonly<Record<string, (...args: any[][][]) => CellValue[][]>> = {
  SL_PERIOD: slPeriod,
  SL_NEEDED: slNeeded,
  WAPE: wape,
  FORECAST_BIAS: forecastBias,
  MAPE: mape,
  SL_VARIANCE: slVariance,
};

/** Each function's name and parameters (ranges, then options) by id, for tests of its messages. */
export const REPORTING_DEFINITIONS: Readonly<Record<string, { readonly name: string; readonly parameters: readonly Parameter[] }>> = {
  SL_PERIOD: { name: SL_PERIOD.name, parameters: [...SL_PERIOD.ranges, ...SL_PERIOD.options] },
  SL_NEEDED,
  WAPE: { name: WAPE.name, parameters: WAPE.ranges },
  FORECAST_BIAS: { name: FORECAST_BIAS.name, parameters: FORECAST_BIAS.ranges },
  MAPE: { name: MAPE.name, parameters: MAPE.ranges },
  SL_VARIANCE,
};

/**
 * Registration, as in functions.ts: the `CustomFunctions.associate("ID", fn);` lines that
 * custom-functions-metadata-plugin appends to this file resolve to this binding, which forwards
 * to Excel's runtime only when one is loaded.
 */
export const CustomFunctions = { associate: registerWithExcel };
