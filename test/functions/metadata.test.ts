/**
 * @jest-environment node
 *
 * What Excel and the planner read about the functions: dist/functions.json (written by
 * custom-functions-metadata-plugin during `npm run build`) describes every function and every
 * parameter, each help link lands on that function's README heading, and every example formula
 * in the README's function reference gives the result printed beside it.
 */
import * as fs from "fs";
import * as path from "path";
import * as wfm from "../../src/functions/functions";

const REPO = path.resolve(__dirname, "../..");
const METADATA = path.join(REPO, "dist", "functions.json");

/** The functions and their parameters in order; optional ones in brackets. */
const SIGNATURES: Record<string, string[]> = {
  TRAFFIC: ["calls", "aht", "[interval]"],
  ERLANG_B: ["servers", "traffic"],
  ERLANG_C: ["agents", "traffic"],
  SERVICE_LEVEL: ["calls", "aht", "agents", "target_time", "[interval]", "[patience]", "[abandon_rule]"],
  ASA: ["calls", "aht", "agents", "[interval]", "[patience]"],
  WAIT_PROBABILITY: ["calls", "aht", "agents", "[interval]", "[patience]"],
  ABANDON_RATE: ["calls", "aht", "agents", "[interval]", "[patience]"],
  OCCUPANCY: ["calls", "aht", "agents", "[interval]", "[patience]"],
  AGENTS_REQUIRED: [
    "calls",
    "aht",
    "target_sl",
    "target_time",
    "[interval]",
    "[patience]",
    "[max_occupancy]",
    "[abandon_rule]",
  ],
  AGENTS_FOR_ASA: ["calls", "aht", "target_asa", "[interval]", "[patience]"],
  AGENTS_FOR_ABANDON: ["calls", "aht", "max_abandon", "[interval]", "[patience]"],
  FRACTIONAL_AGENTS: ["calls", "aht", "target_sl", "target_time", "[interval]", "[patience]"],
  CALL_CAPACITY: ["agents", "aht", "target_sl", "target_time", "[interval]", "[patience]"],
  LINES_REQUIRED: ["traffic", "max_blocking"],
  SCHEDULED_STAFF: ["agents", "shrinkage"],
  PATIENCE_ESTIMATE: ["abandoned", "total_wait_seconds"],
  SL_PERIOD: ["answered_within", "offered", "[abandoned_within]", "[abandon_rule]"],
  SL_NEEDED: ["target_sl", "offered_so_far", "answered_within_so_far", "offered_remaining"],
  WAPE: ["actual", "forecast"],
  FORECAST_BIAS: ["actual", "forecast"],
  MAPE: ["actual", "forecast"],
  SL_VARIANCE: [
    "plan_calls",
    "actual_calls",
    "plan_aht",
    "actual_aht",
    "plan_staff",
    "actual_staff",
    "plan_shrinkage",
    "actual_shrinkage",
    "actual_adherence",
    "target_time",
    "[interval]",
    "[patience]",
    "[abandon_rule]",
  ],
  ATTRITION_RATE: ["leavers", "headcount_start", "headcount_end"],
  ATTRITION_CONVERT: ["rate", "from_weeks", "to_weeks", "[simple]"],
  CAPACITY_PLAN: [
    "required_fte",
    "headcount",
    "weekly_attrition",
    "[hires]",
    "[train_weeks]",
    "[nesting_weeks]",
    "[nesting_productivity]",
    "[graduation_rate]",
    "[fte_per_head]",
  ],
  HIRING_PLAN: [
    "required_fte",
    "headcount",
    "weekly_attrition",
    "[train_weeks]",
    "[nesting_weeks]",
    "[nesting_productivity]",
    "[graduation_rate]",
    "[fte_per_head]",
    "[lead_weeks]",
    "[min_class]",
    "[max_class]",
  ],
};

/** Words that say the unit of each parameter in its description. */
const UNITS: Record<string, RegExp> = {
  calls: /per interval/,
  aht: /seconds/,
  agents: /agents/i,
  servers: /lines or agents/,
  traffic: /Erlangs/,
  target_time: /seconds/,
  target_asa: /seconds/,
  patience: /seconds/,
  interval: /minutes/,
  target_sl: /fraction/i,
  max_occupancy: /fraction/i,
  max_abandon: /fraction/i,
  max_blocking: /fraction/i,
  shrinkage: /fraction/i,
  abandon_rule: /0 \(default\)/,
  abandoned: /calls/,
  total_wait_seconds: /seconds/,
  answered_within: /calls/,
  offered: /calls/,
  abandoned_within: /calls/,
  offered_so_far: /calls/,
  answered_within_so_far: /calls/,
  offered_remaining: /calls/,
  actual: /calls/,
  forecast: /calls/,
  plan_calls: /per interval/,
  actual_calls: /per interval/,
  plan_aht: /seconds/,
  actual_aht: /seconds/,
  plan_staff: /staff/,
  actual_staff: /staff/,
  plan_shrinkage: /fraction/,
  actual_shrinkage: /fraction/,
  actual_adherence: /fraction/,
  leavers: /heads/,
  headcount_start: /heads/,
  headcount_end: /heads/,
  rate: /fraction/,
  from_weeks: /weeks/,
  to_weeks: /weeks/,
  simple: /0 \(default\)/,
  required_fte: /FTE.*per week/,
  headcount: /heads/,
  weekly_attrition: /each week, a fraction/,
  hires: /each week.*\(heads\)/,
  train_weeks: /Weeks/,
  nesting_weeks: /Weeks/,
  nesting_productivity: /fraction/,
  graduation_rate: /fraction/,
  fte_per_head: /FTE/,
  lead_weeks: /weeks/,
  min_class: /hires \(heads\)/,
  max_class: /hires \(heads\)/,
};

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: string };
}

interface MetadataFile {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

function readMetadataFile(): MetadataFile {
  if (!fs.existsSync(METADATA)) {
    throw new Error(`${METADATA} is missing: run \`npm run build\` before this test (npm test does).`);
  }
  return JSON.parse(fs.readFileSync(METADATA, "utf8"));
}

function readMetadata(): FunctionMetadata[] {
  return readMetadataFile().functions;
}

const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
const reference = readme.slice(readme.indexOf("## Function reference"));

/** GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped, spaces to -. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

describe("dist/functions.json", () => {
  let metadata: FunctionMetadata[];
  let helpPage = "";
  let productionBase = "";
  beforeAll(() => {
    metadata = readMetadata();
    helpPage = fs.readFileSync(path.join(REPO, "dist", "help.html"), "utf8").replace(/id="([^"]+)"/g, "id=$1");
    const manifest = fs.readFileSync(path.join(REPO, "dist", "manifest.xml"), "utf8");
    productionBase = /https:\/\/[^/"]+\/(?=taskpane\.html)/.exec(manifest)?.[0] ?? "missing";
  });

  test("error cells and data types reach the functions: both switches are set at the top", () => {
    // Without allowErrorForDataTypeAny one #N/A in a forecast column is the whole spill's result
    // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
    const file = readMetadataFile();
    expect(file.allowErrorForDataTypeAny).toBe(true);
    expect(file.allowCustomDataForDataTypeAny).toBe(true);
    expect(Object.keys(file).slice(0, 2).sort()).toEqual(["allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny"]);
  });

  // dist/ is built with or without ADDIN_URL (then for https://localhost:3000/); that a build for
  // an organisation moves them to its address is test/manifest.test.ts's.
  test("help links point at the https address the built manifest points at", () => {
    expect(productionBase.startsWith("https://")).toBe(true);
  });

  test("lists exactly the issue's functions", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const f of metadata) expect(f.name).toBe(f.id);
  });

  test.each(Object.keys(SIGNATURES))("%s has a description, a help link and described parameters", (id) => {
    const f = metadata.find((candidate) => candidate.id === id);
    expect(f).toBeDefined();
    const fn = f as FunctionMetadata;
    expect(fn.description?.length ?? 0).toBeGreaterThan(20);
    // The production build points help at the deployed add-in, where manifest.xml points too.
    expect(fn.helpUrl).toBe(`${productionBase}help.html#wfm${id.toLowerCase()}`);
    expect(helpPage).toContain(` id=wfm${id.toLowerCase()}>`.replace(/^ /, ""));
    expect(fn.result?.dimensionality).toBe("matrix");
    const expected = SIGNATURES[id];
    expect(fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(expected);
    for (const p of fn.parameters) {
      expect(p.dimensionality).toBe("matrix");
      expect(p.type).toBe("any");
      expect(p.description?.length ?? 0).toBeGreaterThan(10);
      expect(p.description).toMatch(UNITS[p.name]);
    }
  });
});

describe("README function reference", () => {
  const headings = [...reference.matchAll(/^### (.+)$/gm)].map((match) => match[1]);

  test.each(Object.keys(SIGNATURES))("%s has a heading whose anchor its help link uses", (id) => {
    const heading = headings.find((h) => h === `WFM.${id}`);
    expect(heading).toBeDefined();
    expect(slug(heading as string)).toBe(`wfm${id.toLowerCase()}`);
  });

  test("sections on spilling and errors are there", () => {
    expect(headings).toEqual(expect.arrayContaining(["Ranges, spilling and blanks", "Errors"]));
  });

  test("the spilling examples give what the README says", () => {
    expect(reference).toContain("`11 11 12 / 13 14 15 / 17 18 19`");
    const table = wfm.agentsRequired([[80], [100], [140]], [[180]], [[0.7, 0.8, 0.9]], [[20]]);
    expect(table.map((row) => row.join(" ")).join(" / ")).toBe("11 11 12 / 13 14 15 / 17 18 19");
    expect(reference).toContain("gives `11, 14, (blank), 18`");
    expect(wfm.agentsRequired([[80], [100], [""], [140]], [[180]], [[0.8]], [[20]])).toEqual([[11], [14], [""], [18]]);
  });

  test("the capacity plan examples give what the README says", () => {
    const weeks = (...values: number[]): number[][] => values.map((v) => [v]);
    const plan = wfm.WORKSHEET_FUNCTIONS.CAPACITY_PLAN(
      weeks(100, 100, 100, 100, 100, 100),
      [[100]],
      [[0.02]],
      weeks(0, 5, 0, 0, 0, 0),
      [[1]],
      [[1]],
    );
    const table = reference.slice(reference.indexOf("### WFM.CAPACITY_PLAN"));
    const shown = [...table.matchAll(/^\| (\d) \| (.+) \|$/gm)].map((match) => match[2].split(" | ").map(Number));
    expect(shown).toHaveLength(6);
    shown.forEach((row, week) => row.forEach((value, column) => expect(plan[week][column]).toBeCloseTo(value, 9)));

    const twelveWeeks = weeks(...new Array(12).fill(100));
    const hiring = (...more: unknown[][][]): string =>
      wfm.WORKSHEET_FUNCTIONS.HIRING_PLAN(twelveWeeks, [[100]], [[0.02]], [[2]], [[2]], ...(more as unknown[][][]))
        .map((row) => row[0])
        .join(", ");
    expect(reference).toContain(`=WFM.HIRING_PLAN(B2:B13, 100, 2%, 2, 2)\` spills\n\`${hiring()}\``);
    const minimumFive = hiring([[""]], [[""]], [[""]], [[""]], [[5]]);
    expect(reference).toContain(`=WFM.HIRING_PLAN(B2:B13, 100, 2%, 2, 2, , , , , 5)\` spills \`${minimumFive}\``);
  });

  /** Reads an Excel argument as typed in a formula: a number, a percentage, text or nothing. */
  function argument(text: string): unknown[][] {
    const typed = text.trim();
    if (typed === "") return [[""]];
    if (typed.startsWith('"')) return [[typed.slice(1, -1)]];
    if (typed.endsWith("%")) return [[Number(typed.slice(0, -1)) / 100]];
    const value = Number(typed);
    if (Number.isNaN(value)) throw new Error(`cannot read the argument ${typed}`);
    return [[value]];
  }

  const examples = [...reference.matchAll(/`=WFM\.([A-Z_]+)\(([^`{}]*)\)`\s*→\s*`([^`]+)`/g)].map((match) => ({
    formula: match[0].split("→")[0].trim(),
    id: match[1],
    args: match[2].split(","),
    shown: match[3],
  }));

  test("every function has at least one example", () => {
    expect(new Set(examples.map((e) => e.id))).toEqual(new Set(Object.keys(SIGNATURES)));
  });

  test.each(examples.map((e) => [e.formula, e] as const))("%s gives what the README says", (_, example) => {
    const fn = wfm.WORKSHEET_FUNCTIONS[example.id] as unknown as (...args: unknown[][][]) => unknown[][];
    const result = fn(...example.args.map(argument))[0][0];
    if (example.shown.startsWith("#")) {
      expect(result).toMatchObject({ code: example.shown });
      return;
    }
    expect(typeof result).toBe("number");
    const shown = Number(example.shown);
    const decimals = example.shown.includes(".") ? example.shown.split(".")[1].length : 0;
    expect(Math.abs((result as number) - shown)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  });
});
