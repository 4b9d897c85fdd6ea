/**
 * The Capacity step in a real browser: the BUILT pane in Chromium with the simulated workbook as
 * the global `Excel`, so the real adapter reads and writes (see planner.browser.test.ts).
 *
 * One story, as a director would go: create the sample forecast and build its plan (a scenario
 * to staff); open the Capacity step; try a negative headcount, attrition that comes to more than
 * the whole team each week and a class limit of 0 (each refused beside its field, nothing
 * written); point at a column of required FTE with a blank week (refused by its cell, nothing
 * written); then staff the sample's pattern at a volume growing 0.5% a week for 26 weeks and
 * build the "Capacity plan" sheet (live WFM.HIRING_PLAN and WFM.CAPACITY_PLAN, a combo chart);
 * duplicate it as "attrition +5 points, training 6 weeks" and compare the two, in the pane and
 * on a "Capacity comparison" sheet. Each step checks what the pane shows AND what the workbook
 * holds, and that the pane still fits 320 px. Screenshots go to test-results/capacity-*.png
 * (UPDATE_DOCS_SCREENSHOT=1 also refreshes docs/capacity.png, the README's picture).
 */
import { copyFileSync } from "fs";
import path from "path";
import type { Locator } from "playwright-core";
import { computeCapacity } from "../../src/planner/capacity";
import type { CapacitySettings } from "../../src/planner/capacity-types";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import { growingVolumes, staffingPattern } from "../../src/planner/weekly-fte";
import type { FakeExcel, FakeExcelSeed } from "../support/fake-excel";
import { undatedRow } from "../support/planner-fixtures";
import { coveredFigures, PANE_WIDTH, resultPath, ROOT, screenshotWholePane, unexpectedRequests, unnamedControls } from "./harness";
import { STEP_TIMEOUT, walkThePane } from "./pane-page";

const SEED: FakeExcelSeed = {
  sheets: [
    { name: "Notes", values: [["Our own notes: the add-in must never change this sheet"], ["Budget", 125000]] },
    // Required FTE by week from another team's model, with week 4 left blank.
    { name: "Staffing", values: [["", "Required FTE"], ["", 70], ["", 71], ["", 72], ["", ""], ["", 74], ["", 75]] },
  ],
  selection: "Notes!A1",
};

/** What the walk types, as the planner reads it: a team of 66 at 60% turnover a year, classes of 3 to 10 after 2 weeks' lead. */
const SETTINGS: CapacitySettings = {
  headcount: 66,
  attrition: { rate: 0.6, period: "year", figure: "turnover" },
  trainWeeks: 4,
  nestingWeeks: 3,
  nestingProductivity: 0.5,
  graduationRate: 0.9,
  ftePerHead: 1,
  leadWeeks: 2,
  minClass: 3,
  maxClass: 10,
  costPerHire: 2500,
  costPerFteWeek: 900,
};

/** The capacity plan the pane should build: the sample staffed at default targets, growing 0.5% a week for 26 weeks. */
function expectedPlan(settings: CapacitySettings) {
  const rows = sampleDay().map(({ start, calls, ahtSeconds }, index) =>
    undatedRow(index, { interval: start, intervalLabel: String(index), callsOffered: calls, averageHandleSeconds: ahtSeconds }),
  );
  const pattern = staffingPattern(rows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 });
  return computeCapacity(pattern.requiredFte(growingVolumes(pattern.weeklyCalls, 0.005, 26)), settings, 0);
}

const walk = walkThePane(SEED, "capacity-failure.png");
const workbook = <T>(inspect: (fake: FakeExcel) => T) => walk.actions.workbook(inspect);
const status = () => walk.page.getByTestId("status");
const alert = () => walk.page.getByTestId("alert");
const expectText = (locator: Locator, text: string | RegExp) => walk.actions.expectText(locator, text);
const section = () => walk.page.getByTestId("capacity-section");
const capacityField = (label: string) => section().getByLabel(label, { exact: true });

async function fill(label: string, value: string): Promise<void> {
  const input = capacityField(label);
  await input.fill(value);
  await input.blur();
}

async function screenshot(fileName: string): Promise<void> {
  await screenshotWholePane(walk.page, resultPath(fileName));
}

describe("the Capacity step in Chromium, on the built pane and a simulated workbook", () => {
  test("from the sample forecast to a scenario whose pattern the capacity plan can staff", async () => {
    await walk.page.getByRole("button", { name: "Create sample forecast" }).click();
    await expectText(status(), "Sample forecast written to the sheet “Sample forecast”");
    await walk.actions.openSection(/Plan/);
    await walk.page.getByRole("button", { name: "Build plan" }).click();
    await expectText(status(), "Plan written to the sheet “Plan - Base”.");
    await walk.actions.openSection(/Capacity plan/);
    await expect(section().getByRole("combobox", { name: "Scenario" }).inputValue()).resolves.not.toBe("");
    await walk.actions.waitForValue(capacityField("Paid hours per FTE per week"), /^37[.,]5$/);
    await walk.actions.expectFits();
  });

  test("a negative headcount, attrition of more than everyone each week and a class of 0 are refused beside their fields; nothing is written", async () => {
    const before = await workbook((fake) => fake.sheetNames());
    await fill("Productive heads now", "-5");
    await fill("Attrition (%)", "500");
    await section().getByRole("combobox", { name: "Measured over" }).selectOption("month");
    await fill("Smallest class", "0");
    await expectText(section(), "Must be at least 0.");
    await expectText(section(), /That comes to 115\.4% of the team leaving each week: more than everyone/);
    await expectText(section(), "Must be at least 1.");
    await expect(capacityField("Productive heads now").getAttribute("aria-invalid")).resolves.toBe("true");
    await walk.page.getByRole("button", { name: "Build capacity plan" }).click();
    await expectText(alert(), "3 capacity fields need fixing; each says what is wrong.");
    // Keyboard and screen-reader users land on the first field to fix.
    await expect(walk.page.evaluate(() => document.activeElement?.getAttribute("data-capacity-field"))).resolves.toBe("headcount");
    await expect(workbook((fake) => fake.sheetNames())).resolves.toEqual(before);
    await expect(workbook((fake) => fake.setting("wfm.capacityScenarios"))).resolves.toBeUndefined();
    await walk.actions.expectFits();
    await screenshot("capacity-01-refused.png");
  });

  test("a column of required FTE with a blank week is refused by its cell, and nothing is written", async () => {
    await fill("Productive heads now", "66");
    await fill("Attrition (%)", "60");
    await section().getByRole("combobox", { name: "Measured over" }).selectOption("year");
    await fill("Smallest class", "3");
    await section().getByRole("radio", { name: "A column of required FTE" }).check();
    await workbook((fake) => fake.select("Staffing!B1:B7"));
    await section().getByRole("button", { name: "Use selection" }).click();
    await walk.actions.waitForValue(capacityField("Required FTE, one cell per week"), /^'?Staffing'?!\$?B\$?1:\$?B\$?7$/);
    const before = await workbook((fake) => fake.sheetNames());
    await walk.page.getByRole("button", { name: "Build capacity plan" }).click();
    await expectText(alert(), "The column of weeks has 1 problem; nothing was written.");
    await expectText(walk.page.getByTestId("capacity-problems"), "Staffing!B5: week 4 has no required FTE; type a number (0 if none).");
    await expect(workbook((fake) => fake.sheetNames())).resolves.toEqual(before);
    await walk.actions.expectFits();
    await screenshot("capacity-02-blank-week.png");
  });

  test("builds the Capacity plan sheet from the sample's pattern: live hiring and capacity plans, a combo chart, the weeks hiring cannot cover", async () => {
    await section().getByRole("radio", { name: "A scenario's plan at each week's volume" }).check();
    await fill("Growth per week (%)", "0,5");
    await fill("Weeks to plan", "26");
    await fill("Nesting (weeks)", "3");
    await fill("Graduation rate (%)", "90");
    await fill("Recruiting lead time (weeks)", "2");
    await fill("Largest class (optional)", "10");
    await fill("Cost per hire", "2500");
    await fill("Cost per FTE-week", "900");
    await expectText(walk.page.getByTestId("attritionRate-result"), "= 1.15% a week");
    await walk.page.getByRole("button", { name: "Build capacity plan" }).click();
    await expectText(status(), "Capacity plan written to the sheet “Capacity plan - Capacity”.");

    const expected = expectedPlan(SETTINGS).summary;
    const figures = walk.page.getByTestId("capacity-figures");
    await expectText(figures, `Total hires${expected.totalHires}`);
    await expectText(figures, `First week a new class can cover${expected.firstCoverableWeek}`);
    expect(expected.uncoveredWeeks.length).toBeGreaterThan(0);
    await expectText(figures, "Weeks hiring cannot cover");
    await expectText(figures, "plan overtime or another site");
    await expect(coveredFigures(figures.locator("dt, dd"))).resolves.toEqual([]);

    const sheet = await workbook((fake) => {
      const capacity = fake.sheet("Capacity plan - Capacity");
      const used = capacity.usedAddress() as string;
      const formulas = capacity.formulas(used).flat().filter((f): f is string => typeof f === "string" && f.startsWith("="));
      const [chart] = capacity.charts();
      return {
        hiring: formulas.filter((f) => f.startsWith("=WFM.HIRING_PLAN(")).length,
        capacity: formulas.filter((f) => f.startsWith("=WFM.CAPACITY_PLAN(")).length,
        convert: formulas.filter((f) => f.startsWith("=WFM.ATTRITION_CONVERT(")).length,
        chart: chart ? { type: chart.type, series: chart.series.map((s) => [s.name, s.chartType, s.axisGroup]) } : null,
        notes: fake.sheet("Notes").values("A1:B2"),
        stored: (fake.setting("wfm.capacityScenarios") as { scenarios: { name: string }[] }).scenarios.map((s) => s.name),
      };
    });
    expect(sheet).toEqual({
      hiring: 1,
      capacity: 1,
      convert: 1,
      chart: {
        type: "Line",
        series: [
          ["Required FTE", null, "Primary"],
          ["Effective FTE", null, "Primary"],
          ["Hires starting", "ColumnClustered", "Secondary"],
        ],
      },
      notes: [["Our own notes: the add-in must never change this sheet", ""], ["Budget", 125000]],
      stored: ["Capacity"],
    });
    await walk.actions.expectFits();
    await screenshot("capacity-03-plan.png");
  });

  test("a what-if: attrition +5 points and 6 weeks of training, compared side by side in the pane and on a sheet", async () => {
    await walk.actions.chooseAction("Actions for Capacity", "Duplicate with changes…");
    const dialog = walk.page.getByRole("alertdialog");
    await dialog.getByLabel("Name of the copy").fill("Attrition +5, training 6");
    await dialog.getByLabel("Attrition change (percentage points)").fill("+5");
    await dialog.getByLabel("Training (weeks)").fill("6");
    await dialog.getByRole("button", { name: "Save the copy" }).click();
    await expectText(status(), "Capacity plan “Attrition +5, training 6” saved.");
    const list = walk.page.getByTestId("capacity-list");
    await list.getByRole("checkbox", { name: "Attrition +5, training 6" }).waitFor({ timeout: STEP_TIMEOUT });
    await expectText(list, "attrition 65% a year · 6 weeks of training");
    await expect(list.getByRole("checkbox", { name: "Capacity" }).isChecked()).resolves.toBe(true);

    await section().getByRole("button", { name: "Compare selected" }).click();
    await expectText(status(), "Capacity comparison written to the sheet “Capacity comparison”.");
    const plans = walk.page.getByTestId("capacity-compared");
    await expect(plans.count()).resolves.toBe(2);
    const base = expectedPlan(SETTINGS).summary;
    const variant = expectedPlan({ ...SETTINGS, attrition: { ...SETTINGS.attrition, rate: 0.65 }, trainWeeks: 6 }).summary;
    const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
    await expectText(plans.nth(0), `Total hires${base.totalHires}Weeks hiring cannot cover${base.uncoveredWeeks.length}`);
    const copy = plans.nth(1);
    await expectText(copy, "Attrition +5, training 6");
    await expectText(copy, `Total hires${variant.totalHires} (${signed(variant.totalHires - base.totalHires)})`);
    // Two more weeks of training: hiring reaches two weeks later.
    await expectText(copy, `Weeks hiring cannot cover${variant.uncoveredWeeks.length} (${signed(variant.uncoveredWeeks.length - base.uncoveredWeeks.length)})`);
    await expect(coveredFigures(walk.page.getByTestId("capacity-comparison").locator("dt, dd"))).resolves.toEqual([]);

    const compared = await workbook((fake) => ({
      sheets: fake.sheetNames(),
      totals: JSON.stringify(fake.sheet("Capacity comparison").values("A4:E9")),
    }));
    expect(compared.sheets).toEqual(expect.arrayContaining(["Capacity plan - Capacity", "Capacity comparison", "Notes", "Staffing"]));
    expect(compared.totals).toContain("Attrition +5, training 6");
    expect(compared.totals).toContain("Total hires");
    await walk.actions.expectFits();
    await screenshot("capacity-04-compare.png");

    // The README's picture: the plan's figures, the what-ifs and their comparison.
    for (const step of ["1. Forecast", "2. Targets", "3. Plan", "4. Scenarios"]) {
      const header = walk.page.getByRole("button", { name: step });
      if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
    }
    await walk.page.getByLabel("Shrinkage (%)").waitFor({ state: "detached" });
    await walk.page.getByRole("button", { name: "Dismiss message" }).click();
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 1640 });
    await walk.page.getByTestId("capacity-figures").evaluate((card) => {
      const steps = card.closest("main") as HTMLElement;
      steps.scrollTop += card.getBoundingClientRect().top - steps.getBoundingClientRect().top - 8;
    });
    await walk.page.screenshot({ path: resultPath("capacity.png") });
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") copyFileSync(resultPath("capacity.png"), path.join(ROOT, "docs/capacity.png"));
  });

  test("every control of the Capacity step has an accessible name", async () => {
    expect(await unnamedControls(section())).toEqual([]);
  });

  test("asked nothing of the network but Office.js's own telemetry, which was aborted", () => {
    expect(unexpectedRequests(walk.session)).toEqual([]);
  });
});
