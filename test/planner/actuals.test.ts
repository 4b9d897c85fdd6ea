/**
 * Reading an ACD export: headers in three languages, one datetime column or date + time
 * columns (read as the forecast reads them), every cell checked, percent columns in either
 * scale, and blanks refused unless nothing happened in the interval.
 */
import { parseActuals, MAX_ACTUALS_ROWS, type ActualsReading } from "../../src/planner/actuals";
import type { CellGrid } from "../../src/planner/types";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

const EIGHT = 8 / 24;
const HALF_HOUR = 1 / 48;

function read(values: unknown[][], options: Parameters<typeof parseActuals>[1] = {}, formats?: string[][]): ActualsReading {
  const grid: CellGrid = { sheetName: "ACD", tableName: null, topRow: 1, leftColumn: 1, values, numberFormats: formats };
  return parseActuals(grid, options);
}

const ENGLISH = ["Interval start", "Calls offered", "Answered", "Answered within 20s", "Abandoned", "AHT (s)"];

describe("recognising the columns", () => {
  test("English headers, one column of dates and times", () => {
    const reading = read([ENGLISH, [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240]]);
    expect(reading.problems).toEqual([]);
    expect(reading.mapping).toMatchObject({ date: null, interval: 0, offered: 1, answered: 2, answeredWithin: 3, abandoned: 4, aht: 5 });
    expect(reading.rows).toEqual([
      expect.objectContaining({
        day: MONDAY_2025_03_03,
        secondOfDay: 8 * 3600,
        intervalLabel: "2025-03-03 08:00",
        offered: 100,
        answered: 92,
        answeredWithin: 80,
        abandoned: 8,
        abandonedWithin: null,
        ahtSeconds: 240,
        intervalCell: "ACD!A2",
        offeredCell: "ACD!B2",
      }),
    ]);
  });

  test.each([
    [
      "Estonian",
      ["Kuupäev", "Kellaaeg", "Pakutud kõned", "Vastatud kõned", "Vastatud sihtaja jooksul", "Katkestatud kõned", "Keskmine käsitlusaeg", "Keskmine vastamisaeg"],
    ],
    [
      "Portuguese",
      ["Data", "Hora", "Chamadas oferecidas", "Chamadas atendidas", "Atendidas no NS", "Chamadas abandonadas", "TMA", "TME"],
    ],
  ])("%s headers with a date and a time column", (_language, headers) => {
    const reading = read([headers, [MONDAY_2025_03_03, EIGHT, 100, 92, 80, 8, 240, 12]]);
    expect(reading.problems).toEqual([]);
    expect(reading.mapping).toMatchObject({
      date: 0,
      interval: 1,
      offered: 2,
      answered: 3,
      answeredWithin: 4,
      abandoned: 5,
      aht: 6,
      asa: 7,
    });
    expect(reading.rows[0]).toMatchObject({ day: MONDAY_2025_03_03, secondOfDay: 8 * 3600, asaSeconds: 12 });
  });

  test("optional staffing columns and short abandons", () => {
    const headers = [...ENGLISH, "Abandoned in 20s", "ASA", "Staff scheduled", "Agents logged in", "Adherence %", "Shrinkage %"];
    const reading = read([headers, [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240, 3, 15, 20, 15, 0.9, 0.3]]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows[0]).toMatchObject({
      abandonedWithin: 3,
      asaSeconds: 15,
      staffScheduled: 20,
      agentsLoggedIn: 15,
      adherence: 0.9,
      shrinkage: 0.3,
    });
  });

  test("a service level column instead of answered within: answered within = service level × offered", () => {
    const reading = read([
      ["Date/time", "Offered", "Answered", "Service level", "Abandoned", "AHT"],
      [MONDAY_2025_03_03 + EIGHT, 200, 190, 0.85, 10, 240],
      [MONDAY_2025_03_03 + EIGHT + HALF_HOUR, 0, 0, "", 0, ""],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((row) => row.answeredWithin)).toEqual([170, 0]);
    expect(reading.rows[1].ahtSeconds).toBeNull();
  });

  test("columns chosen by hand win over the headers", () => {
    const reading = read(
      [
        ["When", "Total", "Ans", "In time", "Lost", "Talk"],
        [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240],
      ],
      { mapping: { interval: 0, offered: 1, answered: 2, answeredWithin: 3, abandoned: 4, aht: 5 } },
    );
    expect(reading.problems).toEqual([]);
    expect(reading.recognised.offered).toBe(false);
    expect(reading.rows[0].answeredWithin).toBe(80);
  });

  test("missing required columns are named, answered within or a service level counting as one", () => {
    const reading = read([["Interval", "Offered"], [MONDAY_2025_03_03 + EIGHT, 100]]);
    expect(reading.problems).toEqual([
      { code: "columnNotFound", column: "answered" },
      { code: "columnNotFound", column: "abandoned" },
      { code: "columnNotFound", column: "aht" },
      { code: "columnNotFound", column: "answeredWithin" },
    ]);
  });
});

describe("every cell is checked", () => {
  test("bad cells are listed by address and the row is left out", () => {
    const reading = read([
      ENGLISH,
      [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240],
      [MONDAY_2025_03_03 + EIGHT + HALF_HOUR, "lots", 92, "", -1, 0.003125],
      ["", 10, 10, 10, 0, 200],
      [MONDAY_2025_03_03 + EIGHT + 2 * HALF_HOUR, 10, 10, 10, 0, 0],
      [MONDAY_2025_03_03 + EIGHT, 10, 10, "#N/A", 0, 200],
    ]);
    expect(reading.problems).toEqual([
      { code: "textInNumberColumn", cell: "ACD!B3", column: "offered", value: "lots" },
      { code: "missingValue", cell: "ACD!D3", column: "answeredWithin" },
      { code: "negativeValue", cell: "ACD!E3", column: "abandoned", value: -1 },
      { code: "secondsAsTime", cell: "ACD!F3", column: "aht", value: "0:04:30", seconds: 270 },
      { code: "missingInterval", cell: "ACD!A4" },
      { code: "ahtNotPositive", cell: "ACD!F5", value: 0 },
      { code: "errorInCell", cell: "ACD!D6", column: "answeredWithin", value: "#N/A" },
    ]);
    expect(reading.rows).toHaveLength(1);
  });

  test("two rows at the same moment are refused, as in a forecast", () => {
    const reading = read([ENGLISH, [MONDAY_2025_03_03 + EIGHT, 1, 1, 1, 0, 200], [MONDAY_2025_03_03 + EIGHT, 1, 1, 1, 0, 200]]);
    expect(reading.problems).toEqual([{ code: "repeatedInterval", cell: "ACD!A3", first: "ACD!A2", dated: true }]);
  });

  test("actuals need dates; a text interval needs a time", () => {
    expect(read([ENGLISH, [EIGHT, 1, 1, 1, 0, 200]]).problems).toEqual([{ code: "actualsWithoutDates" }]);
    const labelled = read([["Date", "Interval", ...ENGLISH.slice(1)], [MONDAY_2025_03_03, "Morning", 1, 1, 1, 0, 200]]);
    expect(labelled.problems).toEqual([{ code: "notATime", cell: "ACD!B2", value: "Morning" }]);
  });

  test("AHT and ASA may be blank only where no call was answered", () => {
    const reading = read([
      [...ENGLISH, "ASA"],
      [MONDAY_2025_03_03 + EIGHT, 3, 0, 0, 3, "", ""],
      [MONDAY_2025_03_03 + EIGHT + HALF_HOUR, 3, 1, 1, 2, "", ""],
    ]);
    expect(reading.problems).toEqual([
      { code: "missingValue", cell: "ACD!F3", column: "aht" },
      { code: "missingValue", cell: "ACD!G3", column: "asa" },
    ]);
  });

  test("a percent column in percent points is read as such; a number above 100 is refused", () => {
    const points = read([
      [...ENGLISH, "Staff scheduled", "Adherence", "Shrinkage"],
      [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240, 20, 92.5, 30],
      [MONDAY_2025_03_03 + EIGHT + HALF_HOUR, 100, 92, 80, 8, 240, 0, "", ""],
    ]);
    expect(points.problems).toEqual([]);
    expect(points.percentScales).toEqual({ adherence: "points", shrinkage: "points" });
    expect(points.rows[0].adherence).toBeCloseTo(0.925, 15);
    expect(points.rows[0].shrinkage).toBeCloseTo(0.3, 15);
    // Nobody scheduled: adherence and shrinkage may be blank.
    expect(points.rows[1]).toMatchObject({ adherence: null, shrinkage: null });

    const fractions = read([
      [...ENGLISH, "Adherence"],
      [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240, 0.9],
      [MONDAY_2025_03_03 + EIGHT + HALF_HOUR, 100, 92, 80, 8, 240, 130],
    ]);
    // One number above 1 makes the column percent points; 130 of them is refused.
    expect(fractions.percentScales).toEqual({ adherence: "points" });
    expect(fractions.problems).toEqual([{ code: "notAPercent", cell: "ACD!G3", column: "adherence", value: 130, points: true }]);
    const plain = read([[...ENGLISH, "Adherence"], [MONDAY_2025_03_03 + EIGHT, 100, 92, 80, 8, 240, 0.9]]);
    expect(plain.percentScales).toEqual({ adherence: "fraction" });
    expect(plain.rows[0].adherence).toBe(0.9);
  });

  test("up to a month of quarter-hours", () => {
    const rows = Array.from({ length: MAX_ACTUALS_ROWS + 1 }, (_, i) => [MONDAY_2025_03_03 + i / 96, 1, 1, 1, 0, 200]);
    expect(read([ENGLISH, ...rows]).problems).toEqual([{ code: "tooManyRows", rows: MAX_ACTUALS_ROWS + 1, limit: MAX_ACTUALS_ROWS }]);
    const month = read([ENGLISH, ...rows.slice(0, MAX_ACTUALS_ROWS)]);
    expect(month.problems).toEqual([]);
    expect(month.days).toBe(31);
    expect(month.intervalMinutes).toBe(15);
  });
});
