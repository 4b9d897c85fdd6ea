/**
 * The plan and roster results of a forecast that spans several days: the pane shows the weekly
 * FTE and the per-day totals, and says "day" only for one day's figures. Plans are computed by
 * the planner from the hand-checked week of test/planner/multi-day.test.ts (42 FTE).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import type { ReactNode } from "react";
import { PlanSection } from "../../src/taskpane/components/PlanSection";
import { RosterSection } from "../../src/taskpane/components/RosterSection";
import { LocaleProvider } from "../../src/taskpane/strings";
import { parseForecast } from "../../src/planner/forecast";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { defaultTargets } from "../../src/planner/targets";
import type { Scenario } from "../../src/planner/types";
import { datedForecastValues } from "../support/planner-fixtures";

const targets = { ...defaultTargets(), targetServiceLevel: 0.9, shrinkage: 0.4 };
const same = { volumeFactor: 1, ahtFactor: 1 };

function rowsOf(days: number) {
  return parseForecast({ sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values: datedForecastValues(days) }).rows;
}

function wrap(children: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="en-GB">{children}</LocaleProvider>
    </FluentProvider>,
  );
}

function planPane(days: number) {
  const plan = computePlan(rowsOf(days), targets, same);
  return wrap(
    <PlanSection
      scenarioName="Base"
      nameError={undefined}
      canBuild
      busy={false}
      lastPlan={{ scenarioName: "Base", sheetName: "Plan - Base", plan, costed: false }}
      onNameChange={() => undefined}
      onBuild={() => undefined}
      onSave={() => undefined}
      onShowSheet={() => undefined}
    />,
  );
}

test("a week's plan shows the weekly FTE (42, not 210) and each day's hours and service level", () => {
  planPane(7);
  const figures = screen.getByTestId("plan-figures");
  expect(figures).toHaveTextContent("FTE, average week42");
  expect(figures).toHaveTextContent("FTE, busiest week42");
  expect(figures).toHaveTextContent("Service level, 7 days");
  expect(figures).not.toHaveTextContent("Day service level");
  const weeks = within(screen.getByTestId("plan-weeks")).getAllByRole("row");
  expect(weeks.map((row) => row.textContent)).toEqual(["Week fromDaysFTE", "03/03/2025742"]);
  const days = within(screen.getByTestId("plan-days")).getAllByRole("row");
  expect(days).toHaveLength(8);
  expect(days[1].textContent).toMatch(/^03\/03\/2025225/);
});

test("a single day's plan keeps the day's wording and shows no weeks or days", () => {
  planPane(1);
  expect(screen.getByTestId("plan-figures")).toHaveTextContent("Day service level");
  expect(screen.queryByTestId("plan-weeks")).toBeNull();
  expect(screen.queryByTestId("plan-days")).toBeNull();
});

test("a roster check over several days shows the service per date", () => {
  const rows = rowsOf(3);
  const check = checkRoster(rows, rows.map((row, i) => (row.callsOffered > 0 ? (i < 60 ? 20 : 25) : 0)), "scheduled", targets, same);
  const scenario = { id: "s1", name: "Base" } as Scenario;
  wrap(
    <RosterSection
      scenarios={[scenario]}
      form={{ scenarioId: "s1", address: "Roster!A2:A145", basis: "scheduled" }}
      result={{ scenarioName: "Base", check }}
      busy={false}
      onChange={() => undefined}
      onUseSelection={() => undefined}
      onCheck={() => undefined}
    />,
  );
  const result = screen.getByTestId("roster-result");
  expect(result).toHaveTextContent("Achieved over 3 days");
  const days = within(screen.getByTestId("roster-days")).getAllByRole("row");
  expect(days.map((row) => row.textContent?.slice(0, 10))).toEqual(["DateSLBelo", "03/03/2025", "04/03/2025", "05/03/2025"]);
  expect(check.byDay[0].intervalsBelowTarget).toBeGreaterThan(0);
  expect(days[1].textContent).toMatch(new RegExp(`${check.byDay[0].intervalsBelowTarget}$`));
});
