/**
 * Attrition: the rate at which agents leave, measured from a period's leavers and converted
 * between period lengths (a month's or a year's figure to the weekly rate the capacity plan
 * uses).
 *
 * Two figures go by the name "attrition", and each converts its own way:
 * - a turnover ratio, leavers ÷ average headcount over the period, which is what contact centres
 *   report and what `attritionRate` measures. Leavers are replaced as they go, so the ratio can
 *   exceed 1 (100% a year is common in outsourcing). With replacement, a team that loses a share
 *   a of its heads each week loses 52·a heads per head of average headcount in a year, so the
 *   ratio scales with the period's length: rate × to ÷ from ("simple");
 * - a share of a fixed group that is gone by the end of the period, which cannot reach 1. If a
 *   share a leaves each week, (1 − a)^n of the group remains after n weeks, so the share
 *   compounds: 1 − (1 − rate)^(to ÷ from) ("compound"), the survival form of the capacity plan.
 *
 * Source: issue 9's definitions (the turnover ratio contact centres report; survival as in the
 * capacity model).
 *
 * Method: the compound form is evaluated as −expm1((to ÷ from)·log1p(−rate)), which keeps full
 * relative precision for rates and ratios near 0 where 1 − (1 − rate)^x would cancel; the simple
 * form is one product and one quotient. Both are accurate to a few ulps for every accepted input
 * (checked to 1e-12 relative against 40-digit mpmath values in test/fixtures/capacity/).
 */
import { EngineInputError } from "./errors";
import { requireWithin } from "./validate";

/** How a rate converts between period lengths: see the module comment. */
export type AttritionConversion = "compound" | "simple";

/**
 * The turnover ratio of a period: leavers ÷ the average of the headcounts at its start and end.
 * Above 1 when more people left than the team averaged, as happens over a year in outsourcing.
 */
export function attritionRate(leavers: number, headcountStart: number, headcountEnd: number): number {
  requireWithin("leavers", leavers);
  requireWithin("headcount_start", headcountStart);
  requireWithin("headcount_end", headcountEnd);
  const averageHeadcount = (headcountStart + headcountEnd) / 2;
  if (averageHeadcount === 0) throw new EngineInputError({ code: "noHeadcount", argument: "headcount_start" });
  return leavers / averageHeadcount;
}

/** The conversion a worksheet's `simple` flag selects: 0 compounds, 1 scales. */
export function attritionConversionOf(simple: number): AttritionConversion {
  requireWithin("simple", simple);
  return simple === 1 ? "simple" : "compound";
}

/**
 * Converts an attrition rate measured over `fromWeeks` to the rate over `toWeeks` (a month is
 * 52/12 weeks, a year 52). "compound" is for a share of people who leave, in [0, 1); "simple"
 * for a turnover ratio, any rate of 0 or more.
 */
export function convertAttritionRate(
  rate: number,
  fromWeeks: number,
  toWeeks: number,
  conversion: AttritionConversion = "compound",
): number {
  requireWithin("from_weeks", fromWeeks);
  requireWithin("to_weeks", toWeeks);
  requireWithin("rate", rate);
  if (conversion === "simple") return (rate * toWeeks) / fromWeeks;
  if (rate >= 1) throw new EngineInputError({ code: "rateNotAShare", argument: "rate", value: rate });
  return -Math.expm1((toWeeks / fromWeeks) * Math.log1p(-rate));
}
