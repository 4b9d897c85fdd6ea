/**
 * The address a build writes into the manifest and help links (scripts/addin-url.js): ADDIN_URL,
 * checked, or the dev server's when it is not given. A build for users must never carry an
 * address they cannot load: not http://, not the old placeholder, nothing that is not an address.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, readdress, AddinUrlError, DEV_URL, PLACEHOLDER_URL } = require("../scripts/addin-url") as {
  addinUrl(value: string | undefined): string;
  readdress(text: string, base: string): string;
  AddinUrlError: new (message: string) => Error;
  DEV_URL: string;
  PLACEHOLDER_URL: string;
};

function refusal(value: string): Error {
  try {
    addinUrl(value);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${value} was accepted`);
}

describe("ADDIN_URL, the address a build is made for", () => {
  test("without it, the build is addressed to the dev server, for trying locally", () => {
    expect(DEV_URL).toBe("https://localhost:3000/");
    expect(addinUrl(undefined)).toBe(DEV_URL);
    expect(addinUrl("  ")).toBe(DEV_URL);
  });

  test.each([
    ["https://contoso.example/wfm/", "https://contoso.example/wfm/"],
    ["https://contoso.example/wfm", "https://contoso.example/wfm/"],
    [" https://addins.contoso.com ", "https://addins.contoso.com/"],
    ["https://ADDINS.contoso.com:8443/Planner/", "https://addins.contoso.com:8443/Planner/"],
  ])("%j is served as %j (a folder: every file name goes after it)", (value, base) => {
    expect(addinUrl(value)).toBe(base);
  });

  test.each([
    ["http://contoso.example/wfm/", /is not https:\/\/, and Office loads add-ins only over HTTPS/],
    [PLACEHOLDER_URL, /is the placeholder address/],
    ["https://wfm-erlang-staffing.example.com/other/", /is the placeholder address/],
    ["contoso.example/wfm", /is not a web address/],
    ["https://contoso.example/wfm/?v=2", /plain folder address/],
    ["https://user:secret@contoso.example/", /plain folder address/],
  ])("%j is refused in one line that says what to give instead", (value, reason) => {
    const error = refusal(value);
    expect(error).toBeInstanceOf(AddinUrlError);
    expect(error.message).toMatch(reason);
    expect(error.message).toContain("ADDIN_URL=https://addins.contoso.com/wfm/ npm run build");
    expect(error.message).not.toContain("\n");
  });

  test("readdressing moves every dev-server address, and only those", () => {
    const manifest = '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/> https://appsforoffice.microsoft.com/';
    expect(readdress(manifest, "https://contoso.example/wfm/")).toBe(
      '<SourceLocation DefaultValue="https://contoso.example/wfm/taskpane.html"/> https://appsforoffice.microsoft.com/',
    );
    expect(readdress(manifest, DEV_URL)).toBe(manifest);
  });
});
