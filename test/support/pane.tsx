/**
 * The pane with a stand-in for src/workbook/api.ts, for component tests: a workbook whose every
 * function is a jest mock (reading a two-row forecast, building a plan, storing scenarios), and
 * the pane rendered in Fluent's light theme in English.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { LocaleProvider } from "../../src/taskpane/strings";
import { WorkbookProvider, type WorkbookApi } from "../../src/taskpane/workbook";
import type { ForecastRead, Plan, Scenario, WorkbookResult } from "../../src/workbook/api";

export const ok = <T,>(value: T): Promise<WorkbookResult<T>> => Promise.resolve({ ok: true, value });

const reference = {
  sheetName: "Sample forecast",
  tableName: "WFM_SampleForecast_1",
  firstRow: 2,
  rowCount: 2,
  dateColumn: null,
  intervalColumn: "A",
  callsColumn: "B",
  ahtColumn: "C",
  defaultAhtSeconds: null,
};

export const forecast: ForecastRead = {
  address: "'Sample forecast'!A1:C3",
  reading: {
    headers: ["Interval", "Calls", "AHT (s)"],
    hasHeaderRow: true,
    mapping: { date: null, interval: 0, calls: 1, aht: 2 },
    recognised: { date: false, interval: true, calls: true, aht: true },
    rows: [
      { interval: 0.375, intervalLabel: "09:00", day: null, secondOfDay: 32400, callsOffered: 100, averageHandleSeconds: 300, callsCell: "'Sample forecast'!B2", intervalCell: "'Sample forecast'!A2", ahtCell: "'Sample forecast'!C2" },
      { interval: 0.3958, intervalLabel: "09:30", day: null, secondOfDay: 34200, callsOffered: 120, averageHandleSeconds: 290, callsCell: "'Sample forecast'!B3", intervalCell: "'Sample forecast'!A3", ahtCell: "'Sample forecast'!C3" },
    ],
    problems: [],
    reference,
    days: 0,
    intervalMinutes: 30,
  },
};

export const plan: Plan = {
  rows: [],
  summary: {
    totalCalls: 220,
    serviceLevel: 0.85,
    averageSpeedOfAnswer: 12,
    abandonRate: 0,
    peakAgentsRequired: 22,
    peakScheduledStaff: 31.4,
    agentHoursRequired: 21,
    agentHoursScheduled: 30,
    fte: 4,
    peakWeekFte: 4,
    days: 1,
    cost: null,
  },
  days: [],
  weeks: [],
};

export type StubWorkbook = { [K in keyof WorkbookApi]: WorkbookApi[K] & jest.Mock };

export function stubWorkbook(overrides: Partial<WorkbookApi> = {}): StubWorkbook {
  let stored: Scenario[] = [];
  const stub = {
    createSampleForecast: jest.fn(() =>
      ok({ sheetName: "Sample forecast", tableName: "WFM_SampleForecast_1", reference }),
    ),
    getWorkbookCulture: jest.fn(() =>
      ok({ name: "en-GB", language: "en" as const, numbers: { decimalSeparator: ".", groupSeparator: "," }, source: "excel" as const }),
    ),
    listTables: jest.fn(() => ok([])),
    getSelectionAddress: jest.fn(() => ok("Roster!A2:A3")),
    readForecast: jest.fn(() => ok(forecast)),
    buildPlan: jest.fn(() => ok({ sheetName: "Plan - Base", tableName: "WFM_Plan_1", plan, replacedSheet: null })),
    loadScenarios: jest.fn(() => ok(stored)),
    saveScenario: jest.fn((scenario: Scenario) => {
      stored = [...stored.filter((s) => s.id !== scenario.id), scenario];
      return ok(stored);
    }),
    renameScenario: jest.fn(),
    duplicateScenario: jest.fn(),
    deleteScenario: jest.fn(),
    compareScenarios: jest.fn(),
    checkRoster: jest.fn(),
    showSheet: jest.fn(() => ok(undefined)),
    loadCapacityScenarios: jest.fn(() => ok([])),
    saveCapacityScenario: jest.fn(),
    renameCapacityScenario: jest.fn(),
    duplicateCapacityScenario: jest.fn(),
    deleteCapacityScenario: jest.fn(),
    buildCapacityPlan: jest.fn(),
    compareCapacityScenarios: jest.fn(),
    createSampleActuals: jest.fn(),
    readActuals: jest.fn(),
    buildPerformance: jest.fn(),
    readTeamMetrics: jest.fn(),
    loadTeamTargets: jest.fn(() => ok({ targets: null, unreadable: false })),
    buildTeamMetrics: jest.fn(),
    buildClientReport: jest.fn(),
    makeClientCopy: jest.fn(),
    ...overrides,
  };
  return stub as unknown as StubWorkbook;
}

export function renderPane(workbook: WorkbookApi, excelAvailable = true) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="en-GB">
        <WorkbookProvider workbook={workbook}>
          <App excelAvailable={excelAvailable} />
        </WorkbookProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
}
