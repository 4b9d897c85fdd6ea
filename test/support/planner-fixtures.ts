/** Fixtures the planner tests share. */
import type { ForecastReference } from "../../src/planner/types";

/** Three intervals on a "Forecast" sheet: interval, calls and AHT in A:C from row 2. */
export const threeRowForecast: ForecastReference = {
  sheetName: "Forecast",
  tableName: null,
  firstRow: 2,
  rowCount: 3,
  intervalColumn: "A",
  callsColumn: "B",
  ahtColumn: "C",
  defaultAhtSeconds: null,
};
