/**
 * Starts the pane once Office.js is ready. Outside Office (a browser, the browser test)
 * Office.onReady still resolves, with host null; the pane then starts all the same and uses the
 * global `Excel` if something provides one (the test's simulated workbook does), so the test runs
 * the same code as Excel. Only when there is no `Excel` at all does the pane say so.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { LocaleProvider } from "./strings";
import { paneTheme } from "./theme";

function displayLanguage(): string {
  try {
    return Office.context?.displayLanguage || navigator.language || "en-US";
  } catch {
    return navigator.language || "en-US";
  }
}

function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) {
    throw new Error('taskpane.html has no element with id "container" to render the pane into');
  }
  const language = displayLanguage();
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={paneTheme()} style={{ minHeight: "100vh" }}>
      <LocaleProvider language={language}>
        <App excelAvailable={excelAvailable()} />
      </LocaleProvider>
    </FluentProvider>,
  );
});
