// The real-browser test of the task pane: a Chromium-based browser (find-browser.ts) driven by
// playwright-core against the built dist/. Kept out of the unit projects (jest.config.js at the
// root ignores test/browser/) because it needs `npm run build` first and takes tens of seconds;
// `npm run test:browser` runs it.

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: "browser",
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.browser.test.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, esModuleInterop: true } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // One browser, one workbook, steps in order: the scenario walk-through is a single story.
  maxWorkers: 1,
  testTimeout: 180_000,
  verbose: true,
};
