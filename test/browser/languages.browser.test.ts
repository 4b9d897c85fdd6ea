/**
 * The whole planner in Estonian and in Brazilian Portuguese, then the pseudo-locale, in the BUILT
 * pane at the default 320 px: create the sample, set targets (a decimal comma, and "1.000" asked
 * about), build the plan, rebuild it after being asked, duplicate and compare, check a roster,
 * build a capacity plan (its form asking about "1.000" too) and compare a what-if with it, and
 * open every menu and dialog on the way; then look back: create the sample actuals, build the
 * Performance sheet for March, the Team metrics sheet, and a client report (in the workbook's
 * language, then in another one chosen for the client), and make the client copy with the
 * capacity plan in it. After each step the pane must not scroll sideways and no text may be cut
 * off (harness.ts's clippedText: buttons, labels, headings, drop-downs); screenshots go to
 * test-results/planner-<language>-*.png.
 *
 * The workbook's culture is the language's (et-EE, pt-BR), so the sheets are checked to be in it
 * too. Estonian comes from the display language (what Office reports; outside Office the pane
 * reads the browser's), Portuguese from a choice remembered from the language menu, and the
 * pseudo-locale from that menu's storage: every text 40% longer and accented.
 */
import type { Page } from "playwright-core";
import { labelsFor, type Language } from "../../src/planner/labels";
import { uniqueSheetName } from "../../src/planner/names";
import { computePlan } from "../../src/planner/plan";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import { en, type Strings } from "../../src/taskpane/strings/en";
import { et } from "../../src/taskpane/strings/et";
import { pseudoLocalize } from "../../src/taskpane/strings/pseudo";
import { ptBR } from "../../src/taskpane/strings/pt-BR";
import { complete } from "../../src/taskpane/strings/translation";
import type { StepId } from "../../src/taskpane/steps";
import { CULTURES, type FakeExcel, type FakeExcelSeed } from "../support/fake-excel";
import { MONDAY_2025_03_03, undatedRow } from "../support/planner-fixtures";
import { clippedText, PaneBrowser, resultPath, screenshotWholePane, type PaneSession } from "./harness";
import { paneActions, STEP_TIMEOUT, type PaneActions } from "./pane-page";

/** A text for a regular expression that matches it as it is. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A roster for the sample day: what the plan schedules, rounded up. */
function roster(): number[] {
  const rows = sampleDay().map(({ start, calls, ahtSeconds }, i) =>
    undatedRow(i, { interval: start, intervalLabel: String(i), callsOffered: calls, averageHandleSeconds: ahtSeconds }),
  );
  return computePlan(rows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 }).rows.map((row) => Math.ceil(row.scheduledStaff));
}

interface Run {
  name: string;
  strings: Strings;
  /** The sheets' language, from the workbook's culture. */
  sheets: ReturnType<typeof labelsFor>;
  seed: FakeExcelSeed;
  open: { displayLanguage?: string; paneLanguage?: string };
  /** A number the workbook's culture cannot read alone (one thousand, or three decimals), and its decimal reading. */
  ambiguous: [string, string];
  /** The language a client report is then asked for in, other than the workbook's. */
  clientLanguage: Language;
}

const RUNS: Run[] = [
  {
    name: "et",
    strings: complete(en, et),
    sheets: labelsFor("et"),
    seed: { sheets: [{ name: "Graafik", values: [["Graafikus"], ...roster().map((n) => [n])] }], culture: CULTURES["et-EE"] },
    open: { displayLanguage: "et-EE" },
    ambiguous: ["37.500", "37.5"],
    clientLanguage: "pt-PT",
  },
  {
    name: "pt-BR",
    strings: complete(en, ptBR),
    sheets: labelsFor("pt-BR"),
    seed: { sheets: [{ name: "Escala", values: [["Escalados"], ...roster().map((n) => [n])] }], culture: CULTURES["pt-BR"] },
    open: { displayLanguage: "en-US", paneLanguage: "pt-BR" },
    ambiguous: ["37,500", "37,5"],
    clientLanguage: "et",
  },
  {
    name: "pseudo",
    strings: pseudoLocalize(en),
    sheets: labelsFor("en"),
    seed: { sheets: [{ name: "Roster", values: [["Scheduled"], ...roster().map((n) => [n])] }] },
    open: { displayLanguage: "en-US", paneLanguage: "qps-ploc" },
    ambiguous: ["37.500", "37.5"],
    clientLanguage: "pt-BR",
  },
];

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await PaneBrowser.start();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(RUNS)("the planner in $name at 320 px", (run) => {
  const s = run.strings;
  let session: PaneSession;
  let page: Page;
  let actions: PaneActions;
  let shot = 0;

  const inWorkbook: PaneActions["workbook"] = (inspect) => actions.workbook(inspect);
  const waitForText: PaneActions["expectText"] = (locator, text) => actions.expectText(locator, text);

  /** The name a sheet gets (a pseudo-locale's brackets are not allowed in sheet names). */
  const sheetNamed = (name: string) => uniqueSheetName(name, []);

  const openStep = (id: StepId) => actions.openStep(id);
  const closeStep = (id: StepId) => actions.closeStep(id);

  /** The text of cell A1 of a sheet. */
  const titleOf = (sheetName: string) =>
    page.evaluate(
      ({ name }) => (window as unknown as { fakeExcel: FakeExcel }).fakeExcel.sheet(name).values("A1")[0][0],
      { name: sheetName },
    );

  /** No sideways scrolling, nothing cut off, then a picture of the whole pane. */
  async function fitsAndShows(step: string, wholePane = true): Promise<void> {
    await actions.expectFits();
    expect([step, await clippedText(page)]).toEqual([step, []]);
    shot += 1;
    const file = resultPath(`planner-${run.name}-${String(shot).padStart(2, "0")}-${step}.png`);
    if (wholePane) await screenshotWholePane(page, file);
    else await page.screenshot({ path: file });
  }

  /** The sheet a workbook holds, its first cell and its chart's title. */
  const sheetTitle = (sheetName: string) =>
    page.evaluate(
      ({ name }) => {
        const sheet = (window as unknown as { fakeExcel: FakeExcel }).fakeExcel.sheet(name);
        return { title: sheet.values("A1")[0][0], chart: sheet.charts()[0]?.title ?? null };
      },
      { name: sheetName },
    );

  beforeAll(async () => {
    session = await browser.openPane(run.seed, run.open);
    page = session.page;
    actions = paneActions(page, `planner-${run.name}-failure.png`, { strings: s });
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: STEP_TIMEOUT });
  });

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    if (session) expect(session.pageErrors).toEqual([]);
  });

  test("opens in the language, with the language menu, and fits", async () => {
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(s.app.title);
    await page.getByRole("button", { name: s.app.createSample }).waitFor();
    await expect(page.getByLabel(s.app.language).count()).resolves.toBe(1);
    await fitsAndShows("start");
  });

  test("creates the sample forecast, in the workbook's language, and reads it", async () => {
    await page.getByRole("button", { name: s.app.createSample }).click();
    const sheet = sheetNamed(run.sheets.label("sampleSheet"));
    await waitForText(page.getByTestId("status"), s.sample.done(sheet, "48"));
    const headers = await inWorkbook((fake) => fake.sheetNames());
    expect(headers).toContain(sheet);
    await fitsAndShows("forecast");
  });

  test("reads a decimal comma, asks about “1.000” with both readings, and takes the one chosen", async () => {
    await openStep("targets");
    await page.getByLabel(s.targets.targetServiceLevel).fill("0,8");
    const paid = page.getByLabel(s.targets.paidHours);
    await paid.fill(run.ambiguous[0]);
    await paid.blur();
    const choices = page.getByTestId("reading-choices");
    await choices.waitFor({ timeout: STEP_TIMEOUT });
    await paid.evaluate((input) => input.scrollIntoView({ block: "center" }));
    await fitsAndShows("ambiguous-number", false);
    await choices.getByRole("button").nth(1).click();
    await expect(paid.inputValue()).resolves.toBe(run.ambiguous[1]);
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
    await fitsAndShows("targets");
  });

  test("builds the plan, in the workbook's language, and asks before rebuilding it", async () => {
    await openStep("plan");
    const name = s.plan.defaultScenarioName;
    await page.getByRole("button", { name: s.plan.build, exact: true }).click();
    const sheet = sheetNamed(run.sheets.label("planSheet", { scenario: name }));
    await waitForText(page.getByTestId("status"), s.plan.built(sheet));
    const written = await inWorkbook((fake) => fake.sheetNames());
    expect(written).toContain(sheet);
    await expect(titleOf(sheet)).resolves.toBe(run.sheets.label("planTitle", { scenario: name }));
    await fitsAndShows("plan");

    await page.getByRole("button", { name: s.plan.build, exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: STEP_TIMEOUT });
    await dialog.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await fitsAndShows("rebuild-dialog", false);
    await dialog.getByRole("button", { name: s.plan.rebuildConfirm }).click();
    await waitForText(page.getByTestId("status"), s.plan.rebuilt(sheet));
  });

  test("duplicates the scenario with changes and compares the two", async () => {
    await openStep("scenarios");
    const base = s.plan.defaultScenarioName;
    await page.getByRole("button", { name: s.scenarios.actions(base) }).press("Enter");
    const item = page.getByRole("menuitem", { name: s.scenarios.duplicate });
    await item.waitFor({ timeout: STEP_TIMEOUT });
    await fitsAndShows("actions-menu", false);
    await item.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.getByLabel(s.scenarios.volumeChange).fill("+10");
    await dialog.getByLabel(s.scenarios.targetServiceLevel).fill("90");
    await dialog.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await fitsAndShows("duplicate-dialog", false);
    await dialog.getByRole("button", { name: s.scenarios.duplicateConfirm }).click();
    const copy = s.scenarios.duplicateDefaultName(base);
    await waitForText(page.getByTestId("status"), s.scenarios.duplicated(copy));
    await page.getByTestId("scenario-list").getByRole("checkbox", { name: copy }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole("button", { name: s.scenarios.compare }).click();
    await waitForText(page.getByTestId("status"), s.scenarios.compared(sheetNamed(run.sheets.label("comparisonSheet"))));
    await fitsAndShows("compare");
    // The figures' cards on their own, at full size, for reading the longest headers.
    await page.getByTestId("comparison").screenshot({ path: resultPath(`planner-${run.name}-comparison-card.png`) });
    await page.getByTestId("plan-figures").screenshot({ path: resultPath(`planner-${run.name}-plan-card.png`) });
  });

  test("checks a roster", async () => {
    await openStep("roster");
    const rosterSheet = run.seed.sheets?.[0].name as string;
    const section = page.getByTestId("roster-section");
    await section.getByLabel(s.roster.address).fill(`${rosterSheet}!A2:A49`);
    await section.getByRole("button", { name: s.roster.check }).click();
    const sheet = sheetNamed(run.sheets.label("rosterSheet", { scenario: s.plan.defaultScenarioName }));
    await waitForText(page.getByTestId("status"), s.roster.checked(sheet));
    await page.getByTestId("roster-result").waitFor();
    await fitsAndShows("roster");
  });

  test("builds a capacity plan in the workbook's language, asking about “1.000” in its form too", async () => {
    await openStep("capacity");
    const section = page.getByTestId("capacity-section");
    const c = s.capacity;
    const paid = section.getByLabel(c.paidHours, { exact: true });
    await paid.fill(run.ambiguous[0]);
    await paid.blur();
    const choices = section.getByTestId("reading-choices");
    await choices.waitFor({ timeout: STEP_TIMEOUT });
    await paid.evaluate((input) => input.scrollIntoView({ block: "center" }));
    await fitsAndShows("capacity-ambiguous-number", false);
    await choices.getByRole("button").nth(1).click();
    await expect(paid.inputValue()).resolves.toBe(run.ambiguous[1]);
    await section.getByLabel(c.weeks, { exact: true }).fill("26");
    await section.getByLabel(c.headcount, { exact: true }).fill("66");
    await section.getByLabel(c.attritionRate, { exact: true }).fill("60");
    await section.getByLabel(c.costPerHire, { exact: true }).fill("2 500");
    await section.getByLabel(c.costPerFteWeek, { exact: true }).fill("900");
    await page.getByTestId("attritionRate-result").waitFor({ timeout: STEP_TIMEOUT });
    await expect(section.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
    await fitsAndShows("capacity-form");

    await section.getByRole("button", { name: c.build, exact: true }).click();
    const sheet = sheetNamed(run.sheets.label("capacitySheet", { scenario: c.defaultName }));
    await waitForText(page.getByTestId("status"), c.built(sheet));
    await expect(sheetTitle(sheet)).resolves.toEqual({
      title: run.sheets.label("capacityTitle", { scenario: c.defaultName }),
      chart: run.sheets.label("capacityChartTitle"),
    });
    await page.getByTestId("capacity-figures").waitFor({ timeout: STEP_TIMEOUT });
    await fitsAndShows("capacity-plan");
    await page.getByTestId("capacity-figures").screenshot({ path: resultPath(`planner-${run.name}-capacity-card.png`) });
  });

  test("duplicates the capacity plan as a what-if and compares the two, in the pane and on a sheet in the workbook's language", async () => {
    const section = page.getByTestId("capacity-section");
    const c = s.capacity;
    await page.getByTestId("capacity-list").getByRole("button", { name: s.scenarios.actions(c.defaultName) }).press("Enter");
    const item = page.getByRole("menuitem", { name: s.scenarios.duplicate });
    await item.waitFor({ timeout: STEP_TIMEOUT });
    await item.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.getByLabel(c.attritionChange).fill("+5");
    await dialog.getByLabel(c.trainWeeks, { exact: true }).fill("6");
    await dialog.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await fitsAndShows("capacity-duplicate-dialog", false);
    await dialog.getByRole("button", { name: s.scenarios.duplicateConfirm }).click();
    const copy = s.scenarios.duplicateDefaultName(c.defaultName);
    await waitForText(page.getByTestId("status"), c.duplicated(copy));
    await page.getByTestId("capacity-list").getByRole("checkbox", { name: copy }).waitFor({ timeout: STEP_TIMEOUT });
    await section.getByRole("button", { name: c.compare, exact: true }).click();
    const sheet = sheetNamed(run.sheets.label("capacityComparisonSheet"));
    await waitForText(page.getByTestId("status"), c.compared(sheet));
    await expect(sheetTitle(sheet)).resolves.toEqual({
      title: run.sheets.label("capacityComparisonTitle"),
      chart: run.sheets.label("capacityComparisonChartTitle"),
    });
    await expect(page.getByTestId("capacity-compared").count()).resolves.toBe(2);
    await fitsAndShows("capacity-compare");
    await page.getByTestId("capacity-comparison").screenshot({ path: resultPath(`planner-${run.name}-capacity-comparison-card.png`) });
  });

  test("creates the sample actuals in the workbook's language, and reads them", async () => {
    for (const id of ["forecast", "targets", "plan", "scenarios", "roster", "capacity"] as StepId[]) await closeStep(id);
    await page.getByRole("button", { name: s.app.createSampleActuals }).click();
    const actualsSheet = sheetNamed(run.sheets.label("sampleActualsSheet"));
    const teamSheet = sheetNamed(run.sheets.label("sampleTeamSheet"));
    await waitForText(page.getByTestId("status"), new RegExp(`${escape(actualsSheet)}.*${escape(teamSheet)}`));
    const written = await inWorkbook((fake) => fake.sheetNames());
    expect(written).toEqual(expect.arrayContaining([actualsSheet, teamSheet]));
    // The export's headers are the language's, and the readers recognised every column.
    await expect(page.getByTestId("actuals-section").getByRole("combobox").count()).resolves.toBeGreaterThan(10);
    await fitsAndShows("actuals-sample");
  });

  test("builds the Performance sheet for March in the workbook's language", async () => {
    await openStep("actuals");
    const section = page.getByTestId("actuals-section");
    await section.getByRole("button", { name: s.actuals.build }).click();
    const sheet = sheetNamed(run.sheets.label("performanceSheet", { period: "2025-03" }));
    await waitForText(page.getByTestId("status"), s.actuals.built(sheet));
    const march = run.sheets.month(MONDAY_2025_03_03);
    await expect(titleOf(sheet)).resolves.toBe(run.sheets.label("performanceTitle", { scenario: s.plan.defaultScenarioName, period: march }));
    await page.getByTestId("performance-why").waitFor();
    await fitsAndShows("performance");
    await page.getByTestId("performance-result").screenshot({ path: resultPath(`planner-${run.name}-performance-card.png`) });
  });

  test("builds the Team metrics sheet in the workbook's language", async () => {
    await closeStep("actuals");
    await openStep("team");
    const section = page.getByTestId("team-section");
    await section.getByRole("button", { name: s.team.build }).click();
    await waitForText(page.getByTestId("status"), s.team.built(sheetNamed(run.sheets.label("teamSheet"))));
    await page.getByTestId("team-result").waitFor();
    await fitsAndShows("team");
  });

  test("writes the client report in the workbook's language, then in the client's", async () => {
    await closeStep("team");
    await openStep("client");
    const section = page.getByTestId("client-section");
    const language = section.getByLabel(s.client.language);
    await expect(language.inputValue()).resolves.toBe(run.sheets.language);
    await section.getByRole("button", { name: s.client.write }).click();
    const sheet = sheetNamed(run.sheets.label("clientReportSheet", { period: "2025-03" }));
    await waitForText(page.getByTestId("status"), s.client.written(sheet));
    await fitsAndShows("client");

    await language.selectOption(run.clientLanguage);
    await section.getByRole("button", { name: s.client.write }).click();
    const client = labelsFor(run.clientLanguage);
    const other = sheetNamed(client.label("clientReportSheet", { period: "2025-03" }));
    await waitForText(page.getByTestId("status"), s.client.written(other));
    await expect(titleOf(other)).resolves.toBe(client.label("clientReportTitle", { period: client.month(MONDAY_2025_03_03) }));
    await fitsAndShows("client-other-language");
  });
});
