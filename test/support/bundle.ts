/**
 * The built add-in as Excel loads it: dist/functions.js run alone in a fresh JavaScript context
 * that provides only what Excel's custom-functions runtime does (CustomFunctions.associate,
 * Error, ErrorCode). Returns every function the bundle associates, by id.
 *
 * Needs `npm run build` first (`npm test` builds before running jest).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const BUNDLE = path.resolve(__dirname, "../../dist/functions.js");

export type BundledFunction = (...args: unknown[][][]) => unknown[][];

/** What CustomFunctions.Error builds in the bundle's context. */
export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function loadBundle(): Record<string, BundledFunction> {
  if (!fs.existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` before this test (npm test does).`);
  }
  const registry: Record<string, BundledFunction> = {};
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: BundledFunction) => {
        registry[id] = fn;
      },
      Error: RuntimeError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
  });
  vm.runInContext(fs.readFileSync(BUNDLE, "utf8"), context, { filename: BUNDLE });
  return registry;
}

export const METADATA = path.resolve(__dirname, "../../dist/functions.json");

export interface FunctionMetadata {
  id: string;
  parameters: { name: string; optional?: boolean }[];
}

/** The functions' metadata, as the build wrote it to dist/functions.json. */
export function loadMetadata(): FunctionMetadata[] {
  if (!fs.existsSync(METADATA)) {
    throw new Error(`${METADATA} is missing: run \`npm run build\` before this test (npm test does).`);
  }
  return (JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: FunctionMetadata[] }).functions;
}
