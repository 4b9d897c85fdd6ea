/** Plans: forecast rows and targets in, plan rows and the day's summary out. */
import type { ForecastAdjustments, ForecastRow, Plan, PlanTargets } from "./types";

export function computePlan(_rows: ForecastRow[], _targets: PlanTargets, _adjustments: ForecastAdjustments): Plan {
  throw new Error("not implemented yet");
}
