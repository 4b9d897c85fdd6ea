/**
 * The pane's behaviour around the workbook, with a stand-in for src/workbook/api.ts: what it
 * shows outside Excel, that rebuilding asks first and only then passes replaceExisting, and that
 * a refusal reaches the alert region. The real adapter is exercised by the browser test.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import type { Scenario } from "../../src/workbook/api";
import { STEPS, stepNumber } from "../../src/taskpane/steps";
import { ok, plan, renderPane, stubWorkbook } from "../support/pane";

describe("the scenario planner pane", () => {
  test("outside Excel it says so and offers nothing that would fail", async () => {
    const workbook = stubWorkbook();
    renderPane(workbook, false);
    expect(screen.getByRole("note")).toHaveTextContent("Excel is not available here");
    expect(screen.getByRole("button", { name: "Create sample forecast" })).toHaveAttribute("aria-disabled", "true");
    expect(workbook.loadScenarios).not.toHaveBeenCalled();
  });

  test("steps are numbered by their place in the pane, and what points to a step says its number", async () => {
    renderPane(stubWorkbook());
    const headings = (await screen.findAllByRole("heading", { level: 2 })).map((heading) => heading.textContent);
    expect(headings).toEqual([
      "1. Forecast",
      "2. Targets",
      "3. Plan",
      "4. Scenarios",
      "5. Roster check",
      "6. Capacity plan",
      "7. Actuals",
      "8. Team metrics",
      "9. Client report",
    ]);
    expect(STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // With no scenario saved yet, the later steps point back to the plan step by its number.
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "5. Roster check" })));
    expect(await screen.findByText(`Save a scenario first (step ${stepNumber("plan")}).`)).toBeInTheDocument();
  });

  test("creates the sample, reads it, and announces it in the status region", async () => {
    const workbook = stubWorkbook();
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Sample forecast written to the sheet “Sample forecast” (2 half-hours)"));
    expect(workbook.readForecast).toHaveBeenCalledWith({ kind: "table", name: "WFM_SampleForecast_1" }, {});
    expect(screen.getByTestId("forecast-summary")).toHaveTextContent("2 intervals, 220 calls");
  });

  test("asks before rebuilding, and only then passes replaceExisting", async () => {
    const workbook = stubWorkbook();
    workbook.buildPlan
      .mockImplementationOnce(() => Promise.resolve({ ok: false, error: { code: "sheetExists", sheetName: "Plan - Base" } }))
      .mockImplementationOnce(() => ok({ sheetName: "Plan - Base", tableName: "WFM_Plan_1", plan, replacedSheet: "Plan - Base" }));
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Build plan" })));

    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog).toHaveTextContent("The sheet “Plan - Base” holds this scenario's plan.");
    expect(workbook.buildPlan).toHaveBeenCalledTimes(1);
    expect(workbook.buildPlan.mock.calls[0][1]).toEqual({ replaceExisting: false });

    // Tabster's modal bookkeeping marks the surface aria-hidden under jsdom (not in Chromium,
    // where the browser test finds the same button by its role), so look past it here.
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Rebuild", hidden: true })));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Plan rebuilt: the sheet “Plan - Base” was replaced."));
    expect(workbook.buildPlan.mock.calls[1][1]).toEqual({ replaceExisting: true });
    expect(screen.getByTestId("plan-figures")).toHaveTextContent("Peak agents required22");
  });

  test("a refusal from Excel reaches the alert region with what happened to the workbook", async () => {
    const workbook = stubWorkbook({
      buildPlan: jest.fn(() =>
        Promise.resolve({
          ok: false as const,
          error: { code: "excelFailed" as const, operation: "buildPlan", detail: "The chart could not be added", rolledBack: true },
        }),
      ),
    });
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Build plan" })));
    await waitFor(() =>
      expect(screen.getByTestId("alert")).toHaveTextContent(
        "Excel refused a step while writing the plan: The chart could not be added. The half-written sheet was removed; the workbook is as it was.",
      ),
    );
  });

  test("a typo in a target is refused beside the field and blocks the build", async () => {
    const workbook = stubWorkbook();
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    const shrinkage = await screen.findByLabelText("Shrinkage (%)");
    fireEvent.change(shrinkage, { target: { value: "3o" } });
    fireEvent.blur(shrinkage);
    expect(await screen.findByText("“3o” is not a number. Use digits, with a comma or a point for decimals.")).toBeInTheDocument();
    expect(shrinkage).toHaveAttribute("aria-invalid", "true");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Build plan" })));
    expect(workbook.buildPlan).not.toHaveBeenCalled();
    expect(screen.getByTestId("alert")).toHaveTextContent("One field needs fixing; it says what is wrong.");
  });
});

describe("the volume and handle-time adjustments", () => {
  test("“90%” is 90% of the forecast: the pane shows ×0.90 beside the field and saves that factor", async () => {
    const workbook = stubWorkbook();
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    const volume = await screen.findByLabelText("Volume");
    fireEvent.change(volume, { target: { value: "90%" } });
    expect(screen.getByTestId("volumeFactor-result")).toHaveTextContent("= ×0.90");
    // The result is read out with the field, not only seen beside it.
    expect(volume.getAttribute("aria-describedby")?.split(" ")).toContain(screen.getByTestId("volumeFactor-result").id);

    const handleTime = screen.getByLabelText("Handle time");
    fireEvent.change(handleTime, { target: { value: "\u22125%" } });
    expect(screen.getByTestId("ahtFactor-result")).toHaveTextContent("= ×0.95");
    fireEvent.change(handleTime, { target: { value: "lots" } });
    expect(screen.queryByTestId("ahtFactor-result")).toBeNull();
    fireEvent.change(handleTime, { target: { value: "+10%" } });
    expect(screen.getByTestId("ahtFactor-result")).toHaveTextContent("= ×1.10");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save scenario" })));
    expect(workbook.saveScenario).toHaveBeenCalledTimes(1);
    const saved = workbook.saveScenario.mock.calls[0][0] as Scenario;
    expect(saved.adjustments.volumeFactor).toBeCloseTo(0.9, 12);
    expect(saved.adjustments.ahtFactor).toBeCloseTo(1.1, 12);
  });

  test("in “Duplicate with changes”, a volume change of 10 without a sign is still +10%", async () => {
    const workbook = stubWorkbook();
    workbook.duplicateScenario.mockImplementation(() => new Promise(() => undefined));
    renderPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create sample forecast" })));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save scenario" })));
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Actions for Base" })));
    await act(async () => fireEvent.click(await screen.findByRole("menuitem", { name: "Duplicate with changes…" })));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.change(within(dialog).getByLabelText("Volume change (%)"), { target: { value: "10" } });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Save the copy", hidden: true })));
    expect(workbook.duplicateScenario).toHaveBeenCalledTimes(1);
    expect(workbook.duplicateScenario.mock.calls[0][1].volumeChange).toBeCloseTo(0.1, 12);
  });
});
