/**
 * The scenario planner in a real browser: the BUILT pane (dist/taskpane.html with its Office.js,
 * functions, commands and pane bundles) in Chromium (Chrome, Edge, Debian's Chromium or the one
 * npm brings: see find-browser.ts), with the simulated workbook as the global `Excel`, so the real
 * adapter (src/workbook/) does every read and write.
 *
 * One story, step by step, as a director would use it: create the sample forecast, try a
 * forecast with mistakes, set targets (with a decimal comma and a typo), build the plan, rebuild
 * it after being asked, duplicate it as "volume +10%, 90/20", compare, check a roster, and see
 * a failure reported with the workbook left as it was. Each step checks what the person sees in
 * the pane AND what was written to the workbook, and that the pane still fits 320 px.
 * Screenshots go to test-results/ (UPDATE_DOCS_SCREENSHOT=1 also refreshes docs/planner.png).
 */
import { copyFileSync } from "fs";
import path from "path";
import type { Locator } from "playwright-core";
import { computePlan } from "../../src/planner/plan";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import type { FakeExcel, FakeExcelSeed } from "../support/fake-excel";
import { undatedRow } from "../support/planner-fixtures";
import {
  coveredFigures,
  horizontalOverflow,
  PANE_WIDTH,
  resultPath,
  ROOT,
  screenshotWholePane,
  unexpectedRequests,
  unnamedControls,
} from "./harness";
import { STEP_TIMEOUT, walkThePane } from "./pane-page";

/**
 * A roster for the sample day under the default targets: what the plan schedules, rounded up,
 * except the three busiest half-hours, which are 15% short and so fall below target.
 */
function sampleRoster(): number[] {
  const rows = sampleDay().map(({ start, calls, ahtSeconds }, index) =>
    undatedRow(index, { interval: start, intervalLabel: String(index), callsOffered: calls, averageHandleSeconds: ahtSeconds }),
  );
  const plan = computePlan(rows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 });
  const busiest = plan.rows
    .map((row, index) => ({ index, calls: row.callsOffered }))
    .sort((a, b) => b.calls - a.calls)
    .slice(0, 3)
    .map(({ index }) => index);
  return plan.rows.map((row, index) =>
    Math.ceil(busiest.includes(index) ? row.scheduledStaff * 0.85 : row.scheduledStaff),
  );
}

const SEED: FakeExcelSeed = {
  sheets: [
    { name: "Notes", values: [["Our own notes: the add-in must never change this sheet"], ["Budget", 125000]] },
    {
      name: "Raw forecast",
      values: [
        ["Time", "Volume", "Handle time"],
        [0.3333333333, 120, 300],
        [0.3541666667, "lots", 310],
        [0.375, -4, 0],
        [0.3958333333, "", 290],
      ],
    },
    { name: "Roster", values: [["Scheduled agents"], ...sampleRoster().map((agents) => [agents])] },
  ],
  selection: "Notes!A1",
};

const walk = walkThePane(SEED, "planner-failure.png");
const workbook = <T>(inspect: (fake: FakeExcel) => T): Promise<T> => walk.actions.workbook(inspect);
const status = () => walk.page.getByTestId("status");
const alert = () => walk.page.getByTestId("alert");
const expectText = (locator: Locator, text: string | RegExp) => walk.actions.expectText(locator, text);
const waitForValue = (input: Locator, pattern: RegExp) => walk.actions.waitForValue(input, pattern);
const expectFits = () => walk.actions.expectFits();
const openSection = (name: RegExp) => walk.actions.openSection(name);
const chooseAction = (scenarioName: string, item: string) => walk.actions.chooseAction(`Actions for ${scenarioName}`, item);

async function screenshot(fileName: string, wholePane = true): Promise<void> {
  if (wholePane) await screenshotWholePane(walk.page, resultPath(fileName));
  else await walk.page.screenshot({ path: resultPath(fileName) });
}

describe("scenario planner in Chromium, on the built pane and a simulated workbook", () => {
  test("opens on a short explanation and a 'Create sample forecast' action, in Excel mode", async () => {
    await expect(walk.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Staffing planner");
    await walk.page.getByRole("button", { name: "Create sample forecast" }).waitFor();
    // Office.onReady gave host null, but the global Excel is there: no "not in Excel" banner.
    await expect(walk.page.getByRole("note").count()).resolves.toBe(0);
    await expect(walk.page.evaluate(() => typeof Office !== "undefined" && typeof Excel.run === "function")).resolves.toBe(true);
    await expectFits();
    await screenshot("planner-01-start.png");
  });

  test("creates the sample forecast sheet and reads it as the forecast", async () => {
    await walk.page.getByRole("button", { name: "Create sample forecast" }).click();
    await expectText(status(), "Sample forecast written to the sheet “Sample forecast”");

    const written = await workbook((fake) => {
      const sheet = fake.sheet("Sample forecast");
      const table = sheet.tables()[0];
      return {
        sheets: fake.sheetNames(),
        tableAddress: table ? sheet.tableAddress(table.name) : null,
        headers: sheet.values("A1:C1")[0],
        calls: sheet.values("B2:B49").map((row) => row[0]),
      };
    });
    expect(written.sheets).toEqual(expect.arrayContaining(["Notes", "Raw forecast", "Roster", "Sample forecast"]));
    expect(written.tableAddress).toBe("A1:C49");
    expect(written.headers).toEqual(["Interval", "Calls", "AHT (s)"]);
    expect(written.calls).toHaveLength(48);
    const calls = written.calls as number[];
    // A realistic day: quiet night, a morning and an afternoon peak.
    expect(Math.max(...calls.slice(0, 12))).toBeLessThan(30);
    expect(Math.max(...calls.slice(18, 24))).toBeGreaterThan(200);
    expect(Math.max(...calls.slice(27, 32))).toBeGreaterThan(180);

    await expectText(walk.page.getByTestId("forecast-summary"), /48 intervals/);
    await expect(walk.page.getByLabel("Calls column").inputValue()).resolves.toBe("1");
    await expectFits();
  });

  test("lists a bad forecast's rows by cell and writes nothing", async () => {
    const sheetsBefore = await workbook((fake) => fake.sheetNames());
    await workbook((fake) => fake.select("'Raw forecast'!A1:C5"));
    await walk.page.getByRole("button", { name: "Use selection" }).first().click();
    await expectText(alert(), /The forecast has \d+ problems/);

    const problems = walk.page.getByTestId("forecast-problems").getByRole("listitem");
    const texts = await problems.allTextContents();
    expect(texts.some((text) => text.includes("B3") && text.includes("“lots”"))).toBe(true);
    expect(texts.some((text) => text.includes("B4") && /negative/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes("C4") && /AHT/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes("B5") && /missing/.test(text))).toBe(true);
    // Build is not offered while the forecast has problems.
    await openSection(/Plan/);
    await expect(walk.page.getByRole("button", { name: "Build plan" }).isDisabled()).resolves.toBe(true);
    await expect(workbook((fake) => fake.sheetNames())).resolves.toEqual(sheetsBefore);
    await expectFits();
    await screenshot("planner-02-forecast-problems.png");

    // Back to the sample, through the table picker.
    await walk.page.getByLabel("Excel table").selectOption({ index: 0 });
    await walk.page.getByRole("button", { name: "Use table" }).click();
    await expectText(status(), "Forecast read: all 48 rows are valid.");
    await expect(walk.page.getByTestId("forecast-problems").count()).resolves.toBe(0);
  });

  test("refuses nonsense in a target beside the field and accepts a decimal comma", async () => {
    await openSection(/Targets/);
    const serviceLevel = walk.page.getByLabel("Service level target (%)");
    await serviceLevel.fill("lots");
    await serviceLevel.blur();
    await expectText(walk.page.locator(".fui-Field"), "“lots” is not a number");
    await expect(serviceLevel.getAttribute("aria-invalid")).resolves.toBe("true");

    await serviceLevel.fill("0,8"); // a fraction with a decimal comma: 80%
    const occupancy = walk.page.getByLabel("Maximum occupancy (%)");
    await occupancy.fill("85,5");
    await occupancy.blur();
    const shrinkage = walk.page.getByLabel("Shrinkage (%)");
    await shrinkage.fill("130");
    await shrinkage.blur();
    await expectText(walk.page.locator(".fui-Field"), "Must be at least 0% and less than 100%.");
    await shrinkage.fill("30");
    await shrinkage.blur();

    // "Volume 90%" is 90% of the forecast, and the pane says so beside the field.
    const volume = walk.page.getByLabel("Volume", { exact: true });
    await volume.fill("90%");
    await expectText(walk.page.getByTestId("volumeFactor-result"), "= ×0.90");
    await volume.fill("+10%");
    await expectText(walk.page.getByTestId("volumeFactor-result"), "= ×1.10");
    await expectFits();
    await volume.evaluate((input) => input.scrollIntoView({ block: "center" }));
    await screenshot("planner-02b-adjustments.png", false);
    await volume.fill("1");
    await expect(walk.page.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
    await expectFits();
  });

  test("builds the plan: a new sheet with a summary, a table of live WFM formulas and a chart", async () => {
    await openSection(/Plan/);
    await expect(walk.page.getByLabel("Scenario name").inputValue()).resolves.toBe("Base");
    await walk.page.getByRole("button", { name: "Build plan" }).click();
    await expectText(status(), "Plan written to the sheet “Plan - Base”.");
    await expectText(walk.page.getByTestId("plan-figures"), "Peak agents required");
    // The status bar announces the plan without hiding any of its figures, wherever they scroll.
    await expect(coveredFigures(walk.page.getByTestId("plan-figures").locator("dt, dd"))).resolves.toEqual([]);

    const plan = await workbook((fake) => {
      const sheet = fake.sheet("Plan - Base");
      const table = sheet.tables()[0];
      const address = table ? sheet.tableAddress(table.name) : null;
      const formulas = address ? sheet.formulas(address).flat() : [];
      const charts = sheet.charts();
      return {
        tables: sheet.tables().length,
        address,
        wfmFormulas: formulas.filter((f): f is string => typeof f === "string" && f.startsWith("=") && f.includes("WFM.")),
        charts: charts.map((chart) => ({ title: chart.title, series: chart.series.length })),
        notes: fake.sheet("Notes").values("A1:B2"),
        settings: fake.setting("wfm.scenarios") as { scenarios: { name: string }[] },
      };
    });
    expect(plan.tables).toBe(1);
    expect(plan.address).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(plan.address as string) as RegExpExecArray;
    expect(Number(bottom) - Number(top)).toBe(48); // a header row and one row per half-hour
    expect(plan.wfmFormulas.length).toBeGreaterThanOrEqual(48 * 5);
    expect(plan.wfmFormulas.some((f) => f.includes("WFM.AGENTS_REQUIRED("))).toBe(true);
    expect(plan.wfmFormulas.some((f) => f.includes("WFM.SCHEDULED_STAFF("))).toBe(true);
    expect(plan.charts).toEqual([{ title: "Agents required and scheduled staff by interval", series: 2 }]);
    expect(plan.notes).toEqual([["Our own notes: the add-in must never change this sheet", ""], ["Budget", 125000]]);
    expect(plan.settings.scenarios.map((scenario) => scenario.name)).toEqual(["Base"]);
    await expectFits();
    await screenshot("planner-03-plan.png");
  });

  test("asks in a dialog before rebuilding, and replaces only the scenario's own sheet", async () => {
    await walk.page.getByRole("button", { name: "Build plan" }).click();
    const dialog = walk.page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: STEP_TIMEOUT });
    await expectText(dialog, "“Plan - Base”");
    // Focus is inside the dialog, for keyboard and screen-reader users.
    await expect(dialog.evaluate((node) => node.contains(document.activeElement))).resolves.toBe(true);
    // Fluent animates the dialog in (Web Animations); the picture is of the settled dialog.
    await dialog.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await screenshot("planner-04-rebuild-dialog.png", false);
    await dialog.getByRole("button", { name: "Rebuild" }).click();
    await expectText(status(), "Plan rebuilt: the sheet “Plan - Base” was replaced.");

    const sheets = await workbook((fake) => fake.sheetNames());
    expect(sheets.filter((name) => name.startsWith("Plan - Base"))).toEqual(["Plan - Base"]);
    expect(sheets).toEqual(expect.arrayContaining(["Notes", "Raw forecast", "Roster", "Sample forecast"]));
  });

  test("duplicates the scenario with volume +10% and a 90/20 target, then compares the two side by side", async () => {
    await openSection(/Scenarios/);
    await chooseAction("Base", "Duplicate with changes…");
    const dialog = walk.page.getByRole("alertdialog");
    await dialog.getByLabel("Name of the copy").fill("Volume +10%, 90/20");
    await dialog.getByLabel("Volume change (%)").fill("+10");
    await dialog.getByLabel("Service level target (%)").fill("90");
    await dialog.getByLabel("Answered within (seconds)").fill("20");
    await dialog.getByRole("button", { name: "Save the copy" }).click();
    await expectText(status(), "Scenario “Volume +10%, 90/20” saved.");

    const list = walk.page.getByTestId("scenario-list");
    // While the dialog closes, the page behind it is still aria-hidden: wait for the new entry.
    await list.getByRole("checkbox", { name: "Volume +10%, 90/20" }).waitFor({ timeout: STEP_TIMEOUT });
    await expect(list.getByRole("checkbox").count()).resolves.toBe(2);
    await expect(list.getByRole("checkbox", { name: "Base" }).isChecked()).resolves.toBe(true);
    await expect(list.getByRole("checkbox", { name: "Volume +10%, 90/20" }).isChecked()).resolves.toBe(true);
    await expectText(list, "90% in 20 s");

    await walk.page.getByRole("button", { name: "Compare selected" }).click();
    await expectText(status(), "Comparison written to the sheet “Comparison”.");
    const rows = walk.page.getByTestId("comparison").getByRole("row");
    await expect(rows.count()).resolves.toBe(3);
    const copyRow = (await rows.nth(2).allInnerTexts()).join(" ");
    expect(copyRow).toContain("Volume +10%, 90/20");
    expect(copyRow).toMatch(/\+\d/); // more FTE than the base
    await expect(coveredFigures(walk.page.getByTestId("comparison").getByRole("cell"))).resolves.toEqual([]);

    const stored = await workbook((fake) => ({
      scenarios: (fake.setting("wfm.scenarios") as {
        scenarios: { name: string; adjustments: { volumeFactor: number }; targets: { targetServiceLevel: number; targetSeconds: number } }[];
      }).scenarios,
      comparison: fake.hasSheet("Comparison") ? fake.sheet("Comparison").usedAddress() : null,
      comparisonText: fake.hasSheet("Comparison") ? JSON.stringify(fake.sheet("Comparison").values("A1:H12")) : "",
    }));
    expect(stored.scenarios.map((scenario) => scenario.name)).toEqual(["Base", "Volume +10%, 90/20"]);
    expect(stored.scenarios[1].adjustments.volumeFactor).toBeCloseTo(1.1, 10);
    expect(stored.scenarios[1].targets.targetServiceLevel).toBeCloseTo(0.9, 10);
    expect(stored.scenarios[1].targets.targetSeconds).toBe(20);
    expect(stored.comparison).not.toBeNull();
    expect(stored.comparisonText).toContain("Base");
    expect(stored.comparisonText).toContain("Volume +10%, 90/20");
    await expectFits();
    await screenshot("planner-05-compare.png");
    // The README's picture: step 3 with the plan's figures, the two scenarios and their comparison.
    await walk.page.getByRole("button", { name: "1. Forecast" }).click();
    await walk.page.getByRole("button", { name: "2. Targets" }).click();
    // Let the panels' collapse animation finish before framing the shot.
    await walk.page.getByLabel("Shrinkage (%)").waitFor({ state: "detached" });
    await walk.page.getByLabel("Calls column").waitFor({ state: "detached" });
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 1180 });
    await walk.page
      .getByRole("heading", { name: "3. Plan" })
      .evaluate((heading) => {
        // The steps scroll in <main>, under the title, above the status bar.
        const steps = heading.closest("main") as HTMLElement;
        steps.scrollTop += heading.getBoundingClientRect().top - steps.getBoundingClientRect().top - 8;
      });
    await walk.page.screenshot({ path: resultPath("planner.png") });
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") {
      copyFileSync(resultPath("planner.png"), path.join(ROOT, "docs/planner.png"));
    }
  });

  test("checks a roster column and writes achieved SL, ASA and abandons per interval", async () => {
    await openSection(/Roster check/);
    await workbook((fake) => fake.select("Roster!A2:A49"));
    const roster = walk.page.getByTestId("roster-section");
    await roster.getByRole("button", { name: "Use selection" }).click();
    await waitForValue(roster.getByLabel("Roster cells"), /^'?Roster'?!\$?A\$?2:\$?A\$?49$/);
    await walk.page.getByRole("button", { name: "Check roster" }).click();
    await expectText(status(), "Roster check written to the sheet “Roster check - Base”.");
    const result = walk.page.getByTestId("roster-result");
    await expectText(result, "Intervals below target");
    // The three short half-hours miss the 80/20 target (the engine's figure, shown in the pane).
    await expect(result.locator("dd").last().textContent()).resolves.toBe("3");
    await expect(coveredFigures(result.locator("dt, dd"))).resolves.toEqual([]);

    const check = await workbook((fake) => {
      const sheet = fake.sheet("Roster check - Base");
      const table = sheet.tables()[0];
      const address = table ? sheet.tableAddress(table.name) : null;
      return {
        address,
        formulas: address ? (sheet.formulas(address).flat().filter((f) => typeof f === "string") as string[]) : [],
        highlights: sheet.conditionalFormats().map((format) => ({ formula: format.formula, fill: format.fillColor })),
      };
    });
    const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(check.address ?? "") ?? [];
    expect(Number(bottom) - Number(top)).toBe(48);
    expect(check.formulas.filter((f) => f.includes("WFM.SERVICE_LEVEL(")).length).toBe(48);
    expect(check.formulas.filter((f) => f.includes("WFM.ASA(")).length).toBe(48);
    expect(check.formulas.some((f) => /'?Roster'?!\$?A\$?2\b/.test(f))).toBe(true); // live links to the roster's cells
    expect(check.highlights.length).toBeGreaterThan(0);
    expect(check.highlights[0].fill).toBeTruthy();
    await expectFits();
    await screenshot("planner-06-roster.png");
  });

  test("says what went wrong when Excel refuses a step, and leaves no half-written sheet", async () => {
    await workbook((fake) => fake.failWhen({ when: (operation) => operation.op === "charts.add", message: "The chart could not be added." }));
    await openSection(/Scenarios/);
    await chooseAction("Volume +10%, 90/20", "Build plan");
    await expectText(alert(), "Excel refused a step");
    await expectText(alert(), "The half-written sheet was removed; the workbook is as it was.");
    const sheets = await workbook((fake) => fake.sheetNames());
    expect(sheets.some((name) => name.startsWith("Plan - Volume"))).toBe(false);
    // A failure's longer message takes more room, and still hides no result.
    const results = walk.page.locator('[data-testid="plan-figures"] dd, [data-testid="comparison"] td, [data-testid="roster-result"] dd');
    await expect(results.count()).resolves.toBeGreaterThan(10);
    await expect(coveredFigures(results)).resolves.toEqual([]);
    await expectFits();
    await screenshot("planner-07-failure.png");
  });

  test("every control on the page has an accessible name", async () => {
    expect(await unnamedControls(walk.page.locator("body"), "button, input, select, textarea, [role=menuitem]")).toEqual([]);
  });

  test("follows a dark colour scheme, fits 320 px, and Tab goes first to the first action", async () => {
    const dark = await walk.browser.openPane(SEED, { colorScheme: "dark" });
    try {
      await dark.page.getByRole("heading", { level: 1 }).waitFor({ timeout: STEP_TIMEOUT });
      const background = await dark.page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
      );
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(3 * 80);
      const { scrollWidth, clientWidth } = await horizontalOverflow(dark.page);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await dark.page.screenshot({ path: resultPath("planner-08-dark.png") });
      await dark.page.keyboard.press("Tab");
      await expect(dark.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Create sample forecast");
      expect(dark.pageErrors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  test("asked nothing of the network but Office.js's own telemetry, which was aborted", () => {
    // Office.js outside Office still opens its telemetry frame; the route aborts it. Anything
    // else leaving the machine would be the pane's or a bundle's doing.
    expect(unexpectedRequests(walk.session)).toEqual([]);
  });
});
