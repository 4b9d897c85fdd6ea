import { LIMITS } from "../../src/engine";
import { MAX_FORECAST_ROWS, parseForecast } from "../../src/planner/forecast";
import type { CellGrid } from "../../src/planner/types";

function grid(values: unknown[][], at: Partial<CellGrid> = {}): CellGrid {
  return { sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values, ...at };
}

const HALF_HOUR = 1 / 48;

describe("reading a forecast", () => {
  test("recognises English headers and reads every row", () => {
    const reading = parseForecast(
      grid([
        ["Interval", "Calls", "AHT"],
        [16 * HALF_HOUR, 120, 300],
        [17 * HALF_HOUR, 135.5, 290],
      ]),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.hasHeaderRow).toBe(true);
    expect(reading.mapping).toEqual({ date: null, interval: 0, calls: 1, aht: 2 });
    expect(reading.recognised).toEqual({ date: false, interval: true, calls: true, aht: true });
    expect(reading.rows.map((r) => [r.intervalLabel, r.callsOffered, r.averageHandleSeconds, r.callsCell])).toEqual([
      ["08:00", 120, 300, "Forecast!B2"],
      ["08:30", 135.5, 290, "Forecast!B3"],
    ]);
    expect(reading.reference).toEqual({
      sheetName: "Forecast",
      tableName: null,
      firstRow: 2,
      rowCount: 2,
      dateColumn: null,
      intervalColumn: "A",
      callsColumn: "B",
      ahtColumn: "C",
      defaultAhtSeconds: null,
    });
  });

  test("Estonian headers in another order, placed away from A1", () => {
    const reading = parseForecast(
      grid(
        [
          ["Käsitlusaeg", "Intervall", "Kõned"],
          [310, "08:00", 40],
        ],
        { topRow: 5, leftColumn: 4 },
      ),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.reference).toMatchObject({ firstRow: 6, intervalColumn: "E", callsColumn: "F", ahtColumn: "D" });
    expect(reading.rows[0]).toMatchObject({ intervalLabel: "08:00", callsOffered: 40, averageHandleSeconds: 310, callsCell: "Forecast!F6" });
  });

  test("Portuguese headers", () => {
    const reading = parseForecast(
      grid([
        ["Intervalo", "Chamadas", "Tempo médio de atendimento"],
        ["08:00", 10, 240],
      ]),
    );
    expect(reading.mapping).toEqual({ date: null, interval: 0, calls: 1, aht: 2 });
    expect(reading.problems).toEqual([]);
  });

  test("every bad row is listed by cell with what to fix, and no row is partly accepted", () => {
    const reading = parseForecast(
      grid(
        [
          ["Interval", "Calls", "AHT"],
          ["08:00", 100, 300],
          ["08:30", "about 90", 300],
          ["09:00", -4, 300],
          ["09:30", 80, ""],
          ["10:00", 80, "#N/A"],
          ["10:30", 80, 0],
          ["", 70, 280],
          ["11:30", "", 280],
          ["12:00", true, 280],
          ["12:30", 60, "4 min"],
        ],
        { sheetName: "Forecast" },
      ),
    );
    expect(reading.problems).toEqual([
      { code: "textInNumberColumn", cell: "Forecast!B3", column: "calls", value: "about 90" },
      { code: "negativeCalls", cell: "Forecast!B4", value: -4 },
      { code: "missingAht", cell: "Forecast!C5" },
      { code: "errorInCell", cell: "Forecast!C6", column: "aht", value: "#N/A" },
      { code: "ahtOutOfRange", cell: "Forecast!C7", value: 0, min: 1, max: 86_400 },
      { code: "missingInterval", cell: "Forecast!A8" },
      { code: "missingCalls", cell: "Forecast!B9" },
      { code: "textInNumberColumn", cell: "Forecast!B10", column: "calls", value: "TRUE" },
      { code: "textInNumberColumn", cell: "Forecast!C11", column: "aht", value: "4 min" },
    ]);
    expect(reading.rows.map((r) => r.intervalLabel)).toEqual(["08:00"]);
  });

  test("AHT is checked against the engine's range, so every row that passes can be planned", () => {
    const reading = parseForecast(
      grid([
        ["Interval", "Calls", "AHT"],
        ["08:00", 100, 0.1234],
        ["08:30", 100, 90_000],
        ["09:00", 100, 1],
        // On a whole second, a fraction of 1 is the Excel time it stands for (12:00:00), said so.
        ["09:30", 100, 0.5],
      ]),
    );
    expect(reading.problems).toEqual([
      { code: "ahtOutOfRange", cell: "Forecast!C2", value: 0.1234, min: LIMITS.aht.low, max: LIMITS.aht.high },
      { code: "ahtOutOfRange", cell: "Forecast!C3", value: 90_000, min: 1, max: 86_400 },
      { code: "ahtIsTime", cell: "Forecast!C5", value: "12:00:00", seconds: 43_200 },
    ]);
  });

  test("a default AHT fills blank AHT cells, or stands in for a missing AHT column", () => {
    const withBlank = parseForecast(
      grid([
        ["Interval", "Calls", "AHT"],
        ["08:00", 100, ""],
        ["08:30", 90, 310],
      ]),
      { defaultAhtSeconds: 280 },
    );
    expect(withBlank.problems).toEqual([]);
    expect(withBlank.rows.map((r) => r.averageHandleSeconds)).toEqual([280, 310]);

    const noColumn = parseForecast(grid([["Interval", "Calls"], ["08:00", 100]]), { defaultAhtSeconds: 280 });
    expect(noColumn.problems).toEqual([]);
    expect(noColumn.reference).toMatchObject({ ahtColumn: null, defaultAhtSeconds: 280 });

    const noDefault = parseForecast(grid([["Interval", "Calls"], ["08:00", 100]]));
    expect(noDefault.problems).toEqual([{ code: "columnNotFound", column: "aht" }]);
  });

  test("columns the headers do not name can be mapped by hand", () => {
    const values = [
      ["Slot", "Contacts expected", "Secs"],
      ["08:00", 100, 300],
    ];
    const unrecognised = parseForecast(grid([["When", "How many", "How long"], ["08:00", 100, 300]]));
    expect(unrecognised.problems).toEqual([
      { code: "columnNotFound", column: "interval" },
      { code: "columnNotFound", column: "calls" },
      { code: "columnNotFound", column: "aht" },
    ]);
    expect(unrecognised.reference).toBeNull();
    const mapped = parseForecast(grid(values), { mapping: { calls: 1, aht: 2 } });
    expect(mapped.problems).toEqual([]);
    expect(mapped.recognised).toEqual({ date: false, interval: true, calls: false, aht: false });
    expect(mapped.rows[0]).toMatchObject({ callsOffered: 100, averageHandleSeconds: 300 });
  });

  test("one column cannot play two roles", () => {
    const reading = parseForecast(grid([["Interval", "Calls", "AHT"], ["08:00", 1, 2]]), { mapping: { aht: 1 } });
    expect(reading.problems).toEqual([{ code: "sameColumnTwice", column: "aht", other: "calls" }]);
  });

  test("without a header row (numbers in the first row) the mapping is needed", () => {
    const values = [
      [0.5, 100, 300],
      [0.52, 90, 300],
    ];
    const reading = parseForecast(grid(values, { topRow: 2 }), { mapping: { interval: 0, calls: 1, aht: 2 } });
    expect(reading.hasHeaderRow).toBe(false);
    expect(reading.rows).toHaveLength(2);
    expect(reading.reference?.firstRow).toBe(2);
  });

  test("trailing empty rows are not part of the forecast; an empty one is refused", () => {
    const reading = parseForecast(grid([["Interval", "Calls", "AHT"], ["08:00", 1, 2], ["", "", ""], ["", "", ""]]));
    expect(reading.reference?.rowCount).toBe(1);
    expect(parseForecast(grid([["Interval", "Calls", "AHT"]])).problems).toEqual([{ code: "noDataRows" }]);
  });

  test("sheet names with spaces are quoted in cell addresses", () => {
    const reading = parseForecast(grid([["Interval", "Calls", "AHT"], ["08:00", "x", 2]], { sheetName: "My forecast" }));
    expect(reading.problems[0]).toMatchObject({ cell: "'My forecast'!B2" });
  });

  test("refuses more rows than a plan can hold", () => {
    const values: unknown[][] = [["Interval", "Calls", "AHT"]];
    for (let i = 0; i <= MAX_FORECAST_ROWS; i++) values.push([i, 1, 1]);
    expect(parseForecast(grid(values)).problems).toEqual([
      { code: "tooManyRows", rows: MAX_FORECAST_ROWS + 1, limit: MAX_FORECAST_ROWS },
    ]);
  });

  test("date-time intervals are labelled with their date", () => {
    const serial = 45726 + 8 / 24; // 2025-03-10 08:00
    const reading = parseForecast(grid([["Interval", "Calls", "AHT"], [serial, 1, 2]]));
    expect(reading.rows[0].intervalLabel).toBe("2025-03-10 08:00");
  });

  test("an AHT typed as a time (0:04:00, or the text 4:00) is refused by its cell with the seconds it meant", () => {
    const fourMinutes = 4 / 1440; // Excel's 0:04:00
    const reading = parseForecast({
      ...grid([
        ["Interval", "Calls", "AHT"],
        ["08:00", 100, fourMinutes],
        ["08:30", 100, "4:00"],
        ["09:00", 100, "0:03:30"],
        ["09:30", 100, 0.0030671296296296297], // 0:04:25 on a General cell
        ["10:00", 100, 240],
      ]),
      numberFormats: [[], ["@", "0", "mm:ss"], [], [], [], []],
    });
    expect(reading.problems).toEqual([
      { code: "ahtIsTime", cell: "Forecast!C2", value: "0:04:00", seconds: 240 },
      { code: "ahtIsTime", cell: "Forecast!C3", value: "4:00", seconds: 240 },
      { code: "ahtIsTime", cell: "Forecast!C4", value: "0:03:30", seconds: 210 },
      { code: "ahtIsTime", cell: "Forecast!C5", value: "0:04:25", seconds: 265 },
    ]);
    expect(reading.rows.map((r) => r.averageHandleSeconds)).toEqual([240]);
  });

  test("a default AHT that is not a number of seconds in the engine's range is refused, not used", () => {
    for (const bad of [Number.NaN, -5, 0, 0.5, 90_000, Number.POSITIVE_INFINITY]) {
      const reading = parseForecast(grid([["Interval", "Calls", "AHT"], ["08:00", 100, ""]]), { defaultAhtSeconds: bad });
      expect(reading.problems).toEqual([
        { code: "defaultAhtInvalid", value: String(bad), min: LIMITS.aht.low, max: LIMITS.aht.high },
      ]);
      expect(reading.rows).toEqual([]);
    }
  });

  test("a time just before midnight reads as that time, never as a date", () => {
    const lastSecond = (23 * 3600 + 59 * 60 + 59) / 86_400;
    const reading = parseForecast(grid([["Interval", "Calls", "AHT"], [lastSecond, 1, 2], [0.99999999, 1, 2], [0.5 + 1e-12, 1, 2]]));
    expect(reading.rows.map((r) => r.intervalLabel)).toEqual(["23:59:59", "23:59:59", "12:00"]);
  });
});
