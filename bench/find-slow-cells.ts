/**
 * Searches for slow single cells the way the fuzzing did, to feed bench/slow-cells.ts:
 * random calls of every worksheet function with arguments anywhere in the README's accepted
 * ranges (log-uniform magnitudes, with the Erlang A load pushed towards its limit of callers per
 * patience, where the series is longest), each timed alone, printing the slowest found.
 *
 * Run with `npx tsx bench/find-slow-cells.ts [calls] [seed]` (default 3,000 calls, seed 1).
 * Not a test: timings depend on the machine and its load.
 */
import { LIMITS, MAX_ARRIVALS_PER_PATIENCE, isTime, type ArgumentName } from "../src/engine";
import { WORKSHEET_DEFINITIONS, WORKSHEET_FUNCTIONS } from "../src/functions/functions";

const count = Number(process.argv[2] ?? 3000);
let seed = Number(process.argv[3] ?? 1);
const random = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};

function within(argument: ArgumentName): number {
  const limit = LIMITS[argument];
  if (argument === "abandon_rule") return Math.floor(random() * 3);
  if (limit.unit === "fraction") return Math.min(limit.high * (1 - 1e-9), Math.max(1e-6, random()));
  const top = Number.isFinite(limit.high) ? limit.high : 1e10;
  const low = Math.max(isTime(limit) ? 1 : limit.low, 1e-3);
  return Math.exp(Math.log(low) + random() * (Math.log(top) - Math.log(low)));
}

type Cell = number | string;
const slowest: { ms: number; call: string }[] = [];

for (let i = 0; i < count; i++) {
  const ids = Object.keys(WORKSHEET_DEFINITIONS);
  const id = ids[Math.floor(random() * ids.length)];
  const names = WORKSHEET_DEFINITIONS[id].parameters.map((p) => p.name as ArgumentName);
  const values: Cell[] = names.map((name) => within(name));
  const at = (name: string): number => names.indexOf(name as ArgumentName);
  // Half the time, put the Erlang A load near its limit: calls so that λ·patience ≈ the limit.
  if (at("patience") >= 0 && at("calls") >= 0 && random() < 0.5) {
    const patience = values[at("patience")] as number;
    const interval = at("interval") >= 0 ? (values[at("interval")] as number) : 30;
    values[at("calls")] = (MAX_ARRIVALS_PER_PATIENCE * (0.3 + 0.7 * random()) * interval * 60) / patience;
    if (at("aht") >= 0) values[at("aht")] = Math.max(1, Math.min(86_400, (values[at("aht")] as number) / 100));
  }
  // Optional arguments are left blank a third of the time.
  WORKSHEET_DEFINITIONS[id].parameters.forEach((p, k) => {
    if (p.optional && random() < 1 / 3) values[k] = "";
  });
  const fn = WORKSHEET_FUNCTIONS[id] as unknown as (...args: Cell[][][]) => unknown[][];
  const start = performance.now();
  const result = fn(...values.map((v) => [[v]]));
  const ms = performance.now() - start;
  const shown = typeof result[0][0] === "object" ? (result[0][0] as { code: string }).code : String(result[0][0]);
  slowest.push({ ms, call: `${id}(${values.map((v) => (v === "" ? "" : Number((v as number).toPrecision(6)))).join(", ")}) = ${shown}` });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 15);
}
console.log(`${count} calls; the slowest:`);
for (const { ms, call } of slowest) console.log(`${ms.toFixed(1).padStart(8)} ms  ${call}`);
