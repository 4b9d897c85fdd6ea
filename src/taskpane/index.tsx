import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Follow Office's theme inside Excel; outside Office (a plain browser) follow the system's. */
function prefersDarkTheme(host: Office.HostType | null): boolean {
  if (host !== null && Office.context?.officeTheme) {
    return Office.context.officeTheme.isDarkTheme;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) {
    throw new Error('taskpane.html has no element with id "container" to render the pane into');
  }
  createRoot(container).render(
    <FluentProvider theme={prefersDarkTheme(info.host) ? webDarkTheme : webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
