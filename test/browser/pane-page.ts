/**
 * What every browser walk (planner, capacity, actuals, languages) does on the pane's page, once
 * the page is open: look into the simulated workbook, wait for a text (and, when it does not
 * come, say what the pane showed instead and keep a screenshot), wait for a field's value, check
 * the pane fits its 320 pixels, open or close a step, choose a menu action with the keyboard.
 * One place for them, so a fix to how a walk waits reaches every walk.
 */
import type { Locator, Page } from "playwright-core";
import type { StepId } from "../../src/taskpane/steps";
import { en, type Strings } from "../../src/taskpane/strings/en";
import type { FakeExcel, FakeExcelSeed } from "../support/fake-excel";
import { stepHeading } from "../support/steps";
import { horizontalOverflow, PaneBrowser, PANE_WIDTH, resultPath, screenshotWholePane, settled, type PaneSession } from "./harness";

type PaneWindow = Window & { fakeExcel: FakeExcel };

/** How long a walk waits for one step's outcome before it says what the pane showed instead. */
export const STEP_TIMEOUT = 20_000;

export interface PaneActions {
  /** Runs `inspect` against the simulated workbook inside the page. */
  workbook<T>(inspect: (fake: FakeExcel) => T): Promise<T>;
  /** Waits for the text; on timeout, says what the pane showed instead and keeps a screenshot. */
  expectText(locator: Locator, text: string | RegExp): Promise<void>;
  /** Waits until the field's value matches (a field filled from the workbook, say). */
  waitForValue(input: Locator, pattern: RegExp): Promise<void>;
  /** The pane is exactly 320 pixels wide and nothing scrolls sideways. */
  expectFits(): Promise<void>;
  /** Opens (or closes) a step by its heading: a pattern, or the whole heading ("7. Tegelikud andmed"). */
  openSection(name: RegExp | string): Promise<void>;
  closeSection(name: RegExp | string): Promise<void>;
  /** Opens (or closes) a step by its whole numbered heading in the walk's language (test/support/steps.ts). */
  openStep(id: StepId): Promise<void>;
  closeStep(id: StepId): Promise<void>;
  /**
   * Chooses an item of a saved item's Actions menu with the keyboard, as a keyboard user would:
   * Enter opens the menu and Enter on the item chooses it. (Clicking was flaky: the popover can
   * still be moving into place when the pointer arrives.) `actionsLabel` is the menu button's
   * accessible name ("Actions for Base").
   */
  chooseAction(actionsLabel: string, item: string): Promise<void>;
}

/**
 * The actions on `page`, whose pane speaks `strings` (English unless given); a text that does not
 * appear within `timeout` leaves test-results/`failureShot`.
 */
export function paneActions(
  page: Page,
  failureShot: string,
  { strings = en, timeout = STEP_TIMEOUT }: { strings?: Strings; timeout?: number } = {},
): PaneActions {
  // A step's panel slides open: what is in it is clicked once it has stopped moving.
  const toggle = async (name: RegExp | string, open: boolean) => {
    const header = page.getByRole("button", { name, exact: typeof name === "string" });
    if (((await header.getAttribute("aria-expanded")) === "true") !== open) await header.click();
    await settled(page);
  };
  return {
    workbook: <T>(inspect: (fake: FakeExcel) => T) =>
      page.evaluate(
        // The function is sent as source text and rebuilt in the page, where `fakeExcel` lives.
        (source) => new Function("fake", `return (${source})(fake);`)((window as unknown as PaneWindow).fakeExcel),
        inspect.toString(),
      ) as Promise<T>,
    async expectText(locator, text) {
      try {
        await locator.filter({ hasText: text }).first().waitFor({ state: "visible", timeout });
      } catch (error) {
        const shown = await page.evaluate(() =>
          ["status", "alert"].map((id) => `${id}: ${document.querySelector(`[data-testid=${id}]`)?.textContent ?? ""}`).join("\n"),
        );
        await screenshotWholePane(page, resultPath(failureShot));
        throw new Error(`${String(text)} did not appear.\n${shown}\n(test-results/${failureShot})\n${String(error)}`);
      }
    },
    async waitForValue(input, pattern) {
      const deadline = Date.now() + timeout;
      let value = await input.inputValue();
      while (!pattern.test(value) && Date.now() < deadline) {
        await page.waitForTimeout(50);
        value = await input.inputValue();
      }
      expect(value).toMatch(pattern);
    },
    async expectFits() {
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(clientWidth).toBe(PANE_WIDTH);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    },
    openSection: (name) => toggle(name, true),
    closeSection: (name) => toggle(name, false),
    openStep: (id) => toggle(stepHeading(id, strings), true),
    closeStep: (id) => toggle(stepHeading(id, strings), false),
    async chooseAction(actionsLabel, item) {
      await page.getByRole("button", { name: actionsLabel }).press("Enter");
      const menuItem = page.getByRole("menuitem", { name: item });
      await menuItem.press("Enter");
      await menuItem.waitFor({ state: "detached", timeout });
    },
  };
}

/** The browser, the pane's page in it, and the actions on that page, for one walk. */
export interface PaneWalk {
  readonly browser: PaneBrowser;
  readonly session: PaneSession;
  readonly page: Page;
  readonly actions: PaneActions;
}

/**
 * A walk through the built pane on a simulated workbook holding `seed`, in a browser of its own:
 * started before the file's tests (the pane open and its title shown), closed after them, and
 * after each test checked for errors thrown in the page. The fields can be read once the tests run.
 */
export function walkThePane(seed: FakeExcelSeed, failureShot: string): PaneWalk {
  let started: PaneWalk | undefined;
  const current = (): PaneWalk => {
    if (!started) throw new Error("The pane is not open: the walk's browser did not start (see the failure of beforeAll).");
    return started;
  };
  let browser: PaneBrowser | undefined;
  let session: PaneSession | undefined;

  beforeAll(async () => {
    browser = await PaneBrowser.start();
    session = await browser.openPane(seed);
    const { page } = session;
    started = { browser, session, page, actions: paneActions(page, failureShot) };
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: STEP_TIMEOUT });
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  afterEach(() => {
    // Office.js, React and the adapter must not have thrown anywhere along the way. (No session:
    // the browser did not start, and beforeAll's one-line reason is the failure to read.)
    if (session) expect(session.pageErrors).toEqual([]);
  });

  return {
    get browser() {
      return current().browser;
    },
    get session() {
      return current().session;
    },
    get page() {
      return current().page;
    },
    get actions() {
      return current().actions;
    },
  };
}
