/**
 * How the browser tests find a browser on a fresh machine (test/browser/find-browser.ts), on
 * made-up machines: the order of the candidates, that an explicit CHROMIUM_PATH is the only one
 * tried, and the single line that says what to install when nothing starts. The real search runs
 * in every `npm run test:browser` (and `.ci/run`, where no browser is installed by hand).
 */
import {
  BrowserSetupError,
  DEBIAN_CHROMIUM,
  launchFirstBrowser,
  type LaunchTarget,
  type Machine,
} from "./browser/find-browser";

const NPM_CHROMIUM = "/tmp/chromium";

function machine(overrides: Partial<Machine> & { executables?: string[] } = {}): Machine & { unpacked: number } {
  const executables = overrides.executables ?? [];
  const fake = {
    env: {},
    platform: "linux" as NodeJS.Platform,
    arch: "x64",
    isExecutable: (file: string) => executables.includes(file),
    unpacked: 0,
    async npmChromium() {
      fake.unpacked += 1;
      return NPM_CHROMIUM;
    },
    ...overrides,
  };
  return fake;
}

/** A launcher for a machine where only `installedChannels` and `working` binaries start. */
function launcher(installedChannels: string[], working: string[] = []) {
  const attempts: string[] = [];
  const launch = async (target: LaunchTarget) => {
    if ("channel" in target) {
      attempts.push(`channel ${target.channel}`);
      if (!installedChannels.includes(target.channel)) {
        throw new Error(`Chromium distribution '${target.channel}' is not found at /opt/${target.channel}\nRun "npx playwright install ${target.channel}"`);
      }
      return `browser (${target.channel})`;
    }
    attempts.push(target.executablePath);
    if (!working.includes(target.executablePath)) {
      throw new Error(`Failed to launch: ${target.executablePath}: error while loading shared libraries\n  at somewhere`);
    }
    return `browser (${target.executablePath})`;
  };
  return { launch, attempts };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the search to fail");
}

describe("finding a browser for the pane's browser tests", () => {
  test("on a bare Linux x64 machine: Chrome, Edge, Debian's Chromium, then the Chromium npm brings", async () => {
    const bare = machine();
    const { launch, attempts } = launcher([], [NPM_CHROMIUM]);
    const found = await launchFirstBrowser(launch, bare);
    expect(attempts).toEqual(["channel chrome", "channel msedge", NPM_CHROMIUM]);
    expect(found).toEqual({ browser: `browser (${NPM_CHROMIUM})`, name: "the Chromium of the npm package @sparticuz/chromium" });
    expect(bare.unpacked).toBe(1);
  });

  test("an installed Chrome comes first, and nothing is unpacked", async () => {
    const withChrome = machine({ executables: [DEBIAN_CHROMIUM] });
    const { launch, attempts } = launcher(["chrome", "msedge"], [DEBIAN_CHROMIUM, NPM_CHROMIUM]);
    await expect(launchFirstBrowser(launch, withChrome)).resolves.toMatchObject({ name: "Google Chrome" });
    expect(attempts).toEqual(["channel chrome"]);
    expect(withChrome.unpacked).toBe(0);
  });

  test("Edge when there is no Chrome (every Windows has it)", async () => {
    const windows = machine({ platform: "win32" });
    const { launch, attempts } = launcher(["msedge"]);
    await expect(launchFirstBrowser(launch, windows)).resolves.toMatchObject({ name: "Microsoft Edge" });
    expect(attempts).toEqual(["channel chrome", "channel msedge"]);
  });

  test("Debian's Chromium before the npm one", async () => {
    const debian = machine({ executables: [DEBIAN_CHROMIUM] });
    const { launch, attempts } = launcher([], [DEBIAN_CHROMIUM, NPM_CHROMIUM]);
    await expect(launchFirstBrowser(launch, debian)).resolves.toMatchObject({ name: `Debian's Chromium (${DEBIAN_CHROMIUM})` });
    expect(attempts).toEqual(["channel chrome", "channel msedge", DEBIAN_CHROMIUM]);
    expect(debian.unpacked).toBe(0);
  });

  test("CHROMIUM_PATH is the only browser tried, and a wrong one is said in one line", async () => {
    const chosen = machine({ env: { CHROMIUM_PATH: "/opt/my/chrome" }, executables: ["/opt/my/chrome"] });
    const { launch, attempts } = launcher(["chrome"], ["/opt/my/chrome"]);
    await expect(launchFirstBrowser(launch, chosen)).resolves.toMatchObject({ name: "CHROMIUM_PATH (/opt/my/chrome)" });
    expect(attempts).toEqual(["/opt/my/chrome"]);

    const wrong = machine({ env: { CHROMIUM_PATH: "/nowhere/chromium" } });
    const error = await failure(launchFirstBrowser(launcher(["chrome"]).launch, wrong));
    expect(error).toBeInstanceOf(BrowserSetupError);
    expect(error.message).toBe(
      "CHROMIUM_PATH is /nowhere/chromium, which is not an executable file: point it at a Chromium, Chrome or Edge binary, or unset it to let the tests find a browser.",
    );
    expect(error.stack).toBe(error.message);
  });

  test.each([
    ["win32", "x64", "install Google Chrome or Microsoft Edge"],
    ["darwin", "arm64", "install Google Chrome or Microsoft Edge"],
    ["linux", "arm64", "install Debian's Chromium (`sudo apt-get install chromium`), Google Chrome or Microsoft Edge"],
  ] as const)("with no browser on %s %s the tests fail with one line saying what to install", async (platform, arch, install) => {
    const error = await failure(launchFirstBrowser(launcher([]).launch, machine({ platform, arch })));
    expect(error).toBeInstanceOf(BrowserSetupError);
    expect(error.message).toBe(
      `No browser for the task pane's browser tests: ${install}, or set CHROMIUM_PATH to a Chromium-based browser.`,
    );
  });

  test("a browser that is there but does not start is passed over, and named if none starts", async () => {
    const broken = machine({ executables: [DEBIAN_CHROMIUM] });
    const error = await failure(launchFirstBrowser(launcher([]).launch, broken));
    expect(error.message).not.toContain("\n");
    expect(error.message).toBe(
      "No browser for the task pane's browser tests: run `npm ci` (it brings @sparticuz/chromium), or install Google Chrome, " +
        "Microsoft Edge or Debian's Chromium (`sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium-based browser. " +
        `Found but could not start: Debian's Chromium (${DEBIAN_CHROMIUM}) (Failed to launch: ${DEBIAN_CHROMIUM}: error while loading shared libraries); ` +
        `the Chromium of the npm package @sparticuz/chromium at ${NPM_CHROMIUM} (Failed to launch: ${NPM_CHROMIUM}: error while loading shared libraries).`,
    );
  });

  test("the npm package missing (no `npm ci`) is named, not thrown past", async () => {
    const noPackage = machine({
      npmChromium: () => Promise.reject(new Error("Cannot find module '@sparticuz/chromium'")),
    });
    const error = await failure(launchFirstBrowser(launcher([]).launch, noPackage));
    expect(error.message).toMatch(/^No browser for the task pane's browser tests: run `npm ci`/);
    expect(error.message).toContain("the Chromium of the npm package @sparticuz/chromium (Cannot find module '@sparticuz/chromium')");
  });
});
