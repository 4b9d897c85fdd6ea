// ESLint flat config. eslint-plugin-office-addins contributes only its Office API rules here:
// its bundled "recommended" preset also enforces Prettier formatting, which this codebase does not use.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    // The .xlsx writer runs in the task pane's bundle and in tests alike: no Office, DOM, React or Node.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-*", "@fluentui/*", "node:*", "fs", "path", "buffer", "**/workbook/**", "**/taskpane/**"] },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "OfficeExtension", "document", "window", "navigator", "Buffer", "process"],
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
