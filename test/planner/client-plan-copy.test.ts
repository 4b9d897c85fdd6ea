/**
 * A plan sheet as a client copy holds it (client-report.ts's clientPlanSheet, what "Make client
 * copy" writes) has no cost in it, in every language the sheet can be written in, for one day and
 * for weeks of days: no cost line, no cost per agent-hour, no cost column in the day and week
 * tables (not even a blank one under a blank header), and no figure the plan costed. The copy is
 * found by what it is, not by English words: an Estonian or Portuguese plan is checked against
 * its own labels.
 */
import { blockAddress, parseAddress, type ParsedAddress } from "../../src/planner/addresses";
import { clientPlanSheet } from "../../src/planner/client-report";
import { parseForecast } from "../../src/planner/forecast";
import { LANGUAGES } from "../../src/planner/language";
import { labelsFor } from "../../src/planner/labels";
import { planSheet, type SheetSpec } from "../../src/planner/layout";
import { computePlan } from "../../src/planner/plan";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference } from "../../src/planner/types";
import { baseScenario, datedForecastValues } from "../support/planner-fixtures";

const COST_PER_AGENT_HOUR = 23.75;

/** A plan of `days` dated days (0: one undated day's pattern) with a cost per agent-hour. */
function costedPlan(days: number) {
  const values = days === 0 ? datedForecastValues(1).map((row, i) => (i === 0 ? row : [(row[0] as number) % 1, row[1], row[2]])) : datedForecastValues(days);
  const read = parseForecast({ sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values });
  const scenario = baseScenario(read.reference as ForecastReference, { ...defaultTargets(), costPerAgentHour: COST_PER_AGENT_HOUR });
  const plan = computePlan(read.rows, scenario.targets, scenario.adjustments);
  return { scenario, plan, input: { scenario, plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: "yyyy-mm-dd hh:mm" } };
}

/** Every cell of the spec, by address, with the apostrophe that keeps text as text taken off. */
function cells(spec: SheetSpec): Map<string, string | number | boolean | null> {
  const all = new Map<string, string | number | boolean | null>();
  for (const block of spec.blocks) {
    const box = parseAddress(block.address) as ParsedAddress;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => all.set(blockAddress(box.top + r, box.left + c, box.top + r, box.left + c), typeof cell === "string" ? cell.replace(/^'/, "") : cell)),
    );
  }
  return all;
}

describe.each([...LANGUAGES])("a plan's client copy in %s", (language) => {
  const L = labelsFor(language);

  test.each([0, 1, 10])("holds no cost (%i dated days)", (days) => {
    const { plan, input } = costedPlan(days);
    expect(plan.summary.cost).toBeGreaterThan(0);
    const costed = planSheet({ ...input, language });
    const copy = clientPlanSheet({ ...input, language });
    const shown = [...cells(copy).values()];

    // The live sheet has the cost words in this language; the copy has none of them.
    const costWords = [L.label("targetCost"), L.label("summaryDayCost"), L.label("summaryPeriodCost", { days: plan.summary.days }), L.label("columnCost")];
    expect([...cells(costed.spec).values()].filter((v) => costWords.includes(v as string)).length).toBeGreaterThan(0);
    expect(shown.filter((value) => costWords.includes(value as string))).toEqual([]);

    // No figure the plan costed, nor the cost per agent-hour.
    const costs = [COST_PER_AGENT_HOUR, plan.summary.cost, ...plan.days.map((d) => d.cost), ...plan.weeks.map((w) => w.cost)];
    expect(shown.filter((value) => typeof value === "number" && costs.includes(value))).toEqual([]);

    // The day and week tables keep every column but cost, each under its header: none is blank.
    if (days > 1) {
      const headerRows = [...cells(copy).entries()].filter(([, value]) => value === L.label("columnAgentHoursScheduled")).map(([address]) => (parseAddress(address) as ParsedAddress).top);
      expect(headerRows).toHaveLength(2);
      for (const id of ["weeks", "days"]) {
        const kept = Object.keys(costed.placement[id].columns).filter((column) => column !== "cost");
        const top = headerRows[id === "weeks" ? 0 : 1];
        const row = Array.from({ length: kept.length + 1 }, (_, i) => cells(copy).get(blockAddress(top, 1 + i, top, 1 + i)) ?? null);
        expect({ id, headers: row.slice(0, kept.length).filter((text) => typeof text !== "string" || text === "") }).toEqual({ id, headers: [] });
        expect({ id, beyond: row[kept.length] }).toEqual({ id, beyond: null });
      }
    }
  });
});
