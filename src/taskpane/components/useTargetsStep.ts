/**
 * The Targets step's state: the targets as typed, which fields the person has left (a field's message shows
 * once it has been left, or once a build was attempted), and the form read by the planner's
 * parseTargetInputs. The plan step takes the targets from `accept`; the scenarios step fills the
 * form from a stored scenario with `load`.
 */
import { useMemo, useState } from "react";
import {
  defaultTargets,
  parseTargetInputs,
  targetsToInputs,
  type ForecastAdjustments,
  type ParsedTargetInputs,
  type PlanTargets,
  type Scenario,
  type TargetField,
  type TargetInputs,
} from "../../workbook/api";
import { problemsByField } from "../messages";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { TargetsSectionProps } from "./TargetsSection";

export interface TargetsStep {
  section: TargetsSectionProps;
  /** True once a build or save was attempted: every field's message shows. */
  submitted: boolean;
  markSubmitted(): void;
  /**
   * The targets and adjustments when the form is valid. Otherwise says how many fields need
   * fixing, opens the step, moves the focus to the first field to fix and returns null.
   */
  accept(): { targets: PlanTargets; adjustments: ForecastAdjustments } | null;
  /** Fills the form from a stored scenario, with no field's message showing. */
  load(scenario: Scenario): void;
}

/** The factor each adjustment field gives, for the fields that hold a usable one. */
function adjustmentFactors(inputs: TargetInputs, parsed: ParsedTargetInputs): TargetsSectionProps["factors"] {
  const factors: TargetsSectionProps["factors"] = {};
  for (const field of ["volumeFactor", "ahtFactor"] as const) {
    if (inputs[field].trim() !== "" && !parsed.problems.some((problem) => problem.field === field)) {
      factors[field] = parsed[field];
    }
  }
  return factors;
}

export function useTargetsStep(pane: PaneServices): TargetsStep {
  const strings = useStrings();
  const format = useFormat();
  const { report, openSteps } = pane;
  const [inputs, setInputs] = useState<TargetInputs>(() =>
    targetsToInputs(defaultTargets(), null, undefined, format.decimalSeparator),
  );
  const [leftFields, setLeftFields] = useState<TargetField[]>([]);
  const [submitted, setSubmitted] = useState(false);

  // The default AHT belongs to the forecast step; it is not read here.
  const parsed = useMemo(() => parseTargetInputs({ ...inputs, defaultAhtSeconds: "" }, pane.culture), [inputs, pane.culture]);
  const allFieldErrors = problemsByField(strings, format, parsed.problems);
  const shownFieldErrors = Object.fromEntries(
    Object.entries(allFieldErrors).filter(([field]) => submitted || leftFields.includes(field as TargetField)),
  ) as Partial<Record<TargetField, string>>;

  const accept = () => {
    if (parsed.targets !== null) {
      return { targets: parsed.targets, adjustments: { volumeFactor: parsed.volumeFactor, ahtFactor: parsed.ahtFactor } };
    }
    const fields = Object.keys(allFieldErrors).length;
    report("error", strings.targets.fixFields(fields, format.count(fields)));
    openSteps("targets");
    const firstField = parsed.problems[0]?.field;
    // Keyboard and screen-reader users land on the first field to fix.
    window.setTimeout(() => document.querySelector<HTMLElement>(`[data-field="${firstField}"]`)?.focus(), 0);
    return null;
  };

  const load = (scenario: Scenario) => {
    setInputs(targetsToInputs(scenario.targets, scenario.forecast.defaultAhtSeconds, scenario.adjustments, format.decimalSeparator));
    setLeftFields([]);
    setSubmitted(false);
  };

  return {
    section: {
      inputs,
      errors: shownFieldErrors,
      onChange: setInputs,
      onLeaveField: (field) => setLeftFields((current) => (current.includes(field) ? current : [...current, field])),
      factors: adjustmentFactors(inputs, parsed),
      culture: pane.culture,
    },
    submitted,
    markSubmitted: () => setSubmitted(true),
    accept,
    load,
  };
}
