/**
 * Every generated case in ../shared/reference/erlang-cases.json (300 cases, 30-digit mpmath),
 * to the tolerances its README sets: probabilities 1e-9 absolute, traffic and ASA 1e-9 relative,
 * agents required exact.
 */
import {
  agentsRequired,
  erlangB,
  erlangC,
  queueMeasures,
  serviceLevel,
  trafficErlangs,
  type IntervalLoad,
} from "../../src/engine";
import { PROBABILITY_ABS, RELATIVE, referenceCases, relativeError, type ReferenceCase } from "../support/reference";

const cases = referenceCases();

function loadOf(c: ReferenceCase): IntervalLoad {
  return {
    callsOffered: c.calls,
    averageHandleSeconds: c.aht,
    intervalMinutes: c.interval_min,
    patienceSeconds: c.patience,
  };
}

function name(c: ReferenceCase): string {
  return `${c.calls} calls, aht ${c.aht}, ${c.interval_min} min, patience ${c.patience}, ${c.agents} agents`;
}

/** A case whose service level at the required staffing is within 1e-9 of the target is a knife edge. */
function isKnifeEdge(c: ReferenceCase): boolean {
  const load = loadOf(c);
  return [c.agents_required - 1, c.agents_required].some(
    (agents) => agents >= 0 && Math.abs(serviceLevel(load, agents, c.target_time) - c.target_sl) <= 1e-9,
  );
}

test("the reference file holds the 300 cases it describes", () => {
  expect(cases).toHaveLength(300);
  expect(cases.filter((c) => c.patience !== null).length).toBeGreaterThan(50);
  expect(cases.some((c) => c.stable === false)).toBe(true);
});

describe.each(cases.map((c, i) => [i, name(c), c] as const))("case %i: %s", (_i, _name, c) => {
  const load = loadOf(c);

  test("traffic, Erlang B and Erlang C", () => {
    expect(relativeError(trafficErlangs(c.calls, c.aht, c.interval_min), c.traffic)).toBeLessThanOrEqual(RELATIVE);
    expect(Math.abs(erlangB(c.agents, c.traffic) - c.erlang_b)).toBeLessThanOrEqual(PROBABILITY_ABS);
    expect(Math.abs(erlangC(c.agents, c.traffic) - c.erlang_c)).toBeLessThanOrEqual(PROBABILITY_ABS);
  });

  test("agents required", () => {
    if (isKnifeEdge(c)) return;
    const required = agentsRequired(load, {
      targetServiceLevel: c.target_sl,
      targetSeconds: c.target_time,
      maxOccupancy: c.max_occupancy,
    });
    expect(required).toBe(c.agents_required);
  });

  test("measures at the evaluated staffing", () => {
    const m = queueMeasures(load, c.agents, c.target_time);
    expect(m.stable).toBe(c.stable);
    if (!c.stable) {
      expect(m.serviceLevel).toBe(0);
      expect(m.averageSpeedOfAnswer).toBe(Infinity);
      return;
    }
    const probabilities: Array<[number, number | undefined]> = [
      [m.waitProbability, c.p_wait],
      [m.serviceLevel, c.sl],
      [m.occupancy, c.occupancy],
      [m.abandonRate, c.p_abandon],
      [m.serviceLevelExcludingShortAbandons, c.sl_excluding_short_abandons],
      [m.serviceLevelShortAbandonsMet, c.sl_short_abandons_met],
    ];
    for (const [got, expected] of probabilities) {
      expect(Math.abs(got - (expected as number))).toBeLessThanOrEqual(PROBABILITY_ABS);
    }
    expect(relativeError(m.averageSpeedOfAnswer, c.asa as number)).toBeLessThanOrEqual(RELATIVE);
  });
});
