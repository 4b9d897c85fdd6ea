/** Boundaries and refusals: what the engine answers at the edges and how it says no. */
import {
  LIMITS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_TRAFFIC,
  abandonRate,
  agentsForAbandonRate,
  agentsForAsa,
  agentsRequired,
  averageSpeedOfAnswer,
  callCapacity,
  erlangB,
  erlangC,
  fractionalAgents,
  linesRequired,
  occupancy,
  patienceEstimate,
  queueMeasures,
  scheduledStaff,
  serviceLevel,
  trafficErlangs,
  waitProbability,
  type IntervalLoad,
} from "../../src/engine";
import { refusal } from "../support/refusal";

const halfHour = (calls: number, aht: number, patienceSeconds: number | null = null): IntervalLoad => ({
  callsOffered: calls,
  averageHandleSeconds: aht,
  intervalMinutes: 30,
  patienceSeconds,
});
const eightyTwenty = { targetServiceLevel: 0.8, targetSeconds: 20 };

describe("a queue that never empties (Erlang C, agents ≤ traffic)", () => {
  test("service level 0, ASA infinite, wait probability 1", () => {
    const m = queueMeasures(halfHour(100, 180), 10, 20);
    expect(m.stable).toBe(false);
    expect(m.serviceLevel).toBe(0);
    expect(m.averageSpeedOfAnswer).toBe(Infinity);
    expect(m.waitProbability).toBe(1);
    expect(erlangC(9.5, 10)).toBe(1);
  });

  test("with patience the same staffing is stable and finite", () => {
    const m = queueMeasures(halfHour(100, 180, 120), 10, 20);
    expect(m.stable).toBe(true);
    expect(Number.isFinite(m.averageSpeedOfAnswer)).toBe(true);
    expect(m.abandonRate).toBeGreaterThan(0);
  });
});

describe("no calls, no agents", () => {
  test("no calls needs no agents and meets every target", () => {
    expect(agentsRequired(halfHour(0, 180), eightyTwenty)).toBe(0);
    expect(agentsRequired(halfHour(0, 180, 60), eightyTwenty)).toBe(0);
    expect(serviceLevel(halfHour(0, 180), 0, 20)).toBe(1);
    expect(fractionalAgents(halfHour(0, 180), eightyTwenty)).toBe(0);
  });

  test("no agents under Erlang A: every caller abandons, nobody is answered", () => {
    const load = halfHour(100, 180, 60);
    expect(abandonRate(load, 0)).toBeCloseTo(1, 12);
    expect(serviceLevel(load, 0, 20)).toBe(0);
    expect(averageSpeedOfAnswer(load, 0)).toBe(Infinity);
    expect(occupancy(load, 0)).toBe(0);
  });
});

describe("fractional servers and agents", () => {
  test("continuous Erlang B lies between the whole values around it and meets them at the ends", () => {
    const low = erlangB(7, 6.3);
    const high = erlangB(8, 6.3);
    expect(erlangB(7.5, 6.3)).toBeLessThan(low);
    expect(erlangB(7.5, 6.3)).toBeGreaterThan(high);
    expect(erlangB(7 + 1e-9, 6.3)).toBeCloseTo(low, 7);
    expect(erlangB(0.5, 0)).toBe(0);
    expect(erlangB(0, 3)).toBe(1);
  });

  test("continuous Erlang B matches A^x e^-A / Γ(x+1, A) computed at 30 digits (mpmath)", () => {
    // mpmath: a**x*exp(-a)/gammainc(x+1, a) with mp.dps = 30.
    expect(erlangB(2.5, 50_000)).toBeCloseTo(0.99995000100001, 12);
    expect(erlangB(0.5, 1e-8)).toBeCloseTo(0.00011283791558125697, 15);
  });

  test("Erlang A with fractional agents lies on the line between whole staffings", () => {
    const load = halfHour(100, 180, 300);
    const at13 = serviceLevel(load, 13, 20);
    const at14 = serviceLevel(load, 14, 20);
    expect(serviceLevel(load, 13.25, 20)).toBeCloseTo(at13 + 0.25 * (at14 - at13), 14);
    const fractional = fractionalAgents(load, eightyTwenty);
    expect(serviceLevel(load, fractional, 20)).toBeCloseTo(0.8, 12);
  });

  test("fractional agents under Erlang C meet the target exactly", () => {
    const load = halfHour(100, 180);
    const fractional = fractionalAgents(load, eightyTwenty);
    expect(fractional).toBeGreaterThan(13);
    expect(fractional).toBeLessThan(14);
    expect(serviceLevel(load, fractional, 20)).toBeCloseTo(0.8, 12);
  });
});

describe("the other solvers", () => {
  test("agents for an ASA: the least staffing whose ASA is at most the target", () => {
    const load = halfHour(100, 180);
    const agents = agentsForAsa(load, 10);
    expect(averageSpeedOfAnswer(load, agents)).toBeLessThanOrEqual(10);
    expect(averageSpeedOfAnswer(load, agents - 1)).toBeGreaterThan(10);
    const patient = halfHour(100, 180, 300);
    const withPatience = agentsForAsa(patient, 10);
    expect(averageSpeedOfAnswer(patient, withPatience)).toBeLessThanOrEqual(10);
    expect(averageSpeedOfAnswer(patient, withPatience - 1)).toBeGreaterThan(10);
  });

  test("agents for an abandon rate", () => {
    const load = halfHour(100, 180, 300);
    const agents = agentsForAbandonRate(load, 0.02);
    expect(abandonRate(load, agents)).toBeLessThanOrEqual(0.02);
    expect(abandonRate(load, agents - 1)).toBeGreaterThan(0.02);
  });

  test("call capacity is the last volume that still meets the target", () => {
    for (const patienceSeconds of [null, 300]) {
      const capacity = callCapacity(14, 180, eightyTwenty, 30, patienceSeconds);
      expect(serviceLevel(halfHour(capacity, 180, patienceSeconds), 14, 20)).toBeGreaterThanOrEqual(0.8);
      expect(serviceLevel(halfHour(capacity + 1, 180, patienceSeconds), 14, 20)).toBeLessThan(0.8);
    }
  });

  test("lines required: least trunks with blocking at most the limit", () => {
    const lines = linesRequired(10, 0.01);
    expect(lines).toBe(18);
    expect(erlangB(lines, 10)).toBeLessThanOrEqual(0.01);
    expect(erlangB(lines - 1, 10)).toBeGreaterThan(0.01);
    expect(linesRequired(0, 0.01)).toBe(0);
  });

  test("the occupancy cap raises the staffing when it binds", () => {
    const load = halfHour(1000, 180); // 100 Erlangs: 80/20 needs ~108, so 80% occupancy needs 125
    expect(agentsRequired(load, { ...eightyTwenty, maxOccupancy: 0.8 })).toBe(125);
  });

  test("scheduled staff and patience estimate", () => {
    expect(scheduledStaff(14, 0.3)).toBeCloseTo(20, 12);
    expect(patienceEstimate(10, 1500)).toBe(150);
  });

  test("waiting probability matches Erlang C without patience", () => {
    expect(waitProbability(halfHour(100, 180), 14)).toBeCloseTo(erlangC(14, 10), 15);
  });
});

describe("refusals carry the argument, the value and the limit, not sentences", () => {
  test.each([
    ["calls", () => trafficErlangs(-1, 180, 30), "range", -1],
    ["aht", () => trafficErlangs(10, 0, 30), "range", 0],
    ["interval", () => trafficErlangs(10, 180, 0), "range", 0],
    ["patience", () => serviceLevel(halfHour(10, 180, 0), 5, 20), "range", 0],
    ["target_sl", () => agentsRequired(halfHour(10, 180), { targetServiceLevel: 80, targetSeconds: 20 }), "range", 80],
    ["target_sl", () => agentsRequired(halfHour(10, 180), { targetServiceLevel: 0, targetSeconds: 20 }), "range", 0],
    ["target_time", () => agentsRequired(halfHour(10, 180), { targetServiceLevel: 0.8, targetSeconds: -5 }), "range", -5],
    ["max_occupancy", () => agentsRequired(halfHour(10, 180), { ...eightyTwenty, maxOccupancy: 1.5 }), "range", 1.5],
    ["abandon_rule", () => serviceLevel(halfHour(10, 180, 60), 5, 20, 3), "range", 3],
    ["agents", () => serviceLevel(halfHour(10, 180), -1, 20), "range", -1],
    ["target_asa", () => agentsForAsa(halfHour(10, 180), 0), "range", 0],
    ["shrinkage", () => scheduledStaff(10, 1), "range", 1],
    ["abandoned", () => patienceEstimate(0, 100), "range", 0],
    ["max_blocking", () => linesRequired(10, 0), "range", 0],
    ["calls", () => trafficErlangs(Number.NaN, 180, 30), "range", Number.NaN],
  ] as const)("%s", (argument, run, kind, value) => {
    const error = refusal(run);
    expect(error.argument).toBe(argument);
    expect(error.kind).toBe(kind);
    expect(error.problem).toEqual({ code: "outOfRange", argument, value, limit: LIMITS[argument] });
  });

  test("a target of 100% and a target nothing meets are unreachable, not out of range", () => {
    const certain = refusal(() => agentsRequired(halfHour(10, 180), { targetServiceLevel: 1, targetSeconds: 20 }));
    expect(certain.problem).toEqual({ code: "certainTarget", argument: "target_sl" });
    expect(certain.kind).toBe("unreachable");
  });

  test("calls × aht beyond the traffic the engine models name the Erlangs and the limit", () => {
    const error = refusal(() => trafficErlangs(1e9, 180, 30));
    expect(error.problem).toEqual({ code: "trafficTooHigh", argument: "calls", value: 1e8, limit: MAX_TRAFFIC });
  });

  test("abandon functions without patience say patience is needed", () => {
    expect(refusal(() => abandonRate(halfHour(100, 180), 14)).problem).toEqual({
      code: "patienceRequired",
      argument: "patience",
    });
    expect(refusal(() => agentsForAbandonRate(halfHour(100, 180), 0.05)).problem.code).toBe("patienceRequired");
  });

  test("PATIENCE_ESTIMATE with no waiting at all has nothing to estimate from", () => {
    expect(refusal(() => patienceEstimate(5, 0)).problem).toEqual({
      code: "noWaitRecorded",
      argument: "total_wait_seconds",
    });
  });
});

describe("times between 0 and 1 of their unit are refused as the Excel times they almost always are", () => {
  // 0:04:00 typed in a cell is 4/1440 of a day; 0:00:15 is 15/86400.
  const fourMinutes = 4 / 1440;
  const fifteenSeconds = 15 / 86_400;

  test.each([
    ["aht", () => trafficErlangs(100, fourMinutes, 30), fourMinutes, "seconds"],
    ["target_time", () => serviceLevel(halfHour(100, 180), 14, fifteenSeconds), fifteenSeconds, "seconds"],
    ["target_asa", () => agentsForAsa(halfHour(100, 180), fifteenSeconds), fifteenSeconds, "seconds"],
    ["patience", () => serviceLevel(halfHour(100, 180, fourMinutes), 14, 20), fourMinutes, "seconds"],
    ["total_wait_seconds", () => patienceEstimate(3, fourMinutes), fourMinutes, "seconds"],
    ["interval", () => trafficErlangs(100, 180, 30 / 1440), 30 / 1440, "minutes"],
  ] as const)("%s", (argument, run, value, unit) => {
    expect(refusal(run).problem).toEqual({ code: "fractionOfUnit", argument, value, unit });
  });

  test("0 stays a valid target time: the share answered without waiting", () => {
    expect(serviceLevel(halfHour(100, 180), 14, 0)).toBeCloseTo(1 - erlangC(14, 10), 12);
  });
});

describe("answers come quickly or not at all on inputs at the edge of their domain", () => {
  test("times outside a contact centre's range are refused, naming the argument", () => {
    expect(refusal(() => trafficErlangs(10, 1e-300, 30)).argument).toBe("aht");
    expect(refusal(() => trafficErlangs(10, 0.5, 30)).argument).toBe("aht");
    expect(refusal(() => trafficErlangs(10, 180, 2000)).argument).toBe("interval");
    expect(refusal(() => serviceLevel(halfHour(10, 180, 0.5), 5, 20)).argument).toBe("patience");
    expect(refusal(() => serviceLevel(halfHour(10, 180, 100_000), 5, 20)).argument).toBe("patience");
  });

  test("rule 2 with a target that abandons alone meet is refused with the share that abandons", () => {
    // With 60 s patience, 1 − e^(−120/60) = 86% of waiting callers hang up within 120 s.
    const rule2 = { targetServiceLevel: 0.8, targetSeconds: 120, abandonRule: 2 as const };
    const error = refusal(() => callCapacity(10, 180, rule2, 30, 60));
    expect(error.problem).toEqual({
      code: "metByAbandons",
      argument: "abandon_rule",
      value: -Math.expm1(-2),
      target: 0.8,
    });
    expect(error.kind).toBe("unreachable");
    expect(refusal(() => agentsRequired(halfHour(100, 180, 60), rule2)).problem.code).toBe("metByAbandons");
  });

  test("a queue of tens of millions of callers is summed from its mode, not refused", () => {
    // 2,000,000 calls of 1 s in half an hour is 1,111 Erlangs; a day's patience on 10 agents
    // queues about 96 million callers.
    const load: IntervalLoad = { callsOffered: 2_000_000, averageHandleSeconds: 1, intervalMinutes: 30, patienceSeconds: 86_400 };
    const m = queueMeasures(load, 10, 20);
    expect(m.abandonRate).toBeCloseTo(1 - 10 / (2_000_000 / 1800), 9);
    expect(m.serviceLevel).toBeLessThan(1e-12);
  });

  test("Erlang A beyond the callers per patience the series follows is refused with both numbers", () => {
    // 1,000,000 Erlangs of 1 s calls is a million arrivals a second; a day's patience makes 8.64e10.
    const load: IntervalLoad = { callsOffered: 1.8e9, averageHandleSeconds: 1, intervalMinutes: 30, patienceSeconds: 86_400 };
    expect(refusal(() => serviceLevel(load, 10, 20)).problem).toEqual({
      code: "queueTooLong",
      argument: "patience",
      value: 1e6 * 86_400,
      limit: MAX_ARRIVALS_PER_PATIENCE,
    });
  });
});

describe("probabilities are never outside [0, 1], even by a unit in the last place", () => {
  test("ERLANG_B(1e-300, 0.5) was 1.0000000000000004", () => {
    const blocking = erlangB(1e-300, 0.5);
    expect(blocking).toBeLessThanOrEqual(1);
    expect(blocking).toBeCloseTo(1, 15);
  });

  test("OCCUPANCY(1000000, 180, 14, 30, 300) was 1.000000000000001", () => {
    const load = halfHour(1_000_000, 180, 300);
    expect(occupancy(load, 14)).toBeLessThanOrEqual(1);
    expect(occupancy(load, 14)).toBeCloseTo(1, 12);
  });
});

describe("Erlang B for large traffic starts from its series", () => {
  /** The textbook recursion, step by step from 0, as an independent yardstick. */
  function recursion(servers: number, traffic: number): number {
    let blocking = 1;
    for (let k = 1; k <= servers; k++) blocking = (traffic * blocking) / (k + traffic * blocking);
    return blocking;
  }

  test.each([
    [64, 64],
    [100, 64.5],
    [500, 1000],
    [1000, 1000],
    [1011, 1000],
    [1200, 1000],
    [9_000, 10_000],
    [10_013, 10_000],
    [50_100, 50_000],
    [100_000, 50_000],
  ])("B(%i, %d) agrees with the recursion to 1e-12 relative", (servers, traffic) => {
    const expected = recursion(servers, traffic);
    const got = erlangB(servers, traffic);
    if (expected === 0) expect(got).toBe(0);
    else expect(Math.abs(got - expected) / expected).toBeLessThanOrEqual(1e-12);
  });
});
