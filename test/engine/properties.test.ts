/**
 * Properties that must hold for every input, checked on random ones (fast-check): service level
 * rises with agents, agents required never falls as the load or the target rises, Erlang A
 * tends to Erlang C as patience grows, and every valid input gives a finite answer.
 */
import fc from "fast-check";
import {
  MAX_AGENTS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_TRAFFIC,
  agentsRequired,
  erlangB,
  erlangC,
  fractionalAgents,
  queueMeasures,
  serviceLevel,
  type IntervalLoad,
  type QueueMeasures,
} from "../../src/engine";

const intervalMinutes = fc.constantFrom(15, 30, 60);
const aht = fc.integer({ min: 20, max: 900 });
const targetSeconds = fc.integer({ min: 0, max: 180 });
const targetServiceLevel = fc.double({ min: 0.3, max: 0.98, noNaN: true });
const patience = fc.option(fc.integer({ min: 10, max: 900 }), { nil: null });

function load(calls: number, averageHandleSeconds: number, minutes: number, patienceSeconds: number | null): IntervalLoad {
  return { callsOffered: calls, averageHandleSeconds, intervalMinutes: minutes, patienceSeconds };
}

const EPS = 1e-12;

/** Every measure that is a probability or a fraction of calls or time. */
function probabilities(m: QueueMeasures): number[] {
  return [
    m.waitProbability,
    m.serviceLevel,
    m.serviceLevelExcludingShortAbandons,
    m.serviceLevelShortAbandonsMet,
    m.abandonRate,
    m.occupancy,
  ];
}

test("service level rises with agents, Erlang C and Erlang A, under every abandon rule", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2000 }),
      aht,
      intervalMinutes,
      patience,
      targetSeconds,
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom(0, 1, 2),
      (calls, handle, minutes, patienceSeconds, seconds, agents, rule) => {
        const l = load(calls, handle, minutes, patienceSeconds);
        expect(serviceLevel(l, agents + 1, seconds, rule)).toBeGreaterThanOrEqual(
          serviceLevel(l, agents, seconds, rule) - EPS,
        );
      },
    ),
    { numRuns: 300 },
  );
});

test("agents required never falls as calls or AHT rise or as the target tightens", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: 0, max: 300 }),
      aht,
      fc.integer({ min: 0, max: 120 }),
      intervalMinutes,
      patience,
      targetSeconds,
      fc.integer({ min: 0, max: 60 }),
      targetServiceLevel,
      fc.double({ min: 0, max: 0.015, noNaN: true }),
      (calls, moreCalls, handle, moreHandle, minutes, patienceSeconds, seconds, fewerSeconds, level, higher) => {
        const target = { targetServiceLevel: level, targetSeconds: seconds };
        const base = agentsRequired(load(calls, handle, minutes, patienceSeconds), target);
        expect(agentsRequired(load(calls + moreCalls, handle, minutes, patienceSeconds), target)).toBeGreaterThanOrEqual(base);
        expect(agentsRequired(load(calls, handle + moreHandle, minutes, patienceSeconds), target)).toBeGreaterThanOrEqual(base);
        const tighter = { targetServiceLevel: level + higher, targetSeconds: Math.max(0, seconds - fewerSeconds) };
        expect(agentsRequired(load(calls, handle, minutes, patienceSeconds), tighter)).toBeGreaterThanOrEqual(base);
      },
    ),
    { numRuns: 200 },
  );
});

test("Erlang A tends to Erlang C as patience grows", () => {
  // The approach is not uniform: to first order the gap is proportional to Erlang C's ASA over
  // the patience, so the last gap is held to 20 times that ratio (the largest seen over 20,000
  // random loads was 9). Occupancy is kept at 90% or less and patience capped at a day.
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1500 }),
      aht,
      intervalMinutes,
      targetSeconds,
      fc.integer({ min: 0, max: 30 }),
      (calls, handle, minutes, seconds, spare) => {
        const traffic = (calls * handle) / (minutes * 60);
        const agents = Math.ceil(traffic / 0.9) + spare;
        const c = queueMeasures(load(calls, handle, minutes, null), agents, seconds);
        const gaps = [1, 10, 100, 1000].map((ratio) => {
          const patienceSeconds = Math.min(86_400, handle * ratio);
          const a = queueMeasures(load(calls, handle, minutes, patienceSeconds), agents, seconds);
          return Math.max(
            Math.abs(a.serviceLevel - c.serviceLevel),
            Math.abs(a.waitProbability - c.waitProbability),
            a.abandonRate,
          );
        });
        for (let k = 1; k < gaps.length; k++) expect(gaps[k]).toBeLessThanOrEqual(gaps[k - 1] + EPS);
        const longest = Math.min(86_400, handle * 1000);
        expect(gaps[3]).toBeLessThanOrEqual((20 * c.averageSpeedOfAnswer) / longest + 1e-9);
      },
    ),
    { numRuns: 150 },
  );
});

test("probabilities stay within [0, 1] to the last bit over the whole accepted domain", () => {
  // Log-uniform over every range the engine accepts, tiny servers and traffic included: the
  // fuzzing that found ERLANG_B(1e-300, 0.5) = 1.0000000000000004 and occupancies of
  // 1.000000000000001 drew from the same ranges.
  const logUniform = (low: number, high: number) =>
    fc.double({ min: Math.log(low), max: Math.log(high), noNaN: true }).map((e) => Math.min(high, Math.max(low, Math.exp(e))));
  fc.assert(
    fc.property(
      fc.oneof(fc.constant(0), logUniform(1e-300, MAX_AGENTS)),
      fc.oneof(fc.constant(0), logUniform(1e-300, MAX_TRAFFIC)),
      logUniform(1, 86_400),
      fc.option(logUniform(1, 86_400), { nil: null }),
      fc.oneof(fc.constant(0), logUniform(1, 86_400)),
      (servers, traffic, handle, patienceSeconds, seconds) => {
        for (const p of [erlangB(servers, traffic), erlangC(servers, traffic)]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        const calls = (traffic * 30 * 60) / handle;
        const l = load(calls, handle, 30, patienceSeconds);
        fc.pre(patienceSeconds === null || (calls / 1800) * patienceSeconds <= MAX_ARRIVALS_PER_PATIENCE);
        for (const value of probabilities(queueMeasures(l, Math.min(servers, MAX_AGENTS), seconds))) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test("every valid input gives a finite answer, up to 50,000 Erlangs and 100,000 agents", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 50_000, noNaN: true }),
      aht,
      intervalMinutes,
      fc.option(fc.double({ min: 0.05, max: 20, noNaN: true }), { nil: null }),
      targetSeconds,
      fc.double({ min: 0, max: 100_000, noNaN: true }),
      targetServiceLevel,
      (traffic, handle, minutes, patienceRatio, seconds, agents, level) => {
        const calls = (traffic * minutes * 60) / handle;
        const l = load(calls, handle, minutes, patienceRatio === null ? null : patienceRatio * handle);
        const m = queueMeasures(l, agents, seconds);
        for (const value of probabilities(m)) {
          expect(Number.isFinite(value)).toBe(true);
          // Exactly: probabilities are clamped where they are computed, so no rounding shows.
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        // Only a queue that never empties, or one with nobody answered, has an infinite ASA.
        if (m.stable && agents >= 1) expect(Number.isFinite(m.averageSpeedOfAnswer)).toBe(true);
        expect(Number.isFinite(erlangB(agents, traffic))).toBe(true);
        expect(Number.isFinite(erlangC(agents, traffic))).toBe(true);
        const required = agentsRequired(l, { targetServiceLevel: level, targetSeconds: seconds });
        expect(Number.isInteger(required)).toBe(true);
        expect(required).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(fractionalAgents(l, { targetServiceLevel: level, targetSeconds: seconds }))).toBe(true);
      },
    ),
    { numRuns: 120 },
  );
});
