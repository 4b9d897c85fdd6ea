/**
 * The Scenarios step's state: which stored scenarios are ticked for comparison and the last comparison
 * (useSavedList, over the scenarios' workbook calls). Its actions reach into the steps above: loading
 * a scenario fills the targets form, the scenario's name and its forecast; building one is the plan
 * step's build.
 */
import type { Comparison, Scenario, ScenarioChanges } from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { ScenariosSectionProps } from "./ScenariosSection";
import type { ForecastStep } from "./useForecastStep";
import type { PlanStep } from "./usePlanStep";
import { useSavedList } from "./useSavedList";
import { sameName, type StoredScenarios } from "./useStoredScenarios";
import type { TargetsStep } from "./useTargetsStep";

export interface ScenariosStep {
  section: ScenariosSectionProps;
}

export function useScenariosStep(
  pane: PaneServices,
  {
    forecast,
    targets,
    plan,
    stored,
  }: { forecast: ForecastStep; targets: TargetsStep; plan: PlanStep; stored: StoredScenarios },
): ScenariosStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, run, report, openSteps } = pane;

  const open = (scenario: Scenario) =>
    run(strings.app.busy, async () => {
      targets.load(scenario);
      plan.setScenarioName(scenario.name);
      const defaultAhtText =
        scenario.forecast.defaultAhtSeconds === null ? "" : format.number(scenario.forecast.defaultAhtSeconds, 6);
      if (await forecast.read({ kind: "reference", reference: scenario.forecast }, {}, defaultAhtText)) {
        report("success", strings.scenarios.loaded(scenario.name));
      }
      openSteps("targets", "plan");
    });

  const list = useSavedList<Scenario, ScenarioChanges, Comparison>(
    pane,
    stored.scenarios,
    {
      rename: (id, newName) => workbook.renameScenario(id, newName),
      duplicate: (id, changes) => workbook.duplicateScenario(id, changes),
      remove: (id, options) => workbook.deleteScenario(id, options),
      compare: (ids) => workbook.compareScenarios(ids),
      store: (scenarios) => stored.set(scenarios),
      renamed: (scenario, newName) => {
        if (sameName(plan.scenarioName, scenario.name)) plan.setScenarioName(newName);
      },
    },
    strings.scenarios,
  );

  return {
    section: {
      scenarios: stored.scenarios,
      selectedIds: list.selectedIds,
      comparison: list.comparison,
      busy: pane.busy,
      culture: pane.culture,
      onToggle: list.onToggle,
      onOpen: open,
      onBuild: (scenario) => plan.buildPlan(scenario, { save: false, replaceExisting: false }),
      onRename: list.onRename,
      onDuplicate: list.onDuplicate,
      onDelete: list.onDelete,
      onCompare: list.onCompare,
    },
  };
}
