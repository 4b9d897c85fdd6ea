/**
 * Bundled by the browser test (esbuild, at test time) and injected with page.addInitScript, so
 * it runs before Office.js and before the pane's own code: it makes helper-3's simulated
 * workbook the page's global `Excel`, seeded with whatever the test put in `__fakeExcelSeed`,
 * and leaves it on `window.fakeExcel` for the test to inspect what the pane wrote.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeExcelSeed } from "../support/fake-excel";

export interface FakeExcelWindow {
  __fakeExcelSeed?: FakeExcelSeed;
  fakeExcel?: FakeExcel;
}

const page = window as unknown as FakeExcelWindow;
const fake = createFakeExcel(page.__fakeExcelSeed ?? {});
installFakeExcel(fake, window);
page.fakeExcel = fake;
