/** The writer's small pieces: number formats as shown, XML escaping, base64. */
import { toBase64 } from "../../src/xlsx/base64";
import { formatNumber } from "../../src/xlsx/number-format";
import { cellText, escapeXml } from "../../src/xlsx/xml";

describe("formatNumber shows numbers as Excel does under the add-in's formats", () => {
  test.each([
    [1234.567, "#,##0.0", "1,234.6"],
    [1234567, "#,##0", "1,234,567"],
    [0.8234, "0.0%", "82.3%"],
    [0.8, "0%", "80%"],
    [-0.031, "+0.0%;-0.0%;0.0%", "-3.1%"],
    [0.012, "+0.0%;-0.0%;0.0%", "+1.2%"],
    [0, "+0.0%;-0.0%;0.0%", "0.0%"],
    [0.031, '"−"0.0%', "−3.1%"],
    [3.5, '0.0 "s"', "3.5 s"],
    [12.345, "0.00", "12.35"],
    [-7, "0", "-7"],
    [0.45, "#.0", ".5"],
    [0.4375, "hh:mm", "10:30"],
    [0.4375, "h:mm AM/PM", "10:30 AM"],
    [46082, "yyyy-mm-dd", "2026-03-01"],
    [46082, "ddd d mmm", "Sun 1 Mar"],
    [46082.5, "yyyy-mm-dd hh:mm", "2026-03-01 12:00"],
    [46113, "dddd d mmmm yyyy", "Wednesday 1 April 2026"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [0.1 + 0.2, "General", "0.3"],
    [123456789012, "General", "1.23457E+11"],
    [42, "@", "42"],
  ])("%p under %p is %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe("XML text", () => {
  test("markup is escaped and characters XML cannot hold are dropped; surrogate pairs stay", () => {
    expect(escapeXml(`a<b>&"c"\u0001\uFFFE\uD800x😀`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;x😀");
  });

  test("cell text protects SpreadsheetML's _xHHHH_ escape and writes control characters with it", () => {
    expect(cellText("_x0041_ and\ttab\u0007")).toBe("_x005F_x0041_ and\ttab_x0007_");
  });
});

describe("toBase64", () => {
  test("matches Node's encoder for every padding case and for all byte values", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const bytes of [new Uint8Array(0), all.slice(0, 1), all.slice(0, 2), all.slice(0, 3), all, all.slice(1)]) {
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
