/**
 * The Roster check step's state: the roster form (scenario, roster cells, whether they count staff scheduled or
 * agents on the phones) and the last check's day figures.
 */
import { useState } from "react";
import type { RosterCheck } from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useStrings } from "../strings";
import type { RosterForm, RosterSectionProps } from "./RosterSection";
import type { StoredScenarios } from "./useStoredScenarios";

export interface RosterStep {
  section: RosterSectionProps;
}

export function useRosterStep(pane: PaneServices, { stored }: { stored: StoredScenarios }): RosterStep {
  const strings = useStrings();
  const { workbook, run, report, fail } = pane;
  const [form, setForm] = useState<RosterForm>({ scenarioId: "", address: "", basis: "scheduled" });
  const [result, setResult] = useState<{ scenarioName: string; check: RosterCheck } | null>(null);

  const takeSelection = () =>
    run(strings.app.busy, async () => {
      const selection = await workbook.getSelectionAddress();
      if (!selection.ok) return fail(selection.error);
      setForm((current) => ({ ...current, address: selection.value }));
    });

  const check = () => {
    const scenario = stored.scenarios.find((candidate) => candidate.id === form.scenarioId) ?? stored.scenarios[0];
    if (!scenario) return;
    return run(strings.roster.checking, async () => {
      const checked = await workbook.checkRoster(scenario.id, { address: form.address.trim(), basis: form.basis });
      if (!checked.ok) return fail(checked.error);
      setResult({ scenarioName: scenario.name, check: checked.value.check });
      report("success", strings.roster.checked(checked.value.sheetName));
    });
  };

  return {
    section: {
      scenarios: stored.scenarios,
      form,
      result,
      busy: pane.busy,
      onChange: setForm,
      onUseSelection: takeSelection,
      onCheck: check,
    },
  };
}
