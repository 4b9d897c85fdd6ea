/**
 * The capacity plan a sheet shows: from required FTE by week and the team's settings, the hires
 * to start each week (the engine's greedy hiring plan, WFM.HIRING_PLAN), the plan those classes
 * make week by week (WFM.CAPACITY_PLAN), and the figures a director reads: total hires, hires per
 * calendar month, the weeks hiring cannot cover, the largest shortfall, and costs.
 *
 * Conventions (stated on the sheet and in the README's "Capacity plan"):
 * - Attrition is converted to a weekly rate as WFM.ATTRITION_CONVERT does: a turnover ratio
 *   (leavers ÷ average headcount) scales, rate × 1 ÷ period weeks; a share of the team who leave
 *   compounds, 1 − (1 − rate)^(1 ÷ period weeks); a year is 52 weeks, a month 52/12.
 * - A week is short when its gap exceeds the engine's tolerance, 1e-9 FTE (GAP_TOLERANCE); the
 *   FTE-weeks short are the sum of those gaps: what overtime or another site must supply.
 * - A class belongs to the calendar month of its week's first day.
 * - Staff cost counts everyone on the payroll, in training too: (heads in training + nesting +
 *   productive) × FTE per head × cost per FTE-week, summed over the weeks. Hiring cost is the
 *   hires × cost per hire. The total adds the two, a cost left blank counting 0.
 *
 * Every number comes from the engine (src/engine/capacity-plan.ts, hiring-plan.ts), so the pane,
 * the "As built" column and the sheet's live WFM formulas agree.
 */
import {
  capacityPlan,
  convertAttritionRate,
  GAP_TOLERANCE,
  hiringPlan,
  type CapacityModel,
} from "../engine";
import type {
  AttritionInput,
  CapacityResult,
  CapacitySettings,
  CapacitySummary,
  CapacityWeekRow,
  MonthHires,
} from "./capacity-types";
import { dateLabel, monthStartOf } from "./dates";

/** Weeks in an attrition figure's period: a year is 52 weeks, a month 52/12. */
export const ATTRITION_PERIOD_WEEKS = { year: 52, month: 52 / 12 } as const;

/** The weekly attrition of a figure, converted as WFM.ATTRITION_CONVERT does (see the module comment). */
export function weeklyAttritionOf(attrition: AttritionInput): number {
  return convertAttritionRate(
    attrition.rate,
    ATTRITION_PERIOD_WEEKS[attrition.period],
    1,
    attrition.figure === "turnover" ? "simple" : "compound",
  );
}

/** The engine's model for these weeks and settings. */
export function capacityModel(requiredFte: readonly number[], settings: CapacitySettings): CapacityModel {
  return {
    requiredFte,
    headcount: settings.headcount,
    weeklyAttrition: weeklyAttritionOf(settings.attrition),
    trainWeeks: settings.trainWeeks,
    nestingWeeks: settings.nestingWeeks,
    nestingProductivity: settings.nestingProductivity,
    graduationRate: settings.graduationRate,
    ftePerHead: settings.ftePerHead,
  };
}

/** Every calendar month from week 1's to the last week's, with the hires of the weeks starting in it. */
export function hiresByMonth(weeks: readonly { weekStart: number; hires: number }[]): MonthHires[] {
  if (weeks.length === 0) return [];
  const months: MonthHires[] = [];
  const last = monthStartOf(weeks[weeks.length - 1].weekStart);
  for (let month = monthStartOf(weeks[0].weekStart); month <= last; month = monthStartOf(month + 31)) {
    months.push({ monthStart: month, label: dateLabel(month).slice(0, 7), hires: 0 });
  }
  const byMonth = new Map(months.map((m) => [m.monthStart, m]));
  for (const week of weeks) (byMonth.get(monthStartOf(week.weekStart)) as MonthHires).hires += week.hires;
  return months;
}

/**
 * The capacity plan for `requiredFte` (one number per week) from week 1 starting on `firstWeek`:
 * the hiring plan's classes, and the plan they make. `hires`, when given, replaces the hiring
 * plan's classes (the person's own class dates); the suggestion is still computed beside them.
 * Throws the engine's EngineInputError for settings outside the model (the form refuses them first).
 */
export function computeCapacity(
  requiredFte: readonly number[],
  settings: CapacitySettings,
  firstWeek: number,
  hires?: readonly number[],
): CapacityResult {
  const model = capacityModel(requiredFte, settings);
  const suggestion = hiringPlan(model, {
    leadWeeks: settings.leadWeeks,
    minClass: settings.minClass,
    maxClass: settings.maxClass,
  });
  const classes = hires ? [...hires] : suggestion.hires;
  const plan = capacityPlan(model, classes);
  const weeks: CapacityWeekRow[] = plan.map((week, i) => ({
    week: i + 1,
    weekStart: firstWeek + 7 * i,
    requiredFte: requiredFte[i],
    hires: classes[i],
    suggestedHires: suggestion.hires[i],
    ...week,
    short: week.gap > GAP_TOLERANCE,
  }));
  return {
    weeks,
    months: hiresByMonth(weeks),
    summary: summarise(weeks, settings, model.weeklyAttrition, suggestion.firstCoverableWeek),
  };
}

function summarise(
  weeks: CapacityWeekRow[],
  settings: CapacitySettings,
  weeklyAttrition: number,
  firstCoverableWeek: number,
): CapacitySummary {
  const short = weeks.filter((w) => w.short);
  const peak = short.reduce<CapacityWeekRow | null>((worst, w) => (worst === null || w.gap > worst.gap ? w : worst), null);
  const totalHires = weeks.reduce((sum, w) => sum + w.hires, 0);
  const heads = weeks.reduce((sum, w) => sum + w.headsInTraining + w.headsNesting + w.productiveHeads, 0);
  const paidFteWeeks = heads * settings.ftePerHead;
  const hiringCost = settings.costPerHire === null ? null : totalHires * settings.costPerHire;
  const staffCost = settings.costPerFteWeek === null ? null : paidFteWeeks * settings.costPerFteWeek;
  return {
    weeklyAttrition,
    totalHires,
    classes: weeks.filter((w) => w.hires > 0).length,
    firstCoverableWeek,
    // With the hiring plan's classes every week it can reach has no gap, so the weeks still short
    // are exactly those it cannot cover (hiring-plan.ts); with the person's classes, those short.
    uncoveredWeeks: short.map((w) => w.week),
    fteWeeksShort: short.reduce((sum, w) => sum + w.gap, 0),
    peakGap: peak === null ? 0 : peak.gap,
    peakGapWeek: peak === null ? null : peak.week,
    paidFteWeeks,
    hiringCost,
    staffCost,
    totalCost: hiringCost === null && staffCost === null ? null : (hiringCost ?? 0) + (staffCost ?? 0),
  };
}
