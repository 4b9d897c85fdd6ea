/**
 * @jest-environment node
 *
 * The per-folder lint rules of eslint.config.mjs keep the architecture of ../shared/STYLE.md:
 * the engine and the planner are plain TypeScript, and imports point one way
 * (engine ← functions; engine ← planner ← workbook ← taskpane). Each rule is tried here on a
 * file that breaks it, so a rule that stops applying fails this test instead of passing quietly.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

/**
 * Lints each snippet as if it were the file named, with the project's own config, in one Node
 * process outside Jest (ESLint loads eslint.config.mjs by dynamic import, which Jest's module
 * sandbox does not allow).
 */
function lint(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const found = [];
      for (const [file, code] of cases) {
        const [result] = await eslint.lintText(code, { filePath: path.join(${JSON.stringify(ROOT)}, file) });
        found.push(result.messages.map((m) => m.ruleId + ": " + m.message));
      }
      process.stdout.write(JSON.stringify(found));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], { cwd: ROOT, encoding: "utf8" }));
}

const BREAKING = [
  ["src/engine/x.ts", 'import * as fs from "fs";\nexport const a = fs;', "no-restricted-imports"],
  ["src/engine/x.ts", 'import { parseForecast } from "../planner/forecast";\nexport const a = parseForecast;', "no-restricted-imports"],
  ["src/engine/x.ts", 'import { useState } from "react";\nexport const a = useState;', "no-restricted-imports"],
  ["src/engine/x.ts", "export const a = document.title;", "no-restricted-globals"],
  ["src/engine/x.ts", "export const a = Excel;", "no-restricted-globals"],
  ["src/engine/x.ts", "export const a = process.env;", "no-restricted-globals"],
  ["src/planner/x.ts", 'import { valueError } from "../functions/excel-runtime";\nexport const a = valueError;', "no-restricted-imports"],
  ["src/planner/x.ts", 'import { run } from "../workbook/adapter";\nexport const a = run;', "no-restricted-imports"],
  ["src/planner/x.ts", "export const a = Office.context;", "no-restricted-globals"],
  ["src/planner/x.ts", "export const a = window.localStorage;", "no-restricted-globals"],
  ["src/functions/x.ts", 'import { parseForecast } from "../planner/forecast";\nexport const a = parseForecast;', "no-restricted-imports"],
  ["src/workbook/x.ts", 'import { App } from "../taskpane/App";\nexport const a = App;', "no-restricted-imports"],
  ["src/taskpane/x.ts", 'import { agentsRequired } from "../engine";\nexport const a = agentsRequired;', "no-restricted-imports"],
] as const;

const ALLOWED = [
  ["src/engine/x.ts", 'import { erlangB } from "./erlang-b";\nexport const a = [erlangB, Math.exp(1), Intl.NumberFormat];'],
  ["src/planner/x.ts", 'import { LIMITS } from "../engine";\nimport { parseDecimal } from "./targets";\nexport const a = [LIMITS, parseDecimal];'],
  ["src/functions/x.ts", 'import { LIMITS } from "../engine";\nexport const a = [LIMITS, CustomFunctions];'],
  ["src/workbook/x.ts", 'import { computePlan } from "../planner/plan";\nexport const a = [computePlan, Excel];'],
  ["src/taskpane/x.ts", 'import { useState } from "react";\nimport * as api from "../workbook/api";\nexport const a = [useState, api];'],
] as const;

let breaking: string[][];
let allowed: string[][];
beforeAll(() => {
  const found = lint([...BREAKING.map(([file, code]) => [file, code] as const), ...ALLOWED]);
  breaking = found.slice(0, BREAKING.length);
  allowed = found.slice(BREAKING.length);
}, 60_000);

test.each(BREAKING.map((c, i) => [c[0], c[1], c[2], i] as const))("%s: %s breaks %s", (_file, _code, rule, i) => {
  expect(breaking[i].some((problem) => problem.startsWith(`${rule}:`))).toBe(true);
});

test.each(ALLOWED.map((c, i) => [c[0], c[1], i] as const))("%s may do what its layer does: %s", (_file, _code, i) => {
  expect(allowed[i]).toEqual([]);
});
