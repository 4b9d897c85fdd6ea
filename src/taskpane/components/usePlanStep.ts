/**
 * The Plan step's state: the scenario's name and the last plan built. Building from the form saves the
 * scenario (a new one, or the one of the same name updated) and writes its plan sheet; when the
 * scenario already has a sheet, the pane asks before replacing it. The scenarios step builds
 * stored scenarios through `buildPlan` and renames the form's scenario through `setScenarioName`.
 */
import { useState } from "react";
import { newScenario, type Scenario } from "../../workbook/api";
import { describeWorkbookError } from "../messages";
import type { PaneServices } from "../pane";
import { stepNumber } from "../steps";
import { useFormat, useStrings } from "../strings";
import type { BuiltPlanView, PlanSectionProps } from "./PlanSection";
import type { ForecastStep } from "./useForecastStep";
import { sameName, type StoredScenarios } from "./useStoredScenarios";
import type { TargetsStep } from "./useTargetsStep";

export interface PlanStep {
  section: PlanSectionProps;
  scenarioName: string;
  setScenarioName(name: string): void;
  buildPlan(scenario: Scenario, options: { save: boolean; replaceExisting: boolean }): Promise<void>;
}

export function usePlanStep(
  pane: PaneServices,
  { forecast, targets, stored }: { forecast: ForecastStep; targets: TargetsStep; stored: StoredScenarios },
): PlanStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, run, report, fail, failOrAskToReplace, openSteps } = pane;
  const [scenarioName, setScenarioName] = useState(strings.plan.defaultScenarioName);
  const [lastPlan, setLastPlan] = useState<BuiltPlanView | null>(null);

  const scenarioFromForm = (): Scenario | null => {
    targets.markSubmitted();
    const reference = forecast.current?.read.reading.reference;
    if (!forecast.usable || !reference) {
      report("error", strings.plan.needsForecast(format.count(stepNumber("forecast"))));
      openSteps("forecast");
      return null;
    }
    const accepted = targets.accept();
    if (accepted === null) return null;
    const name = scenarioName.trim();
    if (name === "") {
      report("error", strings.errors.scenarioNameEmpty);
      return null;
    }
    const existing = stored.scenarios.find((scenario) => sameName(scenario.name, name));
    return existing
      ? {
          ...existing,
          name,
          forecast: reference,
          targets: accepted.targets,
          adjustments: accepted.adjustments,
          updatedAt: new Date().toISOString(),
        }
      : newScenario(name, reference, accepted.targets, accepted.adjustments);
  };

  const buildPlan = (scenario: Scenario, { save, replaceExisting }: { save: boolean; replaceExisting: boolean }) =>
    run(strings.plan.building(scenario.name), async () => {
      if (save) {
        const saved = await workbook.saveScenario(scenario);
        if (!saved.ok) return fail(saved.error);
        stored.set(saved.value);
      }
      const built = await workbook.buildPlan(scenario, { replaceExisting });
      if (!built.ok) {
        return failOrAskToReplace(
          built.error,
          { title: strings.plan.rebuildTitle, body: strings.plan.rebuildBody, confirmLabel: strings.plan.rebuildConfirm },
          () => void buildPlan(scenario, { save: false, replaceExisting: true }),
        );
      }
      const { sheetName, plan, replacedSheet } = built.value;
      setLastPlan({ scenarioName: scenario.name, sheetName, plan, costed: scenario.targets.costPerAgentHour !== null });
      report("success", replacedSheet ? strings.plan.rebuilt(sheetName) : strings.plan.built(sheetName));
      openSteps("scenarios");
    });

  const buildFromForm = () => {
    const scenario = scenarioFromForm();
    if (scenario) return buildPlan(scenario, { save: true, replaceExisting: false });
  };

  const saveFromForm = () => {
    const scenario = scenarioFromForm();
    if (!scenario) return;
    return run(strings.plan.saving(scenario.name), async () => {
      const saved = await workbook.saveScenario(scenario);
      if (!saved.ok) return fail(saved.error);
      stored.set(saved.value);
      report("success", strings.plan.saved(scenario.name));
      openSteps("scenarios");
    });
  };

  const nameError =
    targets.submitted && scenarioName.trim() === ""
      ? describeWorkbookError(strings, format, { code: "scenarioNameEmpty" })
      : undefined;

  return {
    section: {
      scenarioName,
      nameError,
      canBuild: forecast.usable,
      busy: pane.busy,
      lastPlan,
      onNameChange: setScenarioName,
      onBuild: buildFromForm,
      onSave: saveFromForm,
      onShowSheet: pane.showSheet,
    },
    scenarioName,
    setScenarioName,
    buildPlan,
  };
}
