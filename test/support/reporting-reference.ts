/**
 * The reporting functions' reference cases: test/fixtures/reporting/reporting-cases.json,
 * written by reporting_reference.py beside it (Python + mpmath at 30 digits, from issue 8's
 * definitions; see its docstring). A blank cell is null.
 */
import * as fs from "fs";
import * as path from "path";

export const REPORTING_DIR = path.resolve(__dirname, "../fixtures/reporting");

/** Every value of these functions is a fraction of order 1: compared to 1e-9 absolute. */
export const REPORTING_ABS = 1e-9;

export type Cells = (number | null)[][];

/** A value, or the Excel error the definition gives, with words its message must contain. */
export type Expected = { value: number } | { error: string; mentions: string[] };

export interface PeriodCase {
  answered_within: Cells;
  offered: Cells;
  abandoned_within: Cells | null;
  abandon_rule: number;
  expected: Expected;
}

export interface NeededCase {
  inputs: [number, number, number, number];
  expected: Expected;
}

export interface AccuracyCase {
  actual: Cells;
  forecast: Cells;
  expected: { wape: Expected; forecast_bias: Expected; mape: Expected };
}

export interface VarianceSide {
  calls: number;
  aht: number;
  staff: number;
  shrinkage: number;
}

export interface VarianceCase {
  kind: string;
  plan: VarianceSide;
  actual: VarianceSide & { adherence: number };
  target_time: number;
  interval: number;
  patience: number | null;
  abandon_rule: number;
  /** Planned SL, the volume, AHT, staff, shrinkage and adherence effects, modelled SL. */
  expected: number[];
}

export interface ReportingReference {
  generator: string;
  seed: number;
  sl_period: PeriodCase[];
  sl_needed: NeededCase[];
  accuracy: AccuracyCase[];
  sl_variance: VarianceCase[];
}

export function reportingReference(): ReportingReference {
  return JSON.parse(fs.readFileSync(path.join(REPORTING_DIR, "reporting-cases.json"), "utf8")) as ReportingReference;
}

/** The reference's cells as Excel passes them to a function: a blank cell is "". */
export function asExcel(cells: Cells): unknown[][] {
  return cells.map((row) => row.map((value) => (value === null ? "" : value)));
}

/** Checks a result cell against the expected value or error, within REPORTING_ABS. */
export function checkExpected(result: unknown, expected: Expected, what: string): void {
  if ("error" in expected) {
    const error = result as { code?: string; message?: string };
    if (typeof result !== "object" || result === null || error.code !== expected.error) {
      throw new Error(`${what}: got ${JSON.stringify(result)}, expected ${expected.error}`);
    }
    for (const word of expected.mentions) {
      if (!error.message?.includes(word)) throw new Error(`${what}: the message "${error.message}" does not name ${word}`);
    }
    return;
  }
  if (typeof result !== "number") throw new Error(`${what}: got ${JSON.stringify(result)}, expected ${expected.value}`);
  const difference = Math.abs(result - expected.value);
  if (!(difference <= REPORTING_ABS)) {
    throw new Error(`${what}: got ${result}, expected ${expected.value} (|error| ${difference} > ${REPORTING_ABS})`);
  }
}
