/**
 * The slowest single cells known, all within the README's accepted ranges: the fuzzing
 * examples (each took from 1.8 to 8.2 s before the Erlang A series started at its mode), the
 * staffings its searches used to refuse, the cells bench/find-slow-cells.ts has turned up since,
 * and cells at the Erlang A limit of 200,000,000 callers per patience (12,500,000 for
 * SL_VARIANCE, which evaluates 64 staffings), where the series is longest. `npm run bench` times
 * each and reports the slowest against the 100 ms goal.
 *
 * Blank ("") is an argument left out. Arguments are in today's order: every function ends
 * [interval], [patience], ….
 */
export interface KnownCell {
  /** Where the cell comes from. */
  readonly source: string;
  readonly fn: string;
  readonly args: readonly (number | "")[];
}

export const KNOWN_SLOW_CELLS: readonly KnownCell[] = [
  // The examples. Its CALL_CAPACITY had target_time 1,877,394.7 s, now refused at once
  // (targets are at most a day), so it is timed at the longest target accepted.
  { source: "issue: 8.2 s", fn: "CALL_CAPACITY", args: [11.8, 216.07, 0.0000013, 86_400, 23.53, 399.14] },
  { source: "issue: 6.1 s", fn: "AGENTS_FOR_ASA", args: [18262827.9, 1, 22962.5, 1, 64.74] },
  { source: "issue: 1.8 s", fn: "SERVICE_LEVEL", args: [683935.27, 218.01, 459.02, 71967.67, 30, 46895.73, 0] },
  { source: "issue: refused", fn: "AGENTS_REQUIRED", args: [1_800_000, 1, 0.5, 20, 30, 86_400] },
  { source: "issue: refused", fn: "AGENTS_REQUIRED", args: [1e9, 1, 0.8, 20, 30, 300] },
  { source: "issue: refused", fn: "AGENTS_FOR_ABANDON", args: [1_800_000, 1, 0.3, 30, 86_400] },
  { source: "issue: past the limit", fn: "CALL_CAPACITY", args: [2e6, 180, 0.8, 20] },
  { source: "issue: 398 agents", fn: "AGENTS_REQUIRED", args: [7.98, 2212.24, 0.334, 2900.84, 60, 13.97, 0.0123, 2] },
  // Found by bench/find-slow-cells.ts.
  { source: "fuzz: Erlang C, fractional", fn: "FRACTIONAL_AGENTS", args: [4835210, 3779.46, 0.390662, 1872.01, 356.391, ""] },
  { source: "fuzz: Erlang C, capped", fn: "AGENTS_REQUIRED", args: [4493340, 7.72366, 0.166958, 11.0831, 1.61749, "", 0.167154, 2] },
  { source: "fuzz: rule 1", fn: "AGENTS_REQUIRED", args: [601346, 15.2031, 0.346277, 5.9943, 1.0581, 20291.3, "", 1] },
  { source: "fuzz", fn: "CALL_CAPACITY", args: [65554.7, 1.61187, 0.357922, 19.977, 1.53276, 2357.96] },
  { source: "fuzz", fn: "CALL_CAPACITY", args: [10636.5, 2.36508, 0.591117, 7547.35, 29.7488, 16615] },
  { source: "fuzz", fn: "FRACTIONAL_AGENTS", args: [7265300, 8.27895, 0.00653771, 746.3, 15.7481, 22659] },
  { source: "fuzz", fn: "CALL_CAPACITY", args: [182055, 17.5093, 0.117559, 2332.81, "", 2080.92] },
  // At the Erlang A limit: 1,000,000 Erlangs of 1 s calls (1.8e9 per half hour), patience 200 s.
  { source: "limit: at the traffic", fn: "SERVICE_LEVEL", args: [1.8e9, 1, 1_000_000, 20, 30, 200] },
  { source: "limit: 10% short", fn: "SERVICE_LEVEL", args: [1.8e9, 1, 900_000, 20, 30, 200] },
  { source: "limit", fn: "AGENTS_REQUIRED", args: [1.8e9, 1, 0.8, 20, 30, 200] },
  { source: "limit, rule 2", fn: "AGENTS_REQUIRED", args: [1.8e9, 1, 0.95, 5, 30, 200, "", 2] },
  { source: "limit, occupancy cap", fn: "AGENTS_REQUIRED", args: [1.8e9, 1, 0.8, 20, 30, 200, 0.9] },
  { source: "limit", fn: "FRACTIONAL_AGENTS", args: [1.8e9, 1, 0.8, 20, 30, 200] },
  { source: "limit", fn: "AGENTS_FOR_ASA", args: [1.8e9, 1, 5, 30, 200] },
  { source: "limit", fn: "AGENTS_FOR_ABANDON", args: [1.8e9, 1, 0.05, 30, 200] },
  { source: "limit", fn: "CALL_CAPACITY", args: [950_000, 1, 0.8, 20, 30, 200] },
  // A day's patience at the limit: 2,315 Erlangs of 1 s calls.
  { source: "limit: a day's patience", fn: "AGENTS_REQUIRED", args: [4_166_666, 1, 0.9, 60, 30, 86_400] },
  { source: "limit: a day's patience", fn: "CALL_CAPACITY", args: [2_300, 1, 0.9, 60, 30, 86_400] },
  // SL_VARIANCE at its own Erlang A limit of 12,500,000 callers per patience (62,500 calls a
  // second with 200 s patience, or 145 with a day's), where its 64 staffings are all distinct.
  {
    source: "limit: SL_VARIANCE",
    fn: "SL_VARIANCE",
    args: [112_500_000, 111_375_000, 1, 1.01, 90_000, 85_000, 0.3, 0.35, 0.9, 20, 30, 200],
  },
  {
    source: "limit: SL_VARIANCE, rule 1",
    fn: "SL_VARIANCE",
    args: [112_500_000, 111_375_000, 1, 1.01, 90_000, 85_000, 0.3, 0.35, 0.9, 20, 30, 200, 1],
  },
  {
    source: "limit: SL_VARIANCE, a day's patience",
    fn: "SL_VARIANCE",
    args: [260_416, 257_000, 60, 61.2, 13_889, 13_021, 0.3, 0.35, 0.9, 20, 30, 86_400],
  },
];
