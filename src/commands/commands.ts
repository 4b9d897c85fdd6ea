/**
 * Ribbon commands that run code (ExecuteFunction actions in manifest.xml) are registered here,
 * in the shared runtime that taskpane.html loads. The add-in's only button today, "Staffing
 * planner", is a ShowTaskpane action that Office handles without code, so the table is empty;
 * a new ExecuteFunction button needs an entry whose key is the button's FunctionName.
 */
export type RibbonAction = (event: Office.AddinCommands.Event) => void;

export const ribbonActions: Readonly<Record<string, RibbonAction>> = {};

Office.onReady(() => {
  for (const [actionId, action] of Object.entries(ribbonActions)) {
    Office.actions.associate(actionId, action);
  }
});
