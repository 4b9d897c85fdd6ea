/**
 * The Shapley weighing on games whose shares are known in closed form, and its axioms on random
 * ones: efficiency (the shares add up to v(all) − v(none)), symmetry (relabelling the factors
 * relabels the shares), a factor that changes nothing gets 0, and additive games split exactly.
 */
import fc from "fast-check";
import { shapleyValues } from "../../src/engine";

const EXACT = 1e-13;

function outcomesOf(factorCount: number, v: (mask: number) => number): Float64Array {
  return Float64Array.from({ length: 1 << factorCount }, (_, mask) => v(mask));
}

test("an additive game gives each factor its own contribution", () => {
  const contributions = [0.3, -0.12, 0.05, 0, -0.4];
  const v = (mask: number): number => contributions.reduce((sum, c, i) => (mask & (1 << i) ? sum + c : sum), 0.5);
  const shares = shapleyValues(5, outcomesOf(5, v));
  contributions.forEach((c, i) => expect(Math.abs(shares[i] - c)).toBeLessThanOrEqual(EXACT));
});

test("a pure interaction of two factors is split equally between them", () => {
  // v = 1 only when factors 0 and 2 have both switched.
  const shares = shapleyValues(3, outcomesOf(3, (mask) => ((mask & 0b101) === 0b101 ? 1 : 0)));
  expect([...shares]).toEqual([0.5, 0, 0.5]);
});

test("the weights of one factor's 16 subsets out of 5 are 1/5, 1/20, 1/30, 1/20, 1/5 by subset size", () => {
  // v counts how many of the other factors have switched when factor 0 has: φ₀ = Σ w(|T|)·|T|.
  const v = (mask: number): number => {
    let others = 0;
    for (let i = 1; i < 5; i++) if (mask & (1 << i)) others++;
    return mask & 1 ? others : 0;
  };
  const weightBySize = [1 / 5, 1 / 20, 1 / 30, 1 / 20, 1 / 5];
  const subsetsBySize = [1, 4, 6, 4, 1];
  const expected = weightBySize.reduce((sum, w, size) => sum + w * subsetsBySize[size] * size, 0);
  expect(Math.abs(shapleyValues(5, outcomesOf(5, v))[0] - expected)).toBeLessThanOrEqual(EXACT);
});

const game = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.tuple(fc.constant(n), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n })),
);

test("efficiency: the shares add up to v(all) − v(none)", () => {
  fc.assert(
    fc.property(game, ([n, outcomes]) => {
      const total = [...shapleyValues(n, outcomes)].reduce((sum, share) => sum + share, 0);
      expect(Math.abs(total - (outcomes[(1 << n) - 1] - outcomes[0]))).toBeLessThanOrEqual(1e-12);
    }),
  );
});

test("symmetry: relabelling the factors relabels the shares", () => {
  fc.assert(
    fc.property(
      game.chain(([n, outcomes]) =>
        fc.tuple(fc.constant(n), fc.constant(outcomes), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })),
      ),
      ([n, outcomes, relabel]) => {
        // Factor i of the relabelled game is factor relabel[i] of the original.
        const moved = outcomesOf(n, (mask) => {
          let original = 0;
          for (let i = 0; i < n; i++) if (mask & (1 << i)) original |= 1 << relabel[i];
          return outcomes[original];
        });
        const shares = shapleyValues(n, outcomes);
        const movedShares = shapleyValues(n, moved);
        for (let i = 0; i < n; i++) expect(Math.abs(movedShares[i] - shares[relabel[i]])).toBeLessThanOrEqual(1e-12);
      },
    ),
  );
});

test("a factor that never changes the outcome gets exactly 0", () => {
  fc.assert(
    fc.property(game, fc.nat(), ([n, outcomes], pick) => {
      const dummy = pick % n;
      const flat = outcomesOf(n, (mask) => outcomes[mask & ~(1 << dummy)]);
      expect(shapleyValues(n, flat)[dummy] === 0).toBe(true);
    }),
  );
});

test("the wrong number of outcomes is a programming error, not a silent answer", () => {
  expect(() => shapleyValues(5, new Float64Array(31))).toThrow(RangeError);
  expect(() => shapleyValues(0, [1])).toThrow(RangeError);
});
