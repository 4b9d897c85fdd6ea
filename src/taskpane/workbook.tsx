/**
 * The pane reaches the workbook only through src/workbook/api.ts, handed down in a context so
 * that component tests can give the pane a stand-in without Excel.
 */
import { createContext, ReactNode, useContext } from "react";
import * as workbookApi from "../workbook/api";

export type WorkbookApi = Pick<
  typeof workbookApi,
  | "createSampleForecast"
  | "getWorkbookCulture"
  | "listTables"
  | "getSelectionAddress"
  | "readForecast"
  | "buildPlan"
  | "loadScenarios"
  | "saveScenario"
  | "renameScenario"
  | "duplicateScenario"
  | "deleteScenario"
  | "compareScenarios"
  | "checkRoster"
  | "showSheet"
  | "loadCapacityScenarios"
  | "saveCapacityScenario"
  | "renameCapacityScenario"
  | "duplicateCapacityScenario"
  | "deleteCapacityScenario"
  | "buildCapacityPlan"
  | "compareCapacityScenarios"
  | "createSampleActuals"
  | "readActuals"
  | "buildPerformance"
  | "readTeamMetrics"
  | "loadTeamTargets"
  | "buildTeamMetrics"
  | "buildClientReport"
  | "makeClientCopy"
>;

const WorkbookContext = createContext<WorkbookApi>(workbookApi);

export function WorkbookProvider({ workbook, children }: { workbook: WorkbookApi; children: ReactNode }) {
  return <WorkbookContext.Provider value={workbook}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookApi {
  return useContext(WorkbookContext);
}
