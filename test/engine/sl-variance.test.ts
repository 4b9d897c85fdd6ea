/**
 * SL_VARIANCE's maths: the Shapley split of an interval's service level change.
 *
 * - Against a direct evaluation written here from the text: S from the public
 *   serviceLevel at ⌊agents⌋ and ⌈agents⌉, and each effect as the sum over the 16 subsets T of
 *   the other four factors of |T|!·(4 − |T|)!/5! × [v(T ∪ {i}) − v(T)], 32 evaluations of v per
 *   factor. Both sides are double precision, so they agree to 1e-12.
 * - Properties on random intervals (fast-check): the effects add up to modelled − planned SL;
 *   they are the average of the step-by-step splits over all 120 orders of the causes, so no
 *   order is privileged; a factor whose actual equals its plan has an effect of exactly 0; more
 *   agents on the phones never cost service level.
 * The independent 30-digit cases are in reporting-reference.test.ts.
 */
import fc from "fast-check";
import {
  EngineInputError,
  MAX_ARRIVALS_PER_PATIENCE_VARIANCE,
  interpolatedServiceLevel,
  serviceLevel,
  serviceLevelVariance,
  type ActualInterval,
  type ServiceLevelVariance,
  type StaffedInterval,
  type VarianceModel,
} from "../../src/engine";
import { refusal } from "../support/refusal";

const FACTORS = ["volume", "aht", "staff", "shrinkage", "adherence"] as const;
type Factor = (typeof FACTORS)[number];

const AGREE = 1e-12;

/** S as the issue defines it, from the public serviceLevel at whole agents. */
function directS(calls: number, aht: number, agents: number, model: VarianceModel): number {
  const load = {
    callsOffered: calls,
    averageHandleSeconds: aht,
    intervalMinutes: model.intervalMinutes,
    patienceSeconds: model.patienceSeconds,
  };
  const lower = Math.floor(agents);
  const upper = Math.ceil(agents);
  const atLower = serviceLevel(load, lower, model.targetSeconds, model.abandonRule);
  if (upper === lower) return atLower;
  const atUpper = serviceLevel(load, upper, model.targetSeconds, model.abandonRule);
  return atLower + (agents - lower) * (atUpper - atLower);
}

/** v(T): S with the factors in T at their actual values and the rest at plan. */
function valueOf(switched: ReadonlySet<Factor>, plan: StaffedInterval, actual: ActualInterval, model: VarianceModel): number {
  const side = (factor: Factor): StaffedInterval => (switched.has(factor) ? actual : plan);
  const agents =
    side("staff").staff * (1 - side("shrinkage").shrinkage) * (switched.has("adherence") ? actual.adherence : 1);
  return directS(side("volume").callsOffered, side("aht").averageHandleSeconds, agents, model);
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => all.concat(all.map((subset) => [...subset, item])), [[]]);
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

function directEffects(plan: StaffedInterval, actual: ActualInterval, model: VarianceModel): number[] {
  return FACTORS.map((factor) => {
    let effect = 0;
    for (const subset of subsets(FACTORS.filter((other) => other !== factor))) {
      const weight = (factorial(subset.length) * factorial(4 - subset.length)) / factorial(5);
      const without = valueOf(new Set(subset), plan, actual, model);
      const withIt = valueOf(new Set([...subset, factor]), plan, actual, model);
      effect += weight * (withIt - without);
    }
    return effect;
  });
}

const effectsOf = (v: ServiceLevelVariance): number[] => [
  v.volumeEffect,
  v.ahtEffect,
  v.staffEffect,
  v.shrinkageEffect,
  v.adherenceEffect,
];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const plan = fc.record({
  callsOffered: fc.integer({ min: 0, max: 300 }),
  averageHandleSeconds: fc.integer({ min: 60, max: 600 }),
  staff: fc.double({ min: 0, max: 70, noNaN: true }),
  shrinkage: fc.double({ min: 0, max: 0.6, noNaN: true }),
});
const actual = fc.record({
  callsOffered: fc.integer({ min: 0, max: 300 }),
  averageHandleSeconds: fc.integer({ min: 60, max: 600 }),
  staff: fc.double({ min: 0, max: 70, noNaN: true }),
  shrinkage: fc.double({ min: 0, max: 1, noNaN: true }),
  adherence: fc.double({ min: 0, max: 1, noNaN: true }),
});
const model = fc.record({
  targetSeconds: fc.integer({ min: 0, max: 90 }),
  intervalMinutes: fc.constantFrom(15, 30, 60),
  patienceSeconds: fc.option(fc.integer({ min: 20, max: 900 }), { nil: null }),
  abandonRule: fc.constantFrom(0, 1, 2),
});

describe("against the direct 32-term evaluation", () => {
  test("the README's interval, Erlang C", () => {
    const p = { callsOffered: 100, averageHandleSeconds: 180, staff: 22, shrinkage: 0.3 };
    const a = { callsOffered: 104, averageHandleSeconds: 184, staff: 21, shrinkage: 0.32, adherence: 0.95 };
    const m = { targetSeconds: 20, intervalMinutes: 30 };
    const v = serviceLevelVariance(p, a, m);
    directEffects(p, a, m).forEach((effect, k) => expect(Math.abs(effectsOf(v)[k] - effect)).toBeLessThanOrEqual(AGREE));
    // 22 × 70% = 15.4 agents: 40% of the way from 15 to 16.
    const load = { callsOffered: 100, averageHandleSeconds: 180, intervalMinutes: 30 };
    const at15 = serviceLevel(load, 15, 20);
    expect(v.plannedServiceLevel).toBeCloseTo(at15 + 0.4 * (serviceLevel(load, 16, 20) - at15), 14);
  });

  test("random intervals, Erlang C and A, every abandon rule", () => {
    fc.assert(
      fc.property(plan, actual, model, (p, a, m) => {
        const v = serviceLevelVariance(p, a, m);
        const direct = directEffects(p, a, m);
        effectsOf(v).forEach((effect, k) => expect(Math.abs(effect - direct[k])).toBeLessThanOrEqual(AGREE));
        expect(Math.abs(v.plannedServiceLevel - valueOf(new Set(), p, a, m))).toBeLessThanOrEqual(AGREE);
        expect(Math.abs(v.modelledServiceLevel - valueOf(new Set(FACTORS), p, a, m))).toBeLessThanOrEqual(AGREE);
      }),
      { numRuns: 120 },
    );
  });
});

describe("properties", () => {
  test("the five effects add up to modelled actual SL − planned SL", () => {
    fc.assert(
      fc.property(plan, actual, model, (p, a, m) => {
        const v = serviceLevelVariance(p, a, m);
        const total = effectsOf(v).reduce((sum, effect) => sum + effect, 0);
        expect(Math.abs(total - (v.modelledServiceLevel - v.plannedServiceLevel))).toBeLessThanOrEqual(AGREE);
      }),
      { numRuns: 200 },
    );
  });

  test("the effects do not depend on the order of the causes: they average the step-by-step splits of all 120 orders", () => {
    fc.assert(
      fc.property(plan, actual, model, (p, a, m) => {
        const v = serviceLevelVariance(p, a, m);
        const average = new Map<Factor, number>(FACTORS.map((factor) => [factor, 0]));
        const orders = permutations(FACTORS);
        for (const order of orders) {
          const switched = new Set<Factor>();
          let before = valueOf(switched, p, a, m);
          for (const factor of order) {
            switched.add(factor);
            const after = valueOf(switched, p, a, m);
            average.set(factor, (average.get(factor) as number) + (after - before) / orders.length);
            before = after;
          }
        }
        FACTORS.forEach((factor, k) =>
          expect(Math.abs(effectsOf(v)[k] - (average.get(factor) as number))).toBeLessThanOrEqual(AGREE),
        );
      }),
      { numRuns: 25 },
    );
  });

  test("a factor whose actual equals its plan has an effect of exactly 0", () => {
    fc.assert(
      fc.property(plan, actual, model, fc.subarray([...FACTORS], { minLength: 1 }), (p, a, m, same) => {
        const copy = { ...a };
        if (same.includes("volume")) copy.callsOffered = p.callsOffered;
        if (same.includes("aht")) copy.averageHandleSeconds = p.averageHandleSeconds;
        if (same.includes("staff")) copy.staff = p.staff;
        if (same.includes("shrinkage")) copy.shrinkage = p.shrinkage;
        if (same.includes("adherence")) copy.adherence = 1;
        const effects = effectsOf(serviceLevelVariance(p, copy, m));
        for (const factor of same) expect(effects[FACTORS.indexOf(factor)] === 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("more agents on the phones never cost service level: staff, shrinkage and adherence effects have the sign of their change", () => {
    fc.assert(
      fc.property(plan, actual, model, (p, a, m) => {
        const v = serviceLevelVariance(p, a, m);
        const sign = (change: number, effect: number): boolean => (change >= 0 ? effect >= -AGREE : effect <= AGREE);
        expect(sign(a.staff - p.staff, v.staffEffect)).toBe(true);
        expect(sign(p.shrinkage - a.shrinkage, v.shrinkageEffect)).toBe(true);
        expect(v.adherenceEffect).toBeLessThanOrEqual(AGREE); // adherence below the plan's 100%
      }),
      { numRuns: 150 },
    );
  });

  test("without patience, more calls or longer calls never help", () => {
    fc.assert(
      fc.property(plan, actual, model, (p, a, m) => {
        const v = serviceLevelVariance(p, a, { ...m, patienceSeconds: null });
        if (a.callsOffered >= p.callsOffered) expect(v.volumeEffect).toBeLessThanOrEqual(AGREE);
        if (a.averageHandleSeconds >= p.averageHandleSeconds) expect(v.ahtEffect).toBeLessThanOrEqual(AGREE);
      }),
      { numRuns: 150 },
    );
  });
});

describe("S for fractional agents", () => {
  const load = { callsOffered: 100, averageHandleSeconds: 180, intervalMinutes: 30 };
  const m = { targetSeconds: 20, intervalMinutes: 30 };

  test("is the straight line between the whole staffings, not the continuous Erlang B", () => {
    const at13 = serviceLevel(load, 13, 20);
    const at14 = serviceLevel(load, 14, 20);
    expect(interpolatedServiceLevel(100, 180, 13.25, m)).toBeCloseTo(at13 + 0.25 * (at14 - at13), 14);
    expect(Math.abs(serviceLevel(load, 13.25, 20) - interpolatedServiceLevel(100, 180, 13.25, m))).toBeGreaterThan(1e-4);
  });

  test("an unstable Erlang C end counts as 0, and 0 agents give what SERVICE_LEVEL gives", () => {
    // 10 Erlangs: 10 agents never empty the queue.
    expect(interpolatedServiceLevel(100, 180, 10.4, m)).toBeCloseTo(0.4 * serviceLevel(load, 11, 20), 14);
    expect(interpolatedServiceLevel(100, 180, 0, m)).toBe(0);
    const patient = { ...m, patienceSeconds: 300, abandonRule: 2 };
    expect(interpolatedServiceLevel(100, 180, 0, patient)).toBe(serviceLevel({ ...load, patienceSeconds: 300 }, 0, 20, 2));
    expect(interpolatedServiceLevel(0, 180, 0, m)).toBe(1); // no calls: nothing answered late
  });
});

describe("inputs", () => {
  const p = { callsOffered: 100, averageHandleSeconds: 180, staff: 20, shrinkage: 0.3 };
  const a = { callsOffered: 110, averageHandleSeconds: 190, staff: 19, shrinkage: 0.35, adherence: 0.9 };
  const m = { targetSeconds: 20, intervalMinutes: 30 };

  test.each([
    ["actual_adherence", { ...a, adherence: 90 }, p, m],
    ["actual_shrinkage", { ...a, shrinkage: 1.2 }, p, m],
    ["plan_shrinkage", a, { ...p, shrinkage: -0.1 }, m],
    ["plan_staff", a, { ...p, staff: -1 }, m],
    ["actual_calls", { ...a, callsOffered: Number.NaN }, p, m],
    ["actual_aht", { ...a, averageHandleSeconds: 0 }, p, m],
    ["plan_aht", a, { ...p, averageHandleSeconds: 100_000 }, m],
    ["target_time", a, p, { ...m, targetSeconds: -1 }],
    ["interval", a, p, { ...m, intervalMinutes: 0 }],
    ["patience", a, p, { ...m, patienceSeconds: 0 }],
    ["abandon_rule", a, p, { ...m, abandonRule: 3 }],
  ] as const)("%s out of range is refused by name", (argument, actualSide, planSide, modelSide) => {
    expect(() => serviceLevelVariance(planSide, actualSide, modelSide)).toThrow(EngineInputError);
    try {
      serviceLevelVariance(planSide, actualSide, modelSide);
    } catch (failure) {
      expect((failure as EngineInputError).argument).toBe(argument);
      expect((failure as EngineInputError).message).toContain(argument);
    }
  });

  test("everyone absent (shrinkage 100%) or away (adherence 0) is a valid interval with no agents", () => {
    const none = serviceLevelVariance(p, { ...a, shrinkage: 1 }, m);
    expect(none.modelledServiceLevel).toBe(0);
    expect(serviceLevelVariance(p, { ...a, adherence: 0 }, m).modelledServiceLevel).toBe(0);
  });
});

describe("the work of Erlang A", () => {
  const p = { callsOffered: 100, averageHandleSeconds: 1, staff: 1_000, shrinkage: 0.3 };
  const a = { ...p, adherence: 0.9 };
  // 62,500 calls a second wait 200 s on average: 12,500,000 callers per mean patience.
  const atLimit = 62_500 * 1800;

  test("is bounded on both sides' calls by SL_VARIANCE's own limit of callers per patience", () => {
    const model = { targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 200 };
    const past: [StaffedInterval, ActualInterval][] = [
      [{ ...p, callsOffered: atLimit * 1.01 }, a],
      [p, { ...a, callsOffered: atLimit * 1.01 }],
    ];
    for (const [plan, actual] of past) {
      expect(refusal(() => serviceLevelVariance(plan, actual, model)).problem).toEqual({
        code: "queueTooLong",
        argument: "patience",
        value: expect.closeTo(MAX_ARRIVALS_PER_PATIENCE_VARIANCE * 1.01, 3),
        limit: MAX_ARRIVALS_PER_PATIENCE_VARIANCE,
      });
    }
    expect(Number.isFinite(serviceLevelVariance({ ...p, callsOffered: atLimit }, a, model).modelledServiceLevel)).toBe(true);
  });

  test("an interval length refused is named as such, even with a patience", () => {
    const model = { targetSeconds: 20, intervalMinutes: 0, patienceSeconds: 200 };
    expect(refusal(() => serviceLevelVariance(p, a, model)).argument).toBe("interval");
  });
});
