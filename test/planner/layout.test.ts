import {
  comparisonSheetSpec,
  distinctHeaders,
  forecastFormulas,
  intervalFormat,
  literal,
  PLAN_LAYOUT,
  planSheetSpec,
  rosterSheetSpec,
  sampleSheetSpec,
  type CellBlock,
  type SheetSpec,
} from "../../src/planner/layout";
import { compare } from "../../src/planner/compare";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { sampleDay } from "../../src/planner/sample";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference, ForecastRow, Scenario } from "../../src/planner/types";
import { threeRowForecast } from "../support/planner-fixtures";

const reference: ForecastReference = threeRowForecast;

function scenario(changes: Partial<Scenario> = {}): Scenario {
  return {
    id: "s1",
    name: "Base",
    forecast: reference,
    targets: defaultTargets(),
    adjustments: { volumeFactor: 1, ahtFactor: 1 },
    createdAt: "",
    updatedAt: "",
    ...changes,
  };
}

const forecastRows: ForecastRow[] = [100, 200, 0].map((calls, i) => ({
  interval: (16 + i) / 48,
  intervalLabel: `0${8 + i / 2}`,
  callsOffered: calls,
  averageHandleSeconds: 300,
  callsCell: `Forecast!B${2 + i}`,
}));

/** The cell at an address, looked up across the spec's blocks. */
function cellOf(spec: SheetSpec, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const column = m[1].charCodeAt(0) - 64;
  const row = Number(m[2]);
  for (const block of spec.blocks) {
    const [a, b = a] = block.address.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
    const left = c1.charCodeAt(0) - 64;
    const right = c2.charCodeAt(0) - 64;
    if (row >= Number(r1) && row <= Number(r2) && column >= left && column <= right) {
      return block.cells[row - Number(r1)][column - left];
    }
  }
  return undefined;
}

function shapesMatch(block: CellBlock): boolean {
  const [a, b = a] = block.address.split(":");
  const rows = Number(/\d+/.exec(b)?.[0]) - Number(/\d+/.exec(a)?.[0]) + 1;
  const columns = (/[A-Z]+/.exec(b)?.[0].charCodeAt(0) ?? 0) - (/[A-Z]+/.exec(a)?.[0].charCodeAt(0) ?? 0) + 1;
  return (
    block.cells.length === rows &&
    block.cells.every((r) => r.length === columns) &&
    (!block.numberFormats || (block.numberFormats.length === rows && block.numberFormats.every((r) => r.length === columns)))
  );
}

describe("plan sheet", () => {
  const plan = computePlan(forecastRows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 });
  const spec = planSheetSpec({ scenario: scenario(), plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
  const first = PLAN_LAYOUT.tableHeaderRow + 1;

  test("every block's cells fit its address", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
  });

  test("the table refers to the forecast's cells and to the targets block with absolute references", () => {
    expect(cellOf(spec, `A${first}`)).toBe("='Forecast'!A2");
    expect(cellOf(spec, `B${first}`)).toBe("='Forecast'!B2");
    expect(cellOf(spec, `C${first + 2}`)).toBe("='Forecast'!C4");
    expect(cellOf(spec, `D${first}`)).toBe(`=WFM.TRAFFIC(B${first},C${first},$B$17)`);
    expect(cellOf(spec, `E${first}`)).toBe(`=WFM.AGENTS_REQUIRED(B${first},C${first},$B$19,$B$20,$B$17,$B$23,$B$22,$B$24)`);
    expect(cellOf(spec, `F${first}`)).toBe(`=WFM.SERVICE_LEVEL(B${first},C${first},E${first},$B$20,$B$17,$B$23,$B$24)`);
    expect(cellOf(spec, `G${first}`)).toBe(`=WFM.ASA(B${first},C${first},E${first},$B$17,$B$23)`);
    expect(cellOf(spec, `H${first}`)).toBe(`=IF($B$23="",0,WFM.ABANDON_RATE(B${first},C${first},E${first},$B$17,$B$23))`);
    expect(cellOf(spec, `I${first}`)).toBe(`=WFM.OCCUPANCY(B${first},C${first},E${first},$B$17,$B$23)`);
    expect(cellOf(spec, `J${first}`)).toBe(`=WFM.SCHEDULED_STAFF(E${first},$B$25)`);
  });

  test("the targets block holds what those references expect", () => {
    const t = defaultTargets();
    expect([17, 19, 20, 22, 23, 24, 25].map((r) => cellOf(spec, `B${r}`))).toEqual([
      t.intervalMinutes,
      t.targetServiceLevel,
      t.targetSeconds,
      t.maxOccupancy,
      t.patienceSeconds,
      t.abandonRule,
      t.shrinkage,
    ]);
    expect(cellOf(spec, "A19")).toBe("Service level target");
  });

  test("the headers, the table and the chart", () => {
    expect(spec.blocks.find((b) => b.address === `A${first - 1}:J${first - 1}`)?.cells[0]).toEqual([
      "Interval",
      "Calls",
      "AHT (s)",
      "Traffic (Erlangs)",
      "Agents required",
      "Service level",
      "ASA (s)",
      "Abandon %",
      "Occupancy",
      "Scheduled staff",
    ]);
    expect(spec.tables).toEqual([{ address: `A${first - 1}:J${first + 2}`, name: "WFM_Plan_1", style: "TableStyleMedium2" }]);
    expect(spec.charts[0]).toMatchObject({
      type: "Line",
      dataAddress: `E${first - 1}:E${first + 2}`,
      categoriesAddress: `A${first}:A${first + 2}`,
      extraSeries: [{ name: "Scheduled staff", valuesAddress: `J${first}:J${first + 2}` }],
    });
  });

  test("number formats a person expects", () => {
    const table = spec.blocks.find((b) => b.address === `A${first}:J${first + 2}`) as CellBlock;
    expect(table.numberFormats?.[0]).toEqual(["hh:mm", "#,##0.0", "0", "0.00", "0", "0.0%", "0.0", "0.0%", "0.0%", "0.0"]);
  });

  test("the summary has live formulas and the values as built", () => {
    expect(cellOf(spec, "A5")).toBe("Total calls");
    expect(cellOf(spec, "B5")).toBe(`=SUM(B${first}:B${first + 2})`);
    expect(cellOf(spec, "C5")).toBe(300);
    expect(cellOf(spec, "B6")).toBe(
      `=IF(SUM(B${first}:B${first + 2})=0,1,SUMPRODUCT(B${first}:B${first + 2},F${first}:F${first + 2})/SUM(B${first}:B${first + 2}))`,
    );
    expect(cellOf(spec, "C6")).toBeCloseTo(plan.summary.dayServiceLevel, 12);
    expect(cellOf(spec, "A13")).toMatch(/^FTE \(scheduled hours × operating days ÷ paid hours per FTE week\)$/);
    expect(cellOf(spec, "B13")).toBe("=B12*$B$27/$B$26");
    expect(cellOf(spec, "C13")).toBeCloseTo(plan.summary.fte, 12);
    expect(cellOf(spec, "C14")).toBeNull();
  });

  test("factors multiply the forecast cells: volume +10%, AHT −5%", () => {
    const f = forecastFormulas(reference, 0, 1.1, 0.95, "$B$29");
    expect(f).toEqual({ interval: "='Forecast'!A2", calls: "='Forecast'!B2*1.1", aht: "='Forecast'!C2*0.95" });
  });

  test("a default AHT fills blank cells, or replaces a missing AHT column", () => {
    expect(forecastFormulas({ ...reference, defaultAhtSeconds: 280 }, 1, 1, 1, "$B$29").aht).toBe(
      `=IF('Forecast'!C3="",$B$29,'Forecast'!C3)`,
    );
    expect(forecastFormulas({ ...reference, ahtColumn: null, defaultAhtSeconds: 280 }, 1, 1, 0.9, "$B$29").aht).toBe("=$B$29*0.9");
  });

  test("sheet names with apostrophes are quoted in formulas", () => {
    expect(forecastFormulas({ ...reference, sheetName: "Ana's plan" }, 0, 1, 1, "$B$29").calls).toBe("='Ana''s plan'!B2");
  });

  test("an ASA goal uses AGENTS_FOR_ASA with the occupancy cap on traffic", () => {
    const asa = scenario({ targets: { ...defaultTargets(), goal: "asa" } });
    const asaPlan = computePlan(forecastRows, asa.targets, asa.adjustments);
    const asaSpec = planSheetSpec({ scenario: asa, plan: asaPlan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    expect(cellOf(asaSpec, `E${first}`)).toBe(
      `=MAX(WFM.AGENTS_FOR_ASA(B${first},C${first},$B$21,$B$17,$B$23),IF($B$22="",0,ROUNDUP(D${first}/$B$22,0)))`,
    );
  });

  test("text that looks like a formula is written as text", () => {
    expect(literal("=cmd")).toBe("'=cmd");
    expect(literal("-5% volume")).toBe("'-5% volume");
    expect(literal("Base")).toBe("Base");
    const odd = planSheetSpec({ scenario: scenario({ name: "=HYPERLINK()" }), plan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    expect(cellOf(odd, "A1")).toBe("Staffing plan: =HYPERLINK()");
  });

  test("interval formats: the source's, or hh:mm for bare times", () => {
    expect(intervalFormat(0.5, "General")).toBe("hh:mm");
    expect(intervalFormat(45000.5, null)).toBe("yyyy-mm-dd hh:mm");
    expect(intervalFormat("08:00", "General")).toBe("General");
    expect(intervalFormat(0.5, "h:mm AM/PM")).toBe("h:mm AM/PM");
  });
});

describe("comparison sheet", () => {
  const base = scenario();
  const busier = scenario({ id: "s2", name: "Volume +10%", adjustments: { volumeFactor: 1.1, ahtFactor: 1 } });
  const comparison = compare([
    { scenario: base, plan: computePlan(forecastRows, base.targets, base.adjustments) },
    { scenario: busier, plan: computePlan(forecastRows, busier.targets, busier.adjustments) },
  ]);
  const spec = comparisonSheetSpec({ comparison, tableName: "WFM_Comparison_1", builtAt: new Date(0) });

  test("blocks fit, totals side by side with the difference from the first", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    expect(spec.blocks[2].cells[0]).toEqual(["Totals", "Base", "Volume +10%", "Volume +10% − Base"]);
    const hoursRow = spec.blocks[3].cells[0];
    expect(hoursRow[0]).toBe("Agent-hours required (on the phones)");
    expect(hoursRow[3]).toBeCloseTo((hoursRow[2] as number) - (hoursRow[1] as number), 12);
  });

  test("agents per interval, one column per scenario, as text-labelled rows", () => {
    const table = spec.blocks[spec.blocks.length - 1];
    expect(table.cells.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(table.cells[0][1]).toBe(comparison.rows[0].agentsRequired[0]);
    expect(spec.tables[0].name).toBe("WFM_Comparison_1");
  });

  test("table column names never clash", () => {
    expect(distinctHeaders(["Interval", "Base", "base", ""], ["Interval"])).toEqual(["Interval (2)", "Base", "base (2)", "?"]);
  });
});

describe("roster sheet", () => {
  const s = scenario();
  const check = checkRoster(forecastRows, [12, 10, 0], "scheduled", s.targets, s.adjustments);
  const spec = rosterSheetSpec({
    scenario: s,
    check,
    roster: { sheetName: "Roster", column: "D", firstRow: 2 },
    basis: "scheduled",
    tableName: "WFM_Roster_1",
    builtAt: new Date(0),
    intervalNumberFormat: "hh:mm",
  });

  test("refers to the roster cells, applies shrinkage and highlights intervals below target", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    const table = spec.blocks[spec.blocks.length - 1];
    expect(table.address).toBe("A25:I27");
    expect(table.cells[0][3]).toBe("='Roster'!D2");
    expect(table.cells[0][4]).toMatch(/^=D25\*\(1-\$B\$\d+\)$/);
    expect(table.cells[0][8]).toBe('=IF(AND(B25>0,F25<$B$13),"Below target","")');
    expect(spec.highlights).toEqual([{ address: "A25:I27", formula: '=$I25<>""', fillColor: "#FFC7CE", fontColor: "#9C0006" }]);
  });
});

describe("sample sheet", () => {
  test("48 half-hours with a morning and an afternoon peak", () => {
    const day = sampleDay();
    expect(day).toHaveLength(48);
    const calls = day.map((d) => d.calls);
    const morningPeak = Math.max(...calls.slice(16, 24));
    const afternoonPeak = Math.max(...calls.slice(26, 32));
    const lunchDip = Math.min(...calls.slice(23, 28));
    expect(morningPeak).toBeGreaterThan(lunchDip * 1.5);
    expect(afternoonPeak).toBeGreaterThan(lunchDip * 1.3);
    expect(Math.max(...calls.slice(0, 10))).toBeLessThan(morningPeak / 10);
    day.forEach((d) => expect(d.ahtSeconds).toBeGreaterThan(200));
    const spec = sampleSheetSpec({ day, tableName: "WFM_SampleForecast_1" });
    expect(spec.blocks[0].cells[0]).toEqual(["Interval", "Calls", "AHT (s)"]);
    expect(spec.tables[0].address).toBe("A1:C49");
  });
});
