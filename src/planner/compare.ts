/** Scenario comparisons: agents required side by side per interval, day totals, differences from the first. */
import type { Comparison, ComparisonTotals, Plan, Scenario } from "./types";

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
    dayCost: plan.summary.dayCost,
    dayServiceLevel: plan.summary.dayServiceLevel,
    peakAgentsRequired: plan.summary.peakAgentsRequired,
  }));
  const first = totals[0];
  const differences = totals.map((t) => ({
    agentHoursRequired: t.agentHoursRequired - first.agentHoursRequired,
    agentHoursScheduled: t.agentHoursScheduled - first.agentHoursScheduled,
    fte: t.fte - first.fte,
    dayCost: t.dayCost === null || first.dayCost === null ? null : t.dayCost - first.dayCost,
    dayServiceLevel: t.dayServiceLevel - first.dayServiceLevel,
    peakAgentsRequired: t.peakAgentsRequired - first.peakAgentsRequired,
  }));
  return {
    scenarios: items.map(({ scenario }) => ({ id: scenario.id, name: scenario.name })),
    rows,
    totals,
    differences,
    intervalCountsDiffer: items.some((item) => item.plan.rows.length !== length),
  };
}
