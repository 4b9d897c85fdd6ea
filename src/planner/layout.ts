/**
 * What the generated sheets hold, cell by cell, as plain data (a SheetSpec) that the Excel
 * adapter writes in one batch. Deciding the layout, the formulas and the number formats here
 * keeps it testable without Office; the adapter only turns a SheetSpec into Excel calls.
 *
 * Plan sheet, top to bottom: title and a note; the summary (labels, "Live" plain-Excel formulas
 * over the table, and "As built" values computed by the add-in so that someone without the
 * add-in still reads the numbers); the targets block the table's formulas refer to with absolute
 * references ($B$18); the table, whose cells are live formulas: the forecast's cells with the
 * scenario's factors ('Forecast'!B2*1.1) and WFM.* functions. A chart of agents required and
 * scheduled staff sits to the right.
 */
import { absolute, blockAddress, columnLetters, columnNumber, displayBlock, formulaCell } from "./addresses";
import { label, type LabelId } from "./labels";
import type { Comparison, ForecastReference, Plan, RosterBasis, RosterCheck, Scenario } from "./types";
import type { SampleInterval } from "./sample";

/** A cell to write: a number, text, a formula (text starting with "="), or null to leave blank. */
export type CellContent = string | number | boolean | null;

export type BlockStyle = "title" | "note" | "heading" | "label" | "input" | "value";

/** A rectangle of cells, written with one `range.formulas = …` (and one numberFormat). */
export interface CellBlock {
  /** "A5:C14", without the sheet. */
  address: string;
  cells: CellContent[][];
  /** Same shape as cells, if set. */
  numberFormats?: string[][];
  style?: BlockStyle;
}

export interface TableSpec {
  /** Including the header row. */
  address: string;
  name: string;
  style: string;
}

export interface ChartSpec {
  type: "Line" | "ColumnClustered";
  title: string;
  /** The first series (or several adjacent ones), header row included. */
  dataAddress: string;
  /** Category labels, data rows only. */
  categoriesAddress: string;
  /** More series from non-adjacent columns. */
  extraSeries: { name: string; valuesAddress: string }[];
  topLeft: string;
  bottomRight: string;
}

/** A conditional format: cells of `address` where `formula` (relative to its top-left cell) is TRUE. */
export interface HighlightSpec {
  address: string;
  formula: string;
  fillColor: string;
  fontColor: string;
}

export interface SheetSpec {
  blocks: CellBlock[];
  tables: TableSpec[];
  charts: ChartSpec[];
  highlights: HighlightSpec[];
  /** Column widths in points, e.g. { columns: "A:A", width: 230 }. */
  columnWidths: { columns: string; width: number }[];
  /** Ranges to autofit (column widths), after writing. */
  autofit: string[];
}

export const FORMATS = {
  integer: "0",
  calls: "#,##0.0",
  totalCalls: "#,##0",
  seconds: "0.0",
  wholeSeconds: "0",
  erlangs: "0.00",
  percent: "0.0%",
  targetPercent: "0%",
  fte: "0.0",
  hours: "#,##0.0",
  money: "#,##0.00",
  factor: "0.00",
  time: "hh:mm",
  dateTime: "yyyy-mm-dd hh:mm",
  text: "@",
  general: "General",
} as const;

const HIGHLIGHT = { fillColor: "#FFC7CE", fontColor: "#9C0006" };

/** Text that Excel must not take for a formula or a number. */
export function literal(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** A factor as formula text, or "" for 1 (no factor). */
function times(factor: number): string {
  return factor === 1 ? "" : `*${Number(factor.toPrecision(12))}`;
}

/** A number for a note: "1.1", "0.95". */
function showFactor(factor: number): string {
  return String(Number(factor.toPrecision(6)));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

/** The number format for interval cells: the source's, or hh:mm for bare time serials. */
export function intervalFormat(sample: unknown, sourceFormat: string | null): string {
  if (sourceFormat && sourceFormat !== "General") return sourceFormat;
  if (typeof sample === "number") return sample < 1 ? FORMATS.time : FORMATS.dateTime;
  return FORMATS.general;
}

/** "Forecast!A2:C49": the block of cells `columns` span over `rows` rows from `firstRow`. */
function spanAddress(sheetName: string, columns: string[], firstRow: number, rows: number): string {
  const numbers = columns.map(columnNumber);
  return displayBlock(sheetName, firstRow, Math.min(...numbers), firstRow + rows - 1, Math.max(...numbers));
}

/** The forecast's address for notes: "Forecast!A2:C49". */
export function forecastAddress(reference: ForecastReference): string {
  const columns = [reference.intervalColumn, reference.callsColumn, reference.ahtColumn].filter(
    (c): c is string => c !== null,
  );
  return spanAddress(reference.sheetName, columns, reference.firstRow, reference.rowCount);
}

/** Formula text of a forecast row's cells with the scenario's factors. */
export function forecastFormulas(
  reference: ForecastReference,
  rowIndex: number,
  volumeFactor: number,
  ahtFactor: number,
  defaultAhtRef: string,
): { interval: string; calls: string; aht: string } {
  const row = reference.firstRow + rowIndex;
  const calls = formulaCell(reference.sheetName, reference.callsColumn, row);
  let aht: string;
  if (reference.ahtColumn === null) aht = `=${defaultAhtRef}${times(ahtFactor)}`;
  else {
    const cell = formulaCell(reference.sheetName, reference.ahtColumn, row);
    aht =
      reference.defaultAhtSeconds === null
        ? `=${cell}${times(ahtFactor)}`
        : ahtFactor === 1
          ? `=IF(${cell}="",${defaultAhtRef},${cell})`
          : `=IF(${cell}="",${defaultAhtRef},${cell})${times(ahtFactor)}`;
  }
  return {
    interval: `=${formulaCell(reference.sheetName, reference.intervalColumn, row)}`,
    calls: `=${calls}${times(volumeFactor)}`,
    aht,
  };
}

interface Row {
  labelId: LabelId;
  value: CellContent;
  format: string;
}

/** Label/value rows starting at `top` in columns A:B; returns the block and where each row is. */
function labelledBlock<K extends string>(
  top: number,
  rows: (Row & { key: K })[],
): { block: CellBlock; labelsBlock: CellBlock; refs: Record<K, string> } {
  const refs = {} as Record<K, string>;
  rows.forEach((row, i) => (refs[row.key] = absolute("B", top + i)));
  const bottom = top + rows.length - 1;
  return {
    labelsBlock: { address: blockAddress(top, 1, bottom, 1), cells: rows.map((r) => [label(r.labelId)]), style: "label" },
    block: {
      address: blockAddress(top, 2, bottom, 2),
      cells: rows.map((r) => [r.value]),
      numberFormats: rows.map((r) => [r.format]),
      style: "input",
    },
    refs,
  };
}

type TargetKey =
  | "interval"
  | "goal"
  | "sl"
  | "seconds"
  | "asa"
  | "occupancy"
  | "patience"
  | "rule"
  | "shrinkage"
  | "paidHours"
  | "days"
  | "cost"
  | "defaultAht";

function targetRows(scenario: Scenario, keys: TargetKey[]): (Row & { key: TargetKey })[] {
  const t = scenario.targets;
  const all: Record<TargetKey, Row> = {
    interval: { labelId: "targetInterval", value: t.intervalMinutes, format: FORMATS.integer },
    goal: { labelId: "targetGoal", value: label(t.goal === "asa" ? "goalAsa" : "goalServiceLevel"), format: FORMATS.general },
    sl: { labelId: "targetServiceLevel", value: t.targetServiceLevel, format: FORMATS.targetPercent },
    seconds: { labelId: "targetSeconds", value: t.targetSeconds, format: FORMATS.wholeSeconds },
    asa: { labelId: "targetAsa", value: t.targetAsaSeconds, format: FORMATS.wholeSeconds },
    occupancy: { labelId: "targetMaxOccupancy", value: t.maxOccupancy, format: FORMATS.targetPercent },
    patience: { labelId: "targetPatience", value: t.patienceSeconds, format: FORMATS.wholeSeconds },
    rule: { labelId: "targetAbandonRule", value: t.abandonRule, format: FORMATS.integer },
    shrinkage: { labelId: "targetShrinkage", value: t.shrinkage, format: FORMATS.targetPercent },
    paidHours: { labelId: "targetPaidHours", value: t.paidHoursPerFteWeek, format: FORMATS.seconds },
    days: { labelId: "targetOperatingDays", value: t.operatingDaysPerWeek, format: FORMATS.general },
    cost: { labelId: "targetCost", value: t.costPerAgentHour, format: FORMATS.money },
    defaultAht: { labelId: "targetDefaultAht", value: scenario.forecast.defaultAhtSeconds, format: FORMATS.wholeSeconds },
  };
  return keys.map((key) => ({ key, ...all[key] }));
}

function titleBlocks(title: string, note: string): CellBlock[] {
  return [
    { address: "A1", cells: [[literal(title)]], style: "title" },
    { address: "A2", cells: [[literal(note)]], style: "note" },
  ];
}

/** One line of a sheet's summary: a live Excel formula beside the value computed when built. */
interface SummaryLine {
  labelId: LabelId;
  live: string;
  built: CellContent;
  format: string;
}

/** The summary under a sheet's title: a heading row, then label | live | as built. */
function summaryBlocks(summary: SummaryLine[], summaryTop: number, summaryBottom: number): CellBlock[] {
  return [
    {
      address: `A${summaryTop - 1}:C${summaryTop - 1}`,
      cells: [[label("summaryHeading"), label("summaryLive"), label("summaryAsBuilt")]],
      style: "heading",
    },
    { address: column(summaryTop, summaryBottom, "A"), cells: summary.map((r) => [label(r.labelId)]), style: "label" },
    {
      address: `B${summaryTop}:C${summaryBottom}`,
      cells: summary.map((r) => [r.live, r.built]),
      numberFormats: summary.map((r) => [r.format, r.format]),
      style: "value",
    },
  ];
}

function column(top: number, bottom: number, letter: string): string {
  return `${letter}${top}:${letter}${bottom}`;
}

/** A finite number, or the text shown instead (ASA of a queue that never empties). */
function finiteOr(value: number, instead: CellContent): CellContent {
  return Number.isFinite(value) ? value : instead;
}

export interface PlanLayoutInput {
  scenario: Scenario;
  plan: Plan;
  tableName: string;
  builtAt: Date;
  /** Number format of the forecast's interval cells (see intervalFormat). */
  intervalNumberFormat: string;
}

/** Row numbers of the plan sheet, exported for tests and for the pane's links. */
export const PLAN_LAYOUT = { summaryTop: 5, summaryRows: 10, targetsTop: 17, tableHeaderRow: 31 } as const;

export function planSheetSpec(input: PlanLayoutInput): SheetSpec {
  const { scenario, plan, builtAt } = input;
  const { summaryTop, targetsTop, tableHeaderRow } = PLAN_LAYOUT;
  const reference = scenario.forecast;
  const n = plan.rows.length;
  const first = tableHeaderRow + 1;
  const last = tableHeaderRow + n;

  const targets = labelledBlock(
    targetsTop,
    targetRows(scenario, [
      "interval",
      "goal",
      "sl",
      "seconds",
      "asa",
      "occupancy",
      "patience",
      "rule",
      "shrinkage",
      "paidHours",
      "days",
      "cost",
      "defaultAht",
    ]),
  );
  const T = targets.refs;

  // Table: A interval, B calls, C AHT, D traffic, E agents, F SL, G ASA, H abandon, I occupancy, J scheduled.
  const headerIds: LabelId[] = [
    "columnInterval",
    "columnCalls",
    "columnAht",
    "columnTraffic",
    "columnAgentsRequired",
    "columnServiceLevel",
    "columnAsa",
    "columnAbandon",
    "columnOccupancy",
    "columnScheduledStaff",
  ];
  const formats = [
    input.intervalNumberFormat,
    FORMATS.calls,
    FORMATS.wholeSeconds,
    FORMATS.erlangs,
    FORMATS.integer,
    FORMATS.percent,
    FORMATS.seconds,
    FORMATS.percent,
    FORMATS.percent,
    FORMATS.fte,
  ];
  const tableRows: CellContent[][] = [];
  for (let i = 0; i < n; i++) {
    const r = tableHeaderRow + 1 + i;
    const source = forecastFormulas(reference, i, scenario.adjustments.volumeFactor, scenario.adjustments.ahtFactor, T.defaultAht);
    const calls = `B${r}`;
    const aht = `C${r}`;
    const agents = `E${r}`;
    const agentsFormula =
      scenario.targets.goal === "asa"
        ? `=MAX(WFM.AGENTS_FOR_ASA(${calls},${aht},${T.asa},${T.interval},${T.patience}),IF(${T.occupancy}="",0,ROUNDUP(D${r}/${T.occupancy},0)))`
        : `=WFM.AGENTS_REQUIRED(${calls},${aht},${T.sl},${T.seconds},${T.interval},${T.patience},${T.occupancy},${T.rule})`;
    tableRows.push([
      source.interval,
      source.calls,
      source.aht,
      `=WFM.TRAFFIC(${calls},${aht},${T.interval})`,
      agentsFormula,
      `=WFM.SERVICE_LEVEL(${calls},${aht},${agents},${T.seconds},${T.interval},${T.patience},${T.rule})`,
      `=WFM.ASA(${calls},${aht},${agents},${T.interval},${T.patience})`,
      `=IF(${T.patience}="",0,WFM.ABANDON_RATE(${calls},${aht},${agents},${T.interval},${T.patience}))`,
      `=WFM.OCCUPANCY(${calls},${aht},${agents},${T.interval},${T.patience})`,
      `=WFM.SCHEDULED_STAFF(${agents},${T.shrinkage})`,
    ]);
  }

  const callsRange = column(first, last, "B");
  const slRange = column(first, last, "F");
  const asaRange = column(first, last, "G");
  const abandonRange = column(first, last, "H");
  const agentsRange = column(first, last, "E");
  const scheduledRange = column(first, last, "J");
  const s = plan.summary;
  const hoursScheduledRef = `B${summaryTop + 7}`;
  const summary: SummaryLine[] = [
    { labelId: "summaryTotalCalls", live: `=SUM(${callsRange})`, built: s.totalCalls, format: FORMATS.totalCalls },
    {
      labelId: "summaryDayServiceLevel",
      live: `=IF(SUM(${callsRange})=0,1,SUMPRODUCT(${callsRange},${slRange})/SUM(${callsRange}))`,
      built: s.dayServiceLevel,
      format: FORMATS.percent,
    },
    {
      labelId: "summaryDayAsa",
      live: `=IF(SUMPRODUCT(${callsRange},1-${abandonRange})=0,0,SUMPRODUCT(${callsRange},1-${abandonRange},${asaRange})/SUMPRODUCT(${callsRange},1-${abandonRange}))`,
      built: finiteOr(s.dayAverageSpeedOfAnswer, label("asaNeverAnswered")),
      format: FORMATS.seconds,
    },
    {
      labelId: "summaryDayAbandon",
      live: `=IF(SUM(${callsRange})=0,0,SUMPRODUCT(${callsRange},${abandonRange})/SUM(${callsRange}))`,
      built: s.dayAbandonRate,
      format: FORMATS.percent,
    },
    { labelId: "summaryPeakAgents", live: `=MAX(${agentsRange})`, built: s.peakAgentsRequired, format: FORMATS.integer },
    { labelId: "summaryPeakScheduled", live: `=MAX(${scheduledRange})`, built: s.peakScheduledStaff, format: FORMATS.fte },
    {
      labelId: "summaryAgentHoursRequired",
      live: `=SUM(${agentsRange})*${T.interval}/60`,
      built: s.agentHoursRequired,
      format: FORMATS.hours,
    },
    {
      labelId: "summaryAgentHoursScheduled",
      live: `=SUM(${scheduledRange})*${T.interval}/60`,
      built: s.agentHoursScheduled,
      format: FORMATS.hours,
    },
    { labelId: "summaryFte", live: `=${hoursScheduledRef}*${T.days}/${T.paidHours}`, built: s.fte, format: FORMATS.fte },
    {
      labelId: "summaryCost",
      live: `=IF(${T.cost}="","",${hoursScheduledRef}*${T.cost})`,
      built: s.dayCost,
      format: FORMATS.money,
    },
  ];
  const summaryBottom = summaryTop + summary.length - 1;

  const note = label("planNote", {
    forecast: forecastAddress(reference),
    volumeFactor: showFactor(scenario.adjustments.volumeFactor),
    ahtFactor: showFactor(scenario.adjustments.ahtFactor),
    date: isoDate(builtAt),
  });

  return {
    blocks: [
      ...titleBlocks(label("planTitle", { scenario: scenario.name }), note),
      ...summaryBlocks(summary, summaryTop, summaryBottom),
      { address: `A${targetsTop - 1}`, cells: [[label("targetsHeading")]], style: "heading" },
      targets.labelsBlock,
      targets.block,
      {
        address: `A${tableHeaderRow}:J${tableHeaderRow}`,
        cells: [headerIds.map((id) => label(id))],
      },
      {
        address: `A${first}:J${last}`,
        cells: tableRows,
        numberFormats: tableRows.map(() => formats),
      },
    ],
    tables: [{ address: `A${tableHeaderRow}:J${last}`, name: input.tableName, style: "TableStyleMedium2" }],
    charts: [
      {
        type: "Line",
        title: label("chartTitle"),
        dataAddress: column(tableHeaderRow, last, "E"),
        categoriesAddress: column(first, last, "A"),
        extraSeries: [{ name: label("columnScheduledStaff"), valuesAddress: scheduledRange }],
        topLeft: "L4",
        bottomRight: "T24",
      },
    ],
    highlights: [],
    columnWidths: [{ columns: "A:A", width: 230 }],
    autofit: [`B${tableHeaderRow}:J${last}`],
  };
}

export interface RosterLayoutInput {
  scenario: Scenario;
  check: RosterCheck;
  /** Where the roster numbers are: sheet, column letter, first row (one cell per interval). */
  roster: { sheetName: string; column: string; firstRow: number };
  basis: RosterBasis;
  tableName: string;
  builtAt: Date;
  intervalNumberFormat: string;
}

export const ROSTER_LAYOUT = { summaryTop: 5, targetsTop: 11, tableHeaderRow: 24 } as const;

export function rosterSheetSpec(input: RosterLayoutInput): SheetSpec {
  const { scenario, check, roster, builtAt } = input;
  const { summaryTop, targetsTop, tableHeaderRow } = ROSTER_LAYOUT;
  const reference = scenario.forecast;
  const n = check.rows.length;
  const first = tableHeaderRow + 1;
  const last = tableHeaderRow + n;
  const targets = labelledBlock(
    targetsTop,
    targetRows(scenario, ["interval", "goal", "sl", "seconds", "asa", "patience", "rule", "shrinkage", "defaultAht"]),
  );
  const T = targets.refs;
  const mark = label("belowTargetMark");
  const rows: CellContent[][] = [];
  for (let i = 0; i < n; i++) {
    const r = tableHeaderRow + 1 + i;
    const source = forecastFormulas(reference, i, scenario.adjustments.volumeFactor, scenario.adjustments.ahtFactor, T.defaultAht);
    const [calls, aht, agents] = [`B${r}`, `C${r}`, `E${r}`];
    const misses =
      scenario.targets.goal === "asa" ? `NOT(IFERROR(G${r}<=${T.asa},FALSE))` : `F${r}<${T.sl}`;
    rows.push([
      source.interval,
      source.calls,
      source.aht,
      `=${formulaCell(roster.sheetName, roster.column, roster.firstRow + i)}`,
      input.basis === "scheduled" ? `=D${r}*(1-${T.shrinkage})` : `=D${r}`,
      `=WFM.SERVICE_LEVEL(${calls},${aht},${agents},${T.seconds},${T.interval},${T.patience},${T.rule})`,
      `=WFM.ASA(${calls},${aht},${agents},${T.interval},${T.patience})`,
      `=IF(${T.patience}="",0,WFM.ABANDON_RATE(${calls},${aht},${agents},${T.interval},${T.patience}))`,
      `=IF(AND(${calls}>0,${misses}),"${mark.replace(/"/g, '""')}","")`,
    ]);
  }
  const formats = [
    input.intervalNumberFormat,
    FORMATS.calls,
    FORMATS.wholeSeconds,
    FORMATS.fte,
    FORMATS.fte,
    FORMATS.percent,
    FORMATS.seconds,
    FORMATS.percent,
    FORMATS.general,
  ];
  const callsRange = column(first, last, "B");
  const abandonRange = column(first, last, "H");
  const summary: SummaryLine[] = [
    {
      labelId: "summaryDayServiceLevel",
      live: `=IF(SUM(${callsRange})=0,1,SUMPRODUCT(${callsRange},${column(first, last, "F")})/SUM(${callsRange}))`,
      built: check.dayServiceLevel,
      format: FORMATS.percent,
    },
    {
      labelId: "summaryDayAsa",
      live: `=IF(SUMPRODUCT(${callsRange},1-${abandonRange})=0,0,SUMPRODUCT(${callsRange},1-${abandonRange},${column(first, last, "G")})/SUMPRODUCT(${callsRange},1-${abandonRange}))`,
      built: finiteOr(check.dayAverageSpeedOfAnswer, label("asaNeverAnswered")),
      format: FORMATS.seconds,
    },
    {
      labelId: "summaryDayAbandon",
      live: `=IF(SUM(${callsRange})=0,0,SUMPRODUCT(${callsRange},${abandonRange})/SUM(${callsRange}))`,
      built: check.dayAbandonRate,
      format: FORMATS.percent,
    },
    {
      labelId: "summaryIntervalsBelowTarget",
      live: `=COUNTIF(${column(first, last, "I")},"?*")`,
      built: check.intervalsBelowTarget,
      format: FORMATS.integer,
    },
  ];
  const summaryBottom = summaryTop + summary.length - 1;
  const note = label("rosterNote", {
    roster: spanAddress(roster.sheetName, [roster.column], roster.firstRow, n),
    basis: label(input.basis === "scheduled" ? "rosterBasisScheduled" : "rosterBasisOnPhones"),
    forecast: forecastAddress(reference),
    date: isoDate(builtAt),
  });
  return {
    blocks: [
      ...titleBlocks(label("rosterTitle", { scenario: scenario.name }), note),
      ...summaryBlocks(summary, summaryTop, summaryBottom),
      { address: `A${targetsTop - 1}`, cells: [[label("targetsHeading")]], style: "heading" },
      targets.labelsBlock,
      targets.block,
      {
        address: `A${tableHeaderRow}:I${tableHeaderRow}`,
        cells: [
          (
            [
              "columnInterval",
              "columnCalls",
              "columnAht",
              "columnRosteredAgents",
              "columnAgentsOnPhones",
              "columnServiceLevel",
              "columnAsa",
              "columnAbandon",
              "columnBelowTarget",
            ] as LabelId[]
          ).map((id) => label(id)),
        ],
      },
      { address: `A${first}:I${last}`, cells: rows, numberFormats: rows.map(() => formats) },
    ],
    tables: [{ address: `A${tableHeaderRow}:I${last}`, name: input.tableName, style: "TableStyleMedium2" }],
    charts: [],
    highlights: [{ address: `A${first}:I${last}`, formula: `=$I${first}<>""`, ...HIGHLIGHT }],
    columnWidths: [{ columns: "A:A", width: 230 }],
    autofit: [`B${tableHeaderRow}:I${last}`],
  };
}

export interface ComparisonLayoutInput {
  comparison: Comparison;
  tableName: string;
  builtAt: Date;
}

export const COMPARISON_LAYOUT = { totalsHeaderRow: 4, tableHeaderRow: 13 } as const;

/** Table column names must differ (ignoring case) from each other and from "Interval". */
export function distinctHeaders(names: string[], reserved: string[]): string[] {
  const taken = new Set(reserved.map((r) => r.toLocaleLowerCase()));
  return names.map((name) => {
    let candidate = name.trim() === "" ? "?" : name.trim();
    for (let k = 2; taken.has(candidate.toLocaleLowerCase()); k++) candidate = `${name.trim()} (${k})`;
    taken.add(candidate.toLocaleLowerCase());
    return candidate;
  });
}

export function comparisonSheetSpec(input: ComparisonLayoutInput): SheetSpec {
  const { comparison, builtAt } = input;
  const { totalsHeaderRow, tableHeaderRow } = COMPARISON_LAYOUT;
  const k = comparison.scenarios.length;
  const names = comparison.scenarios.map((s) => s.name);
  const firstName = names[0];
  const totalsColumns = 1 + k + (k - 1);
  const lastTotalsColumn = columnLetters(totalsColumns);
  const totalsHeader: CellContent[] = [
    label("comparisonTotalsHeading"),
    ...names.map(literal),
    ...names.slice(1).map((name) => literal(label("comparisonDifference", { scenario: name, first: firstName }))),
  ];
  type Field = "agentHoursRequired" | "agentHoursScheduled" | "fte" | "dayCost" | "dayServiceLevel" | "peakAgentsRequired";
  const fields: { field: Field; labelId: LabelId; format: string }[] = [
    { field: "agentHoursRequired", labelId: "summaryAgentHoursRequired", format: FORMATS.hours },
    { field: "agentHoursScheduled", labelId: "summaryAgentHoursScheduled", format: FORMATS.hours },
    { field: "fte", labelId: "summaryFte", format: FORMATS.fte },
    { field: "dayCost", labelId: "summaryCost", format: FORMATS.money },
    { field: "dayServiceLevel", labelId: "summaryDayServiceLevel", format: FORMATS.percent },
    { field: "peakAgentsRequired", labelId: "summaryPeakAgents", format: FORMATS.integer },
  ];
  const totalsRows: CellContent[][] = fields.map(({ field, labelId }) => [
    label(labelId),
    ...comparison.totals.map((t) => t[field]),
    ...comparison.differences.slice(1).map((d) => d[field]),
  ]);
  const totalsFormats = fields.map(({ format }) => [FORMATS.general, ...Array<string>(totalsColumns - 1).fill(format)]);
  const totalsTop = totalsHeaderRow + 1;
  const totalsBottom = totalsHeaderRow + fields.length;

  const headers = [label("columnInterval"), ...distinctHeaders(names, [label("columnInterval")])];
  const lastColumn = columnLetters(1 + k);
  const first = tableHeaderRow + 1;
  const last = tableHeaderRow + comparison.rows.length;
  // Interval labels are text ("08:00"): the apostrophe keeps Excel from reading them as times.
  const rows: CellContent[][] = comparison.rows.map((row) => [`'${row.intervalLabel}`, ...row.agentsRequired]);
  const rowFormats = comparison.rows.map(() => [FORMATS.text, ...Array<string>(k).fill(FORMATS.integer)]);

  return {
    blocks: [
      ...titleBlocks(label("comparisonTitle"), label("comparisonNote", { date: isoDate(builtAt) })),
      {
        address: `A${totalsHeaderRow}:${lastTotalsColumn}${totalsHeaderRow}`,
        cells: [totalsHeader],
        style: "heading",
      },
      {
        address: `A${totalsTop}:${lastTotalsColumn}${totalsBottom}`,
        cells: totalsRows,
        numberFormats: totalsFormats,
        style: "value",
      },
      { address: `A${tableHeaderRow - 1}`, cells: [[label("comparisonIntervalsHeading")]], style: "heading" },
      { address: `A${tableHeaderRow}:${lastColumn}${tableHeaderRow}`, cells: [headers.map(literal)] },
      { address: `A${first}:${lastColumn}${last}`, cells: rows, numberFormats: rowFormats },
    ],
    tables: [{ address: `A${tableHeaderRow}:${lastColumn}${last}`, name: input.tableName, style: "TableStyleMedium2" }],
    charts: [
      {
        type: "Line",
        title: label("comparisonChartTitle"),
        dataAddress: `B${tableHeaderRow}:${lastColumn}${last}`,
        categoriesAddress: column(first, last, "A"),
        extraSeries: [],
        topLeft: `${columnLetters(Math.max(totalsColumns, 1 + k) + 2)}${tableHeaderRow}`,
        bottomRight: `${columnLetters(Math.max(totalsColumns, 1 + k) + 10)}${tableHeaderRow + 20}`,
      },
    ],
    highlights: [],
    columnWidths: [{ columns: "A:A", width: 230 }],
    autofit: [`B${totalsHeaderRow}:${columnLetters(Math.max(totalsColumns, 1 + k))}${Math.max(last, totalsBottom)}`],
  };
}

export interface SampleLayoutInput {
  day: SampleInterval[];
  tableName: string;
}

export function sampleSheetSpec(input: SampleLayoutInput): SheetSpec {
  const n = input.day.length;
  return {
    blocks: [
      { address: "A1:C1", cells: [[label("sampleTitleInterval"), label("sampleTitleCalls"), label("sampleTitleAht")]] },
      {
        address: `A2:C${n + 1}`,
        cells: input.day.map((d) => [d.start, d.calls, d.ahtSeconds]),
        numberFormats: input.day.map(() => [FORMATS.time, FORMATS.integer, FORMATS.integer]),
      },
    ],
    tables: [{ address: `A1:C${n + 1}`, name: input.tableName, style: "TableStyleMedium2" }],
    charts: [],
    highlights: [],
    columnWidths: [],
    autofit: [`A1:C${n + 1}`],
  };
}

/** The forecast reference of a sample sheet written by sampleSheetSpec. */
export function sampleReference(sheetName: string, tableName: string, rows: number): ForecastReference {
  return {
    sheetName,
    tableName,
    firstRow: 2,
    rowCount: rows,
    intervalColumn: "A",
    callsColumn: "B",
    ahtColumn: "C",
    defaultAhtSeconds: null,
  };
}
