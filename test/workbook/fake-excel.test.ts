/**
 * The simulated workbook behaves like Excel where the adapter's correctness depends on it:
 * batches run at sync, a failing operation stops its batch, loads are needed before reads,
 * and Excel's own checks refuse what real Excel refuses.
 */
import { createFakeExcel, installFakeExcel } from "../support/fake-excel";

/* eslint-disable @typescript-eslint/no-explicit-any -- the fake's context is typed loosely on purpose */

describe("the simulated Excel", () => {
  test("operations wait for sync; reading before load and sync throws PropertyNotLoaded", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data", values: [[1, 2]] }] });
    await fake.run(async (context: any) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [[3, 4]];
      expect(fake.sheet("Data").values("A1:B1")).toEqual([[1, 2]]);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[3, 4]]);
    });
    expect(fake.syncCount).toBe(1);
  });

  test("a failing operation rejects the sync; earlier ones stay done, later ones never run", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (context: any) => {
        context.workbook.worksheets.add("One");
        context.workbook.worksheets.add("Bad/name");
        context.workbook.worksheets.add("Three");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheetNames()).toEqual(["Sheet1", "One"]);
  });

  test("Excel's checks: unique sheet names ignoring case, 31 characters, array shapes, tables that overlap", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Plan" }] });
    const attempt = (body: (context: any) => void) =>
      fake.run(async (context: any) => {
        body(context);
        await context.sync();
      });
    await expect(attempt((c) => c.workbook.worksheets.add("PLAN"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(attempt((c) => c.workbook.worksheets.add("x".repeat(32)))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((c) => (c.workbook.worksheets.getItem("Plan").getRange("A1:B2").formulas = [[1, 2]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await attempt((c) => c.workbook.worksheets.getItem("Plan").tables.add("A1:B3", true));
    await expect(attempt((c) => c.workbook.worksheets.getItem("Plan").tables.add("B2:C4", true))).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(attempt((c) => c.workbook.worksheets.getItem("Plan").charts.add("Lines", c.workbook.worksheets.getItem("Plan").getRange("A1:A2"), "Columns"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((c) => c.workbook.worksheets.getItem("Missing"))).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("null objects, used ranges and formulas kept as text", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data", at: "B2", values: [["=1+1", "12", "'007"]] }] });
    await fake.run(async (context: any) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const used = context.workbook.worksheets.getItem("Data").getUsedRange().load("address,values,formulas");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.address).toBe("Data!B2:D2");
      expect(used.values).toEqual([["=1+1", 12, "007"]]);
    });
  });

  test("settings keep JSON values; the global Excel can be installed and removed", async () => {
    const fake = createFakeExcel();
    const undo = installFakeExcel(fake);
    await Excel.run(async (context) => {
      context.workbook.settings.add("k", { a: [1, 2] });
      await context.sync();
      const setting = context.workbook.settings.getItemOrNullObject("k").load("value");
      await context.sync();
      expect(setting.value).toEqual({ a: [1, 2] });
    });
    undo();
    expect((globalThis as any).Excel).toBeUndefined();
    expect(fake.setting("k")).toEqual({ a: [1, 2] });
  });

  test("Excel.run syncs what is left at the end, without counting it as the code's sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context: any) => {
      context.workbook.worksheets.add("Late");
    });
    expect(fake.sheetNames()).toEqual(["Sheet1", "Late"]);
    expect(fake.syncCount).toBe(0);
    expect(fake.roundTrips).toBe(1);
  });
});
