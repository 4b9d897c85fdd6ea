/**
 * The Scenarios step's state: which stored scenarios are ticked for comparison and the last comparison. Its
 * actions reach into the steps above: loading a scenario fills the targets form, the scenario's
 * name and its forecast; building one is the plan step's build.
 */
import { useState } from "react";
import type { Comparison, Scenario, ScenarioChanges } from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { ScenariosSectionProps } from "./ScenariosSection";
import type { ForecastStep } from "./useForecastStep";
import type { PlanStep } from "./usePlanStep";
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
  const { workbook, run, report, fail, openSteps } = pane;
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);

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

  const rename = (scenario: Scenario, newName: string) =>
    run(strings.app.busy, async () => {
      const renamed = await workbook.renameScenario(scenario.id, newName);
      if (!renamed.ok) return fail(renamed.error);
      stored.set(renamed.value);
      if (sameName(plan.scenarioName, scenario.name)) plan.setScenarioName(newName);
      report("success", strings.scenarios.renamed(scenario.name, newName));
    });

  const duplicate = (scenario: Scenario, changes: ScenarioChanges) =>
    run(strings.app.busy, async () => {
      const duplicated = await workbook.duplicateScenario(scenario.id, changes);
      if (!duplicated.ok) return fail(duplicated.error);
      stored.set(duplicated.value.scenarios);
      // The copy is made to be compared with its source: tick both.
      setSelectedIds((current) => [
        ...current,
        ...[scenario.id, duplicated.value.scenario.id].filter((id) => !current.includes(id)),
      ]);
      report("success", strings.scenarios.duplicated(duplicated.value.scenario.name));
    });

  const remove = (scenario: Scenario, deleteSheets: boolean) =>
    run(strings.app.busy, async () => {
      const deleted = await workbook.deleteScenario(scenario.id, { deleteSheets });
      if (!deleted.ok) return fail(deleted.error);
      stored.set(deleted.value);
      setSelectedIds((current) => current.filter((id) => id !== scenario.id));
      report("success", strings.scenarios.deleted(scenario.name));
    });

  const compare = () =>
    run(strings.scenarios.comparing, async () => {
      const ids = stored.scenarios.filter((scenario) => selectedIds.includes(scenario.id)).map((scenario) => scenario.id);
      const compared = await workbook.compareScenarios(ids);
      if (!compared.ok) return fail(compared.error);
      setComparison(compared.value.comparison);
      report("success", strings.scenarios.compared(compared.value.sheetName));
    });

  return {
    section: {
      scenarios: stored.scenarios,
      selectedIds,
      comparison,
      busy: pane.busy,
      culture: pane.culture,
      onToggle: (id, selected) =>
        setSelectedIds((current) =>
          selected ? [...current.filter((other) => other !== id), id] : current.filter((other) => other !== id),
        ),
      onOpen: open,
      onBuild: (scenario) => plan.buildPlan(scenario, { save: false, replaceExisting: false }),
      onRename: rename,
      onDuplicate: duplicate,
      onDelete: remove,
      onCompare: compare,
    },
  };
}
