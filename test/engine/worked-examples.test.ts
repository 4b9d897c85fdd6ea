/**
 * The published worked examples in ../shared/reference/worked-examples.json. A published figure
 * must agree to within half a unit of its last published digit; an "exact" figure (recomputed
 * at 30 digits) to the reference tolerances (1e-9).
 */
import {
  agentsRequired,
  fractionalAgents,
  queueMeasures,
  scheduledStaff,
  trafficErlangs,
  type IntervalLoad,
} from "../../src/engine";
import { PROBABILITY_ABS, RELATIVE, readReference, relativeError } from "../support/reference";

interface Example {
  source: string;
  model: "erlang-c" | "erlang-a";
  inputs?: Record<string, number>;
  expected?: Record<string, unknown>;
  exact?: Record<string, number>;
  cases?: Array<{ inputs: Record<string, number>; expected: Record<string, number> }>;
}

const { examples } = readReference<{ examples: Example[] }>("worked-examples.json");

/** Half a unit in the last digit of a published figure, read from its shortest decimal form. */
function publishedTolerance(published: number): number {
  const text = String(published);
  const decimals = text.includes(".") ? text.split(".")[1].length : 0;
  return 0.5 * 10 ** -decimals;
}

function expectPublished(got: number, published: number): void {
  expect(Math.abs(got - published)).toBeLessThanOrEqual(publishedTolerance(published) * (1 + 1e-12));
}

function example(sourceStart: string): Example {
  const found = examples.find((e) => e.source.startsWith(sourceStart));
  if (!found) throw new Error(`worked example "${sourceStart}" is missing from worked-examples.json`);
  return found;
}

function load(inputs: Record<string, number>): IntervalLoad {
  return {
    callsOffered: inputs.calls,
    averageHandleSeconds: inputs.aht,
    intervalMinutes: inputs.interval_min,
    patienceSeconds: inputs.patience ?? null,
  };
}

test("every worked example in the file is covered here", () => {
  expect(examples.map((e) => e.source.split(" ")[0])).toEqual(["Call", "Abstract", "Mitan", "pyworkforce", "Erlang"]);
});

describe("Call Centre Helper: 100 calls, 180 s, 80/20", () => {
  const ex = example("Call Centre Helper");
  const inputs = ex.inputs as Record<string, number>;
  const expected = ex.expected as {
    traffic: number;
    by_agents: Array<Record<string, number>>;
    agents_required: number;
    scheduled_staff_after_shrinkage_rounded_up: number;
    fractional_agents: number;
  };
  const exact = ex.exact as Record<string, number>;
  const target = { targetServiceLevel: inputs.target_sl, targetSeconds: inputs.target_time };

  test("traffic", () => {
    expect(trafficErlangs(inputs.calls, inputs.aht, inputs.interval_min)).toBe(expected.traffic);
  });

  test.each(expected.by_agents.map((row) => [row.agents, row] as const))("%i agents", (agents, row) => {
    const m = queueMeasures(load(inputs), agents, inputs.target_time);
    expectPublished(m.waitProbability, row.p_wait);
    expectPublished(m.serviceLevel, row.sl);
    if (row.asa !== undefined) expectPublished(m.averageSpeedOfAnswer, row.asa);
    if (row.occupancy !== undefined) expectPublished(m.occupancy, row.occupancy);
  });

  test("exact figures at 14 agents", () => {
    const m = queueMeasures(load(inputs), 14, inputs.target_time);
    expect(Math.abs(m.waitProbability - exact.p_wait_14)).toBeLessThanOrEqual(PROBABILITY_ABS);
    expect(Math.abs(m.serviceLevel - exact.sl_14)).toBeLessThanOrEqual(PROBABILITY_ABS);
    expect(relativeError(m.averageSpeedOfAnswer, exact.asa_14)).toBeLessThanOrEqual(RELATIVE);
  });

  test("agents required, with and without the occupancy cap", () => {
    expect(agentsRequired(load(inputs), target)).toBe(expected.agents_required);
    expect(agentsRequired(load(inputs), { ...target, maxOccupancy: inputs.max_occupancy })).toBe(
      expected.agents_required,
    );
  });

  test("scheduled staff after 30% shrinkage, rounded up", () => {
    const scheduled = scheduledStaff(expected.agents_required, inputs.shrinkage);
    expect(Math.ceil(scheduled)).toBe(expected.scheduled_staff_after_shrinkage_rounded_up);
  });

  test("fractional agents", () => {
    const fractional = fractionalAgents(load(inputs), target);
    expectPublished(fractional, expected.fractional_agents);
    expect(relativeError(fractional, exact.fractional_agents)).toBeLessThanOrEqual(RELATIVE);
  });
});

describe("Abstract Micro ErlcWait4: mean wait of all calls", () => {
  const ex = example("Abstract Micro");
  // The same figures recomputed at 30 digits with erlang_reference.py's erlang_c_metrics.
  const exactAsa: Record<number, number> = { 240: 2.2435058465060953, 300: 30.431229113379843 };

  test.each((ex.cases ?? []).map((c) => [c.inputs.aht, c] as const))("aht %i s", (aht, c) => {
    const m = queueMeasures(load(c.inputs), c.inputs.agents, 0);
    expect(relativeError(m.averageSpeedOfAnswer, exactAsa[aht])).toBeLessThanOrEqual(RELATIVE);
    // The library's own figure differs from the 30-digit value in its 8th significant digit
    // (30.4312286 against 30.43122911): it is published to more digits than it computes, so it is
    // held to 2e-8 relative rather than half its last digit.
    expect(relativeError(m.averageSpeedOfAnswer, c.expected.asa_all_calls)).toBeLessThanOrEqual(2e-8);
  });
});

describe("Mitan step-by-step: 360 calls, 240 s, 55 agents", () => {
  const ex = example("Mitan");
  const inputs = ex.inputs as Record<string, number>;
  const expected = ex.expected as Record<string, number>;

  test("traffic, occupancy, wait probability, ASA, service level", () => {
    const m = queueMeasures(load(inputs), inputs.agents, inputs.target_time);
    expect(m.traffic).toBe(expected.traffic);
    expectPublished(m.occupancy, expected.occupancy);
    expectPublished(m.waitProbability, expected.p_wait);
    expectPublished(m.averageSpeedOfAnswer, expected.asa);
    expectPublished(m.serviceLevel, expected.sl);
  });
});

describe("pyworkforce ErlangA: 100 calls, 180 s, patience 300 s", () => {
  const ex = example("pyworkforce");
  const inputs = ex.inputs as Record<string, number>;
  const expected = ex.expected as {
    by_agents: Array<Record<string, number>>;
    sl_if_abandons_within_target_are_excluded_14: number;
    sl_if_abandons_within_target_count_as_met_14: number;
  };

  test.each(expected.by_agents.map((row) => [row.agents, row] as const))("%i agents", (agents, row) => {
    const m = queueMeasures(load(inputs), agents, inputs.target_time);
    expectPublished(m.waitProbability, row.p_wait);
    expectPublished(m.abandonRate, row.p_abandon);
    expectPublished(m.serviceLevel, row.sl);
    if (row.occupancy !== undefined) expectPublished(m.occupancy, row.occupancy);
    if (row.mean_wait_all_calls !== undefined) {
      // Little's law with exponential patience: abandons per second = θ·E[queue], so the mean
      // wait over all calls is the abandon rate times the mean patience. Summing j·q_j at 30
      // digits gives 4.19512323672268; pyworkforce publishes 4.19514, 4e-6 relative away (beyond
      // its last digit), so the published figure is held to 1e-5 relative and the exact one to 1e-9.
      const meanWaitAllCalls = m.abandonRate * inputs.patience;
      expect(relativeError(meanWaitAllCalls, 4.19512323672268126)).toBeLessThanOrEqual(RELATIVE);
      expect(relativeError(meanWaitAllCalls, row.mean_wait_all_calls)).toBeLessThanOrEqual(1e-5);
    }
  });

  test("service level under the two other abandon rules", () => {
    const m = queueMeasures(load(inputs), 14, inputs.target_time);
    expectPublished(m.serviceLevelExcludingShortAbandons, expected.sl_if_abandons_within_target_are_excluded_14);
    expectPublished(m.serviceLevelShortAbandonsMet, expected.sl_if_abandons_within_target_count_as_met_14);
  });
});

describe("Erlang A in overload: 10 Erlangs on 8 agents, patience 60 s", () => {
  const ex = example("Erlang A in overload");
  const inputs = ex.inputs as Record<string, number>;
  const expected = ex.expected as Record<string, number>;

  test("wait probability, abandon rate, service level", () => {
    const m = queueMeasures(load(inputs), inputs.agents, inputs.target_time);
    expectPublished(m.waitProbability, expected.p_wait);
    expectPublished(m.abandonRate, expected.p_abandon);
    expectPublished(m.serviceLevel, expected.sl);
  });
});
