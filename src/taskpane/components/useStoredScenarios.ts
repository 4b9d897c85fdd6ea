/**
 * The scenarios stored in the workbook, as last read or written: several steps read them (plan,
 * scenarios, roster check), and every step that changes them sets the list the adapter returned,
 * so the pane never shows a list the workbook does not hold. Loaded once when the pane opens; the
 * scenarios step opens by itself when the workbook already has some.
 */
import { useCallback, useState } from "react";
import type { Scenario } from "../../workbook/api";
import { useWorkbookLoad, type PaneServices } from "../pane";

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
  const { workbook, openSteps } = pane;
  const [scenarios, setScenarios] = useState<Scenario[]>([]);

  useWorkbookLoad(
    pane,
    useCallback(() => workbook.loadScenarios(), [workbook]),
    useCallback(
      (stored: Scenario[]) => {
        setScenarios(stored);
        if (stored.length > 0) openSteps("scenarios");
      },
      [openSteps],
    ),
  );

  return { scenarios, set: setScenarios };
}
