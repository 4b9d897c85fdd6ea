/**
 * A step's heading as the pane shows it: its number, its place in src/taskpane/steps.ts's STEPS,
 * and its title in the strings' language ("7. Tegelikud andmed"). Tests find steps by it (jsdom
 * and browser walks alike), so a step added to the pane renumbers them too.
 */
import { stepNumber, type StepId } from "../../src/taskpane/steps";
import { en, type Strings } from "../../src/taskpane/strings/en";

export function stepHeading(id: StepId, strings: Strings = en): string {
  return strings.app.stepHeading(String(stepNumber(id)), strings[id].heading);
}
