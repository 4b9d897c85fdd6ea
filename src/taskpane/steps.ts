/**
 * The pane's steps, in the order they appear (also the accordion's item values), and their
 * numbers. Headings ("6. Actuals") and the texts that point at another step ("save a scenario
 * first (step 3)") number a step by its place here, so a step added anywhere (Capacity, say)
 * renumbers the rest and no text holds a number of its own. No imports: the browser tests read
 * it too.
 */

export const STEPS = ["forecast", "targets", "plan", "scenarios", "roster", "actuals", "team", "client"] as const;

export type StepId = (typeof STEPS)[number];

/** A step's number as the pane shows it: "1" for the first. */
export function stepNumber(id: StepId): string {
  return String(STEPS.indexOf(id) + 1);
}
