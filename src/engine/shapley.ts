/**
 * Shapley values: how much of a change in an outcome each of n factors caused, when every
 * factor switches from a base value to a new one and the factors interact.
 *
 * Method. With v(T) the outcome when the factors in T have their new values and the rest their
 * base values, factor i's share is
 *   φᵢ = Σ over subsets T of the other factors of |T|!·(n − 1 − |T|)!/n! × [v(T ∪ {i}) − v(T)],
 * the average of i's marginal effect over every order in which the factors could have switched
 * (Shapley, "A value for n-person games", 1953). The shares add up to v(all) − v(none), and no
 * order is privileged, unlike a step-by-step ("waterfall") attribution whose shares depend on
 * the order of the steps. A factor whose new value equals its base value gets 0.
 *
 * The caller evaluates v once for each of the 2^n subsets, given as bit masks (bit i set: factor
 * i at its new value); this module only weighs the differences, 2^(n−1)·n of them.
 *
 * Accuracy: a weighted sum of 2^(n−1) differences with positive weights summing to 1, so each
 * share is within a few ulps of max |v| of the exact value, and the shares add up to
 * v(all) − v(none) to the same rounding.
 */

/** The largest number of factors: 2^n outcomes must be cheap to evaluate. */
export const MAX_SHAPLEY_FACTORS = 16;

function factorial(k: number): number {
  let product = 1;
  for (let i = 2; i <= k; i++) product *= i;
  return product;
}

const weightsByCount = new Map<number, Float64Array>();

/** |T|!·(n − 1 − |T|)!/n! for |T| = 0 … n − 1. */
function shapleyWeights(factorCount: number): Float64Array {
  let weights = weightsByCount.get(factorCount);
  if (!weights) {
    weights = new Float64Array(factorCount);
    const all = factorial(factorCount);
    for (let size = 0; size < factorCount; size++) {
      weights[size] = (factorial(size) * factorial(factorCount - 1 - size)) / all;
    }
    weightsByCount.set(factorCount, weights);
  }
  return weights;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * The Shapley value of each of `factorCount` factors from the outcomes of every subset:
 * `outcomes[mask]` is v of the subset whose bits are set in `mask` (length 2^factorCount).
 */
export function shapleyValues(factorCount: number, outcomes: ArrayLike<number>): Float64Array {
  if (!Number.isInteger(factorCount) || factorCount < 1 || factorCount > MAX_SHAPLEY_FACTORS) {
    throw new RangeError(`shapleyValues needs 1 to ${MAX_SHAPLEY_FACTORS} factors; got ${factorCount}.`);
  }
  const subsets = 1 << factorCount;
  if (outcomes.length !== subsets) {
    throw new RangeError(`shapleyValues needs ${subsets} outcomes for ${factorCount} factors; got ${outcomes.length}.`);
  }
  const weights = shapleyWeights(factorCount);
  const shares = new Float64Array(factorCount);
  // The full set has no factor left to add, so it starts no difference.
  for (let mask = 0; mask < subsets - 1; mask++) {
    const weight = weights[bitCount(mask)];
    for (let i = 0; i < factorCount; i++) {
      const bit = 1 << i;
      if ((mask & bit) === 0) shares[i] += weight * (outcomes[mask | bit] - outcomes[mask]);
    }
  }
  return shares;
}
