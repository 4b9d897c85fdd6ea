/**
 * The values-only guard: formulas become their values, cost rows go (and what is below moves up,
 * as when Excel deletes a row), and anything that could still compute or name the add-in is
 * refused, by cell.
 */
import {
  assertClientSafe,
  ClientSafetyError,
  clientSafetyProblems,
  toClientSafe,
  type ClientSafetyProblem,
} from "../../src/planner/client-safe";
import { label } from "../../src/planner/labels";
import type { SheetSpec } from "../../src/planner/layout";

function sheet(partial: Partial<SheetSpec>): SheetSpec {
  return { blocks: [], tables: [], charts: [], highlights: [], columnWidths: [], autofit: [], ...partial };
}

function refusal(action: () => unknown): ClientSafetyProblem[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ClientSafetyError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ClientSafetyError");
}

describe("toClientSafe: values for formulas", () => {
  const spec = sheet({
    blocks: [
      { address: "A1:B1", cells: [["Service level", "=WFM.SL_PERIOD(C2:C9,D2:D9)"]], numberFormats: [["General", "0.0%"]] },
      { address: "A2:C2", cells: [["=A1", "=B1*2", "=IF(B1>0.8,\"Met\",\"Missed\")"]] },
    ],
  });

  test("every formula cell takes the value given for it; formats and the rest stay", () => {
    const safe = toClientSafe(spec, {
      values: [
        { address: "B1", value: 0.8123 },
        { address: "A2", value: "Service level" },
        { address: "$B$2", value: 1.6246 },
        { address: "C2", value: "Met" },
      ],
    });
    expect(safe.blocks).toEqual([
      { address: "A1:B1", cells: [["Service level", 0.8123]], numberFormats: [["General", "0.0%"]] },
      { address: "A2:C2", cells: [["Service level", 1.6246, "Met"]] },
    ]);
    expect(clientSafetyProblems(safe)).toEqual([]);
  });

  test("text values stay text: anything Excel could read as a number, date, logical or formula gets an apostrophe", () => {
    const safe = toClientSafe(sheet({ blocks: [{ address: "A1:F1", cells: [["=X()", "=X()", "=X()", "=X()", "=X()", "=X()"]] }] }), {
      values: [
        { address: "A1", value: "08:00" },
        { address: "B1", value: "12" },
        { address: "C1", value: "TRUE" },
        { address: "D1", value: "+5%" },
        { address: "E1", value: "" },
        { address: "F1", value: true },
      ],
    });
    expect(safe.blocks[0].cells).toEqual([["'08:00", "'12", "'TRUE", "'+5%", null, true]]);
  });

  test("a value that is not a finite number is refused, unless words are given for it", () => {
    const asa = sheet({ blocks: [{ address: "A1:B1", cells: [["=WFM.ASA(1,2,3)", Infinity]] }] });
    expect(refusal(() => toClientSafe(asa, { values: [{ address: "A1", value: Infinity }] }))).toEqual([
      { code: "notFinite", sheetName: null, part: "cell", address: "A1", text: "Infinity" },
      { code: "notFinite", sheetName: null, part: "cell", address: "B1", text: "Infinity" },
    ]);
    const words = label("asaNeverAnswered");
    expect(toClientSafe(asa, { values: [{ address: "A1", value: Infinity }], notFiniteText: words }).blocks[0].cells).toEqual([[words, words]]);
  });

  test("refuses every formula left without a value, naming the sheet and cell", () => {
    const problems = refusal(() => toClientSafe(spec, { values: [{ address: "A2", value: 1 }] }, "Report"));
    expect(problems).toEqual([
      { code: "wfmReference", sheetName: "Report", part: "cell", address: "B1", text: "=WFM.SL_PERIOD(C2:C9,D2:D9)" },
      { code: "formula", sheetName: "Report", part: "cell", address: "B2", text: "=B1*2" },
      { code: "formula", sheetName: "Report", part: "cell", address: "C2", text: '=IF(B1>0.8,"Met","Missed")' },
    ]);
  });

  test("cells a formula spills into take their values, inside a block or beyond it", () => {
    const spill = sheet({ blocks: [{ address: "A1:C2", cells: [["=WFM.SL_VARIANCE(…)", null, null], [null, null, "kept"]] }] });
    const safe = toClientSafe(spill, {
      values: [
        { address: "A1", value: 0.84 },
        { address: "B1", value: -0.031 },
        { address: "C1", value: -0.012 },
        { address: "A2", value: 0.79 },
        { address: "B2", value: -0.02 },
        { address: "D1", value: 0.8 },
      ],
    });
    expect(safe.blocks).toEqual([
      { address: "A1:C2", cells: [[0.84, -0.031, -0.012], [0.79, -0.02, "kept"]] },
      { address: "D1", cells: [[0.8]] },
    ]);
    expect(() => toClientSafe(spill, { values: [{ address: "C2", value: 1 }] })).toThrow(/C2 holds kept, not a formula/);
  });

  test("a replaced cell takes its new content; one outside every block becomes a block", () => {
    const safe = toClientSafe(sheet({ blocks: [{ address: "A1:A2", cells: [["Plan"], ["Live WFM.* formulas"]] }] }), {
      replace: [
        { address: "A2", content: "Values only." },
        { address: "C5", content: 3 },
      ],
    });
    expect(safe.blocks).toEqual([
      { address: "A1:A2", cells: [["Plan"], ["Values only."]] },
      { address: "C5", cells: [[3]] },
    ]);
  });
});

describe("the check", () => {
  test("text that is or reads as a formula is refused; numbers with a sign are not", () => {
    const spec = sheet({ blocks: [{ address: "A1:F1", cells: [["'=SUM(1,2)", "+A1", "@x", "-5", "+1.5e3", "'-Volume"]] }] });
    expect(clientSafetyProblems(spec).map((p) => [p.code, p.address])).toEqual([
      ["formulaText", "A1"],
      ["formulaText", "B1"],
      ["formulaText", "C1"],
    ]);
  });

  test('"WFM." is refused wherever it is: cells, conditional formats, chart titles and series, table names', () => {
    const spec = sheet({
      blocks: [{ address: "A1:B1", cells: [["Built with WFM.AGENTS_REQUIRED", "WFM Erlang Staffing"]] }],
      highlights: [{ address: "A2:A9", formula: "=WFM.SERVICE_LEVEL(1,2,3)<0.8", fillColor: "#FFC7CE", fontColor: "#9C0006" }],
      charts: [
        {
          type: "Line",
          title: "wfm.traffic by hour",
          dataAddress: "B1:B9",
          categoriesAddress: "A2:A9",
          extraSeries: [{ name: "WFM.X", valuesAddress: "C2:C9" }],
          topLeft: "E1",
          bottomRight: "K9",
        },
      ],
      tables: [{ address: "A1:B9", name: "WFM.Table", style: "TableStyleMedium2" }],
    });
    expect(clientSafetyProblems(spec, "S").map((p) => [p.code, p.part, p.address])).toEqual([
      ["wfmReference", "cell", "A1"],
      ["wfmReference", "highlight", "A2:A9"],
      ["wfmReference", "chart", "E1"],
      ["wfmReference", "chart", "E1"],
      ["wfmReference", "table", "A1:B9"],
    ]);
    expect(() => assertClientSafe(spec, "S")).toThrow(/wfmReference at S!A1/);
  });
});

describe("toClientSafe: removing rows", () => {
  // Rows 1–2 a summary with a cost line (row 2); row 4 a heading; rows 5–9 a table whose row 7
  // is a cost; a chart, a highlight, a colour scale and an autofit over the table.
  const spec = sheet({
    blocks: [
      { address: "A1:B2", cells: [["Calls", 100], [label("summaryDayCost"), 1234.5]], numberFormats: [["General", "0"], ["General", "#,##0.00"]] },
      { address: "A4", cells: [["Table"]], style: "heading" },
      { address: "A5:B5", cells: [["Interval", "Agents"]] },
      { address: "A6:B9", cells: [["08:00", 3], ["'cost row", 99], ["09:00", 5], ["09:30", 6]] },
    ],
    tables: [{ address: "A5:B9", name: "T1", style: "TableStyleMedium2" }],
    charts: [
      {
        type: "ColumnClustered",
        title: "Agents",
        dataAddress: "B5:B9",
        categoriesAddress: "A6:A9",
        extraSeries: [{ name: "Again", valuesAddress: "B6:B9" }],
        topLeft: "D2",
        bottomRight: "J9",
      },
    ],
    highlights: [{ address: "A6:B9", formula: "=AND($B6>$B$1,$B$1>0)", fillColor: "#FFC7CE", fontColor: "#9C0006" }],
    colorScales: [{ address: "B6:B9", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" }],
    columnWidths: [{ columns: "A:A", width: 100 }],
    autofit: ["A5:B9", "C1:C2"],
  });

  test("rows given by number go (the caller's layout knows them, in any language); everything below moves up", () => {
    const safe = toClientSafe(spec, { dropRows: [2, 7] });
    expect(safe.blocks).toEqual([
      { address: "A1:B1", cells: [["Calls", 100]], numberFormats: [["General", "0"]] },
      { address: "A3", cells: [["Table"]], style: "heading" },
      { address: "A4:B4", cells: [["Interval", "Agents"]] },
      { address: "A5:B7", cells: [["08:00", 3], ["09:00", 5], ["09:30", 6]] },
    ]);
    expect(safe.tables).toEqual([{ address: "A4:B7", name: "T1", style: "TableStyleMedium2" }]);
    expect(safe.charts[0]).toMatchObject({
      dataAddress: "B4:B7",
      categoriesAddress: "A5:A7",
      extraSeries: [{ name: "Again", valuesAddress: "B5:B7" }],
      topLeft: "D2",
      bottomRight: "J7",
    });
    // Relative rows keep their distance from the range's top; absolute ones follow their row.
    expect(safe.highlights).toEqual([{ ...spec.highlights[0], address: "A5:B7", formula: "=AND($B5>$B$1,$B$1>0)" }]);
    expect(safe.colorScales).toEqual([{ ...spec.colorScales?.[0], address: "B5:B7" }]);
    expect(safe.autofit).toEqual(["A4:B7", "C1"]);
    expect(safe.columnWidths).toEqual(spec.columnWidths);
  });

  test("a block whose rows all go disappears; text in quotes inside a formula is left alone", () => {
    const safe = toClientSafe(
      sheet({
        blocks: [
          { address: "A1", cells: [[label("targetCost")]] },
          { address: "A3:A4", cells: [["a"], ["b"]] },
        ],
        highlights: [{ address: "A3:A4", formula: '=A3="B12"', fillColor: "#FFC7CE", fontColor: "#9C0006" }],
      }),
      { dropRows: [1] },
    );
    expect(safe.blocks).toEqual([{ address: "A2:A3", cells: [["a"], ["b"]] }]);
    expect(safe.highlights[0]).toMatchObject({ address: "A2:A3", formula: '=A2="B12"' });
  });

  test("removing a table's header row, or a row an absolute reference needs, is refused", () => {
    expect(() => toClientSafe(spec, { dropRows: [5] })).toThrow(/header or every row of the table T1/);
    expect(() => toClientSafe(spec, { dropRows: [1] })).toThrow(/refers to a removed row \(1\)/);
  });
});
