/**
 * Scenario comparisons: agents required side by side per interval (aligned by position), the
 * totals and their differences from the first scenario, and, when a forecast spans several
 * days, agent-hours per date and FTE per week matched by date.
 */
import type { Comparison, ComparisonPeriodRow, ComparisonTotals, Plan, Scenario } from "./types";

/** One row per start date any plan has, with each plan's figure for it (null where it has none). */
function byStart<T extends { label: string }>(
  plans: Plan[],
  periods: (plan: Plan) => T[],
  start: (period: T) => number,
  value: (period: T) => number,
): ComparisonPeriodRow[] {
  const rows = new Map<number, ComparisonPeriodRow>();
  plans.forEach((plan, i) => {
    for (const period of periods(plan)) {
      const key = start(period);
      let row = rows.get(key);
      if (!row) {
        row = { start: key, label: period.label, values: plans.map(() => null) };
        rows.set(key, row);
      }
      row.values[i] = value(period);
    }
  });
  return [...rows.values()].sort((a, b) => a.start - b.start);
}

export function compare(items: { scenario: Scenario; plan: Plan }[]): Comparison {
  const length = items.reduce((n, item) => Math.max(n, item.plan.rows.length), 0);
  const rows = Array.from({ length }, (_, i) => {
    const labelled = items.find((item) => item.plan.rows[i] !== undefined);
    return {
      intervalLabel: labelled ? labelled.plan.rows[i].intervalLabel : "",
      agentsRequired: items.map((item) => item.plan.rows[i]?.agentsRequired ?? null),
    };
  });
  const totals: ComparisonTotals[] = items.map(({ scenario, plan }) => ({
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    agentHoursRequired: plan.summary.agentHoursRequired,
    agentHoursScheduled: plan.summary.agentHoursScheduled,
    fte: plan.summary.fte,
    peakWeekFte: plan.summary.peakWeekFte,
    cost: plan.summary.cost,
    serviceLevel: plan.summary.serviceLevel,
    peakAgentsRequired: plan.summary.peakAgentsRequired,
  }));
  const first = totals[0];
  const differences = totals.map((t) => ({
    agentHoursRequired: t.agentHoursRequired - first.agentHoursRequired,
    agentHoursScheduled: t.agentHoursScheduled - first.agentHoursScheduled,
    fte: t.fte - first.fte,
    peakWeekFte: t.peakWeekFte - first.peakWeekFte,
    cost: t.cost === null || first.cost === null ? null : t.cost - first.cost,
    serviceLevel: t.serviceLevel - first.serviceLevel,
    peakAgentsRequired: t.peakAgentsRequired - first.peakAgentsRequired,
  }));
  const plans = items.map((item) => item.plan);
  const days = Math.max(1, ...plans.map((plan) => plan.summary.days));
  const multiDay = days > 1;
  return {
    scenarios: items.map(({ scenario }) => ({ id: scenario.id, name: scenario.name })),
    rows,
    totals,
    differences,
    intervalCountsDiffer: items.some((item) => item.plan.rows.length !== length),
    days,
    dayHours: multiDay
      ? byStart(plans, (plan) => plan.days, (d) => d.day, (d) => d.agentHoursScheduled)
      : [],
    weekFte: multiDay
      ? byStart(plans, (plan) => plan.weeks, (w) => w.weekStart, (w) => w.fte)
      : [],
  };
}
