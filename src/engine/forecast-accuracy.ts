/**
 * Forecast accuracy over a period: how far the forecast volumes were from what arrived.
 *
 * Method. Over the intervals (pairs of actual A and forecast F):
 *   WAPE = Σ|A − F| ÷ ΣA            weighted absolute percentage error: misses weigh by volume
 *   bias = Σ(F − A) ÷ ΣA            positive: the forecast was too high (over-forecast)
 *   MAPE = mean of |A − F| ÷ A over the pairs with A > 0, every interval weighing the same
 * These are the definitions of issue 8. WAPE is the MAD/mean ratio of Kolassa & Schütz
 * ("Advantages of the MAD/Mean ratio over the MAPE", Foresight 6, 2007), which stays defined
 * for intervals with no calls; MAPE is as in Hyndman & Koehler ("Another look at measures of
 * forecast accuracy", International Journal of Forecasting 22, 2006), which is why it leaves
 * out A = 0. ΣA = 0, or for MAPE no pair with A > 0, leaves the ratio undefined: a "zeroTotal"
 * refusal (#DIV/0! in a worksheet).
 *
 * Accuracy: double-precision sums; each result is within a few ulps of the exact ratio of the
 * given numbers for any realistic period (up to millions of intervals).
 */
import { EngineInputError } from "./errors";
import { total } from "./period-service-level";
import { requireSameLength, requireWithinEach } from "./validate";

function checkPairs(actual: ArrayLike<number>, forecast: ArrayLike<number>): void {
  requireSameLength("actual", actual, "forecast", forecast, "interval");
  requireWithinEach("actual", actual);
  requireWithinEach("forecast", forecast);
}

/** A period without actual volume: no ratio to it exists. */
function noActualVolume(): EngineInputError {
  return new EngineInputError({ code: "zeroTotal", argument: "actual" });
}

/** Checks the pairs and returns ΣA, refusing a period with no actual volume. */
function checkedActualTotal(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  checkPairs(actual, forecast);
  const actualTotal = total(actual);
  if (actualTotal === 0) throw noActualVolume();
  return actualTotal;
}

/** Weighted absolute percentage error: Σ|A − F| ÷ ΣA. */
export function weightedAbsolutePercentageError(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const actualTotal = checkedActualTotal(actual, forecast);
  let error = 0;
  for (let i = 0; i < actual.length; i++) error += Math.abs(actual[i] - forecast[i]);
  return error / actualTotal;
}

/** Forecast bias: Σ(F − A) ÷ ΣA; positive when the forecast was too high. */
export function forecastBias(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const actualTotal = checkedActualTotal(actual, forecast);
  const forecastTotal = total(forecast);
  // Σ(F − A) = ΣF − ΣA exactly in real arithmetic; the difference of the two sums rounds once.
  return (forecastTotal - actualTotal) / actualTotal;
}

/** Mean absolute percentage error over the pairs with A > 0. */
export function meanAbsolutePercentageError(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  checkPairs(actual, forecast);
  let sum = 0;
  let counted = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] > 0) {
      sum += Math.abs(actual[i] - forecast[i]) / actual[i];
      counted++;
    }
  }
  // Volumes are 0 or more, so no pair with A > 0 is the same as ΣA = 0.
  if (counted === 0) throw noActualVolume();
  return sum / counted;
}
