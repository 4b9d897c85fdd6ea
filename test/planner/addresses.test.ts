import {
  cellAddress,
  columnLetters,
  columnNumber,
  displaySheet,
  formulaCell,
  parseAddress,
  quoteSheet,
} from "../../src/planner/addresses";

describe("addresses", () => {
  test("column letters both ways", () => {
    for (const [n, s] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ] as const) {
      expect(columnLetters(n)).toBe(s);
      expect(columnNumber(s)).toBe(n);
    }
  });

  test("formulas always quote the sheet, doubling apostrophes", () => {
    expect(quoteSheet("Forecast")).toBe("'Forecast'");
    expect(formulaCell("Bob's forecast", "B", 2)).toBe("'Bob''s forecast'!B2");
  });

  test("messages quote only when Excel would", () => {
    expect(cellAddress("Forecast", 3, 7)).toBe("Forecast!C7");
    expect(cellAddress("Sample forecast", 2, 4)).toBe("'Sample forecast'!B4");
    expect(displaySheet("A1")).toBe("'A1'");
    expect(displaySheet("2024")).toBe("'2024'");
  });

  test("parses what Excel reports and what people type", () => {
    expect(parseAddress("Forecast!A1:C49")).toEqual({ sheetName: "Forecast", top: 1, left: 1, bottom: 49, right: 3 });
    expect(parseAddress("'Bob''s sheet'!$B$2")).toEqual({ sheetName: "Bob's sheet", top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseAddress("D:D")).toEqual({ sheetName: null, top: 1, left: 4, bottom: 1_048_576, right: 4 });
    expect(parseAddress("c3:a1")).toEqual({ sheetName: null, top: 1, left: 1, bottom: 3, right: 3 });
  });

  test.each(["", "A", "A1:B2:C3", "Sheet!", "A1,B2", "1A", "A0"])("refuses %j", (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});
