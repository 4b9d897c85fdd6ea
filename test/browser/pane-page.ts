/**
 * What a browser walk does on the pane's page, shared by the walks (planner, capacity): look into
 * the simulated workbook, wait for a text (and, when it does not come, say what the pane showed
 * instead and keep a screenshot), check the pane fits its 320 pixels, open a step, choose a menu
 * action with the keyboard.
 */
import type { Locator, Page } from "playwright-core";
import type { FakeExcel } from "../support/fake-excel";
import { horizontalOverflow, PANE_WIDTH, resultPath, screenshotWholePane } from "./harness";

type PaneWindow = Window & { fakeExcel: FakeExcel };

export const STEP_TIMEOUT = 20_000;

/** Runs `inspect` against the simulated workbook inside the page. */
export function inWorkbook<T>(page: Page, inspect: (fake: FakeExcel) => T): Promise<T> {
  return page.evaluate(
    // The function is sent as source text and rebuilt in the page, where `fakeExcel` lives.
    (source) => new Function("fake", `return (${source})(fake);`)((window as unknown as PaneWindow).fakeExcel),
    inspect.toString(),
  ) as Promise<T>;
}

/** Waits for the text; on timeout, says what the pane showed instead and keeps `failureShot`. */
export async function expectTextOn(page: Page, locator: Locator, text: string | RegExp, failureShot: string): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ state: "visible", timeout: STEP_TIMEOUT });
  } catch (error) {
    const shown = await page.evaluate(() =>
      ["status", "alert"].map((id) => `${id}: ${document.querySelector(`[data-testid=${id}]`)?.textContent ?? ""}`).join("\n"),
    );
    await screenshotWholePane(page, resultPath(failureShot));
    throw new Error(`${String(text)} did not appear.\n${shown}\n(test-results/${failureShot})\n${String(error)}`);
  }
}

export async function waitForValueOn(page: Page, input: Locator, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  let value = await input.inputValue();
  while (!pattern.test(value) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    value = await input.inputValue();
  }
  expect(value).toMatch(pattern);
}

/** The pane is exactly 320 pixels wide and nothing scrolls sideways. */
export async function expectFitsOn(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect(clientWidth).toBe(PANE_WIDTH);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Opens a step of the pane by its heading (a step already open stays open). */
export async function openSectionOn(page: Page, name: RegExp): Promise<void> {
  const header = page.getByRole("button", { name });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

/**
 * Chooses an item of a saved item's Actions menu with the keyboard, as a keyboard user would:
 * Enter opens the menu and Enter on the item chooses it. (Clicking was flaky: the popover can
 * still be moving into place when the pointer arrives.)
 */
export async function chooseActionOn(page: Page, itemName: string, item: string): Promise<void> {
  await page.getByRole("button", { name: `Actions for ${itemName}` }).press("Enter");
  const menuItem = page.getByRole("menuitem", { name: item });
  await menuItem.press("Enter");
  await menuItem.waitFor({ state: "detached", timeout: STEP_TIMEOUT });
}
