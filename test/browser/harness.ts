/**
 * Everything the browser test needs around the page: the built dist/ served on 127.0.0.1, a
 * browser already on the machine or brought by `npm ci` (find-browser.ts; never a download)
 * started with the flags this closed network needs, Office.js answered from the local
 * @microsoft/office-js copy, every other non-loopback request aborted, and the simulated workbook
 * installed as the global `Excel` before any page script.
 */
import { build } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import type { FakeExcelSeed } from "../support/fake-excel";
import { launchFirstBrowser, type LaunchTarget } from "./find-browser";
import { contentTypeOf, serveDirectory, type StaticServer } from "./static-server";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The default width of an Excel task pane. */
export const PANE_WIDTH = 320;

export interface PaneSession {
  page: Page;
  /** Requests that were aborted because they left the machine (should stay empty). */
  blockedRequests: string[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function bundleFakeExcel(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "install-fake-excel.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

export function checkPrerequisites(): void {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(`${path.relative(ROOT, DIST)}/taskpane.html is missing: run \`npm run build\` before \`npm run test:browser\`.`);
  }
  if (!existsSync(path.join(OFFICE_JS_DIST, "office.js"))) {
    throw new Error("node_modules/@microsoft/office-js is missing: run `npm ci`.");
  }
  mkdirSync(RESULTS, { recursive: true });
}

export class PaneBrowser {
  private constructor(
    private readonly browser: BrowserContext,
    private readonly server: StaticServer,
    private readonly userDataDir: string,
    private readonly fakeExcelBundle: string,
  ) {}

  static async start(): Promise<PaneBrowser> {
    checkPrerequisites();
    const [server, fakeExcelBundle] = await Promise.all([serveDirectory(DIST), bundleFakeExcel()]);
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), "wfm-pane-chromium-"));
    // A persistent context is how Playwright takes a --user-data-dir of ours: a new empty one per run.
    const launch = (target: LaunchTarget) =>
      chromium.launchPersistentContext(userDataDir, {
        ...target,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-gpu",
          "--disable-sync",
        ],
        viewport: { width: PANE_WIDTH, height: 900 },
        // Screenshots at twice the pixels, as on the high-density screens most planners use.
        deviceScaleFactor: 2,
        locale: "en-GB",
      });
    const { browser, name } = await launchFirstBrowser(launch).catch(async (error: unknown) => {
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    });
    process.stderr.write(`Browser tests run in ${name}.\n`);
    return new PaneBrowser(browser, server, userDataDir, fakeExcelBundle);
  }

  get origin(): string {
    return this.server.origin;
  }

  /**
   * Opens the built task pane in a new page whose simulated workbook starts as `seed` says.
   * `displayLanguage` is the language Office would report (outside Office the pane reads it from
   * the browser, so the page's navigator says it); `paneLanguage` is a choice the person made in
   * the pane's language menu earlier (remembered in localStorage).
   */
  async openPane(
    seed: FakeExcelSeed,
    options: { colorScheme?: "light" | "dark"; height?: number; displayLanguage?: string; paneLanguage?: string } = {},
  ): Promise<PaneSession> {
    const page = await this.browser.newPage();
    await page.setViewportSize({ width: PANE_WIDTH, height: options.height ?? 900 });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? "light" });
    const blockedRequests: string[] = [];
    const pageErrors: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const relative = decodeURIComponent(new URL(url).pathname).slice("/lib/1/hosted/".length);
        const file = path.resolve(OFFICE_JS_DIST, relative);
        if (file.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(file)) {
          await route.fulfill({ path: file, contentType: contentTypeOf(file) });
        } else {
          await route.fulfill({ status: 404, body: "" });
        }
        return;
      }
      const { hostname, protocol } = new URL(url);
      if ((protocol === "http:" || protocol === "https:") && (hostname === "127.0.0.1" || hostname === "localhost")) {
        await route.continue();
        return;
      }
      blockedRequests.push(url);
      await route.abort("blockedbyclient");
    });
    await page.addInitScript({ content: `window.__fakeExcelSeed = ${JSON.stringify(seed)};` });
    const language = JSON.stringify(options.displayLanguage ?? null);
    const choice = JSON.stringify(options.paneLanguage ?? null);
    await page.addInitScript({
      content: `(() => {
        const language = ${language}, choice = ${choice};
        if (language) {
          Object.defineProperty(navigator, "language", { get: () => language });
          Object.defineProperty(navigator, "languages", { get: () => [language] });
        }
        try {
          if (choice) localStorage.setItem("wfm.paneLanguage", choice);
          else localStorage.removeItem("wfm.paneLanguage");
        } catch {
          // A sandboxed frame (Office.js's telemetry) has no storage; the pane's page does.
        }
      })();`,
    });
    await page.addInitScript({ content: this.fakeExcelBundle });

    page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
    await page.goto(`${this.server.origin}/taskpane.html`);
    return { page, blockedRequests, pageErrors, close: () => page.close() };
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/**
 * Widest content in the page against its viewport: the pane must not scroll sideways. The steps
 * scroll inside their own region (App.tsx), which would hide a too-wide control from the page's
 * own width, so content wider than any scrolling region counts as overflow too.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    const scrollers = Array.from(document.querySelectorAll<HTMLElement>("body *")).filter((element) =>
      ["auto", "scroll"].includes(getComputedStyle(element).overflowX),
    );
    const widerThanScroller = Math.max(0, ...scrollers.map((element) => element.scrollWidth - element.clientWidth));
    return {
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth, clientWidth + widerThanScroller),
      clientWidth,
    };
  });
}

/**
 * Text a person cannot read whole: in an element that clips its content (overflow hidden, or
 * an ellipsis) while the text is wider or taller than the element, or in a drop-down whose chosen
 * option is wider than the box shows. Elements hidden or empty are skipped.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    const visible = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    };
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (!visible(element) || (element.textContent ?? "").trim() === "" || element.matches("select, option, main, [role=region], [role=status], [role=alert], [data-testid=status], [data-testid=alert]")) continue;
      const style = getComputedStyle(element);
      const scrolls = ["auto", "scroll"].includes(style.overflowX) || ["auto", "scroll"].includes(style.overflowY);
      const clips = !scrolls && (style.overflowX !== "visible" || style.overflowY !== "visible" || style.textOverflow === "ellipsis");
      if (!clips) continue;
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
        clipped.push(`${element.tagName.toLowerCase()}.${element.className.toString().split(" ")[0]}: “${(element.textContent ?? "").trim().slice(0, 80)}”`);
      }
    }
    for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("select"))) {
      if (!visible(select)) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? "";
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 1) clipped.push(`select: “${text}” in ${Math.round(room)} px`);
    }
    return clipped;
  });
}

/**
 * Waits until every animation that ends has ended (a step's panel opening or closing, a dialog
 * moving in; spinners never end) and two frames have been drawn since: until then what the pane
 * shows can still move, and a click aimed at a button that is still moving can land beside it.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * A picture of the whole pane: the window is made as tall as the steps need, so the picture is
 * the pane as a person sees it when nothing needs scrolling (a full-page capture of a window
 * whose steps scroll inside it would show only one window's worth), then put back.
 */
export async function screenshotWholePane(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: PANE_WIDTH, height: 900 };
  // The height the pane needs once panels have finished opening (spinners never finish).
  const neededHeight = async () => {
    await settled(page);
    return page.evaluate(() => {
      const main = document.querySelector("main");
      return Math.ceil(main ? window.innerHeight - main.clientHeight + main.scrollHeight : document.documentElement.scrollHeight);
    });
  };
  try {
    // A taller window can change what wraps; settle on a height that holds everything.
    for (let tries = 0, height = await neededHeight(); tries < 3; tries++) {
      await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
      const again = await neededHeight();
      if (again <= height) break;
      height = again;
    }
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * The elements of `figures` that something else (the status bar, above all) hides, even in part.
 * Each is scrolled to the top and to the bottom of what the pane shows, the worst places for a
 * bar pinned to either edge, and its corners and centre must then be the topmost thing drawn.
 */
export async function coveredFigures(figures: Locator): Promise<string[]> {
  return figures.evaluateAll((elements) => {
    const covered: string[] = [];
    for (const block of ["start", "end"] as const) {
      for (const element of elements) {
        element.scrollIntoView({ block, inline: "nearest" });
        const box = element.getBoundingClientRect();
        const points: [number, number][] = [
          [box.left + 1, box.top + 1],
          [box.right - 1, box.top + 1],
          [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
          [box.left + 1, box.bottom - 1],
          [box.right - 1, box.bottom - 1],
        ];
        for (const [x, y] of points) {
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === element || element.contains(hit))) continue;
          const cover = hit?.closest("[data-testid]")?.getAttribute("data-testid") ?? hit?.tagName ?? "nothing";
          covered.push(`“${element.textContent}” scrolled to the ${block}: under ${cover} at (${Math.round(x)}, ${Math.round(y)})`);
          break;
        }
      }
    }
    return covered;
  });
}

export function resultPath(fileName: string): string {
  return path.join(RESULTS, fileName);
}

/**
 * What a page asked of the network beyond Office.js's own telemetry (outside Office it still
 * opens its telemetry frame; the route aborts it): anything here is the pane's or a bundle's doing.
 */
export function unexpectedRequests(session: PaneSession): string[] {
  return session.blockedRequests.filter((url) => !/^https:\/\/[^/]*\.(oaspapps\.com|microsoft\.com|office\.net|office\.com)\//.test(url));
}

/**
 * The visible controls inside `root` (buttons, fields and lists, and whatever else `selector`
 * names) that a screen reader could not name: no aria-label, no labelling element with text, no
 * <label>, no text of their own. Each as the start of its HTML.
 */
export function unnamedControls(root: Locator, selector = "button, input, select, textarea"): Promise<string[]> {
  return root.evaluate(
    (element, controls) =>
      Array.from(element.querySelectorAll<HTMLElement>(controls))
        .filter((control) => control.offsetParent !== null)
        .filter((control) => {
          const labelled = control.getAttribute("aria-labelledby");
          const byId = labelled?.split(" ").some((id) => (document.getElementById(id)?.textContent ?? "").trim() !== "");
          const label = (control as HTMLInputElement).labels?.[0]?.textContent ?? "";
          return !(control.getAttribute("aria-label") || byId || label.trim() || control.textContent?.trim());
        })
        .map((control) => control.outerHTML.slice(0, 120)),
    selector,
  );
}
