import {
  comparisonSheet,
  distinctHeaders,
  forecastFormulas,
  intervalFormat,
  literal,
  planSheet,
  rosterSheet,
  sampleReference,
  sampleSheet,
  type CellBlock,
} from "../../src/planner/layout";
import { compare } from "../../src/planner/compare";
import { parseForecast } from "../../src/planner/forecast";
import { computePlan } from "../../src/planner/plan";
import { checkRoster } from "../../src/planner/roster";
import { sampleDay } from "../../src/planner/sample";
import type { LaidOutSheet, SheetSpec } from "../../src/planner/sheet";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastReference, ForecastRow, Scenario } from "../../src/planner/types";
import { datedForecastValues, threeRowForecast, undatedRow } from "../support/planner-fixtures";

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

const forecastRows: ForecastRow[] = [100, 200, 0].map((calls, i) =>
  undatedRow(i, { interval: (16 + i) / 48, intervalLabel: `0${8 + i / 2}`, callsOffered: calls, averageHandleSeconds: 300 }),
);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The cell at an address, looked up across the spec's blocks. */
function cellOf(spec: SheetSpec, address: string): unknown {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const column = columnNumber(letters);
  const row = Number(digits);
  for (const block of spec.blocks) {
    const [a, b = a] = block.address.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
    if (row >= Number(r1) && row <= Number(r2) && column >= columnNumber(c1) && column <= columnNumber(c2)) {
      return block.cells[row - Number(r1)][column - columnNumber(c1)];
    }
  }
  return undefined;
}

/** Address of a table column's cell in data row `index`, or of a summary line / input row. */
function at(laid: LaidOutSheet, section: string, id: string, index = 0): string {
  const placed = laid.placement[section];
  if (placed.columns[id] !== undefined) return `${placed.columns[id]}${placed.firstRow + index}`;
  return `B${placed.rowsById[id]}`;
}

function shapesMatch(block: CellBlock): boolean {
  const [a, b = a] = block.address.split(":");
  const rows = Number(/\d+/.exec(b)?.[0]) - Number(/\d+/.exec(a)?.[0]) + 1;
  const columns = columnNumber(/[A-Z]+/.exec(b)?.[0] ?? "") - columnNumber(/[A-Z]+/.exec(a)?.[0] ?? "") + 1;
  return (
    block.cells.length === rows &&
    block.cells.every((r) => r.length === columns) &&
    (!block.numberFormats || (block.numberFormats.length === rows && block.numberFormats.every((r) => r.length === columns)))
  );
}

/** Blocks never overlap: each cell is written once. */
function overlaps(spec: SheetSpec): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const block of spec.blocks) {
    const [a, b = a] = block.address.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
    for (let r = Number(r1); r <= Number(r2); r++) {
      for (let c = columnNumber(c1); c <= columnNumber(c2); c++) {
        const key = `${c}:${r}`;
        if (seen.has(key)) clashes.push(`${block.address} and ${seen.get(key)}`);
        seen.set(key, block.address);
      }
    }
  }
  return clashes;
}

describe("plan sheet of a single day", () => {
  const plan = computePlan(forecastRows, defaultTargets(), { volumeFactor: 1, ahtFactor: 1 });
  const laid = planSheet({ scenario: scenario(), plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
  const spec = laid.spec;
  const cell = (section: string, id: string, index = 0) => cellOf(spec, at(laid, section, id, index));
  const target = (id: string) => `$B$${laid.placement.targets.rowsById[id]}`;
  const optional = (id: string) => `IF(ISBLANK(${target(id)}),"",${target(id)})`;

  test("blocks fit their addresses and never overlap; sections stack one blank row apart", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    expect(overlaps(spec)).toEqual([]);
    const { summary, targets, intervals } = laid.placement;
    expect(summary.top).toBe(4);
    expect(targets.top).toBe(summary.lastRow + 2);
    expect(intervals.top).toBe(targets.lastRow + 2);
    expect(Object.keys(laid.placement)).toEqual(["summary", "targets", "intervals"]);
  });

  test("the table refers to the forecast's cells and to the targets with absolute references", () => {
    const r = laid.placement.intervals.firstRow;
    expect(cell("intervals", "interval")).toBe("='Forecast'!A2");
    expect(cell("intervals", "calls")).toBe("='Forecast'!B2");
    expect(cell("intervals", "aht", 2)).toBe("='Forecast'!C4");
    expect(cell("intervals", "traffic")).toBe(`=WFM.TRAFFIC(B${r},C${r},${target("interval")})`);
    expect(cell("intervals", "agents")).toBe(
      `=WFM.AGENTS_REQUIRED(B${r},C${r},${target("sl")},${target("seconds")},${target("interval")},${optional("patience")},${optional("occupancy")},${target("rule")})`,
    );
    expect(cell("intervals", "sl")).toBe(
      `=WFM.SERVICE_LEVEL(B${r},C${r},E${r},${target("seconds")},${target("interval")},${optional("patience")},${target("rule")})`,
    );
    expect(cell("intervals", "asa")).toBe(`=WFM.ASA(B${r},C${r},E${r},${target("interval")},${optional("patience")})`);
    // ABANDON_RATE in the order of issue 6: (calls, aht, agents, [interval], [patience]).
    expect(cell("intervals", "abandon")).toBe(
      `=IF(ISBLANK(${target("patience")}),0,WFM.ABANDON_RATE(B${r},C${r},E${r},${target("interval")},${target("patience")}))`,
    );
    expect(cell("intervals", "occupancy")).toBe(`=WFM.OCCUPANCY(B${r},C${r},E${r},${target("interval")},${optional("patience")})`);
    expect(cell("intervals", "scheduled")).toBe(`=WFM.SCHEDULED_STAFF(E${r},${target("shrinkage")})`);
  });

  test("a target that may be blank never reaches a WFM function as a bare reference", () => {
    const optionalTargets = ["patience", "occupancy", "cost", "defaultAht"].map(target);
    for (const block of spec.blocks) {
      for (const value of block.cells.flat()) {
        if (typeof value !== "string" || !value.includes("WFM.")) continue;
        const bare = value.replace(/IF\(ISBLANK\((\$B\$\d+)\),"",\1\)/g, "").replace(/IF\(ISBLANK\(\$B\$\d+\),0,/g, "");
        for (const ref of optionalTargets) {
          // ABANDON_RATE's patience is guarded by the IF around the call.
          if (value.startsWith(`=IF(ISBLANK(${target("patience")}),0,WFM.ABANDON_RATE(`) && ref === target("patience")) continue;
          expect(bare.includes(ref)).toBe(false);
        }
      }
    }
  });

  test("the targets hold what those references expect, in words a client reads", () => {
    const t = defaultTargets();
    expect(["interval", "sl", "seconds", "occupancy", "patience", "rule", "shrinkage"].map((id) => cell("targets", id))).toEqual([
      t.intervalMinutes,
      t.targetServiceLevel,
      t.targetSeconds,
      t.maxOccupancy,
      t.patienceSeconds,
      t.abandonRule,
      t.shrinkage,
    ]);
    const rule = laid.placement.targets.rowsById.rule;
    expect(cellOf(spec, `A${rule}`)).toBe("Calls that hang up before the answer time");
    const values = spec.blocks.find((b) => b.style === "input") as CellBlock;
    const ruleFormat = values.numberFormats?.[rule - laid.placement.targets.firstRow][0];
    expect(ruleFormat).toBe('[=0]"count as not answered in time";[=1]"are left out of the service level";"count as answered in time"');
  });

  test("the headers, the table and the chart", () => {
    const { headerRow, firstRow, lastRow } = laid.placement.intervals;
    expect(spec.blocks.find((b) => b.address === `A${headerRow}:J${headerRow}`)?.cells[0]).toEqual([
      "Interval",
      "Calls",
      "Handle time (s)",
      "Workload (Erlangs)",
      "Agents required",
      "Service level",
      "Average wait to answer (s)",
      "Share hanging up",
      "Occupancy",
      "Scheduled staff",
    ]);
    expect(spec.tables).toEqual([{ address: `A${headerRow}:J${lastRow}`, name: "WFM_Plan_1", style: "TableStyleMedium2" }]);
    expect(spec.charts).toEqual([
      {
        type: "Line",
        title: "Agents required and scheduled staff by interval",
        dataAddress: `E${headerRow}:E${lastRow}`,
        categoriesAddress: `A${firstRow}:A${lastRow}`,
        extraSeries: [{ name: "Scheduled staff", valuesAddress: `J${firstRow}:J${lastRow}` }],
        topLeft: "L4",
        bottomRight: "T24",
      },
    ]);
    expect(spec.columnWidths).toEqual([{ columns: "A:A", width: 230 }]);
    expect(spec.autofit).toEqual([`B${headerRow}:J${lastRow}`]);
  });

  test("number formats a person expects", () => {
    const { firstRow, lastRow } = laid.placement.intervals;
    const table = spec.blocks.find((b) => b.address === `A${firstRow}:J${lastRow}`) as CellBlock;
    expect(table.numberFormats?.[0]).toEqual(["hh:mm", "#,##0.0", "0", "0.00", "0", "0.0%", "0.0", "0.0%", "0.0%", "0.0"]);
  });

  test("the summary has live formulas beside the values as built, with a day's wording", () => {
    const { firstRow, lastRow } = laid.placement.intervals;
    const calls = `$B$${firstRow}:$B$${lastRow}`;
    expect(cellOf(spec, "A5")).toBe("Total calls");
    expect(cell("summary", "calls")).toBe(`=SUM(${calls})`);
    expect(cellOf(spec, "C5")).toBe(300);
    expect(cell("summary", "serviceLevel")).toBe(
      `=IF(SUM(${calls})=0,1,SUMPRODUCT(${calls}*$F$${firstRow}:$F$${lastRow})/SUM(${calls}))`,
    );
    const fte = laid.placement.summary.rowsById.fte;
    expect(cellOf(spec, `A${fte}`)).toMatch(/^Full-time equivalents \(FTE\): this day's scheduled hours on every open day/);
    expect(cell("summary", "fte")).toBe(`=$B$${laid.placement.summary.rowsById.hoursScheduled}*${target("days")}/${target("paidHours")}`);
    expect(cellOf(spec, `C${fte}`)).toBeCloseTo(plan.summary.fte, 12);
    expect(cellOf(spec, `A${laid.placement.summary.rowsById.serviceLevel}`)).toBe("Service level over the day (weighted by calls)");
    expect(cellOf(spec, `C${laid.placement.summary.rowsById.cost}`)).toBeNull();
    expect(laid.placement.summary.rowsById.peakWeekFte).toBeUndefined();
  });

  test("every live cell has the planner's value to check it by", () => {
    const expected = new Map(laid.expected.map((e) => [e.address, e.value]));
    expect(expected.get(at(laid, "intervals", "agents", 1))).toBe(plan.rows[1].agentsRequired);
    expect(expected.get(at(laid, "summary", "fte"))).toBe(plan.summary.fte);
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
    const asaLaid = planSheet({ scenario: asa, plan: asaPlan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    const r = asaLaid.placement.intervals.firstRow;
    expect(cellOf(asaLaid.spec, at(asaLaid, "intervals", "agents"))).toBe(
      `=MAX(WFM.AGENTS_FOR_ASA(B${r},C${r},${target("asa")},${target("interval")},${optional("patience")}),IF(ISBLANK(${target("occupancy")}),0,ROUNDUP(D${r}/${target("occupancy")},0)))`,
    );
  });

  test("text is written as text: nothing from a scenario can become a formula, number or date", () => {
    expect(literal("=cmd")).toBe("'=cmd");
    expect(literal("-5% volume")).toBe("'-5% volume");
    expect(literal("2025")).toBe("'2025");
    expect(literal("08:00")).toBe("'08:00");
    expect(literal("TRUE")).toBe("'TRUE");
    expect(literal("Base")).toBe("Base");
    const odd = planSheet({ scenario: scenario({ name: "=HYPERLINK()" }), plan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    expect(cellOf(odd.spec, "A1")).toBe("Staffing plan: =HYPERLINK()");
  });

  test("a stored default AHT that is not a number is written as text, never as a formula", () => {
    const edited = scenario({ forecast: { ...reference, defaultAhtSeconds: '=WEBSERVICE("https://example.com")' as unknown as number } });
    const laidOut = planSheet({ scenario: edited, plan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" });
    expect(cellOf(laidOut.spec, at(laidOut, "targets", "defaultAht"))).toBe(`'=WEBSERVICE("https://example.com")`);
    const numbers = scenario({ forecast: { ...reference, defaultAhtSeconds: Number.NaN } });
    expect(() => planSheet({ scenario: numbers, plan, tableName: "T", builtAt: new Date(0), intervalNumberFormat: "hh:mm" })).toThrow(/NaN/);
  });

  test("interval formats: the source's, or hh:mm for bare times", () => {
    expect(intervalFormat(0.5, "General")).toBe("hh:mm");
    expect(intervalFormat(45000.5, null)).toBe("yyyy-mm-dd hh:mm");
    expect(intervalFormat("08:00", "General")).toBe("General");
    expect(intervalFormat(0.5, "h:mm AM/PM")).toBe("h:mm AM/PM");
  });
});

describe("plan sheet of a week", () => {
  const values = datedForecastValues(7);
  const read = parseForecast({ sheetName: "Forecast", tableName: null, topRow: 1, leftColumn: 1, values });
  const s = scenario({ forecast: read.reference as ForecastReference });
  const plan = computePlan(read.rows, s.targets, s.adjustments);
  const laid = planSheet({ scenario: s, plan, tableName: "WFM_Plan_1", builtAt: new Date(0), intervalNumberFormat: "yyyy-mm-dd hh:mm" });
  const spec = laid.spec;

  test("adds tables by week and by day between the targets and the intervals", () => {
    expect(Object.keys(laid.placement)).toEqual(["summary", "targets", "weeks", "days", "intervals"]);
    expect(laid.placement.weeks.top).toBe(laid.placement.targets.lastRow + 2);
    expect(laid.placement.days.lastRow - laid.placement.days.firstRow + 1).toBe(7);
    expect(overlaps(spec)).toEqual([]);
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    // Only the intervals are an Excel table; the week and day tables are headed grids.
    expect(spec.tables.map((t) => t.name)).toEqual(["WFM_Plan_1"]);
  });

  test("the intervals carry their date, and the days and weeks sum them by date", () => {
    const r = laid.placement.intervals.firstRow;
    const last = laid.placement.intervals.lastRow;
    expect(cellOf(spec, `A${r}`)).toBe("=INT('Forecast'!A2)");
    expect(cellOf(spec, `B${r}`)).toBe("='Forecast'!A2");
    const day = laid.placement.days.firstRow;
    expect(cellOf(spec, `A${day}`)).toBe(45719);
    expect(cellOf(spec, `B${day}`)).toBe(`=SUMIFS($C$${r}:$C$${last},$A$${r}:$A$${last},A${day})`);
    const week = laid.placement.weeks.firstRow;
    const target = (id: string) => `$B$${laid.placement.targets.rowsById[id]}`;
    expect(cellOf(spec, `D${week}`)).toBe(
      `=SUMIFS($K$${r}:$K$${last},$A$${r}:$A$${last},">="&A${week},$A$${r}:$A$${last},"<"&(A${week}+7))*${target("interval")}/60`,
    );
    expect(cellOf(spec, `E${week}`)).toBe(`=D${week}/(${target("paidHours")}*C${week}/${target("days")})`);
  });

  test("says 'day' only for one day's figures, and gives the weekly FTE", () => {
    const label = (id: string) => cellOf(spec, `A${laid.placement.summary.rowsById[id]}`);
    expect(label("serviceLevel")).toBe("'Service level over all 7 days (weighted by calls)");
    expect(label("cost")).toBe("'Cost of all 7 days (scheduled hours × cost per agent-hour)");
    expect(label("fte")).toBe("Full-time equivalents (FTE), average week: scheduled hours ÷ paid hours per FTE per week");
    expect(label("peakWeekFte")).toBe("Full-time equivalents (FTE), busiest week");
    const summaryLabels = spec.blocks.filter((b) => b.style === "label").flatMap((b) => b.cells.flat());
    expect(summaryLabels.filter((t) => /\bday\b/i.test(String(t)))).toEqual([]);
    expect(cellOf(spec, `C${laid.placement.summary.rowsById.fte}`)).toBeCloseTo(plan.summary.fte, 12);
  });

  test("the chart's categories are the intervals' dates and times", () => {
    const { headerRow, firstRow, lastRow } = laid.placement.intervals;
    expect(spec.charts[0]).toMatchObject({ dataAddress: `F${headerRow}:F${lastRow}`, categoriesAddress: `B${firstRow}:B${lastRow}`, topLeft: "M4" });
  });
});

describe("comparison sheet", () => {
  const base = scenario();
  const busier = scenario({ id: "s2", name: "Volume +10%", adjustments: { volumeFactor: 1.1, ahtFactor: 1 } });
  const comparison = compare([
    { scenario: base, plan: computePlan(forecastRows, base.targets, base.adjustments) },
    { scenario: busier, plan: computePlan(forecastRows, busier.targets, busier.adjustments) },
  ]);
  const laid = comparisonSheet({ comparison, tableName: "WFM_Comparison_1", builtAt: new Date(0) });
  const spec = laid.spec;

  test("totals side by side, and the difference from the first as a live formula", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    const { headerRow, firstRow } = laid.placement.totals;
    expect(spec.blocks.find((b) => b.address === `A${headerRow}:D${headerRow}`)?.cells[0]).toEqual([
      "Totals",
      "Base",
      "'Volume +10%",
      "'Volume +10% − Base",
    ]);
    expect(cellOf(spec, `A${firstRow}`)).toBe("Agent-hours required (agents on the phones)");
    expect(cellOf(spec, `D${firstRow}`)).toBe(`=C${firstRow}-B${firstRow}`);
    expect(laid.expected.find((e) => e.address === `D${firstRow}`)?.value).toBeCloseTo(
      comparison.differences[1].agentHoursRequired,
      12,
    );
  });

  test("agents per interval, one column per scenario, as text-labelled rows in an Excel table", () => {
    const { headerRow, firstRow, lastRow } = laid.placement.intervals;
    expect(cellOf(spec, `A${firstRow}`)).toBe("'08");
    expect(cellOf(spec, `B${firstRow}`)).toBe(comparison.rows[0].agentsRequired[0]);
    expect(spec.tables).toEqual([{ address: `A${headerRow}:C${lastRow}`, name: "WFM_Comparison_1", style: "TableStyleMedium2" }]);
    expect(spec.charts[0]).toMatchObject({ dataAddress: `B${headerRow}:C${lastRow}`, extraSeries: [] });
  });

  test("table column names never clash, and hold no control characters", () => {
    expect(distinctHeaders(["Interval", "Base", "base", ""], ["Interval"])).toEqual(["Interval (2)", "Base", "base (2)", "?"]);
    expect(distinctHeaders(["Peak\tweek\n"], [])).toEqual(["Peak week"]);
  });
});

describe("roster sheet", () => {
  const s = scenario();
  const check = checkRoster(forecastRows, [12, 10, 0], "scheduled", s.targets, s.adjustments);
  const laid = rosterSheet({
    scenario: s,
    check,
    roster: { sheetName: "Roster", column: "D", firstRow: 2 },
    basis: "scheduled",
    tableName: "WFM_Roster_1",
    builtAt: new Date(0),
    intervalNumberFormat: "hh:mm",
  });
  const spec = laid.spec;

  test("refers to the roster cells, applies shrinkage and highlights intervals below target", () => {
    for (const block of spec.blocks) expect(shapesMatch(block)).toBe(true);
    const { firstRow, lastRow } = laid.placement.intervals;
    const target = (id: string) => `$B$${laid.placement.targets.rowsById[id]}`;
    expect(cellOf(spec, `D${firstRow}`)).toBe("='Roster'!D2");
    expect(cellOf(spec, `E${firstRow}`)).toBe(`=D${firstRow}*(1-${target("shrinkage")})`);
    expect(cellOf(spec, `I${firstRow}`)).toBe(`=IF(AND(B${firstRow}>0,F${firstRow}<${target("sl")}),"Below target","")`);
    expect(spec.highlights).toEqual([
      { address: `A${firstRow}:I${lastRow}`, formula: `=$I${firstRow}<>""`, fillColor: "#FFC7CE", fontColor: "#9C0006" },
    ]);
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
    const spec = sampleSheet({ day, tableName: "WFM_SampleForecast_1" }).spec;
    expect(spec.blocks[0].cells[0]).toEqual(["Interval", "Calls", "AHT (s)"]);
    expect(spec.tables[0].address).toBe("A1:C49");
    expect(spec.autofit).toEqual(["A1:C49"]);
    expect(sampleReference("Sample forecast", "T", 48)).toMatchObject({ firstRow: 2, intervalColumn: "A", callsColumn: "B", ahtColumn: "C" });
  });
});
