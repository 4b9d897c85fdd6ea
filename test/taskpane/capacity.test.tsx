/**
 * The Capacity step with a stand-in workbook: bad inputs refused beside their fields with nothing
 * asked of the workbook (a negative headcount, attrition that comes to 100% a week or more, a
 * class limit below 1), a blank required-FTE week listed by cell, the weekly attrition shown as
 * it is typed, a build that asks before replacing, and a what-if duplicated with changes.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { computeCapacity } from "../../src/planner/capacity";
import type { CapacityScenario, Scenario } from "../../src/workbook/api";
import { defaultTargets } from "../../src/planner/targets";
import { forecast, ok, renderPane, stubWorkbook } from "../support/pane";

const base: Scenario = {
  id: "s1",
  name: "Base",
  forecast: forecast.reading.reference as Scenario["forecast"],
  targets: { ...defaultTargets(), paidHoursPerFteWeek: 40 },
  adjustments: { volumeFactor: 1, ahtFactor: 1 },
  createdAt: "",
  updatedAt: "",
};

async function openCapacity(workbook = stubWorkbook({ loadScenarios: jest.fn(() => ok([base])) })) {
  renderPane(workbook);
  const step = await screen.findByRole("button", { name: "6. Capacity plan" });
  // The workbook's scenarios arrive, then the step opens.
  await waitFor(() => expect(workbook.loadCapacityScenarios).toHaveBeenCalled());
  await act(async () => fireEvent.click(step));
  return workbook;
}

const field = (label: string) => screen.getByLabelText(label, { exact: false });

function type(label: string, value: string) {
  const input = field(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe("the Capacity step", () => {
  test("the scenario's paid hours fill the form; the attrition typed shows as the weekly rate the plan uses", async () => {
    await openCapacity();
    await waitFor(() => expect(field("Paid hours per FTE per week")).toHaveValue("40"));
    type("Attrition (%)", "104");
    // A turnover ratio of 104% a year is 2% of the team a week.
    expect(screen.getByTestId("attritionRate-result")).toHaveTextContent("= 2% a week");
    fireEvent.change(screen.getByRole("combobox", { name: "Measured over" }), { target: { value: "month" } });
    expect(screen.getByTestId("attritionRate-result")).toHaveTextContent("= 24% a week");
  });

  test("a negative headcount, attrition of everyone each week and a class limit below 1 are refused beside their fields; nothing is built", async () => {
    const workbook = await openCapacity();
    type("Productive heads now", "-5");
    type("Attrition (%)", "500");
    fireEvent.change(screen.getByRole("combobox", { name: "Measured over" }), { target: { value: "month" } });
    type("Smallest class", "0");
    expect(await screen.findByText("Must be at least 0.")).toBeInTheDocument();
    expect(screen.getByText(/That comes to 115.4% of the team leaving each week: more than everyone/)).toBeInTheDocument();
    expect(screen.getByText("Must be at least 1.")).toBeInTheDocument();
    expect(field("Productive heads now")).toHaveAttribute("aria-invalid", "true");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build capacity plan" })));
    expect(workbook.saveCapacityScenario).not.toHaveBeenCalled();
    expect(workbook.buildCapacityPlan).not.toHaveBeenCalled();
    expect(screen.getByTestId("alert")).toHaveTextContent("3 capacity fields need fixing; each says what is wrong.");
  });

  test("a blank required-FTE week is listed by its cell, and the alert says nothing was written", async () => {
    const workbook = stubWorkbook({
      loadScenarios: jest.fn(() => ok([base])),
      saveCapacityScenario: jest.fn((plan: CapacityScenario) => ok([plan])),
      buildCapacityPlan: jest.fn(() =>
        Promise.resolve({
          ok: false as const,
          error: {
            code: "weeksColumnProblems" as const,
            problems: [{ code: "blankWeek" as const, cell: "Staffing!B4", week: 3, column: "fte" as const }],
          },
        }),
      ),
    });
    await openCapacity(workbook);
    fireEvent.click(screen.getByRole("radio", { name: "A column of required FTE" }));
    type("Required FTE, one cell per week", "B2:B53");
    expect(await screen.findByText(/Say which sheet: Sheet!B2:B53/)).toBeInTheDocument();
    type("Required FTE, one cell per week", "Staffing!B2:B53");
    type("Productive heads now", "120");
    type("Attrition (%)", "60");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build capacity plan" })));
    expect(workbook.buildCapacityPlan).toHaveBeenCalledTimes(1);
    const plan = workbook.buildCapacityPlan.mock.calls[0][0] as CapacityScenario;
    expect(plan.source).toEqual({ kind: "column", address: "Staffing!B2:B53" });
    expect(plan.settings).toMatchObject({ headcount: 120, attrition: { rate: 0.6, period: "year", figure: "turnover" }, trainWeeks: 4 });
    expect(screen.getByTestId("capacity-problems")).toHaveTextContent("Staffing!B4: week 3 has no required FTE; type a number (0 if none).");
    expect(screen.getByTestId("alert")).toHaveTextContent("The column of weeks has 1 problem; nothing was written.");
  });

  test("builds, shows the figures and the weeks hiring cannot cover; asks before rebuilding", async () => {
    const settings = {
      headcount: 100,
      attrition: { rate: 1.04, period: "year" as const, figure: "turnover" as const },
      trainWeeks: 2,
      nestingWeeks: 2,
      nestingProductivity: 0.5,
      graduationRate: 1,
      ftePerHead: 1,
      leadWeeks: 0,
      minClass: 1,
      maxClass: null,
      costPerHire: 3000,
      costPerFteWeek: null,
    };
    const result = computeCapacity(Array.from({ length: 12 }, () => 100), settings, 45719);
    const built = { sheetName: "Capacity plan - Capacity", result, origin: { kind: "column" as const, scenarioName: null, forecast: null, column: "Staffing!B2:B13", patternWeeklyCalls: null, weeklyCalls: null, weeklyGrowth: null, paidHoursPerFteWeek: null } };
    const workbook = stubWorkbook({
      loadScenarios: jest.fn(() => ok([base])),
      saveCapacityScenario: jest.fn((plan: CapacityScenario) => ok([plan])),
    });
    workbook.buildCapacityPlan
      .mockImplementationOnce(() => ok({ ...built, replacedSheet: null }))
      .mockImplementationOnce(() => Promise.resolve({ ok: false, error: { code: "sheetExists", sheetName: "Capacity plan - Capacity" } }))
      .mockImplementationOnce(() => ok({ ...built, replacedSheet: "Capacity plan - Capacity" }));
    await openCapacity(workbook);
    type("Productive heads now", "100");
    type("Attrition (%)", "104");
    type("Cost per hire", "3000");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build capacity plan" })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Capacity plan written to the sheet “Capacity plan - Capacity”."));
    const figures = screen.getByTestId("capacity-figures");
    expect(figures).toHaveTextContent("Total hires23");
    expect(figures).toHaveTextContent("Weeks hiring cannot cover2, 4");
    expect(figures).toHaveTextContent("Largest shortfall2 FTE in week 2");
    expect(figures).toHaveTextContent("Hiring cost69,000");
    expect(within(screen.getByTestId("capacity-months")).getByText("03/2025")).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build capacity plan" })));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog).toHaveTextContent("The sheet “Capacity plan - Capacity” holds this capacity plan.");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Rebuild", hidden: true })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Capacity plan rebuilt"));
    expect(workbook.buildCapacityPlan.mock.calls.map((call) => call[1])).toEqual([
      { replaceExisting: false },
      { replaceExisting: false },
      { replaceExisting: true },
    ]);
  });

  test("a what-if: duplicate with attrition +5 points and 6 weeks of training", async () => {
    const stored: CapacityScenario = {
      id: "c1",
      name: "Capacity",
      source: { kind: "scenario", scenarioId: "s1", paidHoursPerFteWeek: 40, volumes: { kind: "growth", weeklyGrowth: 0, weeks: 26 } },
      firstWeek: 45719,
      settings: {
        headcount: 100,
        attrition: { rate: 0.6, period: "year", figure: "turnover" },
        trainWeeks: 4,
        nestingWeeks: 4,
        nestingProductivity: 0.5,
        graduationRate: 1,
        ftePerHead: 1,
        leadWeeks: 0,
        minClass: 1,
        maxClass: null,
        costPerHire: null,
        costPerFteWeek: null,
      },
      createdAt: "",
      updatedAt: "",
    };
    const workbook = stubWorkbook({
      loadScenarios: jest.fn(() => ok([base])),
      loadCapacityScenarios: jest.fn(() => ok([stored])),
      duplicateCapacityScenario: jest.fn(() => new Promise(() => undefined)),
    });
    renderPane(workbook);
    const list = await screen.findByTestId("capacity-list");
    expect(list).toHaveTextContent("100 heads · attrition 60% a year · 4 weeks of training");
    await act(async () => fireEvent.click(within(list).getByRole("button", { name: "Actions for Capacity" })));
    await act(async () => fireEvent.click(await screen.findByRole("menuitem", { name: "Duplicate with changes…" })));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.change(within(dialog).getByLabelText("Attrition change (percentage points)", { exact: false }), { target: { value: "+5" } });
    fireEvent.change(within(dialog).getByLabelText("Training (weeks)"), { target: { value: "6" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Save the copy", hidden: true })));
    expect(workbook.duplicateCapacityScenario).toHaveBeenCalledTimes(1);
    const [id, changes] = workbook.duplicateCapacityScenario.mock.calls[0];
    expect(id).toBe("c1");
    expect(changes).toEqual({ name: "Capacity (copy)", attritionChange: 0.05, trainWeeks: 6 });
  });

  test("numbers are read in the workbook's culture: in an Estonian workbook 1.000 is asked about, never read as 1; 1 000 is a thousand", async () => {
    const estonian = { name: "et-EE", language: "et" as const, numbers: { decimalSeparator: ",", groupSeparator: "\u00A0" }, source: "excel" as const };
    const workbook = await openCapacity(
      stubWorkbook({ loadScenarios: jest.fn(() => ok([base])), getWorkbookCulture: jest.fn(() => ok(estonian)) }),
    );
    type("Productive heads now", "1.000");
    // The two readings are shown grouped with a narrow space, which no culture reads as a decimal.
    expect(await screen.findByText(/^“1\.000” could be 1\s000 or 1\. Which did you mean\?$/)).toBeInTheDocument();
    type("Attrition (%)", "60");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build capacity plan" })));
    expect(workbook.buildCapacityPlan).not.toHaveBeenCalled();
    expect(screen.getByTestId("alert")).toHaveTextContent("One capacity field needs fixing");
    // Each reading is a button beside the field, which rewrites it so it cannot be misread.
    const choices = within(screen.getByTestId("capacity-section")).getByTestId("reading-choices");
    fireEvent.click(within(choices).getByRole("button", { name: "It is 1\u202F000" }));
    expect(field("Productive heads now")).toHaveValue("1000");
    type("Productive heads now", "1 000");
    type("FTE per head", "0,8");
    expect(screen.queryByTestId("reading-choices")).not.toBeInTheDocument();
    expect(screen.queryByText(/could be/)).not.toBeInTheDocument();
  });

  test("in a Brazilian workbook 1.000 is a thousand, as its culture groups", async () => {
    const brazilian = { name: "pt-BR", language: "pt-BR" as const, numbers: { decimalSeparator: ",", groupSeparator: "." }, source: "excel" as const };
    await openCapacity(stubWorkbook({ loadScenarios: jest.fn(() => ok([base])), getWorkbookCulture: jest.fn(() => ok(brazilian)) }));
    type("Productive heads now", "1.000");
    type("Attrition (%)", "52");
    expect(screen.queryByText(/could be/)).not.toBeInTheDocument();
    expect(field("Productive heads now")).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("attritionRate-result")).toHaveTextContent("= 1% a week");
  });
});
