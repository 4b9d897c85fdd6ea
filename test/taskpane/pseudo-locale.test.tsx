/**
 * The pane in the pseudo-locale (strings/pseudo.ts), where every text of the string table has
 * accented letters and no plain a–z is left: walking through the steps, any plain English a
 * person could see or hear (text, accessible names, placeholders, options) is text that some
 * component wrote inline, or a value that was not meant to reach the person untranslated. Values
 * that are the workbook's own (sheet, table and column names, addresses) are taken out first.
 *
 * The browser test runs the same locale at 320 px for layout (test/browser/).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { App } from "../../src/taskpane/App";
import { LANGUAGE_NAMES, LanguageChoice, LocaleProvider, PSEUDO_LOCALE, stringsFor, useLanguageChoice } from "../../src/taskpane/strings";
import { WorkbookProvider, type WorkbookApi } from "../../src/taskpane/workbook";
import { computeCapacity } from "../../src/planner/capacity";
import { parseForecast } from "../../src/planner/forecast";
import { computePlan } from "../../src/planner/plan";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import type { CapacityScenario, Scenario, WorkbookResult } from "../../src/workbook/api";

const pseudo = stringsFor(PSEUDO_LOCALE);

/** The simulated sample forecast, read by the real planner. */
const SHEET = "Sample forecast";
const TABLE = "WFM_SampleForecast_1";
const HEADERS = ["Interval", "Calls", "AHT (s)"];
const reading = parseForecast({
  sheetName: SHEET,
  tableName: TABLE,
  topRow: 1,
  leftColumn: 1,
  values: [HEADERS, ...sampleDay().map((d) => [d.start, d.calls, d.ahtSeconds])],
});
const address = `'${SHEET}'!A1:C49`;
const plan = computePlan(reading.rows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 });
const CAPACITY_SHEET = "Capacity plan - Capacity";

/** The workbook's own words, which the pane shows as they are. */
const DATA = [address, SHEET, TABLE, CAPACITY_SHEET, ...HEADERS, ...Object.values(LANGUAGE_NAMES), PSEUDO_LOCALE, "WFM", "3o"];

const ok = <T,>(value: T): Promise<WorkbookResult<T>> => Promise.resolve({ ok: true, value });

function workbook(): WorkbookApi {
  let stored: Scenario[] = [];
  const planSheet = (scenario: Scenario) => `${scenario.name.slice(0, 20)} (2)`;
  const api: Partial<WorkbookApi> = {
    getWorkbookCulture: () => ok({ name: "en-US", language: "en", numbers: { decimalSeparator: ".", groupSeparator: "," }, source: "excel" }),
    createSampleForecast: () => ok({ sheetName: SHEET, tableName: TABLE, reference: reading.reference as NonNullable<typeof reading.reference> }),
    listTables: () => ok([{ name: TABLE, sheetName: SHEET, address, headers: HEADERS, rowCount: 48 }]),
    readForecast: () => ok({ address, reading }),
    loadScenarios: () => ok(stored),
    saveScenario: (scenario) => {
      stored = [...stored.filter((s) => s.id !== scenario.id), scenario];
      return ok(stored);
    },
    buildPlan: (scenario) => ok({ sheetName: planSheet(scenario), tableName: "WFM_Plan_1", plan, replacedSheet: null }),
    showSheet: () => ok(undefined),
    loadCapacityScenarios: () => ok([]),
    saveCapacityScenario: (scenario: CapacityScenario) => ok([scenario]),
    // Twelve weeks short of 40 FTE at first: some weeks hiring cannot cover, hires by month.
    buildCapacityPlan: (scenario: CapacityScenario) =>
      ok({
        sheetName: CAPACITY_SHEET,
        result: computeCapacity(Array.from({ length: 12 }, () => 40), scenario.settings, scenario.firstWeek),
        origin: { kind: "column", scenarioName: null, forecast: null, column: null, patternWeeklyCalls: null, weeklyCalls: null, weeklyGrowth: null, paidHoursPerFteWeek: null },
        replacedSheet: null,
      }),
  };
  return new Proxy(api as WorkbookApi, {
    get: (target, name: string) => target[name as keyof WorkbookApi] ?? (() => ok(undefined)),
  });
}

/** Everything a person can see or hear in the pane, with the workbook's own words taken out. */
function plainEnglish(): string[] {
  const heard: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest("style, script")) heard.push(node.textContent ?? "");
  }
  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    for (const name of ["aria-label", "aria-description", "placeholder", "title", "alt", "aria-valuetext"]) {
      const value = element.getAttribute(name);
      if (value) heard.push(value);
    }
  }
  return heard
    .map((text) => DATA.reduce((rest, data) => rest.split(data).join(""), text))
    .filter((text) => /[A-Za-z]/.test(text));
}

let choice: LanguageChoice | null = null;
function Spy() {
  choice = useLanguageChoice();
  return null;
}

beforeEach(() => window.localStorage.clear());

/** Renders and lets the pane's first reads of the workbook (culture, tables, scenarios) settle. */
async function renderNow(ui: Parameters<typeof render>[0]): Promise<ReturnType<typeof render>> {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(ui);
  });
  return result as ReturnType<typeof render>;
}

test("the whole pane in the pseudo-locale shows no plain English, step after step", async () => {
  await renderNow(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language={PSEUDO_LOCALE}>
        <Spy />
        <WorkbookProvider workbook={workbook()}>
          <App excelAvailable />
        </WorkbookProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  expect(choice?.language).toBe(PSEUDO_LOCALE);
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(pseudo.app.title);
  expect(plainEnglish()).toEqual([]);

  await act(async () => fireEvent.click(screen.getByRole("button", { name: pseudo.app.createSample })));
  await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(pseudo.sample.done(SHEET, "48")));
  expect(plainEnglish()).toEqual([]);

  // A typo and an ambiguous number in the targets: both messages, and the two readings offered.
  const shrinkage = screen.getByLabelText(pseudo.targets.shrinkage);
  fireEvent.change(shrinkage, { target: { value: "3o" } });
  fireEvent.blur(shrinkage);
  const paidHours = screen.getByLabelText(pseudo.targets.paidHours);
  fireEvent.change(paidHours, { target: { value: "37.500" } });
  fireEvent.blur(paidHours);
  await screen.findByText(pseudo.problems.notANumber("3o"));
  expect(screen.getByTestId("reading-choices")).toBeInTheDocument();
  expect(plainEnglish()).toEqual([]);
  fireEvent.click(within(screen.getByTestId("reading-choices")).getAllByRole("button")[1]);
  expect(paidHours).toHaveValue("37.5");
  fireEvent.change(shrinkage, { target: { value: "30" } });

  await act(async () => fireEvent.click(screen.getByRole("button", { name: pseudo.plan.build })));
  await waitFor(() => expect(screen.getByTestId("plan-figures")).toBeInTheDocument());
  expect(plainEnglish()).toEqual([]);

  // The capacity step: its form, an ambiguous headcount asked about, a plan built and its figures.
  fireEvent.click(screen.getByRole("button", { name: pseudo.app.stepHeading("6", pseudo.capacity.heading) }));
  const headcount = await screen.findByLabelText(pseudo.capacity.headcount);
  expect(plainEnglish()).toEqual([]);
  fireEvent.change(headcount, { target: { value: "1.500" } });
  fireEvent.blur(headcount);
  const capacityChoices = await within(screen.getByTestId("capacity-section")).findByTestId("reading-choices");
  expect(capacityChoices).toHaveAccessibleName(/1\.500/);
  expect(plainEnglish()).toEqual([]);
  fireEvent.click(within(capacityChoices).getAllByRole("button")[1]);
  expect(headcount).toHaveValue("1.5");
  fireEvent.change(headcount, { target: { value: "30" } });
  fireEvent.change(screen.getByLabelText(pseudo.capacity.attritionRate), { target: { value: "60" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: pseudo.capacity.build })));
  await waitFor(() => expect(screen.getByTestId("capacity-figures")).toBeInTheDocument());
  expect(screen.getByTestId("capacity-figures")).toHaveTextContent(pseudo.capacity.totalHires);
  expect(plainEnglish()).toEqual([]);

  await act(async () => fireEvent.click(screen.getByRole("button", { name: pseudo.scenarios.actions(pseudo.plan.defaultScenarioName) })));
  await screen.findAllByRole("menuitem");
  expect(plainEnglish()).toEqual([]);
  await act(async () => fireEvent.click(screen.getByRole("menuitem", { name: pseudo.scenarios.duplicate })));
  await screen.findByRole("alertdialog", { hidden: true });
  expect(plainEnglish()).toEqual([]);
});

test("the language menu switches the pane and remembers the person's choice, not the workbook's", async () => {
  const view = () =>
    renderNow(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider language="en-US">
          <WorkbookProvider workbook={workbook()}>
            <App excelAvailable />
          </WorkbookProvider>
        </LocaleProvider>
      </FluentProvider>,
    );
  const first = await view();
  const menu = screen.getByTestId("language-menu");
  expect(within(menu).getAllByRole("option").map((option) => option.textContent)).toEqual([
    "As Office (English)",
    "English",
    "Eesti",
    "Português (Brasil)",
    "Português (Portugal)",
  ]);
  await act(async () => fireEvent.change(menu, { target: { value: "pt-PT" } }));
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(stringsFor("pt-PT").app.title);
  expect(document.documentElement.lang).toBe("pt-PT");
  expect(window.localStorage.getItem("wfm.paneLanguage")).toBe("pt-PT");
  first.unmount();

  // Opened again: still European Portuguese, whatever Office says.
  const second = await view();
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(stringsFor("pt-PT").app.title);
  await act(async () => fireEvent.change(screen.getByTestId("language-menu"), { target: { value: "office" } }));
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Staffing planner");
  expect(window.localStorage.getItem("wfm.paneLanguage")).toBeNull();
  second.unmount();
});

test.each([
  ["et-EE", "et"],
  ["pt-BR", "pt-BR"],
  ["pt-PT", "pt-PT"],
  ["pt", "pt-BR"],
  ["de-DE", "en"],
])("Office's display language %s opens the pane in %s", async (display, table) => {
  await renderNow(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language={display}>
        <WorkbookProvider workbook={workbook()}>
          <App excelAvailable />
        </WorkbookProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(stringsFor(table).app.title);
});
