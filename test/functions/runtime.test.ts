/**
 * @jest-environment node
 *
 * With Excel's CustomFunctions runtime present, registration reaches it and errors are real
 * CustomFunctions.Error values with Excel's codes; without it, neither throws.
 */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const associated = new Map<string, unknown>();

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: (id: string, fn: unknown) => associated.set(id, fn),
    Error: FakeExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      invalidNumber: "#NUM!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

async function load(): Promise<typeof import("../../src/functions/functions")> {
  let loaded: typeof import("../../src/functions/functions") | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await import("../../src/functions/functions");
  });
  return loaded!;
}

test("the associate lines webpack appends reach Excel's runtime through the module's binding", async () => {
  // custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", fn);` to functions.ts
  // in the bundle (checked in dist-reference.test.ts); here the same call is made by hand.
  const wfm = await load();
  associated.clear();
  for (const [id, fn] of Object.entries(wfm.WORKSHEET_FUNCTIONS)) wfm.CustomFunctions.associate(id, fn);
  expect([...associated.keys()].sort()).toEqual(Object.keys(wfm.WORKSHEET_FUNCTIONS).sort());
  expect(associated.get("AGENTS_REQUIRED")).toBe(wfm.agentsRequired);
});

test("without Excel's runtime, associating does nothing and does not throw", async () => {
  const wfm = await load();
  const saved = (globalThis as Record<string, unknown>).CustomFunctions;
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  try {
    expect(() => wfm.CustomFunctions.associate("TRAFFIC", wfm.traffic)).not.toThrow();
    const error = wfm.traffic([["many"]], [[180]])[0][0];
    expect(error).toEqual({ code: "#VALUE!", message: expect.stringContaining("calls") });
  } finally {
    (globalThis as Record<string, unknown>).CustomFunctions = saved;
  }
});

test("errors are CustomFunctions.Error values with Excel's codes and a message", async () => {
  const wfm = await load();
  const text = wfm.traffic([["many"]], [[180]])[0][0];
  expect(text).toBeInstanceOf(FakeExcelError);
  expect(text).toMatchObject({ code: "#VALUE!" });
  const range = wfm.traffic([[-1]], [[180]])[0][0];
  expect(range).toBeInstanceOf(FakeExcelError);
  expect(range).toMatchObject({ code: "#VALUE!" });
  expect((range as FakeExcelError).message).toContain("calls");
  const unreachable = wfm.agentsRequired([[100]], [[180]], [[1]], [[20]])[0][0];
  expect(unreachable).toBeInstanceOf(FakeExcelError);
  expect(unreachable).toMatchObject({ code: "#N/A", message: expect.stringContaining("100%") });
});

test("an Excel error value in an argument passes through as the same value", async () => {
  const wfm = await load();
  const incoming = new FakeExcelError("#DIV/0!");
  expect(wfm.traffic([[incoming]], [[180]])[0][0]).toBe(incoming);
});

test("an error cell inside a range arrives as a CustomFunctions.Error and comes back in its own cell only", async () => {
  // What Excel passes once functions.json sets allowErrorForDataTypeAny (checked in metadata.test.ts).
  const wfm = await load();
  const notAvailable = new FakeExcelError("#N/A");
  const result = wfm.agentsRequired([[100], [notAvailable], [140]], [[180]], [[0.8]], [[20]]);
  expect(result).toEqual([[14], [notAvailable], [18]]);
  expect(result[1][0]).toBe(notAvailable);
});

test("an error Excel does not let a function return becomes a real #VALUE! that names it", async () => {
  const wfm = await load();
  const result = wfm.traffic([[new FakeExcelError("#REF!")]], [[180]])[0][0];
  expect(result).toBeInstanceOf(FakeExcelError);
  expect(result).toMatchObject({ code: "#VALUE!", message: "calls is #REF! in this cell: fix that cell first." });
});

test("a data-type error value comes back as a real error with its code", async () => {
  const wfm = await load();
  const result = wfm.traffic([[{ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }]], [[180]])[0][0];
  expect(result).toBeInstanceOf(FakeExcelError);
  expect(result).toMatchObject({ code: "#DIV/0!" });
});

test("#NUM! and #DIV/0!, for functions whose specification asks for them, are real errors too", async () => {
  let runtime: typeof import("../../src/functions/excel-runtime") | undefined;
  await jest.isolateModulesAsync(async () => {
    runtime = await import("../../src/functions/excel-runtime");
  });
  for (const code of ["#NUM!", "#DIV/0!"] as const) {
    const error = runtime!.excelError(code, "no message is shown with this code");
    expect(error).toBeInstanceOf(FakeExcelError);
    expect(error.code).toBe(code);
  }
});
