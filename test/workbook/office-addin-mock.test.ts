/**
 * The adapter against office-addin-mock (Microsoft's mock of the Office JS API): reading the
 * selection's address and bringing a sheet to the front. The writing paths (sample, plan,
 * comparison, roster check) are in office-addin-mock-writes.test.ts. Batches that fail part-way
 * (needed for rollback) run against test/support/fake-excel.ts, as office-addin-mock does not
 * model them.
 */
import { OfficeMockObject } from "office-addin-mock";
import { countingRun } from "../support/office-mock";
import * as api from "../../src/workbook/api";

/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped */

function install(data: Record<string, unknown>): { mock: any; syncs: () => number } {
  let syncs = 0;
  const mock = new OfficeMockObject({
    ...data,
    run: countingRun(() => syncs++),
  }) as any;
  (globalThis as any).Excel = mock;
  return { mock, syncs: () => syncs };
}

afterEach(() => {
  delete (globalThis as any).Excel;
});

test("getSelectionAddress loads the address and syncs once", async () => {
  const { syncs } = install({
    context: {
      workbook: {
        range: { address: "Forecast!D2:D49" },
        getSelectedRange: function (this: any) {
          return this.range;
        },
      },
    },
  });
  expect(await api.getSelectionAddress()).toEqual({ ok: true, value: "Forecast!D2:D49" });
  expect(syncs()).toBe(1);
});

/**
 * office-addin-mock wants every property loaded, isNullObject included, while Excel answers
 * isNullObject after any sync; so the worksheet here is a plain object the mock does not wrap.
 */
function worksheet(name: string, isNullObject: boolean, activate: () => void): unknown {
  return {
    name,
    isNullObject,
    activate,
    load() {
      return this;
    },
  };
}

test("showSheet activates an existing sheet", async () => {
  let activated = false;
  const { syncs } = install({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: () => worksheet("Plan - Base", false, () => (activated = true)),
        },
      },
    },
  });
  expect(await api.showSheet("Plan - Base")).toEqual({ ok: true, value: undefined });
  expect(activated).toBe(true);
  expect(syncs()).toBe(2);
});

test("showSheet reports a missing sheet without activating anything", async () => {
  install({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: () => worksheet("", true, () => undefined),
        },
      },
    },
  });
  expect(await api.showSheet("Gone")).toEqual({ ok: false, error: { code: "sheetNotFound", sheetName: "Gone" } });
});

test("an Excel error becomes excelFailed with Excel's message", async () => {
  install({
    context: {
      workbook: {
        getSelectedRange: () => {
          throw Object.assign(new Error("The selection is not a single range."), { code: "InvalidSelection" });
        },
      },
    },
  });
  expect(await api.getSelectionAddress()).toEqual({
    ok: false,
    error: {
      code: "excelFailed",
      operation: "getSelectionAddress",
      detail: "InvalidSelection: The selection is not a single range.",
      rolledBack: false,
    },
  });
});
