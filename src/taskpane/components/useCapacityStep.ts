/**
 * The capacity step's state: the capacity form as typed (read by the planner's
 * parseCapacityInputs, every refusal beside its field once the field was left or a build was
 * tried), the capacity plan's name, the last plan built, the cells of a column of weeks that were
 * refused, and the what-ifs: the capacity plans stored in the workbook, which are ticked, and the
 * last comparison.
 *
 * Building from the form saves the capacity plan (a new one, or the one of the same name updated)
 * and writes its sheet; when the plan already has a sheet, the pane asks before replacing it.
 * Numbers are read in the workbook's culture (pane.culture), as the targets form reads them.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  capacityToInputs,
  defaultCapacityInputs,
  fieldText,
  newCapacityScenario,
  nextMonday,
  parseCapacityInputs,
  typedWeeklyAttrition,
  type CapacityChanges,
  type CapacityComparison,
  type CapacityField,
  type CapacityInputs,
  type CapacityScenario,
  type Scenario,
  type WeeksColumnProblem,
} from "../../workbook/api";
import { capacityProblemsByField } from "../messages";
import { useWorkbookLoad, type PaneServices } from "../pane";
import { stepNumber } from "../steps";
import { useFormat, useStrings } from "../strings";
import type { BuiltCapacityView, CapacitySectionProps } from "./CapacitySection";
import { useSavedList } from "./useSavedList";
import { sameName, type StoredScenarios } from "./useStoredScenarios";

export interface CapacityStep {
  section: CapacitySectionProps;
  /** The capacity scenarios stored in the workbook (the client copy offers their plans). */
  plans: CapacityScenario[];
}

/** The form with a planner scenario chosen, and its paid hours, once the workbook has scenarios. */
function withScenario(inputs: CapacityInputs, scenario: Scenario, decimalSeparator: "." | ","): CapacityInputs {
  return { ...inputs, scenarioId: scenario.id, paidHoursPerFteWeek: fieldText(scenario.targets.paidHoursPerFteWeek, decimalSeparator) };
}

export function useCapacityStep(pane: PaneServices, { stored }: { stored: StoredScenarios }): CapacityStep {
  const strings = useStrings();
  const c = strings.capacity;
  const format = useFormat();
  const { workbook, excelAvailable, run, report, fail, failOrAskToReplace, openSteps } = pane;
  const [inputs, setInputs] = useState<CapacityInputs>(() => defaultCapacityInputs(nextMonday(new Date()), format.decimalSeparator));
  const [name, setName] = useState(c.defaultName);
  const [leftFields, setLeftFields] = useState<CapacityField[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [lastBuilt, setLastBuilt] = useState<BuiltCapacityView | null>(null);
  const [columnProblems, setColumnProblems] = useState<WeeksColumnProblem[]>([]);
  const [plans, setPlans] = useState<CapacityScenario[]>([]);

  // The first planner scenario, once the workbook's scenarios are known, with its paid hours.
  const firstScenario = stored.scenarios[0];
  useEffect(() => {
    if (firstScenario && !stored.scenarios.some((scenario) => scenario.id === inputs.scenarioId)) {
      setInputs((current) => withScenario(current, firstScenario, format.decimalSeparator));
    }
  }, [firstScenario, stored.scenarios, inputs.scenarioId, format.decimalSeparator]);

  useWorkbookLoad(
    pane,
    useCallback(() => workbook.loadCapacityScenarios(), [workbook]),
    useCallback(
      (loaded: CapacityScenario[]) => {
        setPlans(loaded);
        if (loaded.length > 0) openSteps("capacity");
      },
      [openSteps],
    ),
  );

  const parsed = useMemo(() => parseCapacityInputs(inputs, pane.culture), [inputs, pane.culture]);
  const allErrors = capacityProblemsByField(strings, format, parsed.problems);
  const shownErrors = Object.fromEntries(
    Object.entries(allErrors).filter(([field]) => submitted || leftFields.includes(field as CapacityField)),
  ) as Partial<Record<CapacityField, string>>;
  const weekly = typedWeeklyAttrition(inputs, pane.culture);

  /** The capacity plan the form describes, or null (with the reason reported and the first field to fix focused). */
  const planFromForm = (): CapacityScenario | null => {
    setSubmitted(true);
    if (inputs.source === "scenario" && stored.scenarios.length === 0) {
      report("error", c.needsScenario(format.count(stepNumber("plan"))));
      openSteps("plan");
      return null;
    }
    const { settings, source, firstWeek } = parsed;
    if (settings === null || source === null || firstWeek === null) {
      const fields = Object.keys(allErrors).length;
      report("error", c.fixFields(fields, format.count(fields)));
      const firstField = parsed.problems[0]?.field;
      window.setTimeout(() => document.querySelector<HTMLElement>(`[data-capacity-field="${firstField}"]`)?.focus(), 0);
      return null;
    }
    const trimmed = name.trim();
    if (trimmed === "") {
      report("error", strings.errors.scenarioNameEmpty);
      return null;
    }
    const existing = plans.find((plan) => sameName(plan.name, trimmed));
    return existing
      ? { ...existing, name: trimmed, source, firstWeek, settings, updatedAt: new Date().toISOString() }
      : newCapacityScenario(trimmed, source, firstWeek, settings);
  };

  const build = (plan: CapacityScenario, { save, replaceExisting }: { save: boolean; replaceExisting: boolean }) =>
    run(c.building(plan.name), async () => {
      setColumnProblems([]);
      if (save) {
        const saved = await workbook.saveCapacityScenario(plan);
        if (!saved.ok) return fail(saved.error);
        setPlans(saved.value);
      }
      const built = await workbook.buildCapacityPlan(plan, { replaceExisting });
      if (!built.ok) {
        if (built.error.code === "weeksColumnProblems") setColumnProblems(built.error.problems);
        return failOrAskToReplace(
          built.error,
          { title: c.rebuildTitle, body: c.rebuildBody, confirmLabel: c.rebuildConfirm },
          () => void build(plan, { save: false, replaceExisting: true }),
        );
      }
      const { sheetName, result, replacedSheet } = built.value;
      setLastBuilt({ name: plan.name, sheetName, result, costed: plan.settings.costPerHire !== null || plan.settings.costPerFteWeek !== null });
      report("success", replacedSheet ? c.rebuilt(sheetName) : c.built(sheetName));
    });

  const buildFromForm = () => {
    const plan = planFromForm();
    if (plan) return build(plan, { save: true, replaceExisting: false });
  };

  const saveFromForm = () => {
    const plan = planFromForm();
    if (!plan) return;
    return run(c.saving(plan.name), async () => {
      const saved = await workbook.saveCapacityScenario(plan);
      if (!saved.ok) return fail(saved.error);
      setPlans(saved.value);
      report("success", c.saved(plan.name));
    });
  };

  const useSelection = () =>
    run(strings.app.busy, async () => {
      const selection = await workbook.getSelectionAddress();
      if (!selection.ok) return fail(selection.error);
      setInputs((current) => ({ ...current, address: selection.value }));
      setLeftFields((current) => (current.includes("address") ? current : [...current, "address"]));
    });

  const open = (plan: CapacityScenario) => {
    setInputs(capacityToInputs(plan.source, plan.firstWeek, plan.settings, format.decimalSeparator));
    setName(plan.name);
    setLeftFields([]);
    setSubmitted(false);
    setColumnProblems([]);
    report("success", c.loaded(plan.name));
  };

  const whatIfs = useSavedList<CapacityScenario, CapacityChanges, CapacityComparison>(
    pane,
    plans,
    {
      rename: (id, newName) => workbook.renameCapacityScenario(id, newName),
      duplicate: (id, changes) => workbook.duplicateCapacityScenario(id, changes),
      remove: (id, options) => workbook.deleteCapacityScenario(id, options),
      compare: (ids) => workbook.compareCapacityScenarios(ids),
      store: setPlans,
      renamed: (plan, newName) => {
        if (sameName(name, plan.name)) setName(newName);
      },
    },
    c,
  );

  return {
    plans,
    section: {
      inputs,
      errors: shownErrors,
      weeklyAttrition: weekly,
      culture: pane.culture,
      scenarios: stored.scenarios,
      name,
      nameError: submitted && name.trim() === "" ? strings.errors.scenarioNameEmpty : undefined,
      busy: pane.busy || !excelAvailable,
      lastBuilt,
      columnProblems,
      onChange: setInputs,
      onScenarioChange: (scenarioId) => {
        const scenario = stored.scenarios.find((candidate) => candidate.id === scenarioId);
        if (scenario) setInputs((current) => withScenario(current, scenario, format.decimalSeparator));
      },
      onLeaveField: (field) => setLeftFields((current) => (current.includes(field) ? current : [...current, field])),
      onNameChange: setName,
      onUseSelection: useSelection,
      onBuild: buildFromForm,
      onSave: saveFromForm,
      onShowSheet: pane.showSheet,
      whatIfs: {
        plans,
        selectedIds: whatIfs.selectedIds,
        comparison: whatIfs.comparison,
        busy: pane.busy,
        culture: pane.culture,
        onToggle: whatIfs.onToggle,
        onOpen: open,
        onBuild: (plan) => build(plan, { save: false, replaceExisting: false }),
        onRename: whatIfs.onRename,
        onDuplicate: whatIfs.onDuplicate,
        onDelete: whatIfs.onDelete,
        onCompare: whatIfs.onCompare,
      },
    },
  };
}
