/**
 * The pane's steps, in the order they appear (App.tsx renders them in this order); also the
 * accordion's item values. A step's number is its place here (stepNumber), so its heading and
 * every "(step 3)" that points to it follow when a step is added; no text types a number.
 *
 * The order is a director's week: look forward (forecast, targets, plan, scenarios, roster
 * check), then further forward (the capacity plan: how many to hire, built on a scenario's plan),
 * then back (actuals against a plan, team metrics, and last the client report that draws on
 * both). No imports: the browser tests and the README test read it too.
 */

export const STEPS = ["forecast", "targets", "plan", "scenarios", "roster", "capacity", "actuals", "team", "client"] as const;

export type StepId = (typeof STEPS)[number];

/** The number a step's heading shows: 1 for the first (formatted by the caller, format.count). */
export function stepNumber(id: StepId): number {
  return STEPS.indexOf(id) + 1;
}
