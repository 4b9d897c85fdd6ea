/**
 * The scenarios stored in the workbook, as last read or written: several steps read them (plan,
 * scenarios, roster check), and every step that changes them sets the list the adapter returned,
 * so the pane never shows a list the workbook does not hold. Loaded once when the pane opens; the
 * scenarios step opens by itself when the workbook already has some.
 */
import { useEffect, useState } from "react";
import type { Scenario } from "../../workbook/api";
import type { PaneServices } from "../pane";

export interface StoredScenarios {
  scenarios: Scenario[];
  /** Replaces the list with the one the workbook now holds. */
  set(scenarios: Scenario[]): void;
}

/** Scenario names are matched as a person reads them: case and surrounding spaces do not count. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export function useStoredScenarios(pane: PaneServices): StoredScenarios {
  const { workbook, excelAvailable, fail, failUnexpectedly, openSteps } = pane;
  const [scenarios, setScenarios] = useState<Scenario[]>([]);

  useEffect(() => {
    if (!excelAvailable) return;
    let mounted = true;
    workbook
      .loadScenarios()
      .then((stored) => {
        if (!mounted) return;
        if (!stored.ok) return fail(stored.error);
        setScenarios(stored.value);
        if (stored.value.length > 0) openSteps("scenarios");
      })
      .catch((error: unknown) => {
        if (mounted) failUnexpectedly(error);
      });
    return () => {
      mounted = false;
    };
  }, [excelAvailable, workbook, fail, failUnexpectedly, openSteps]);

  return { scenarios, set: setScenarios };
}
