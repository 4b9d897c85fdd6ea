/**
 * The built add-in as Excel loads it: dist/functions.js run alone in a fresh JavaScript context
 * that provides only what Excel's custom-functions runtime does (CustomFunctions.associate,
 * Error, ErrorCode). Returns the functions it associates, by id.
 *
 * Needs `npm run build` first (`npm test` builds before running jest).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const BUNDLE = path.resolve(__dirname, "../../dist/functions.js");

export type WorksheetFunction = (...args: unknown[][][]) => unknown[][];

/** The runtime's CustomFunctions.Error: an error cell with its code and message. */
export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function loadBundle(): Record<string, WorksheetFunction> {
  if (!fs.existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` before this test (npm test does).`);
  }
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
