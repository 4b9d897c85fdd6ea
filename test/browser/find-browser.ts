/**
 * Which browser the task pane's browser tests drive, found on the machine without downloading
 * anything, so that `npm ci && npm test` passes on a fresh machine. In this order:
 *   1. CHROMIUM_PATH, when set (and only it: a path set by hand that does not work is an error);
 *   2. an installed Google Chrome or Microsoft Edge, through Playwright's channels (every Windows
 *      has Edge);
 *   3. Debian's Chromium, /usr/bin/chromium;
 *   4. on Linux x64, the Chromium inside the @sparticuz/chromium npm package (a devDependency,
 *      so `npm ci` brings it from the npm registry): its executablePath() unpacks it to
 *      /tmp/chromium on first use.
 * When none starts, the tests fail with one line saying what to install; they never skip.
 */
import { accessSync, constants } from "fs";

/** What Playwright launches: a browser binary, or an installed browser by its channel name. */
export type LaunchTarget = { executablePath: string } | { channel: "chrome" | "msedge" };

export interface BrowserCandidate {
  /** The browser as a person would name it in a message. */
  name: string;
  /** Where it is; null when it is not on this machine. Channels are found only by launching. */
  locate(): Promise<LaunchTarget | null>;
}

/** The facts about the machine that decide the candidates (the real ones by default). */
export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  isExecutable(file: string): boolean;
  /** Unpacks @sparticuz/chromium's Chromium if needed and returns its path. */
  npmChromium(): Promise<string>;
}

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const NPM_CHROMIUM_PACKAGE = "@sparticuz/chromium";

/**
 * What the person must do before the browser tests can run, as one line: no stack trace, which
 * would point into this file rather than at the machine.
 */
export class BrowserSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BrowserSetupError";
    this.stack = message;
  }
}

export const thisMachine: Machine = {
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  async npmChromium() {
    type Unpacker = { executablePath(): Promise<string> };
    // Loaded only here: other systems never need it. Its CommonJS build exports the class itself.
    const loaded = (await import(NPM_CHROMIUM_PACKAGE)) as { default?: Unpacker } & Partial<Unpacker>;
    return (loaded.default ?? (loaded as Unpacker)).executablePath();
  },
};

export function browserCandidates(machine: Machine): BrowserCandidate[] {
  const fromEnvironment = machine.env.CHROMIUM_PATH?.trim();
  if (fromEnvironment) {
    return [
      {
        name: `CHROMIUM_PATH (${fromEnvironment})`,
        async locate() {
          if (!machine.isExecutable(fromEnvironment)) {
            throw new BrowserSetupError(
              `CHROMIUM_PATH is ${fromEnvironment}, which is not an executable file: point it at a Chromium, Chrome or Edge binary, or unset it to let the tests find a browser.`,
            );
          }
          return { executablePath: fromEnvironment };
        },
      },
    ];
  }
  const candidates: BrowserCandidate[] = [
    { name: "Google Chrome", locate: async () => ({ channel: "chrome" }) },
    { name: "Microsoft Edge", locate: async () => ({ channel: "msedge" }) },
  ];
  if (machine.platform === "linux") {
    candidates.push({
      name: `Debian's Chromium (${DEBIAN_CHROMIUM})`,
      locate: async () => (machine.isExecutable(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : null),
    });
  }
  if (machine.platform === "linux" && machine.arch === "x64") {
    candidates.push({
      name: `the Chromium of the npm package ${NPM_CHROMIUM_PACKAGE}`,
      locate: async () => ({ executablePath: await machine.npmChromium() }),
    });
  }
  return candidates;
}

/** Playwright's words for a channel whose browser is not installed (or not made for this system). */
export function isNotInstalled(error: unknown): boolean {
  return /Chromium distribution '[^']+' is not (found|supported)/.test(error instanceof Error ? error.message : String(error));
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}

/** The one line a person reads when no browser could be used: what to install on this system. */
export function noBrowserMessage(machine: Pick<Machine, "platform" | "arch">, failures: string[]): string {
  const install =
    machine.platform === "linux" && machine.arch === "x64"
      ? `run \`npm ci\` (it brings ${NPM_CHROMIUM_PACKAGE}), or install Google Chrome, Microsoft Edge or Debian's Chromium (\`sudo apt-get install chromium\`)`
      : machine.platform === "linux"
        ? "install Debian's Chromium (`sudo apt-get install chromium`), Google Chrome or Microsoft Edge"
        : "install Google Chrome or Microsoft Edge";
  const tried = failures.length > 0 ? ` Found but could not start: ${failures.join("; ")}.` : "";
  return `No browser for the task pane's browser tests: ${install}, or set CHROMIUM_PATH to a Chromium-based browser.${tried}`;
}

/**
 * Launches the first candidate that is on the machine and starts. A browser that is there but
 * does not start is passed over for the next one and named in the message if none starts.
 */
export async function launchFirstBrowser<Browser>(
  launch: (target: LaunchTarget) => Promise<Browser>,
  machine: Machine = thisMachine,
): Promise<{ browser: Browser; name: string }> {
  const failures: string[] = [];
  for (const candidate of browserCandidates(machine)) {
    let target: LaunchTarget | null;
    try {
      target = await candidate.locate();
    } catch (error) {
      if (error instanceof BrowserSetupError) throw error;
      failures.push(`${candidate.name} (${firstLine(error)})`);
      continue;
    }
    if (target === null) continue;
    try {
      return { browser: await launch(target), name: candidate.name };
    } catch (error) {
      if (isNotInstalled(error)) continue;
      // The path says what to remove when an unpacking was cut short and left a broken binary.
      const where =
        "executablePath" in target && !candidate.name.includes(target.executablePath) ? ` at ${target.executablePath}` : "";
      failures.push(`${candidate.name}${where} (${firstLine(error)})`);
    }
  }
  throw new BrowserSetupError(noBrowserMessage(machine, failures));
}
