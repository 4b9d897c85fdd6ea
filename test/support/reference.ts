/**
 * The high-precision reference values: test/fixtures/reference/, a copy of the team's
 * ../shared/reference/ (see PROVENANCE.md there; a test keeps the two identical).
 */
import * as fs from "fs";
import * as path from "path";

export const REFERENCE_DIR = path.resolve(__dirname, "../fixtures/reference");
/** The team's shared copy beside the checkout; present in CI, perhaps not on a new machine. */
export const SHARED_REFERENCE_DIR = path.resolve(__dirname, "../../../shared/reference");

export interface ReferenceCase {
  calls: number;
  aht: number;
  interval_min: number;
  target_time: number;
  target_sl: number;
  patience: number | null;
  max_occupancy: number | null;
  traffic: number;
  agents_required: number;
  agents: number;
  erlang_b: number;
  erlang_c: number;
  stable: boolean;
  // Absent when the queue is unstable (stable: false).
  p_wait?: number;
  sl?: number;
  asa?: number;
  occupancy?: number;
  p_abandon?: number;
  sl_excluding_short_abandons?: number;
  sl_short_abandons_met?: number;
}

export function readReference<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, file), "utf8")) as T;
}

export function referenceCases(): ReferenceCase[] {
  return readReference<{ cases: ReferenceCase[] }>("erlang-cases.json").cases;
}

/** Tolerances from ../shared/reference/README.md. */
export const PROBABILITY_ABS = 1e-9;
export const RELATIVE = 1e-9;

export function relativeError(got: number, expected: number): number {
  return expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);
}
