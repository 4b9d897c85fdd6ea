/**
 * Erlang A where the queue holds thousands to tens of millions of callers, against the
 * incomplete gamma closed forms of the same sums computed with mpmath
 * (test/fixtures/erlang-a-large/erlang_a_large.py): an independent method, so the mode-centred
 * series of erlang-a.ts is checked where the 300 generated reference cases do not reach.
 * Probabilities to 1e-12 absolute and ASA to 1e-12 relative, a thousand times tighter than the
 * reference tolerances; staffing exactly.
 *
 * The staffing cases are the searches that used to give #NUM! because they probed
 * deep-overload staffings the old series refused.
 */
import * as fs from "fs";
import * as path from "path";
import { agentsForAbandonRate, agentsRequired, queueMeasures, type IntervalLoad } from "../../src/engine";

interface MeasureCase {
  calls: number;
  aht: number;
  interval_min: number;
  patience: number;
  agents: number;
  target_time: number;
  p_wait: number;
  p_abandon: number;
  sl: number;
  sl_excluding_short_abandons: number;
  sl_short_abandons_met: number;
  asa: number;
  occupancy: number;
}

interface StaffingCase {
  function: "AGENTS_REQUIRED" | "AGENTS_FOR_ABANDON";
  calls: number;
  aht: number;
  interval_min: number;
  patience: number;
  target_sl?: number;
  target_time?: number;
  max_abandon?: number;
  agents: number;
}

const fixture: { cases: MeasureCase[]; staffing: StaffingCase[] } = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../fixtures/erlang-a-large/erlang-a-large.json"), "utf8"),
);

const loadOf = (c: { calls: number; aht: number; interval_min: number; patience: number }): IntervalLoad => ({
  callsOffered: c.calls,
  averageHandleSeconds: c.aht,
  intervalMinutes: c.interval_min,
  patienceSeconds: c.patience,
});

describe.each(fixture.cases.map((c) => [`${c.calls} calls of ${c.aht} s, patience ${c.patience} s, ${c.agents} agents`, c]))(
  "%s",
  (_name, c) => {
    const m = queueMeasures(loadOf(c), c.agents, c.target_time);

    test.each([
      ["wait probability", m.waitProbability, c.p_wait],
      ["abandon rate", m.abandonRate, c.p_abandon],
      ["service level", m.serviceLevel, c.sl],
      ["service level, short abandons excluded", m.serviceLevelExcludingShortAbandons, c.sl_excluding_short_abandons],
      ["service level, short abandons met", m.serviceLevelShortAbandonsMet, c.sl_short_abandons_met],
      ["occupancy", m.occupancy, c.occupancy],
    ])("%s to 1e-12", (_measure, got, expected) => {
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-12);
    });

    test("ASA to 1e-12 relative", () => {
      expect(Math.abs(m.averageSpeedOfAnswer - c.asa) / c.asa).toBeLessThanOrEqual(1e-12);
    });
  },
);

describe("searches that probe deep overload answer instead of refusing", () => {
  test.each(fixture.staffing.map((c) => [c.function, c]))("%s %#", (_name, c) => {
    const load = loadOf(c);
    const agents =
      c.function === "AGENTS_REQUIRED"
        ? agentsRequired(load, { targetServiceLevel: c.target_sl as number, targetSeconds: c.target_time as number })
        : agentsForAbandonRate(load, c.max_abandon as number);
    expect(agents).toBe(c.agents);
  });
});
