/**
 * Looking back, in a real browser: the BUILT pane in Chromium with the simulated workbook as the
 * global `Excel`, so the real adapter does every read and write (see planner.browser.test.ts for
 * the machinery). One story, as a director would go through a month:
 * create the sample forecast and plan it; create the sample actuals (a month of half-hours and
 * nine weeks of team metrics); see an export with mistakes refused by cell; build the
 * Performance sheet for March and read why the service level moved; build the Team metrics sheet
 * with a changed target; write the client report in the client's language (Estonian, in an
 * English workbook); and make the client
 * copy, read back from the bytes Excel was given. Screenshots go to test-results/ (and, with
 * UPDATE_DOCS_SCREENSHOT=1, the README's picture docs/actuals.png).
 */
import { copyFileSync } from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import type { Locator } from "playwright-core";
import { CAPACITY_SCENARIOS_SETTING, newCapacityScenario, toStoredCapacity } from "../../src/planner/capacity-scenarios";
import { STEPS } from "../../src/taskpane/steps";
import type { FakeExcel, FakeExcelSeed } from "../support/fake-excel";
import { capacitySettings } from "../support/planner-fixtures";
import { allCells, rowOf, XlsxPackage } from "../support/xlsx-package";
import { coveredFigures, PANE_WIDTH, resultPath, ROOT, screenshotWholePane, unexpectedRequests, unnamedControls } from "./harness";
import { STEP_TIMEOUT, walkThePane } from "./pane-page";

/** 2025-03-03, a Monday. */
const MONDAY = 45719;

/**
 * A capacity what-if the director saved earlier: 13 weeks of required FTE from a column, with
 * costs, which the client copy must leave out.
 */
const HIRING = {
  ...newCapacityScenario("Hiring", { kind: "column", address: "Staffing!B2:B14" }, MONDAY, capacitySettings({ headcount: 40 })),
  id: "hiring",
};

const SEED: FakeExcelSeed = {
  sheets: [
    { name: "Notes", values: [["Our own notes: the add-in must never change this sheet"]] },
    { name: "Staffing", values: [["Week", "Required FTE"], ...Array.from({ length: 13 }, (_, i) => [i + 1, 40 + i])] },
    {
      name: "ACD export",
      values: [
        ["Kuupäev", "Kellaaeg", "Pakutud kõned", "Vastatud kõned", "Vastatud sihtaja jooksul", "Katkestatud kõned", "Keskmine käsitlusaeg"],
        [MONDAY, 8 / 24, 120, 110, 95, 10, 240],
        [MONDAY, 8.5 / 24, "palju", 110, 95, 10, 240],
        [MONDAY, 9 / 24, 130, 120, "", 10, 0.0027777777777777779],
      ],
    },
  ],
  selection: "Notes!A1",
  settings: { [CAPACITY_SCENARIOS_SETTING]: toStoredCapacity([HIRING]) },
};

const walk = walkThePane(SEED, "actuals-failure.png");
const workbook = <T>(inspect: (fake: FakeExcel) => T): Promise<T> => walk.actions.workbook(inspect);
const expectText = (locator: Locator, text: string | RegExp) => walk.actions.expectText(locator, text);
const expectFits = () => walk.actions.expectFits();
const status = () => walk.page.getByTestId("status");
const alert = () => walk.page.getByTestId("alert");

describe("actuals, performance, team metrics and the client report in Chromium, on the built pane and a simulated workbook", () => {
  test("the sample forecast is planned as scenario Base", async () => {
    await walk.page.getByRole("button", { name: "Create sample forecast" }).click();
    await expectText(status(), "Sample forecast written");
    await walk.actions.openStep("plan");
    await walk.page.getByRole("button", { name: "Build plan" }).click();
    await expectText(status(), "Plan written to the sheet “Plan - Base”.");
  });

  test("'Create sample actuals' writes a month of ACD intervals and the team's weeks, and reads them", async () => {
    await walk.page.getByRole("button", { name: "Create sample actuals" }).click();
    await expectText(status(), "Sample actuals written to “Sample actuals”");
    const written = await workbook((fake) => ({
      sheets: fake.sheetNames(),
      actuals: fake.sheet("Sample actuals").tableAddress("WFM_SampleActuals_1"),
      team: fake.sheet("Sample team metrics").tableAddress("WFM_SampleTeam_1"),
    }));
    expect(written.sheets).toEqual(expect.arrayContaining(["Sample actuals", "Sample team metrics"]));
    expect(written.actuals).toBe("A1:L1009");
    expect(written.team).toBe("A1:H10");
    await expectText(walk.page.getByTestId("actuals-summary"), /1,008 intervals over 21 dates/);
    await expectText(walk.page.getByTestId("team-summary"), /9 weeks/);
    await expectFits();
    await screenshotWholePane(walk.page, resultPath("actuals-01-sample.png"));
  });

  test("an export with mistakes (Estonian headers) is refused by cell, and nothing is written", async () => {
    const before = await workbook((fake) => fake.sheetNames());
    await workbook((fake) => fake.select("'ACD export'!A1:G4"));
    await walk.actions.openStep("actuals");
    await walk.page.getByTestId("actuals-section").getByRole("button", { name: "Use selection" }).click();
    await expectText(alert(), /The actuals have \d+ problems/);
    const problems = await walk.page.getByTestId("actuals-problems").getByRole("listitem").allTextContents();
    expect(problems.some((text) => text.includes("C3") && text.includes("“palju”"))).toBe(true);
    expect(problems.some((text) => text.includes("E4") && /missing/.test(text))).toBe(true);
    expect(problems.some((text) => text.includes("G4") && /type 240/.test(text))).toBe(true);
    // The Estonian headers were recognised.
    await expect(walk.page.getByRole("combobox", { name: "Calls offered" }).textContent()).resolves.toBe("Pakutud kõned (column 3)");
    await expect(walk.page.getByRole("button", { name: "Build performance sheet" }).count()).resolves.toBe(0);
    await expect(workbook((fake) => fake.sheetNames())).resolves.toEqual(before);
    await expectFits();
    await screenshotWholePane(walk.page, resultPath("actuals-02-problems.png"));
    // Back to the sample, through the table picker.
    await walk.page.getByTestId("actuals-section").getByLabel("Excel table").selectOption("WFM_SampleActuals_1");
    await walk.page.getByTestId("actuals-section").getByRole("button", { name: "Use table" }).click();
    await expectText(status(), "Actuals read: all 1,008 rows are valid.");
  });

  test("builds the Performance sheet for March: live SL_VARIANCE formulas, a waterfall and a heat map", async () => {
    const section = walk.page.getByTestId("actuals-section");
    await section.getByLabel("Period").selectOption("month");
    await expect(section.getByLabel("Which").inputValue()).resolves.toBe("month:2025-03");
    await section.getByRole("button", { name: "Build performance sheet" }).click();
    await expectText(status(), "Performance written to the sheet “Performance 2025-03”.");
    const result = walk.page.getByTestId("performance-result");
    await expectText(result, "Performance, March 2025");
    await expectText(walk.page.getByTestId("performance-why"), "Not explained");
    await expectText(walk.page.getByTestId("performance-unmatched"), "Every interval of actuals matched the plan.");
    await expect(coveredFigures(walk.page.getByTestId("performance-figures").locator("dt, dd"))).resolves.toEqual([]);

    const sheet = await workbook((fake) => {
      const s = fake.sheet("Performance 2025-03");
      const used = s.usedAddress() as string;
      const formulas = s.formulas(used).flat().filter((f) => typeof f === "string" && f.startsWith("=")) as string[];
      return {
        variance: formulas.filter((f) => f.startsWith("=WFM.SL_VARIANCE(")).length,
        period: formulas.filter((f) => f.includes("WFM.SL_PERIOD(")).length,
        charts: s.charts().map((c) => ({ type: c.type, title: c.title, fills: c.series.map((x) => x.fill) })),
        scales: s.conditionalFormats().filter((f) => f.type === "ColorScale").length,
      };
    });
    expect(sheet.variance).toBeGreaterThan(21 * 30);
    expect(sheet.period).toBe(22); // the period, and each of the 21 days
    expect(sheet.charts[0]).toEqual({ type: "ColumnStacked", title: "Why the service level moved from plan", fills: ["none", "#C00000", "#70AD47", "#4472C4"] });
    expect(sheet.scales).toBe(1);
    await expectFits();
    await result.evaluate((node) => node.scrollIntoView({ block: "start" }));
    await walk.page.screenshot({ path: resultPath("actuals-03-performance.png") });
  });

  test("asks before rebuilding the same period, and replaces only that sheet", async () => {
    await walk.page.getByTestId("actuals-section").getByRole("button", { name: "Build performance sheet" }).click();
    const dialog = walk.page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: STEP_TIMEOUT });
    await expectText(dialog, "“Performance 2025-03”");
    await dialog.getByRole("button", { name: "Replace" }).click();
    await expectText(status(), "Performance rebuilt: the sheet “Performance 2025-03” was replaced.");
    const sheets = await workbook((fake) => fake.sheetNames());
    expect(sheets.filter((name) => name.startsWith("Performance"))).toEqual(["Performance 2025-03"]);
  });

  test("builds the Team metrics sheet with a stricter attendance target, stored in the workbook", async () => {
    await walk.actions.closeStep("actuals");
    await walk.actions.openStep("team");
    const section = walk.page.getByTestId("team-section");
    const target = section.getByLabel("Attendance (%): target");
    await target.fill("lots");
    await section.getByRole("button", { name: "Build team metrics sheet" }).click();
    await expectText(alert(), /team target needs fixing/);
    await expectText(section, "“lots” is not a number");
    await target.fill("96");
    await section.getByRole("button", { name: "Build team metrics sheet" }).click();
    await expectText(status(), "Team metrics written to the sheet “Team metrics”");
    await expectText(walk.page.getByTestId("team-result"), /Weeks with a red status: \d+/);
    const stored = await workbook((fake) => ({
      targets: fake.setting("wfm.teamTargets") as { targets: { attendance: { target: number } } },
      charts: fake.sheet("Team metrics").charts().map((c) => c.title),
      marks: fake.sheet("Team metrics").conditionalFormats().length,
    }));
    expect(stored.targets.targets.attendance.target).toBeCloseTo(0.96, 12);
    expect(stored.charts).toEqual(["Attendance, absenteeism and quality by week", "Complaints per 1,000 contacts handled by week"]);
    expect(stored.marks).toBeGreaterThan(5);
    await expectFits();
    await walk.page.getByTestId("team-result").evaluate((node) => node.scrollIntoView({ block: "start" }));
    await walk.page.screenshot({ path: resultPath("actuals-04-team.png") });
  });

  test("writes the client report in Estonian for Northwind: values only", async () => {
    await walk.actions.closeStep("team");
    await walk.actions.openStep("client");
    const section = walk.page.getByTestId("client-section");
    await section.getByLabel("Language of the report").selectOption("et");
    await section.getByLabel("Client name (optional, for the title)").fill("Northwind");
    await section.getByRole("button", { name: "Write client report" }).click();
    // The workbook is English; the report is in the language picked for this client.
    await expectText(status(), "Client report written to the sheet “Kliendiaruanne 2025-03”");
    const report = await workbook((fake) => {
      const s = fake.sheet("Kliendiaruanne 2025-03");
      const used = s.usedAddress() as string;
      return { title: s.values("A1:A1")[0][0], formulas: s.formulas(used).flat().filter((f) => typeof f === "string" && f.startsWith("=")).length };
    });
    expect(report).toEqual({ title: "Teenuse aruanne kliendile Northwind: märts 2025", formulas: 0 });
    await expectFits();
  });

  test("makes the client copy: the report, the plan and the capacity plan as values, opened as a new workbook, with nothing the client must not see", async () => {
    const section = walk.page.getByTestId("client-section");
    const sheetsBefore = await workbook((fake) => fake.sheetNames());
    await section.getByRole("checkbox", { name: "Plan “Base”, as values without costs" }).check();
    await section.getByRole("checkbox", { name: "Capacity plan “Hiring”: weeks and hires, as values without costs" }).check();
    await section.getByRole("button", { name: "Make client copy" }).click();
    await expectText(status(), "Client copy opened as a new workbook: Kliendiaruanne 2025-03, Plaan - Base, Mahuplaan - Hiring");
    const created = await workbook((fake) => fake.createdWorkbooks);
    expect(created).toHaveLength(1);
    const pkg = new XlsxPackage(new Uint8Array(Buffer.from(created[0], "base64")));
    // The plan goes in the client's language too.
    expect(pkg.sheets().map((s) => [s.name, s.state])).toEqual([
      ["Kliendiaruanne 2025-03", null],
      ["Plaan - Base", null],
      ["Mahuplaan - Hiring", null],
    ]);
    for (const [part, text] of pkg.parts) {
      expect([part, /WFM\./i.test(text)]).toEqual([part, false]);
      expect(part).not.toMatch(/webextension|customxml|settings/i);
    }
    const book = await pkg.workbook();
    for (const sheet of book.worksheets) {
      for (const cell of allCells(sheet)) {
        expect(cell.formula).toBeUndefined();
        // No cost in English or Estonian words ("kuluv", time spent, is not a cost).
        expect(typeof cell.value === "string" && /cost|\bkulu\b|kulud|maksumus/i.test(cell.value)).toBe(false);
      }
    }
    // The capacity plan: its 13 weeks as the column gave them, in Estonian, no cost per hire or per FTE-week.
    const capacity = book.getWorksheet("Mahuplaan - Hiring");
    const capacityCells = capacity ? allCells(capacity) : [];
    expect(capacityCells.find((cell) => cell.value === "Mahuplaan: Hiring")).toBeDefined();
    const { costPerHire, costPerFteWeek } = HIRING.settings;
    expect(capacityCells.filter((cell) => cell.value === costPerHire || cell.value === costPerFteWeek)).toEqual([]);
    const header = rowOf(capacity as ExcelJS.Worksheet, "Nädal");
    expect((capacity as ExcelJS.Worksheet).getCell(header, 3).value).toBe("Vajalik FTE");
    expect(Array.from({ length: 13 }, (_, i) => (capacity as ExcelJS.Worksheet).getCell(header + 1 + i, 3).value)).toEqual(Array.from({ length: 13 }, (_, i) => 40 + i));
    expect(book.title).toBe("Teenuse aruanne kliendile Northwind: märts 2025");
    // This workbook did not change: the copy is a separate file.
    await expect(workbook((fake) => fake.sheetNames())).resolves.toEqual(sheetsBefore);
    await expectFits();
    await screenshotWholePane(walk.page, resultPath("actuals-05-client.png"));
  });

  test("the README's picture: the Actuals step with March's performance", async () => {
    for (const step of STEPS.filter((id) => id !== "actuals")) await walk.actions.closeStep(step);
    await walk.actions.openStep("actuals");
    // Let the panels' animations finish before framing the shot.
    await walk.page.getByRole("button", { name: "Build plan" }).waitFor({ state: "detached" });
    await walk.page.getByTestId("client-section").waitFor({ state: "detached" });
    await walk.page.getByTestId("performance-result").waitFor({ state: "visible" });
    // The picture is of the step, not of the last message.
    await walk.page.getByRole("button", { name: "Dismiss message" }).click();
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 1180 });
    await walk.page.getByTestId("performance-result").evaluate((node) => {
      const steps = node.closest("main") as HTMLElement;
      steps.scrollTop += node.getBoundingClientRect().top - steps.getBoundingClientRect().top - 8;
    });
    await walk.page.screenshot({ path: resultPath("actuals.png") });
    await walk.page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") copyFileSync(resultPath("actuals.png"), path.join(ROOT, "docs/actuals.png"));
  });

  test("every control on the page has an accessible name", async () => {
    expect(await unnamedControls(walk.page.locator("body"))).toEqual([]);
  });

  test("asked nothing of the network but Office.js's own telemetry", () => {
    expect(unexpectedRequests(walk.session)).toEqual([]);
  });
});
