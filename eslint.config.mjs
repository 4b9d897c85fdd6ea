// ESLint flat config. eslint-plugin-office-addins contributes only its Office API rules here:
// its bundled "recommended" preset also enforces Prettier formatting, which this codebase does not use.
import js from "@eslint/js";
import { builtinModules } from "node:module";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The architecture of ../shared/STYLE.md, enforced per folder rather than kept by habit:
//   engine  ←  functions;   engine  ←  planner  ←  workbook  ←  taskpane.
// Each folder may import only itself and what its arrow allows; the engine and the planner are
// plain TypeScript, so no package, no Node module and no Office, DOM or Node global reaches them.
const NODE_MODULES = builtinModules.flatMap((name) => [name, `node:${name}`]);
const ES_GLOBALS = new Set([...Object.keys(globals.builtin), ...Object.keys(globals.es2021)]);
const HOST_GLOBALS = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
  "Office",
  "Excel",
  "OfficeExtension",
  "OfficeRuntime",
  "CustomFunctions",
].filter((name) => !ES_GLOBALS.has(name));

/** Imports a folder may make: relative paths matching `allowed` (a regex source), nothing else. */
function onlyImports(folder, allowed, why) {
  return {
    "no-restricted-imports": [
      "error",
      {
        paths: NODE_MODULES.map((name) => ({ name, message: `${folder} runs in Excel, not Node: ${why}` })),
        patterns: [{ regex: `^(?!${allowed})`, message: `${folder} may not import this: ${why}` }],
      },
    ],
  };
}

const PLAIN = "plain TypeScript, without Office, DOM, React or Node (STYLE.md)";

export default defineConfig(
  { ignores: ["dist/", "coverage/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      ...onlyImports("src/engine", "\\./", `the engine imports only itself, ${PLAIN}`),
      "no-restricted-globals": ["error", ...HOST_GLOBALS.map((name) => ({ name, message: `src/engine is ${PLAIN}.` }))],
    },
  },
  {
    files: ["src/planner/**/*.ts"],
    rules: {
      ...onlyImports("src/planner", "\\./|\\.\\./engine(/|$)", `the planner imports only itself and the engine, ${PLAIN}`),
      "no-restricted-globals": ["error", ...HOST_GLOBALS.map((name) => ({ name, message: `src/planner is ${PLAIN}.` }))],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: onlyImports("src/functions", "\\./|\\.\\./engine(/|$)", "the worksheet functions use only the engine"),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: onlyImports(
      "src/workbook",
      "\\./|\\.\\./(planner|engine|xlsx)(/|$)",
      "the adapter uses the planner, the engine and the .xlsx writer",
    ),
  },
  {
    // The .xlsx writer runs in the task pane's bundle and in tests alike: plain TypeScript over
    // the planner's sheet specs, zipped by fflate.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      ...onlyImports("src/xlsx", "\\./|\\.\\./planner(/|$)|fflate$", `the .xlsx writer reads sheet specs only, ${PLAIN}`),
      "no-restricted-globals": ["error", ...HOST_GLOBALS.map((name) => ({ name, message: `src/xlsx is ${PLAIN}.` }))],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_MODULES.map((name) => ({ name, message: "the task pane runs in Excel, not Node." })),
          patterns: [
            {
              regex: "^(\\.\\./)+(engine|planner|functions)(/|$)",
              message: "the task pane reaches the planner and the engine through src/workbook/api.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Reference values are quoted with every digit their high-precision source gives, even
    // where a double cannot hold them all; the tolerance in each test says what is compared.
    rules: { "no-loss-of-precision": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
