/**
 * The solvers against brute force (fast-check): on random small loads, every staffing below the
 * answer is checked and must fail, the answer must pass. This is what found AGENTS_REQUIRED
 * returning 398 agents where 0 met both goals (abandon rule 2, short patience, an occupancy cap),
 * so rule 2, short patience and tight caps are drawn often. Where 0 agents would "meet" the target
 * (rule 2, callers who hang up within the target time making it on their own) the solver refuses
 * with that reason instead of answering 0, and it does so exactly then.
 */
import fc from "fast-check";
import {
  EngineInputError,
  agentsForAbandonRate,
  agentsForAsa,
  agentsRequired,
  callCapacity,
  queueMeasures,
  type AbandonRule,
  type IntervalLoad,
  type QueueMeasures,
} from "../../src/engine";
import { serviceLevelUnder } from "../../src/engine/measures";

const load = (calls: number, aht: number, minutes: number, patience: number | null): IntervalLoad => ({
  callsOffered: calls,
  averageHandleSeconds: aht,
  intervalMinutes: minutes,
  patienceSeconds: patience,
});

// Up to about 60 Erlangs, so that checking every staffing below the answer stays quick.
const calls = fc.double({ min: 0.5, max: 400, noNaN: true });
const aht = fc.double({ min: 1, max: 900, noNaN: true });
const minutes = fc.constantFrom(15, 30, 60);
const patience = fc.option(fc.oneof(fc.double({ min: 1, max: 30, noNaN: true }), fc.double({ min: 30, max: 3000, noNaN: true })), {
  nil: null,
  freq: 4,
});
const rule = fc.constantFrom<AbandonRule>(0, 1, 2, 2);
const level = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const seconds = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 3000, noNaN: true }));
// A cap within rounding of 1 is a knife edge (occupancy near 1 moves by units in the last place,
// not monotonically), like a service level within 1e-9 of its target in the reference tests.
const cap = fc.option(fc.oneof(fc.double({ min: 0.05, max: 0.999, noNaN: true }), fc.constant(1)), { nil: null });

function refusalCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof EngineInputError) return error.problem.code;
    throw error;
  }
}

/** Least n with passes(n), by trying 0, 1, 2, … (bounded, for small loads). */
function bruteForce(passes: (n: number) => boolean, limit: number): number | null {
  for (let n = 0; n <= limit; n++) if (passes(n)) return n;
  return null;
}

function fitsInBruteForce(l: IntervalLoad, capValue: number | null): boolean {
  const traffic = (l.callsOffered * l.averageHandleSeconds) / (l.intervalMinutes * 60);
  return traffic <= 60 && (capValue === null || traffic / capValue <= 400);
}

test("AGENTS_REQUIRED is the least staffing that meets both goals, or says why there is none", () => {
  fc.assert(
    fc.property(calls, aht, minutes, patience, rule, level, seconds, cap, (c, a, m, p, r, sl, t, occ) => {
      const l = load(c, a, m, p);
      fc.pre(fitsInBruteForce(l, occ));
      const target = { targetServiceLevel: sl, targetSeconds: t, maxOccupancy: occ, abandonRule: r };
      const passes = (n: number): boolean => {
        const measures: QueueMeasures = queueMeasures(l, n, t);
        return (
          measures.stable &&
          serviceLevelUnder(measures, p === null ? 0 : r) >= sl &&
          (occ === null || measures.occupancy <= occ)
        );
      };
      const expected = bruteForce(passes, 1000);
      const code = refusalCode(() => agentsRequired(l, target));
      if (expected === 0) {
        // Calls are offered, so 0 agents can only "pass" by abandons within the target time.
        expect(p !== null && r === 2).toBe(true);
        expect(code).toBe("metByAbandons");
        return;
      }
      expect(code).toBeNull();
      expect(agentsRequired(l, target)).toBe(expected);
    }),
    { numRuns: 400 },
  );
});

test("the issue's example: 398 agents were returned where 0 met both goals", () => {
  const l = load(7.98, 2212.24, 60, 13.97);
  const target = { targetServiceLevel: 0.334, targetSeconds: 2900.84, maxOccupancy: 0.0123, abandonRule: 2 as const };
  expect(refusalCode(() => agentsRequired(l, target))).toBe("metByAbandons");
});

test("AGENTS_FOR_ASA is the least staffing whose ASA is at most the target", () => {
  fc.assert(
    fc.property(calls, aht, minutes, patience, fc.double({ min: 1, max: 600, noNaN: true }), (c, a, m, p, asa) => {
      const l = load(c, a, m, p);
      fc.pre(fitsInBruteForce(l, null));
      const expected = bruteForce((n) => queueMeasures(l, n, 0).averageSpeedOfAnswer <= asa, 1000);
      expect(agentsForAsa(l, asa)).toBe(expected);
    }),
    { numRuns: 200 },
  );
});

test("AGENTS_FOR_ABANDON is the least staffing whose abandon rate is at most the target", () => {
  fc.assert(
    fc.property(calls, aht, minutes, fc.double({ min: 1, max: 3000, noNaN: true }), level, (c, a, m, p, most) => {
      const l = load(c, a, m, p);
      fc.pre(fitsInBruteForce(l, null));
      const expected = bruteForce((n) => queueMeasures(l, n, 0).abandonRate <= most, 1000);
      expect(agentsForAbandonRate(l, most)).toBe(expected);
    }),
    { numRuns: 200 },
  );
});

test("CALL_CAPACITY is a volume that meets the target with one more call failing, or says why there is none", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 40 }),
      aht,
      minutes,
      patience,
      rule,
      level,
      seconds,
      cap,
      (agents, a, m, p, r, sl, t, occ) => {
        const target = { targetServiceLevel: sl, targetSeconds: t, maxOccupancy: occ, abandonRule: r };
        const passes = (volume: number): boolean => {
          const measures = queueMeasures(load(volume, a, m, p), agents, t);
          return (
            measures.stable &&
            serviceLevelUnder(measures, p === null ? 0 : r) >= sl &&
            (occ === null || measures.occupancy <= occ)
          );
        };
        const code = refusalCode(() => callCapacity(agents, a, target, m, p));
        if (code !== null) {
          expect(["metByAbandons", "capacityBeyondLimit"]).toContain(code);
          if (code === "metByAbandons") expect(p !== null && r === 2 && -Math.expm1(-t / p) >= sl).toBe(true);
          return;
        }
        const capacity = callCapacity(agents, a, target, m, p);
        expect(Number.isInteger(capacity)).toBe(true);
        expect(passes(capacity)).toBe(true);
        expect(passes(capacity + 1)).toBe(false);
        for (const fraction of [0, 0.25, 0.5, 0.9]) expect(passes(Math.floor(capacity * fraction))).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
