import * as api from "../../src/workbook/api";
import { forecastSheet, forecastValues, snapshot, workbook } from "./helpers";

describe("createSampleForecast", () => {
  test("writes 48 half-hours with calls and AHT to a new sheet with a table, and records it", async () => {
    const fake = workbook({ sheets: [{ name: "Sheet1" }] });
    const result = await api.createSampleForecast();
    expect(result).toEqual({
      ok: true,
      value: {
        sheetName: "Sample forecast",
        tableName: "WFM_SampleForecast_1",
        reference: {
          sheetName: "Sample forecast",
          tableName: "WFM_SampleForecast_1",
          firstRow: 2,
          rowCount: 48,
          dateColumn: null,
          intervalColumn: "A",
          callsColumn: "B",
          ahtColumn: "C",
          defaultAhtSeconds: null,
        },
      },
    });
    const sheet = fake.sheet("Sample forecast");
    expect(sheet.values("A1:C1")).toEqual([["Interval", "Calls", "AHT (s)"]]);
    expect(sheet.values("A2:A3")).toEqual([[0], [1 / 48]]);
    expect(sheet.cell("A20").numberFormat).toBe("hh:mm");
    expect(sheet.tableAddress("WFM_SampleForecast_1")).toBe("A1:C49");
    expect(fake.syncsPerRun).toEqual([3]);
    expect((await api.sheetStatus("Sample forecast")).ok).toBe(true);
    expect(await api.listGeneratedSheets()).toMatchObject({ ok: true, value: [{ sheetName: "Sample forecast", kind: "sample" }] });
  });

  test("a second sample gets its own sheet and table; the first stays", async () => {
    const fake = workbook({ sheets: [{ name: "Sample forecast", values: [["my data"]] }] });
    const before = snapshot(fake, "Sample forecast");
    const first = await api.createSampleForecast();
    const second = await api.createSampleForecast();
    expect(first.ok && first.value.sheetName).toBe("Sample forecast (2)");
    expect(second.ok && second.value).toMatchObject({ sheetName: "Sample forecast (3)", tableName: "WFM_SampleForecast_2" });
    expect(snapshot(fake, "Sample forecast")).toBe(before);
  });

  test("the sample reads back as a clean forecast", async () => {
    workbook({});
    const sample = await api.createSampleForecast();
    if (!sample.ok) throw new Error("sample failed");
    const read = await api.readForecast({ kind: "table", name: sample.value.tableName });
    expect(read.ok && read.value.reading.problems).toEqual([]);
    expect(read.ok && read.value.reading.reference).toEqual(sample.value.reference);
  });
});

describe("readForecast", () => {
  test("from the selection, recognising Estonian headers", async () => {
    workbook({ sheets: [forecastSheet(48, "Prognoos", ["Intervall", "Kõned", "Käsitlusaeg"])], selection: "Prognoos!A1:C49" });
    const read = await api.readForecast({ kind: "selection" });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.address).toBe("Prognoos!A1:C49");
    expect(read.value.reading.recognised).toEqual({ date: false, interval: true, calls: true, aht: true });
    expect(read.value.reading.rows).toHaveLength(48);
    expect(read.value.reading.reference).toMatchObject({ sheetName: "Prognoos", firstRow: 2, rowCount: 48 });
  });

  test("a single selected cell means the sheet's data; whole columns are cut to the used rows", async () => {
    const fake = workbook({ sheets: [forecastSheet(48, "Previsão", ["Intervalo", "Chamadas", "TMA"])], selection: "Previsão!B7" });
    const single = await api.readForecast({ kind: "selection" });
    expect(single.ok && single.value.address).toBe("Previsão!A1:C49");
    fake.select("'Previsão'!A:C");
    const columns = await api.readForecast({ kind: "selection" });
    expect(columns.ok && columns.value.reading.rows).toHaveLength(48);
    expect(fake.syncsPerRun).toEqual([2, 2]);
  });

  test("bad rows come back as problems with cell addresses, not as a failure", async () => {
    const values = forecastValues(5);
    values[2][1] = "twelve";
    values[4][1] = -3;
    values[5][2] = "";
    workbook({ sheets: [{ name: "Forecast", values }], selection: "Forecast!A1:C6" });
    const read = await api.readForecast({ kind: "selection" });
    expect(read.ok && read.value.reading.problems).toEqual([
      { code: "textInNumberColumn", cell: "Forecast!B3", column: "calls", value: "twelve" },
      { code: "negativeCalls", cell: "Forecast!B5", value: -3 },
      { code: "missingAht", cell: "Forecast!C6" },
    ]);
    const withDefault = await api.readForecast({ kind: "selection" }, { defaultAhtSeconds: 300 });
    expect(withDefault.ok && withDefault.value.reading.problems.map((p) => p.code)).toEqual(["textInNumberColumn", "negativeCalls"]);
  });

  test("from a typed range with a manual mapping", async () => {
    workbook({
      sheets: [
        {
          name: "Data",
          at: "C3",
          values: [
            ["When", "Secs", "How many"],
            [0.5, 300, 10],
          ],
        },
      ],
    });
    const read = await api.readForecast({ kind: "range", address: "Data!C3:E4" }, { mapping: { interval: 0, calls: 2, aht: 1 } });
    expect(read.ok && read.value.reading.reference).toMatchObject({ intervalColumn: "C", callsColumn: "E", ahtColumn: "D", firstRow: 4 });
  });

  test("unknown tables, sheets and addresses are reported", async () => {
    workbook({ sheets: [forecastSheet(2)] });
    expect(await api.readForecast({ kind: "table", name: "Nope" })).toEqual({ ok: false, error: { code: "tableNotFound", tableName: "Nope" } });
    expect(await api.readForecast({ kind: "range", address: "Nope!A1:B2" })).toEqual({
      ok: false,
      error: { code: "sheetNotFound", sheetName: "Nope" },
    });
    expect(await api.readForecast({ kind: "range", address: "A1:::" })).toEqual({ ok: false, error: { code: "invalidAddress", address: "A1:::" } });
  });

  test("an empty sheet's selection is not usable", async () => {
    workbook({ sheets: [{ name: "Empty" }] });
    expect(await api.readForecast({ kind: "selection" })).toEqual({ ok: false, error: { code: "selectionNotUsable", address: "Empty!A1" } });
  });

  test("re-reading a scenario's reference", async () => {
    workbook({ sheets: [forecastSheet(48)] });
    const read = await api.readForecast({
      kind: "reference",
      reference: { sheetName: "Forecast", tableName: null, firstRow: 2, rowCount: 48, dateColumn: null, intervalColumn: "A", callsColumn: "B", ahtColumn: "C", defaultAhtSeconds: null },
    });
    expect(read.ok && read.value.reading.rows).toHaveLength(48);
    expect(read.ok && read.value.address).toBe("Forecast!A2:C49");
  });

  test("lists tables with their headers", async () => {
    workbook({ sheets: [forecastSheet(10)], tables: [{ name: "Volumes", sheet: "Forecast", address: "A1:C11" }] });
    expect(await api.listTables()).toEqual({
      ok: true,
      value: [{ name: "Volumes", sheetName: "Forecast", address: "Forecast!A1:C11", headers: ["Interval", "Calls", "AHT"], rowCount: 10 }],
    });
  });

  test("the selection's address for the roster picker", async () => {
    workbook({ sheets: [forecastSheet(10)], selection: "Forecast!D2:D11" });
    expect(await api.getSelectionAddress()).toEqual({ ok: true, value: "Forecast!D2:D11" });
  });
});
