/** Target inputs: defaults, parsing what the person typed (either decimal separator), checks. */
import type { InputProblem, PlanTargets, TargetInputs } from "./types";

export function defaultTargets(): PlanTargets {
  throw new Error("not implemented yet");
}
export function targetsToInputs(_targets: PlanTargets, _defaultAhtSeconds: number | null = null): TargetInputs {
  throw new Error("not implemented yet");
}
export function parseTargetInputs(_inputs: TargetInputs): {
  targets: PlanTargets | null;
  defaultAhtSeconds: number | null;
  volumeFactor: number;
  ahtFactor: number;
  problems: InputProblem[];
} {
  throw new Error("not implemented yet");
}
export function parseDecimal(_text: string): number | null {
  throw new Error("not implemented yet");
}
