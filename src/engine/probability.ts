/**
 * Probabilities as the engine returns them: clamped to [0, 1]. Sums and ratios of rounded
 * doubles can land a few units in the last place outside (ERLANG_B(1e−300, 0.5) came out as
 * 1.0000000000000004), which a planner reads as a wrong number and a chart as a value above 100%.
 * NaN passes through unchanged, so that a defect still shows instead of hiding as 0 or 1.
 */
export function probability(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
