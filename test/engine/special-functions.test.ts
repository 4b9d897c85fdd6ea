/**
 * The special functions behind Erlang A's mode-centred series, against values computed
 * independently with mpmath (test/fixtures/special-functions/special_functions.py, 40 to 60
 * digits). Tolerances are written per function: what each module's header promises.
 */
import * as fs from "fs";
import * as path from "path";
import { logBinomialDensity } from "../../src/engine/binomial-density";
import { digamma, digammaDifference } from "../../src/engine/digamma";
import { erlangB } from "../../src/engine";
import { regularizedIncompleteBeta } from "../../src/engine/incomplete-beta";

interface Fixture {
  digamma: { x: number; value: number }[];
  digamma_difference: { a: number; b: number; value: number }[];
  log_binomial_density: { k: number; n: number; p: number; q: number; value: number }[];
  incomplete_beta: { a: number; b: number; x: number; y: number; value: number }[];
  erlang_b: { servers: number; traffic: number; value: number }[];
}

const fixture: Fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../fixtures/special-functions/special-functions.json"), "utf8"),
);

const relative = (got: number, expected: number): number => Math.abs(got - expected) / Math.abs(expected);

describe("digamma", () => {
  test.each(fixture.digamma.map((c) => [c.x, c.value]))("ψ(%d) to 2e-15 relative", (x, value) => {
    expect(relative(digamma(x), value)).toBeLessThanOrEqual(2e-15);
  });

  test.each(fixture.digamma_difference.map((c) => [c.a, c.b, c.value]))(
    "ψ(%d) to ψ(%d): the difference to 1e-15 relative, even when the two are close and large",
    (a, b, value) => {
      expect(relative(digammaDifference(a, b), value)).toBeLessThanOrEqual(1e-15);
    },
  );

  test("the difference is antisymmetric and 0 at equal arguments", () => {
    expect(digammaDifference(7.5, 7.5)).toBe(0);
    expect(digammaDifference(100.5, 1.5)).toBe(-digammaDifference(1.5, 100.5));
  });
});

describe("binomial density (Loader's saddle point)", () => {
  // The log is accurate to a few units in 1e-16 of its own size (plus 1e-14), so the density is
  // accurate to ~1e-15 relative wherever it is not far below the smallest double.
  test.each(fixture.log_binomial_density.map((c) => [c.k, c.n, c.p, c]))("b(%d; %d, %d)", (_k, _n, _p, c) => {
    const got = logBinomialDensity(c.k, c.n, c.p, c.q);
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(1e-14 + 4e-15 * Math.abs(c.value));
  });

  test("the ends: k = 0 and k = n are powers, p = 0 and q = 0 are certain", () => {
    expect(logBinomialDensity(0, 10, 0.25, 0.75)).toBeCloseTo(10 * Math.log(0.75), 14);
    expect(logBinomialDensity(10, 10, 0.25, 0.75)).toBeCloseTo(10 * Math.log(0.25), 14);
    expect(logBinomialDensity(0, 10, 0, 1)).toBe(0);
    expect(logBinomialDensity(3, 10, 0, 1)).toBe(-Infinity);
    expect(logBinomialDensity(10, 10, 1, 0)).toBe(0);
  });
});

describe("regularized incomplete beta", () => {
  // Straight from the continued fraction the error is relative; through the symmetry
  // 1 − I_y(b, a) it is absolute. Shapes up to 1e9 accumulate a few hundred roundings.
  test.each(fixture.incomplete_beta.map((c) => [c.a, c.b, c.x, c]))("I_x(%d, %d) at x = %d", (_a, _b, _x, c) => {
    const got = regularizedIncompleteBeta(c.a, c.b, c.x, c.y);
    const large = Math.max(c.a, c.b) > 1e5;
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(large ? 1e-12 : 1e-15);
    if (c.value > 1e-3) expect(relative(got, c.value)).toBeLessThanOrEqual(large ? 2e-11 : 1e-14);
  });

  test("the ends of the interval", () => {
    expect(regularizedIncompleteBeta(3, 4, 0, 1)).toBe(0);
    expect(regularizedIncompleteBeta(3, 4, 1, 0)).toBe(1);
  });
});

describe("continuous Erlang B, fractional servers up to a million", () => {
  // The climb to a fractional staffing starts from the series at min(N, A), as for whole N, so
  // FRACTIONAL_AGENTS's bisection no longer climbs 850,000 recursion steps 50 times.
  test.each(fixture.erlang_b.map((c) => [c.servers, c.traffic, c.value]))("B(%d, %d)", (servers, traffic, value) => {
    const got = erlangB(servers, traffic);
    if (value < 1e-300) expect(got).toBeLessThan(1e-300);
    else expect(relative(got, value)).toBeLessThanOrEqual(1e-12);
  });
});
