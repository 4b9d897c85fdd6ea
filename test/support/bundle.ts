/**
 * The built worksheet functions, as Excel loads them: dist/functions.js run alone in a fresh
 * JavaScript context that provides only what Excel's custom-functions runtime does
 * (CustomFunctions.associate, Error, ErrorCode), with dist/functions.json beside it for each
 * function's parameters. Needs `npm run build` first (`npm test` builds before running jest).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const DIST = path.resolve(__dirname, "../../dist");
const BUNDLE = path.join(DIST, "functions.js");
const METADATA = path.join(DIST, "functions.json");

export type WorksheetFunction = (...args: unknown[][][]) => unknown[][];

/** An Excel error as the runtime makes it: `code` is "#NUM!", "#VALUE!", …. */
export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function requireBuilt(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this test (npm test does).`);
}

/** The functions dist/functions.js associates, by id ("TRAFFIC", "AGENTS_REQUIRED", …). */
export function loadBundle(): Record<string, WorksheetFunction> {
  requireBuilt(BUNDLE);
  const registry: Record<string, WorksheetFunction> = {};
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: WorksheetFunction) => {
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

export interface FunctionMetadata {
  id: string;
  parameters: { name: string; optional?: boolean }[];
}

/** The functions' metadata from dist/functions.json. */
export function loadMetadata(): FunctionMetadata[] {
  requireBuilt(METADATA);
  return (JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: FunctionMetadata[] }).functions;
}
