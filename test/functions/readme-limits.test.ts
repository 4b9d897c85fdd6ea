/**
 * @jest-environment node
 *
 * The README's table of accepted ranges is the engine's limits (src/engine/limits.ts), worded
 * the way the functions' messages word them, so neither can drift from the other.
 */
import * as fs from "fs";
import * as path from "path";
import {
  LIMITS,
  MAX_ARRIVALS_PER_PATIENCE,
  MAX_ARRIVALS_PER_PATIENCE_VARIANCE,
  MAX_TRAFFIC,
  PERIOD_TARGET_SL,
  PLAN_WEEKS,
  type ArgumentName,
} from "../../src/engine";
import { MAX_RESULT_CELLS } from "../../src/functions/excel-grid";
import { describeLimit, formatNumber } from "../../src/functions/messages";

const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("### Accepted ranges"), readme.indexOf("### Ranges, spilling and blanks"));
/** A row names one argument, or several with the same range: "| `plan_aht`, `actual_aht` | … |". */
const named = [...section.matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \| ([^|]+) \| ([^|]+) \|$/gm)].flatMap((match) =>
  [...match[1].matchAll(/`([a-z_]+)`/g)].map((name) => [name[1], match[2].trim()] as const),
);
const rows = new Map(named);

test("every argument the engine limits has a row, and every row is an argument the engine limits", () => {
  expect(named.map(([name]) => name).sort()).toEqual(Object.keys(LIMITS).sort());
});

test.each(Object.keys(LIMITS) as ArgumentName[])("%s reads as the limit the engine applies", (argument) => {
  expect(rows.get(argument)).toBe(describeLimit(LIMITS[argument]));
});

test("the limits that join arguments are the engine's and the functions'", () => {
  expect(section).toContain(`at most **${formatNumber(MAX_TRAFFIC)}** Erlangs`);
  expect(section).toContain(`patience, at most **${formatNumber(MAX_ARRIVALS_PER_PATIENCE)}**`);
  expect(section).toMatch(new RegExp(`the limit is at most\\s+\\*\\*${formatNumber(MAX_ARRIVALS_PER_PATIENCE_VARIANCE)}\\*\\*`));
  expect(section).toMatch(new RegExp(`at most \\*\\*${formatNumber(MAX_RESULT_CELLS)}\\*\\*\\s+cells`));
  expect(section).toMatch(new RegExp(`from ${PLAN_WEEKS.low} to at most \\*\\*${formatNumber(PLAN_WEEKS.high)}\\*\\*\\s+weeks`));
});

test("SL_NEEDED's period target reads as the limit it has there", () => {
  expect(section).toContain(`| \`target_sl\` of \`WFM.SL_NEEDED\` | ${describeLimit(PERIOD_TARGET_SL)} |`);
});
