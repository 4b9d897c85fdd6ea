/**
 * The Actuals, Team metrics and Client report steps around the workbook, with a stand-in for
 * src/workbook/api.ts: problems of an export listed by cell with nothing built; the scenario and
 * period passed to the adapter; replacing a performance sheet only after asking; the team
 * targets' defaults when the stored ones cannot be read; the client report and copy asked for
 * with what the other steps chose. The real adapter is exercised by test/browser/actuals.browser.test.ts.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { parseActuals } from "../../src/planner/actuals";
import { newCapacityScenario } from "../../src/planner/capacity-scenarios";
import { actualsColumnsOf, measurePerformance } from "../../src/planner/performance";
import { periodHolding } from "../../src/planner/periods";
import { computePlan } from "../../src/planner/plan";
import type { StepId } from "../../src/taskpane/steps";
import type { ActualsRead, Language } from "../../src/workbook/api";
import { ok, renderPane, stubWorkbook, type StubWorkbook } from "../support/pane";
import { baseScenario, capacitySettings, MONDAY_2025_03_03, undatedRow } from "../support/planner-fixtures";
import { stepHeading } from "../support/steps";
const HEADERS = ["Date/time", "Offered", "Answered", "Answered within 20 s", "Abandoned", "AHT"];

function read(values: unknown[][]): ActualsRead {
  return { address: "ACD!A1:F3", reading: parseActuals({ sheetName: "ACD", tableName: null, topRow: 1, leftColumn: 1, values: [HEADERS, ...values] }) };
}

const GOOD = read([
  [MONDAY_2025_03_03 + 8 / 24, 100, 95, 85, 5, 200],
  [MONDAY_2025_03_03 + 8.5 / 24, 120, 110, 80, 10, 210],
]);
const BAD = read([
  [MONDAY_2025_03_03 + 8 / 24, "lots", 95, 85, 5, 200],
  [MONDAY_2025_03_03 + 8.5 / 24, 120, 110, "", 10, 210],
]);

const forecastRows = [
  undatedRow(0, { interval: 8 / 24, intervalLabel: "08:00", callsOffered: 100, averageHandleSeconds: 200 }),
  undatedRow(1, { interval: 8.5 / 24, intervalLabel: "08:30", callsOffered: 110, averageHandleSeconds: 200 }),
];
const scenario = baseScenario({ sheetName: "Forecast", tableName: null, firstRow: 2, rowCount: 2, dateColumn: null, intervalColumn: "A", callsColumn: "B", ahtColumn: "C", defaultAhtSeconds: null });
const measured = measurePerformance({
  targets: scenario.targets,
  plan: computePlan(forecastRows, scenario.targets, scenario.adjustments),
  planTimings: forecastRows,
  actuals: GOOD.reading.rows,
  columns: actualsColumnsOf(GOOD.reading.mapping),
  period: periodHolding("month", MONDAY_2025_03_03),
});
if (!measured.ok) throw new Error("the stand-in report did not measure");
const REPORT = measured.report;

/** A stand-in workbook with one scenario; its culture says which language its sheets are written in. */
/** A capacity scenario stored in the workbook: the client copy offers its plan. */
const growth = {
  ...newCapacityScenario("Growth", { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 37.5, volumes: { kind: "growth", weeklyGrowth: 0.01, weeks: 13 } }, MONDAY_2025_03_03, capacitySettings()),
  id: "c1",
};

function actualsWorkbook(culture: { name: string; language: Language } = { name: "en-GB", language: "en" }): StubWorkbook {
  return stubWorkbook({
    getWorkbookCulture: jest.fn(() => ok({ ...culture, numbers: { decimalSeparator: ".", groupSeparator: "," }, source: "excel" as const })),
    loadScenarios: jest.fn(() => ok([scenario])),
    readActuals: jest.fn(() => ok(BAD)),
    buildPerformance: jest.fn(() => ok({ sheetName: "Performance 2025-03", report: REPORT, replacedSheet: null })),
    loadTeamTargets: jest.fn(() => ok({ targets: null, unreadable: true })),
    buildClientReport: jest.fn(() => ok({ sheetName: "Client report 2025-03", performance: REPORT, team: null, replacedSheet: null })),
    makeClientCopy: jest.fn(() => ok({ sheetNames: ["Client report 2025-03", "Plan - Base"], bytes: 40_960 })),
    loadCapacityScenarios: jest.fn(() => ok([growth])),
  });
}

async function open(step: StepId) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name: stepHeading(step) })));
}

describe("the Actuals step", () => {
  test("lists an export's problems by cell and offers no build; good actuals are built for the chosen period", async () => {
    const workbook = actualsWorkbook();
    renderPane(workbook);
    await open("actuals");
    const section = screen.getByTestId("actuals-section");
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Use selection" })));
    await waitFor(() => expect(screen.getByTestId("alert")).toHaveTextContent("The actuals have 2 problems"));
    const problems = within(screen.getByTestId("actuals-problems")).getAllByRole("listitem").map((item) => item.textContent);
    expect(problems).toEqual([
      "ACD!B2: “lots” is text; type Calls offered as a number.",
      "ACD!D3: Answered within the target time is missing; type 0 where there was none.",
    ]);
    expect(within(section).queryByRole("button", { name: "Build performance sheet" })).toBeNull();

    workbook.readActuals.mockImplementation(() => ok(GOOD));
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Use selection" })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Actuals read: all 2 rows are valid."));
    expect(screen.getByTestId("actuals-summary")).toHaveTextContent("2 intervals over 1 date, 220 calls offered.");
    fireEvent.change(within(section).getByLabelText("Period"), { target: { value: "day" } });
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Build performance sheet" })));
    expect(workbook.buildPerformance).toHaveBeenCalledWith({
      scenarioId: "s1",
      actuals: { source: { kind: "selection" }, mapping: GOOD.reading.mapping },
      period: { kind: "day", first: MONDAY_2025_03_03, last: MONDAY_2025_03_03 },
      replaceExisting: false,
    });
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Performance written to the sheet “Performance 2025-03”."));
    expect(screen.getByTestId("performance-figures")).toHaveTextContent(`Days on target${REPORT.summary.daysMet} / 1`);
    expect(screen.getByTestId("performance-why")).toHaveTextContent("Not explained");
    expect(screen.getByTestId("performance-unmatched")).toHaveTextContent("Every interval of actuals matched the plan.");
  });

  test("asks before replacing the period's sheet, and only then passes replaceExisting", async () => {
    const workbook = actualsWorkbook();
    workbook.readActuals.mockImplementation(() => ok(GOOD));
    workbook.buildPerformance.mockImplementationOnce(() => Promise.resolve({ ok: false, error: { code: "sheetExists", sheetName: "Performance 2025-03" } }));
    renderPane(workbook);
    await open("actuals");
    const section = screen.getByTestId("actuals-section");
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Use selection" })));
    await act(async () => fireEvent.click(await within(section).findByRole("button", { name: "Build performance sheet" })));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog).toHaveTextContent("The sheet “Performance 2025-03” holds this scenario's performance for this period.");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Replace", hidden: true })));
    await waitFor(() => expect(workbook.buildPerformance).toHaveBeenCalledTimes(2));
    expect(workbook.buildPerformance.mock.calls[1][0]).toMatchObject({ replaceExisting: true });
  });
});

describe("the Team metrics step", () => {
  test("shows the defaults, and says so, when the targets stored in the workbook could not be read", async () => {
    const workbook = actualsWorkbook();
    renderPane(workbook);
    await open("team");
    const section = screen.getByTestId("team-section");
    expect(section).toHaveTextContent("The team targets stored in this workbook could not be read; the defaults are shown.");
    expect(within(section).getByLabelText("Attendance (%): target")).toHaveValue("95");
  });
});

describe("the Client report step", () => {
  test("asks for the report with the actuals, scenario and period chosen, in the client's language, and a copy of the ticked sheets", async () => {
    // An Estonian workbook: the report is offered in Estonian until the director picks another language.
    const workbook = actualsWorkbook({ name: "et-EE", language: "et" });
    workbook.readActuals.mockImplementation(() => ok(GOOD));
    renderPane(workbook);
    await open("actuals");
    await act(async () => fireEvent.click(within(screen.getByTestId("actuals-section")).getByRole("button", { name: "Use selection" })));
    await open("client");
    const section = screen.getByTestId("client-section");
    expect(within(section).getByLabelText("Language of the report")).toHaveValue("et");
    expect(within(section).getAllByRole("option").map((option) => option.textContent)).toEqual(["English", "Eesti", "Português (Brasil)", "Português (Portugal)"]);
    fireEvent.change(within(section).getByLabelText("Language of the report"), { target: { value: "pt-PT" } });
    fireEvent.change(within(section).getByLabelText("Client name (optional, for the title)"), { target: { value: " Northwind " } });
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Write client report" })));
    expect(workbook.buildClientReport).toHaveBeenCalledWith({
      scenarioId: "s1",
      actuals: { source: { kind: "selection" }, mapping: GOOD.reading.mapping },
      period: periodHolding("month", MONDAY_2025_03_03),
      language: "pt-PT",
      clientName: "Northwind",
      team: null,
      replaceExisting: false,
    });
    await act(async () => fireEvent.click(within(section).getByRole("checkbox", { name: "Plan “Base”, as values without costs" })));
    await act(async () => fireEvent.click(within(section).getByRole("checkbox", { name: "Capacity plan “Growth”: weeks and hires, as values without costs" })));
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: "Make client copy" })));
    expect(workbook.makeClientCopy.mock.calls[0][0]).toMatchObject({
      planScenarioIds: ["s1"],
      capacityScenarioIds: ["c1"],
      report: { language: "pt-PT" },
      language: "pt-PT",
    });
    await waitFor(() =>
      expect(screen.getByTestId("status")).toHaveTextContent("Client copy opened as a new workbook: Client report 2025-03, Plan - Base (40 KB)."),
    );
  });
});
