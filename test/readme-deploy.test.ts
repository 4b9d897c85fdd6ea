/**
 * README.md's "Deploy for your organisation", checked against the project it describes: every
 * command it names runs something that exists, its example address is one the build accepts,
 * the placeholder it warns about is the one the build refuses, and it says where the built files
 * are and what Microsoft documents about updates. (That a build with an address writes it into
 * the manifest and help links is test/manifest.test.ts's.)
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, PLACEHOLDER_URL } = require("../scripts/addin-url") as {
  addinUrl(value: string): string;
  PLACEHOLDER_URL: string;
};

const ROOT = path.join(__dirname, "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const SCRIPTS = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
/** npm's own commands the section may name; anything else must be a script in package.json. */
const NPM_COMMANDS = new Set(["ci", "install"]);

function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

describe("README: Deploy for your organisation", () => {
  const deploy = section("Deploy for your organisation");

  test("every npm command it names exists", () => {
    const commands = [...deploy.matchAll(/\bnpm (run )?([a-z][\w:-]*)/g)].map(([, run, name]) => ({ run: Boolean(run), name }));
    expect(commands.map(({ name }) => name)).toEqual(expect.arrayContaining(["ci", "build"]));
    const unknown = commands.filter(({ run, name }) => !(name in SCRIPTS) && (run || !NPM_COMMANDS.has(name)));
    expect(unknown).toEqual([]);
  });

  test("its example addresses are ones the build accepts, in the shell and in PowerShell", () => {
    const shell = [...deploy.matchAll(/(?<!:)ADDIN_URL=(\S+) npm run build/g)].map(([, address]) => address);
    const powershell = [...deploy.matchAll(/\$env:ADDIN_URL="([^"]+)"; npm run build/g)].map(([, address]) => address);
    expect(shell.length).toBeGreaterThan(0);
    expect(powershell.length).toBeGreaterThan(0);
    for (const address of [...shell, ...powershell]) expect(addinUrl(address)).toBe(address);
  });

  test("the placeholder it says the build refuses is the one the build refuses", () => {
    expect(deploy).toContain(`\`${PLACEHOLDER_URL}\``);
    expect(() => addinUrl(PLACEHOLDER_URL)).toThrow(/placeholder/);
  });

  test("it says what to host and what to upload, and how updates reach users", () => {
    for (const words of ["`dist/`", "`dist/manifest.xml`", "Integrated apps", "Upload custom apps", "Trusted Add-in Catalogs", "up to 24 hours", "`<Version>`"]) {
      expect(deploy).toContain(words);
    }
  });

  test("it cites Microsoft's documentation over https, including the 24-hour delay for functions", () => {
    const links = [...deploy.matchAll(/\]\((https?:[^)\s]+)\)/g)].map(([, url]) => url);
    expect(links.filter((url) => !url.startsWith("https://"))).toEqual([]);
    expect(links.filter((url) => url.startsWith("https://learn.microsoft.com/")).length).toBeGreaterThanOrEqual(4);
    expect(links).toContain(
      "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-troubleshooting#clear-the-custom-functions-cache-when-your-add-in-runs",
    );
  });

  test("the set-up section points builders for users here", () => {
    expect(section("Set up")).toContain("[Deploy for your organisation](#deploy-for-your-organisation)");
  });
});
