/**
 * @jest-environment node
 *
 * Offline structural checks of manifest.xml. `npm run validate` asks Microsoft's online
 * validation service; these catch the same classes of mistake without a network: element order
 * that the add-in manifest XSD rejects, resource ids that are used but not defined (Office then
 * refuses the add-in with a generic error), URLs that are not https, strings over Office's
 * length limits, icons that are not in assets/, and components that do not share one runtime.
 * The Estonian and Portuguese Overrides: every text a person reads in the Office UI has one per
 * locale, and the functions' metadata URL names that locale's translated functions.json. Then the
 * manifest and functions.json as a build for an organisation writes them (ADDIN_URL), where every
 * URL, Overrides included, must point at a file of that build.
 */
import { DOMParser, Document, Element } from "@xmldom/xmldom";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const devUrl = "https://localhost:3000/";

// Limits from the add-in manifest reference (learn.microsoft.com/javascript/api/manifest).
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const MAX_DISPLAY_NAME = 125;
const MAX_DESCRIPTION = 250;
const MAX_RESID = 32;

/** The locales the add-in is translated into (scripts/functions-locales.js writes their functions.json). */
const LOCALES = ["et-EE", "pt-BR", "pt-PT"];

/** OfficeApp's children in the order the XSD's sequence requires (TaskPaneApp). */
const OFFICE_APP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const OFFICE_APP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml is not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

function childElements(element: Element): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE);
}

function descendants(scope: Document | Element, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS("*", localName));
}

function only(scope: Document | Element, localName: string): Element {
  const found = descendants(scope, localName);
  if (found.length !== 1) {
    throw new Error(`expected exactly one <${localName}>, found ${found.length}`);
  }
  return found[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

function extensionPoint(doc: Document, type: string): Element {
  const matches = descendants(doc, "ExtensionPoint").filter((element) => xsiType(element) === type);
  if (matches.length !== 1) {
    throw new Error(`expected one ExtensionPoint of type ${type}, found ${matches.length}`);
  }
  return matches[0];
}

/** The ids defined under each kind of resource, with their default values. */
function resources(doc: Document): Record<"Images" | "Urls" | "ShortStrings" | "LongStrings", Map<string, string>> {
  const resourcesElement = only(doc, "Resources");
  const read = (kind: string) => {
    const section = childElements(resourcesElement).find((element) => element.localName === kind);
    const entries = new Map<string, string>();
    for (const entry of section ? childElements(section) : []) {
      const id = entry.getAttribute("id") ?? "";
      if (entries.has(id)) throw new Error(`resource id ${id} is defined twice in ${kind}`);
      entries.set(id, entry.getAttribute("DefaultValue") ?? "");
    }
    return entries;
  };
  return { Images: read("Images"), Urls: read("Urls"), ShortStrings: read("ShortStrings"), LongStrings: read("LongStrings") };
}

/** Which kind of resource each element that carries a resid must point at. */
function expectedResourceKind(element: Element): keyof ReturnType<typeof resources> {
  switch (element.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`the test does not know which resource kind <${element.localName} resid> needs`);
  }
}

function referencesWithResid(doc: Document): Element[] {
  return descendants(doc, "*").filter((element) => element.hasAttribute("resid"));
}

function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of descendants(doc, "*")) {
    const value = element.getAttribute("DefaultValue") ?? (element.localName === "Override" ? element.getAttribute("Value") : null);
    if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    if (element.localName === "AppDomain" && element.textContent) urls.push(element.textContent.trim());
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(`${devUrl}assets/`)).toBe(true);
  return path.join(root, "assets", url.slice(`${devUrl}assets/`.length));
}

describe("manifest.xml", () => {
  const doc = parse(manifestText);
  const officeApp = doc.documentElement as Element;
  const resourceTable = resources(doc);

  it("is a task pane add-in for Excel (Workbook)", () => {
    expect(officeApp.localName).toBe("OfficeApp");
    expect(xsiType(officeApp)).toBe("TaskPaneApp");
    const hosts = descendants(officeApp, "Host").map((host) => host.getAttribute("Name") || xsiType(host));
    expect(hosts).toEqual(["Workbook", "Workbook"]);
  });

  it("lists OfficeApp's children in the XSD's order", () => {
    const names = childElements(officeApp).map((element) => element.localName ?? "");
    for (const name of names) expect(OFFICE_APP_ORDER).toContain(name);
    const positions = names.map((name) => OFFICE_APP_ORDER.indexOf(name));
    const sorted = [...positions].sort((a, b) => a - b);
    expect(positions).toEqual(sorted);
    expect(new Set(names).size).toBe(names.length);
    for (const required of OFFICE_APP_REQUIRED) expect(names).toContain(required);
  });

  it("keeps the VersionOverrides parts in the XSD's order", () => {
    const inOrder = (parent: Element, order: string[]) => {
      const names = childElements(parent).map((element) => element.localName ?? "");
      expect(names.every((name) => order.includes(name))).toBe(true);
      expect(names).toEqual(order.filter((name) => names.includes(name)));
    };
    const versionOverrides = only(doc, "VersionOverrides");
    inOrder(versionOverrides, ["Description", "Requirements", "Hosts", "Resources"]);
    const workbookHost = descendants(versionOverrides, "Host")[0];
    inOrder(workbookHost, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    inOrder(only(doc, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    inOrder(only(doc, "Resources"), ["Images", "Urls", "ShortStrings", "LongStrings"]);
    inOrder(extensionPoint(doc, "CustomFunctions"), ["Script", "Page", "Metadata", "Namespace"]);
  });

  it("has a GUID id and a four-part version", () => {
    expect(only(doc, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  // Errors inside a spilled array (CustomFunctions.Error) need the custom functions runtime 1.2;
  // the planner's adapter uses ExcelApi 1.8 (charts 1.7, conditional formats 1.6, settings 1.4).
  it("requires the shared runtime 1.1, the custom functions runtime 1.2 and ExcelApi 1.8", () => {
    const sets = descendants(only(doc, "Requirements"), "Set").map(
      (set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`,
    );
    expect(sets).toEqual(
      expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2", "ExcelApi 1.8"]),
    );
  });

  it("defines every resid it uses, in the right kind of resource", () => {
    const missing: string[] = [];
    for (const element of referencesWithResid(doc)) {
      const resid = element.getAttribute("resid") ?? "";
      const kind = expectedResourceKind(element);
      if (!resourceTable[kind].has(resid)) missing.push(`<${element.localName} resid="${resid}"> needs a ${kind} entry`);
    }
    expect(missing).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(referencesWithResid(doc).map((element) => element.getAttribute("resid")));
    const unused = Object.values(resourceTable)
      .flatMap((entries) => [...entries.keys()])
      .filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it("keeps resource ids within 32 characters", () => {
    const ids = [
      ...Object.values(resourceTable).flatMap((entries) => [...entries.keys()]),
      ...referencesWithResid(doc).map((element) => element.getAttribute("resid") ?? ""),
    ];
    expect(ids.filter((id) => id.length === 0 || id.length > MAX_RESID)).toEqual([]);
  });

  it("keeps strings within Office's length limits", () => {
    const tooLong = (entries: Map<string, string>, limit: number) =>
      [...entries].filter(([, value]) => value.length === 0 || value.length > limit).map(([id]) => id);
    expect(tooLong(resourceTable.ShortStrings, MAX_SHORT_STRING)).toEqual([]);
    expect(tooLong(resourceTable.LongStrings, MAX_LONG_STRING)).toEqual([]);
    const displayName = childElements(officeApp).find((element) => element.localName === "DisplayName");
    const description = childElements(officeApp).find((element) => element.localName === "Description");
    expect(displayName?.getAttribute("DefaultValue")?.length).toBeGreaterThan(0);
    expect(displayName?.getAttribute("DefaultValue")?.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME);
    expect(description?.getAttribute("DefaultValue")?.length).toBeGreaterThan(0);
    expect(description?.getAttribute("DefaultValue")?.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it("uses https for every URL", () => {
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("runs the functions, the ribbon and the task pane in one long-lived runtime", () => {
    const runtimes = descendants(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeResid = runtime.getAttribute("resid");

    const customFunctions = extensionPoint(doc, "CustomFunctions");
    const page = only(only(customFunctions, "Page"), "SourceLocation");
    const functionFile = only(doc, "FunctionFile");
    const showTaskpaneActions = descendants(doc, "Action").filter((action) => xsiType(action) === "ShowTaskpane");
    expect(showTaskpaneActions.length).toBeGreaterThan(0);

    expect(page.getAttribute("resid")).toBe(runtimeResid);
    expect(functionFile.getAttribute("resid")).toBe(runtimeResid);
    for (const action of showTaskpaneActions) {
      expect(only(action, "SourceLocation").getAttribute("resid")).toBe(runtimeResid);
      expect(only(action, "TaskpaneId").textContent?.trim()).not.toBe("");
    }

    const runtimeUrl = resourceTable.Urls.get(runtimeResid ?? "");
    const defaultSettings = only(doc, "DefaultSettings");
    expect(only(defaultSettings, "SourceLocation").getAttribute("DefaultValue")).toBe(runtimeUrl);
    expect(runtimeUrl).toBe(`${devUrl}taskpane.html`);
  });

  it("points Excel at the built functions.js and functions.json, in the WFM namespace", () => {
    const customFunctions = extensionPoint(doc, "CustomFunctions");
    const urlOf = (part: string) =>
      resourceTable.Urls.get(only(only(customFunctions, part), "SourceLocation").getAttribute("resid") ?? "");
    expect(urlOf("Script")).toBe(`${devUrl}functions.js`);
    expect(urlOf("Metadata")).toBe(`${devUrl}functions.json`);
    const namespace = only(customFunctions, "Namespace").getAttribute("resid") ?? "";
    expect(resourceTable.ShortStrings.get(namespace)).toBe("WFM");
  });

  it("has a Staffing planner button on the ribbon", () => {
    const ribbon = extensionPoint(doc, "PrimaryCommandSurface");
    const labels = descendants(ribbon, "Control").map((control) =>
      resourceTable.ShortStrings.get(only(control, "Label").getAttribute("resid") ?? ""),
    );
    expect(labels).toContain("Staffing planner");
  });

  describe("in Estonian and Portuguese", () => {
    /** The Overrides of an element, by locale. */
    const overrides = (element: Element): Record<string, string> =>
      Object.fromEntries(
        childElements(element)
          .filter((child) => child.localName === "Override")
          .map((child) => [child.getAttribute("Locale") ?? "", child.getAttribute("Value") ?? ""]),
      );
    const resource = (kind: string, id: string): Element => {
      const found = descendants(only(doc, "Resources"), kind === "Urls" ? "Url" : "String").find((element) => element.getAttribute("id") === id);
      if (!found) throw new Error(`no resource ${id}`);
      return found;
    };
    const topLevel = (name: string) => childElements(officeApp).find((element) => element.localName === name) as Element;

    it("names its display name and description in each language, within Office's limits", () => {
      for (const [name, limit] of [
        ["DisplayName", MAX_DISPLAY_NAME],
        ["Description", MAX_DESCRIPTION],
      ] as const) {
        const values = overrides(topLevel(name));
        expect(Object.keys(values)).toEqual(LOCALES);
        for (const value of Object.values(values)) {
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(limit);
          expect(value).not.toBe(topLevel(name).getAttribute("DefaultValue"));
        }
      }
    });

    it("labels the ribbon and the Get Started callout in each language; the WFM namespace stays", () => {
      for (const [kind, limit] of [
        ["ShortStrings", MAX_SHORT_STRING],
        ["LongStrings", MAX_LONG_STRING],
      ] as const) {
        for (const [id, english] of resourceTable[kind]) {
          const values = overrides(resource(kind, id));
          if (id === "Functions.Namespace") {
            expect(values).toEqual({});
            continue;
          }
          expect([id, Object.keys(values)]).toEqual([id, LOCALES]);
          for (const value of Object.values(values)) {
            expect(value.length).toBeLessThanOrEqual(limit);
            expect(value).not.toBe(english);
          }
        }
      }
      expect(overrides(resource("ShortStrings", "PlannerButton.Label"))).toEqual({
        "et-EE": "Mehitatuse planeerija",
        "pt-BR": "Planejador de dimensionamento",
        "pt-PT": "Planeador de dimensionamento",
      });
    });

    it("points each language at its own translated functions metadata, and nothing else at another URL", () => {
      const metadata = resource("Urls", "Functions.Metadata.Url");
      expect(overrides(metadata)).toEqual(Object.fromEntries(LOCALES.map((locale) => [locale, `${devUrl}functions.${locale}.json`])));
      for (const [id] of resourceTable.Urls) if (id !== "Functions.Metadata.Url") expect(overrides(resource("Urls", id))).toEqual({});
    });
  });

  it("refers only to icons that are in assets/, at the size it declares", () => {
    for (const [id, url] of resourceTable.Images) {
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      const declared = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect(pngSize(file)).toEqual({ width: declared, height: declared });
    }
    const imageReferences = descendants(doc, "Image").filter((image) => image.hasAttribute("size"));
    expect(imageReferences.length).toBeGreaterThan(0);
    for (const image of imageReferences) {
      const size = image.getAttribute("size");
      const file = assetFile(resourceTable.Images.get(image.getAttribute("resid") ?? "") ?? "");
      expect(pngSize(file).width).toBe(Number(size));
    }
    const officeAppIcon = (name: string) =>
      childElements(officeApp)
        .find((element) => element.localName === name)
        ?.getAttribute("DefaultValue") ?? "";
    expect(pngSize(assetFile(officeAppIcon("IconUrl")))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(officeAppIcon("HighResolutionIconUrl")))).toEqual({ width: 64, height: 64 });
  });
});

/**
 * The build for an organisation, run as the README says (`ADDIN_URL=… npm run build`, here into a
 * temporary folder): the manifest Excel gets and the help links of functions.json must point at
 * that address and nowhere else, and the files they name must be in the build.
 */
describe("manifest.xml and functions.json as `ADDIN_URL=https://… npm run build` writes them", () => {
  const address = "https://contoso.example/wfm/";
  const packageJson = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  let output = "";
  let built = "";
  let helpUrls: string[] = [];

  /** `npm run build`'s own command (webpack-cli and its arguments), with the output elsewhere. */
  function runBuild(addinUrl: string, outputPath: string) {
    const [tool, ...args] = packageJson.scripts.build.split(/\s+/);
    expect(tool).toBe("webpack");
    return spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args, "--output-path", outputPath], {
      cwd: root,
      env: { ...process.env, ADDIN_URL: addinUrl },
      encoding: "utf8",
    });
  }

  beforeAll(() => {
    output = fs.mkdtempSync(path.join(os.tmpdir(), "wfm-addin-build-"));
    // Without the trailing slash: the build makes it a folder address.
    const build = runBuild("https://contoso.example/wfm", output);
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
    built = fs.readFileSync(path.join(output, "manifest.xml"), "utf8");
    const metadata = JSON.parse(fs.readFileSync(path.join(output, "functions.json"), "utf8")) as { functions: { helpUrl?: string }[] };
    helpUrls = metadata.functions.map((f) => f.helpUrl ?? "");
  }, 600_000);

  afterAll(() => {
    if (output) fs.rmSync(output, { recursive: true, force: true });
  });

  it("points every URL at the given address, Overrides included, and is otherwise the same manifest", () => {
    expect(built).not.toContain("localhost");
    const urls = allUrls(parse(built));
    expect(urls.length).toBeGreaterThan(5);
    for (const locale of LOCALES) expect(urls).toContain(`${address}functions.${locale}.json`);
    expect(urls.filter((url) => !url.startsWith(address))).toEqual([]);
    expect(built.split(address).join(devUrl)).toBe(manifestText);
    expect(only(parse(built), "SupportUrl").getAttribute("DefaultValue")).toBe(`${address}help.html`);
  });

  it("points every function's help link at help.html at that address", () => {
    expect(helpUrls.length).toBeGreaterThan(10);
    expect(helpUrls.filter((url) => !url.startsWith(`${address}help.html#wfm`))).toEqual([]);
  });

  it("holds every file the manifest (each locale's functions metadata too) and the help links name, at the same place under dist/", () => {
    const named = [...allUrls(parse(built)), ...helpUrls].map((url) => decodeURI(new URL(url).pathname).slice(new URL(address).pathname.length));
    const missing = [...new Set(named)].filter((file) => !fs.existsSync(path.join(output, file)));
    expect(missing).toEqual([]);
  });

  it.each([
    ["http://contoso.example/wfm/", "is not https://"],
    ["https://wfm-erlang-staffing.example.com/", "is the placeholder address"],
  ])("refuses %s with one line, and builds nothing", (refused, reason) => {
    const nowhere = path.join(output, "refused");
    const build = runBuild(refused, nowhere);
    expect(build.status).not.toBe(0);
    const said = build.stderr.trim();
    expect(said.split("\n")).toHaveLength(1);
    expect(said).toContain(`ADDIN_URL "${refused}" ${reason}`);
    expect(fs.existsSync(nowhere)).toBe(false);
  });
});
