/**
 * The generated sheets, declared as data (sheet.ts lays them out into the SheetSpec the Excel
 * adapter writes in one batch): the sample forecast, a scenario's plan, a roster check and a
 * comparison of scenarios.
 *
 * Plan sheet, top to bottom: title and a note; the summary ("Live" plain-Excel formulas over the
 * tables beside the "As built" values the add-in computed, readable without the add-in); the
 * targets, which the formulas refer to with absolute references; for a forecast of several
 * days, a table by week (hours and FTE) and one by day; and the intervals, an Excel table whose
 * cells are live formulas: the forecast's cells with the scenario's factors ('Forecast'!B2*1.1)
 * and WFM.* functions. A chart of agents required and scheduled staff sits to the right.
 *
 * Formulas hand a target that may be blank (patience, maximum occupancy, cost) to WFM.*
 * functions through IF(ISBLANK(…),"",…), so the sheet computes the same on the Excel builds
 * that pass a blank cell to a custom function as 0.
 *
 * Every sheet is written in one language: each layout input takes an optional `language` (the
 * workbook's, chosen by the adapter; English when left out), and its labels, notes, chart titles
 * and date formats follow it (labels.ts's labelsFor). Formulas are the same in every language;
 * the only words inside one are the roster check's "below target" mark, which it writes.
 */
import { columnNumber, displayBlock, formulaCell } from "./addresses";
import { labelsFor, type Labeler, type Language, type LabelId } from "./labels";
import { withoutControlCharacters } from "./names";
import type { SampleInterval } from "./sample";
import {
  formula,
  layOutSheet,
  table,
  textOf,
  type AnyTableSection,
  type Column,
  type InputRow,
  type LaidOutSheet,
  type Refs,
  type RowRefs,
  type Section,
  type SheetSpec,
  type SummaryLine,
  type Text,
} from "./sheet";
import type {
  Comparison,
  ComparisonPeriodRow,
  DayTotals,
  ForecastReference,
  Plan,
  PlanRow,
  RosterBasis,
  RosterCheck,
  RosterDay,
  RosterRow,
  Scenario,
  WeekTotals,
} from "./types";

export {
  literal,
  type CellBlock,
  type ChartSpec,
  type ColorScaleSpec,
  type SeriesFill,
  type SheetSpec,
} from "./sheet";

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
  day: "ddd yyyy-mm-dd",
  text: "@",
  general: "General",
} as const;

/** Width of column A, which holds the labels, in points. */
const LABEL_COLUMN_WIDTH = 230;

/** A factor as formula text, or "" for 1 (no factor). */
function times(factor: number): string {
  return factor === 1 ? "" : `*${Number(factor.toPrecision(12))}`;
}

/** A factor for a note, as the sheet's language writes numbers: "1.1", "0,95". */
function showFactor(factor: number, words: Labeler): string {
  return words.number(Number(factor.toPrecision(6)));
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
  const columns = [reference.dateColumn, reference.intervalColumn, reference.callsColumn, reference.ahtColumn].filter(
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
  const interval = formulaCell(reference.sheetName, reference.intervalColumn, row);
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
    interval: `=${interval}`,
    calls: `=${calls}${times(volumeFactor)}`,
    aht,
  };
}

// ---------------------------------------------------------------------------------------------
// Targets

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

function targetRows(scenario: Scenario, keys: TargetKey[], words: Labeler): InputRow[] {
  const t = scenario.targets;
  const all: Record<TargetKey, Omit<InputRow, "id">> = {
    interval: { label: "targetInterval", value: t.intervalMinutes, format: FORMATS.integer },
    goal: { label: "targetGoal", value: words.label(t.goal === "asa" ? "goalAsa" : "goalServiceLevel"), format: FORMATS.general },
    sl: { label: "targetServiceLevel", value: t.targetServiceLevel, format: FORMATS.targetPercent },
    seconds: { label: "targetSeconds", value: t.targetSeconds, format: FORMATS.wholeSeconds },
    asa: { label: "targetAsa", value: t.targetAsaSeconds, format: FORMATS.wholeSeconds },
    occupancy: { label: "targetMaxOccupancy", value: t.maxOccupancy, format: FORMATS.targetPercent },
    patience: { label: "targetPatience", value: t.patienceSeconds, format: FORMATS.wholeSeconds },
    rule: { label: "targetAbandonRule", value: t.abandonRule, format: words.label("abandonRuleFormat") },
    shrinkage: { label: "targetShrinkage", value: t.shrinkage, format: FORMATS.targetPercent },
    paidHours: { label: "targetPaidHours", value: t.paidHoursPerFteWeek, format: FORMATS.seconds },
    days: { label: "targetOperatingDays", value: t.operatingDaysPerWeek, format: FORMATS.general },
    cost: { label: "targetCost", value: t.costPerAgentHour, format: FORMATS.money },
    defaultAht: { label: "targetDefaultAht", value: scenario.forecast.defaultAhtSeconds, format: FORMATS.wholeSeconds },
  };
  return keys.map((id) => ({ id, ...all[id] }));
}

/** "$B$17": a target's cell, by its row in the "targets" section. */
function target(refs: Refs, key: TargetKey): string {
  return refs.input("targets", key);
}

/** A target that may be blank (patience, maximum occupancy), as WFM.* functions must receive it. */
function optionalTarget(refs: Refs, key: "patience" | "occupancy"): string {
  return refs.optionalInput("targets", key);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: horizons, service figures over a period, day columns

/** The wording of a figure: one day's, or all `days` days'. */
function wording(days: number, words: Labeler) {
  const oneDay = days <= 1;
  const pick = (day: LabelId, period: LabelId): Text => (oneDay ? day : { text: words.label(period, { days }) });
  return {
    oneDay,
    serviceLevel: pick("summaryDayServiceLevel", "summaryPeriodServiceLevel"),
    asa: pick("summaryDayAsa", "summaryPeriodAsa"),
    abandon: pick("summaryDayAbandon", "summaryPeriodAbandon"),
    cost: pick("summaryDayCost", "summaryPeriodCost"),
  };
}

/** Ranges of an interval table's calls, service level, ASA and abandon columns. */
interface ServiceRanges {
  calls: string;
  sl: string;
  asa: string;
  abandon: string;
}

function serviceRanges(refs: Refs, section: string): ServiceRanges {
  return {
    calls: refs.column(section, "calls"),
    sl: refs.column(section, "sl"),
    asa: refs.column(section, "asa"),
    abandon: refs.column(section, "abandon"),
  };
}

/**
 * Live formulas of the call-weighted service figures over an interval table's rows, or over the
 * rows whose date is `when` (an array condition such as ($A$40:$A$375=A5)). ASA is weighted by
 * answered calls, and an interval where none is answered (its ASA cell an error: no agents) has
 * no weight, as in the planner; an interval with answered calls and no finite ASA (a queue that
 * never empties) makes the whole figure an error.
 */
function serviceFormulas(r: ServiceRanges, when: string | null) {
  const on = when === null ? "" : `${when}*`;
  const calls = when === null ? `SUM(${r.calls})` : `SUMPRODUCT(${on}${r.calls})`;
  const answered = `${on}${r.calls}*(1-${r.abandon})`;
  return {
    serviceLevel: `=IF(${calls}=0,1,SUMPRODUCT(${on}${r.calls}*${r.sl})/${calls})`,
    asa: `=IF(SUMPRODUCT(${answered})=0,0,SUMPRODUCT(${answered}*IF(${answered}>0,${r.asa},0))/SUMPRODUCT(${answered}))`,
    abandon: `=IF(${calls}=0,0,SUMPRODUCT(${on}${r.calls}*${r.abandon})/${calls})`,
  };
}

/** Summary lines of the service achieved over the interval table `intervals`: service level, ASA, abandons. */
function serviceLines(
  intervals: string,
  words: ReturnType<typeof wording>,
  built: { serviceLevel: number; averageSpeedOfAnswer: number; abandonRate: number },
): SummaryLine[] {
  const live = (refs: Refs) => serviceFormulas(serviceRanges(refs, intervals), null);
  return [
    { id: "serviceLevel", label: words.serviceLevel, live: (refs) => live(refs).serviceLevel, built: built.serviceLevel, format: FORMATS.percent },
    {
      id: "asa",
      label: words.asa,
      live: (refs) => live(refs).asa,
      built: built.averageSpeedOfAnswer,
      notFinite: "asaNeverAnswered",
      format: FORMATS.seconds,
    },
    { id: "abandon", label: words.abandon, live: (refs) => live(refs).abandon, built: built.abandonRate, format: FORMATS.percent },
  ];
}

/** A day table's service columns over the interval table `intervals`, for the row's date in column "day". */
function dayServiceColumns<R extends { serviceLevel: number; averageSpeedOfAnswer: number; abandonRate: number }>(
  intervals: string,
): Column<R>[] {
  const live = (at: RowRefs) =>
    serviceFormulas(serviceRanges(at, intervals), `(${at.column(intervals, "date")}=${at.cell("day")})`);
  return [
    { id: "sl", label: "columnServiceLevel", format: FORMATS.percent, cell: (_r, at) => formula(live(at).serviceLevel), built: (r) => r.serviceLevel },
    { id: "asa", label: "columnAsa", format: FORMATS.seconds, cell: (_r, at) => formula(live(at).asa), built: (r) => r.averageSpeedOfAnswer },
    { id: "abandon", label: "columnAbandon", format: FORMATS.percent, cell: (_r, at) => formula(live(at).abandon), built: (r) => r.abandonRate },
  ];
}

/** The calls and AHT columns of an interval table: the forecast's cells with the scenario's factors. */
function loadColumns<R extends { callsOffered: number; averageHandleSeconds: number }>(scenario: Scenario): Column<R>[] {
  const { volumeFactor, ahtFactor } = scenario.adjustments;
  const source = (at: RowRefs, index: number) =>
    forecastFormulas(scenario.forecast, index, volumeFactor, ahtFactor, target(at, "defaultAht"));
  return [
    { id: "calls", label: "columnCalls", format: FORMATS.calls, cell: (_r, at, i) => formula(source(at, i).calls), built: (r) => r.callsOffered },
    {
      id: "aht",
      label: "columnAht",
      format: FORMATS.wholeSeconds,
      cell: (_r, at, i) => formula(source(at, i).aht),
      built: (r) => r.averageHandleSeconds,
    },
  ];
}

/** The date and interval columns of an interval table, from the forecast's cells. */
function whenColumns<R extends { interval: number | string; day: number | null }>(
  reference: ForecastReference,
  dated: boolean,
  undatedFormat: string,
  words: Labeler,
): Column<R>[] {
  const cell = (column: string, index: number) => formulaCell(reference.sheetName, column, reference.firstRow + index);
  const dateCell = (index: number) => cell(reference.dateColumn ?? reference.intervalColumn, index);
  const day: Column<R> = {
    id: "date",
    label: "columnDate",
    format: words.label("dayFormat"),
    cell: (_row, _at, index) => formula(`=INT(${dateCell(index)})`),
    built: (row) => row.day,
  };
  const interval: Column<R> = {
    id: "interval",
    label: "columnInterval",
    format: dated ? (row) => (typeof row.interval === "number" ? words.label("dateTimeFormat") : FORMATS.general) : undatedFormat,
    cell: (row, _at, index) => {
      const time = cell(reference.intervalColumn, index);
      // With a date column, a numeric time becomes the interval's date and time.
      if (reference.dateColumn !== null && typeof row.interval === "number") return formula(`=INT(${dateCell(index)})+MOD(${time},1)`);
      return formula(`=${time}`);
    },
    built: (row) =>
      reference.dateColumn !== null && typeof row.interval === "number" && row.day !== null
        ? row.day + (row.interval - Math.floor(row.interval))
        : row.interval,
  };
  return dated ? [day, interval] : [interval];
}

export function titled(title: string, note: string): { title: Text; note: Text } {
  return { title: { text: title }, note: { text: note } };
}

// ---------------------------------------------------------------------------------------------
// Plan sheet

export interface PlanLayoutInput {
  scenario: Scenario;
  plan: Plan;
  tableName: string;
  builtAt: Date;
  /** Number format of the forecast's interval cells (see intervalFormat). */
  intervalNumberFormat: string;
  /** The sheet's language; English when left out. */
  language?: Language;
  /**
   * False for a client's copy: the sheet is laid out without the cost per agent-hour, the cost
   * line and the day and week tables' cost columns, so nothing below them has to move and no
   * cost can be left behind (whatever the plan computed). True when left out.
   */
  costs?: boolean;
}

export function planSheet(input: PlanLayoutInput): LaidOutSheet {
  const { scenario, plan, builtAt } = input;
  const L = labelsFor(input.language);
  const reference = scenario.forecast;
  const { volumeFactor, ahtFactor } = scenario.adjustments;
  const goalIsAsa = scenario.targets.goal === "asa";
  const dated = plan.days.length > 0;
  const multiDay = plan.days.length > 1;
  const words = wording(plan.summary.days, L);
  const s = plan.summary;
  const costs = input.costs ?? true;

  const intervals = table<PlanRow>({
    id: "intervals",
    rows: plan.rows,
    excelTable: { name: input.tableName },
    columns: [
      ...whenColumns<PlanRow>(reference, dated, input.intervalNumberFormat, L),
      ...loadColumns<PlanRow>(scenario),
      {
        id: "traffic",
        label: "columnTraffic",
        format: FORMATS.erlangs,
        cell: (_r, at) => formula(`=WFM.TRAFFIC(${at.cell("calls")},${at.cell("aht")},${target(at, "interval")})`),
        built: (r) => r.traffic,
      },
      {
        id: "agents",
        label: "columnAgentsRequired",
        format: FORMATS.integer,
        cell: (_r, at) => {
          const T = (key: TargetKey) => target(at, key);
          const [calls, aht] = [at.cell("calls"), at.cell("aht")];
          return formula(
            goalIsAsa
              ? `=MAX(WFM.AGENTS_FOR_ASA(${calls},${aht},${T("asa")},${T("interval")},${optionalTarget(at, "patience")}),IF(ISBLANK(${T("occupancy")}),0,ROUNDUP(${at.cell("traffic")}/${T("occupancy")},0)))`
              : `=WFM.AGENTS_REQUIRED(${calls},${aht},${T("sl")},${T("seconds")},${T("interval")},${optionalTarget(at, "patience")},${optionalTarget(at, "occupancy")},${T("rule")})`,
          );
        },
        built: (r) => r.agentsRequired,
      },
      ...measureColumns<PlanRow>("agents"),
      {
        id: "occupancy",
        label: "columnOccupancy",
        format: FORMATS.percent,
        cell: (_r, at) => {
          const T = (key: TargetKey) => target(at, key);
          return formula(`=WFM.OCCUPANCY(${at.cell("calls")},${at.cell("aht")},${at.cell("agents")},${T("interval")},${optionalTarget(at, "patience")})`);
        },
        built: (r) => r.occupancy,
      },
      {
        id: "scheduled",
        label: "columnScheduledStaff",
        format: FORMATS.fte,
        cell: (_r, at) => formula(`=WFM.SCHEDULED_STAFF(${at.cell("agents")},${target(at, "shrinkage")})`),
        built: (r) => r.scheduledStaff,
      },
    ],
  });

  const hours = (column: string) => (refs: Refs) => `=SUM(${refs.column("intervals", column)})*${target(refs, "interval")}/60`;
  const scheduledHours = (refs: Refs) => refs.line("summary", "hoursScheduled");
  const fteLine: SummaryLine = !dated
    ? {
        id: "fte",
        label: "summaryFte",
        live: (refs) => `=${scheduledHours(refs)}*${target(refs, "days")}/${target(refs, "paidHours")}`,
        built: s.fte,
        format: FORMATS.fte,
      }
    : {
        id: "fte",
        label: multiDay ? "summaryWeekFte" : "summaryFte",
        live: (refs) => {
          const T = (key: TargetKey) => target(refs, key);
          const openDays = multiDay ? `SUM(${refs.column("weeks", "openDays")})` : `MIN(1,${T("days")})`;
          return `=${scheduledHours(refs)}/(${T("paidHours")}*${openDays}/${T("days")})`;
        },
        built: s.fte,
        format: FORMATS.fte,
      };
  const summary: Section = {
    kind: "summary",
    id: "summary",
    lines: [
      { id: "calls", label: "summaryTotalCalls", live: (refs) => `=SUM(${refs.column("intervals", "calls")})`, built: s.totalCalls, format: FORMATS.totalCalls },
      ...serviceLines("intervals", words, s),
      { id: "peakAgents", label: "summaryPeakAgents", live: (refs) => `=MAX(${refs.column("intervals", "agents")})`, built: s.peakAgentsRequired, format: FORMATS.integer },
      { id: "peakScheduled", label: "summaryPeakScheduled", live: (refs) => `=MAX(${refs.column("intervals", "scheduled")})`, built: s.peakScheduledStaff, format: FORMATS.fte },
      { id: "hoursRequired", label: "summaryAgentHoursRequired", live: hours("agents"), built: s.agentHoursRequired, format: FORMATS.hours },
      { id: "hoursScheduled", label: "summaryAgentHoursScheduled", live: hours("scheduled"), built: s.agentHoursScheduled, format: FORMATS.hours },
      fteLine,
      ...(multiDay
        ? [{ id: "peakWeekFte", label: "summaryPeakWeekFte", live: (refs: Refs) => `=MAX(${refs.column("weeks", "fte")})`, built: s.peakWeekFte, format: FORMATS.fte } as SummaryLine]
        : []),
      ...(costs
        ? [
            {
              id: "cost",
              label: words.cost,
              live: (refs: Refs) => `=IF(ISBLANK(${target(refs, "cost")}),"",${scheduledHours(refs)}*${target(refs, "cost")})`,
              built: s.cost,
              format: FORMATS.money,
            } as SummaryLine,
          ]
        : []),
    ],
  };

  const costOf = (hoursCell: string, at: Refs) => formula(`=IF(ISBLANK(${target(at, "cost")}),"",${hoursCell}*${target(at, "cost")})`);
  const sumOnDay = (at: RowRefs, column: string) =>
    `SUMIFS(${at.column("intervals", column)},${at.column("intervals", "date")},${at.cell("day")})`;
  const days = table<DayTotals>({
    id: "days",
    caption: "daysCaption",
    rows: plan.days,
    columns: [
      { id: "day", label: "columnDate", format: L.label("dayFormat"), cell: (d) => d.day },
      { id: "calls", label: "columnCalls", format: FORMATS.totalCalls, cell: (_d, at) => formula(`=${sumOnDay(at, "calls")}`), built: (d) => d.totalCalls },
      {
        id: "hoursRequired",
        label: "columnAgentHoursRequired",
        format: FORMATS.hours,
        cell: (_d, at) => formula(`=${sumOnDay(at, "agents")}*${target(at, "interval")}/60`),
        built: (d) => d.agentHoursRequired,
      },
      {
        id: "hoursScheduled",
        label: "columnAgentHoursScheduled",
        format: FORMATS.hours,
        cell: (_d, at) => formula(`=${sumOnDay(at, "scheduled")}*${target(at, "interval")}/60`),
        built: (d) => d.agentHoursScheduled,
      },
      {
        id: "peakAgents",
        label: "columnPeakAgents",
        format: FORMATS.integer,
        cell: (_d, at) => formula(`=MAXIFS(${at.column("intervals", "agents")},${at.column("intervals", "date")},${at.cell("day")})`),
        built: (d) => d.peakAgentsRequired,
      },
      ...dayServiceColumns<DayTotals>("intervals"),
      ...(costs ? [{ id: "cost", label: "columnCost", format: FORMATS.money, cell: (_d, at) => costOf(at.cell("hoursScheduled"), at), built: (d) => d.cost } as Column<DayTotals>] : []),
    ],
  });
  const weeks = table<WeekTotals>({
    id: "weeks",
    caption: "weeksCaption",
    rows: plan.weeks,
    columns: [
      { id: "weekStart", label: "columnWeekStart", format: L.label("dayFormat"), cell: (w) => w.weekStart },
      { id: "calendarDays", label: "columnCalendarDays", format: FORMATS.integer, cell: (w) => w.calendarDays },
      {
        id: "openDays",
        label: "columnOpenDays",
        format: FORMATS.general,
        cell: (_w, at) => formula(`=MIN(${at.cell("calendarDays")},${target(at, "days")})`),
        built: (w) => w.operatingDays,
      },
      {
        id: "hoursScheduled",
        label: "columnAgentHoursScheduled",
        format: FORMATS.hours,
        cell: (_w, at) => {
          const date = at.column("intervals", "date");
          const start = at.cell("weekStart");
          return formula(
            `=SUMIFS(${at.column("intervals", "scheduled")},${date},">="&${start},${date},"<"&(${start}+7))*${target(at, "interval")}/60`,
          );
        },
        built: (w) => w.agentHoursScheduled,
      },
      {
        id: "fte",
        label: "columnFte",
        format: FORMATS.fte,
        cell: (_w, at) => {
          const T = (key: TargetKey) => target(at, key);
          return formula(`=${at.cell("hoursScheduled")}/(${T("paidHours")}*${at.cell("openDays")}/${T("days")})`);
        },
        built: (w) => w.fte,
      },
      ...(costs ? [{ id: "cost", label: "columnCost", format: FORMATS.money, cell: (_w, at) => costOf(at.cell("hoursScheduled"), at), built: (w) => w.cost } as Column<WeekTotals>] : []),
    ],
  });

  const note = L.label("planNote", {
    forecast: forecastAddress(reference),
    volumeFactor: showFactor(volumeFactor, L),
    ahtFactor: showFactor(ahtFactor, L),
    date: L.dateTime(builtAt),
  });
  return layOutSheet({
    title: titled(L.label("planTitle", { scenario: scenario.name }), note),
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      summary,
      {
        kind: "inputs",
        id: "targets",
        heading: "targetsHeading",
        rows: targetRows(scenario, [
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
          ...(costs ? (["cost"] as const) : []),
          "defaultAht",
        ], L),
      },
      ...(multiDay ? [weeks, days] : []),
      intervals,
    ],
    charts: [
      {
        type: "Line",
        title: "chartTitle",
        table: "intervals",
        series: ["agents", "scheduled"],
        categories: ["interval"],
      },
    ],
  });
}

/** Service level, ASA and abandon columns of an interval table, at the agents in column `agents`. */
function measureColumns<R extends { serviceLevel: number; averageSpeedOfAnswer: number; abandonRate: number }>(
  agents: string,
): Column<R>[] {
  const args = (at: RowRefs) => `${at.cell("calls")},${at.cell("aht")},${at.cell(agents)}`;
  return [
    {
      id: "sl",
      label: "columnServiceLevel",
      format: FORMATS.percent,
      cell: (_r, at) => {
        const T = (key: TargetKey) => target(at, key);
        return formula(`=WFM.SERVICE_LEVEL(${args(at)},${T("seconds")},${T("interval")},${optionalTarget(at, "patience")},${T("rule")})`);
      },
      built: (r) => r.serviceLevel,
    },
    {
      id: "asa",
      label: "columnAsa",
      format: FORMATS.seconds,
      cell: (_r, at) => {
        const T = (key: TargetKey) => target(at, key);
        return formula(`=WFM.ASA(${args(at)},${T("interval")},${optionalTarget(at, "patience")})`);
      },
      built: (r) => r.averageSpeedOfAnswer,
    },
    {
      id: "abandon",
      label: "columnAbandon",
      format: FORMATS.percent,
      cell: (_r, at) => {
        const T = (key: TargetKey) => target(at, key);
        return formula(`=IF(ISBLANK(${T("patience")}),0,WFM.ABANDON_RATE(${args(at)},${T("interval")},${T("patience")}))`);
      },
      built: (r) => r.abandonRate,
    },
  ];
}

export function planSheetSpec(input: PlanLayoutInput): SheetSpec {
  return planSheet(input).spec;
}

// ---------------------------------------------------------------------------------------------
// Roster check sheet

export interface RosterLayoutInput {
  scenario: Scenario;
  check: RosterCheck;
  /** Where the roster numbers are: sheet, column letter, first row (one cell per interval). */
  roster: { sheetName: string; column: string; firstRow: number };
  basis: RosterBasis;
  tableName: string;
  builtAt: Date;
  intervalNumberFormat: string;
  /** The sheet's language; English when left out. */
  language?: Language;
}

export function rosterSheet(input: RosterLayoutInput): LaidOutSheet {
  const { scenario, check, roster, builtAt } = input;
  const L = labelsFor(input.language);
  const reference = scenario.forecast;
  const dated = check.byDay.length > 0;
  const multiDay = check.byDay.length > 1;
  const words = wording(check.days, L);
  const mark = L.label("belowTargetMark");
  const misses = (at: RowRefs) =>
    scenario.targets.goal === "asa"
      ? `NOT(IFERROR(${at.cell("asa")}<=${target(at, "asa")},0))`
      : `${at.cell("sl")}<${target(at, "sl")}`;

  const intervals = table<RosterRow>({
    id: "intervals",
    rows: check.rows,
    excelTable: { name: input.tableName },
    highlight: (at) => `=${at.fixedColumn("below")}<>""`,
    columns: [
      ...whenColumns<RosterRow>(reference, dated, input.intervalNumberFormat, L),
      ...loadColumns<RosterRow>(scenario),
      {
        id: "rostered",
        label: "columnRosteredAgents",
        format: FORMATS.fte,
        cell: (_r, _at, i) => formula(`=${formulaCell(roster.sheetName, roster.column, roster.firstRow + i)}`),
        built: (r) => r.scheduledAgents,
      },
      {
        id: "onPhones",
        label: "columnAgentsOnPhones",
        format: FORMATS.fte,
        cell: (_r, at) =>
          formula(input.basis === "scheduled" ? `=${at.cell("rostered")}*(1-${target(at, "shrinkage")})` : `=${at.cell("rostered")}`),
        built: (r) => r.agentsOnPhones,
      },
      ...measureColumns<RosterRow>("onPhones"),
      {
        id: "below",
        label: "columnBelowTarget",
        format: FORMATS.general,
        cell: (_r, at) => formula(`=IF(AND(${at.cell("calls")}>0,${misses(at)}),"${mark.replace(/"/g, '""')}","")`),
        built: (r) => (r.belowTarget ? mark : ""),
      },
    ],
  });
  const days = table<RosterDay>({
    id: "days",
    caption: "daysCaption",
    rows: check.byDay,
    columns: [
      { id: "day", label: "columnDate", format: L.label("dayFormat"), cell: (d) => d.day },
      {
        id: "calls",
        label: "columnCalls",
        format: FORMATS.totalCalls,
        cell: (_d, at) => formula(`=SUMIFS(${at.column("intervals", "calls")},${at.column("intervals", "date")},${at.cell("day")})`),
        built: (d) => d.totalCalls,
      },
      ...dayServiceColumns<RosterDay>("intervals"),
      {
        id: "below",
        label: "columnIntervalsBelowTarget",
        format: FORMATS.integer,
        cell: (_d, at) =>
          formula(`=SUMPRODUCT((${at.column("intervals", "date")}=${at.cell("day")})*(${at.column("intervals", "below")}<>""))`),
        built: (d) => d.intervalsBelowTarget,
      },
    ],
  });
  const note = L.label("rosterNote", {
    roster: spanAddress(roster.sheetName, [roster.column], roster.firstRow, check.rows.length),
    basis: L.label(input.basis === "scheduled" ? "rosterBasisScheduled" : "rosterBasisOnPhones"),
    forecast: forecastAddress(reference),
    date: L.dateTime(builtAt),
  });
  return layOutSheet({
    title: titled(L.label("rosterTitle", { scenario: scenario.name }), note),
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      {
        kind: "summary",
        id: "summary",
        lines: [
          ...serviceLines("intervals", words, check),
          {
            id: "below",
            label: "summaryIntervalsBelowTarget",
            // Counts the marks; a formula's "" is no mark (COUNTIF's wildcards differ between engines).
            live: (refs) => `=SUMPRODUCT(--(${refs.column("intervals", "below")}<>""))`,
            built: check.intervalsBelowTarget,
            format: FORMATS.integer,
          },
        ],
      },
      {
        kind: "inputs",
        id: "targets",
        heading: "targetsHeading",
        rows: targetRows(scenario, ["interval", "goal", "sl", "seconds", "asa", "patience", "rule", "shrinkage", "defaultAht"], L),
      },
      ...(multiDay ? [days] : []),
      intervals,
    ],
  });
}

export function rosterSheetSpec(input: RosterLayoutInput): SheetSpec {
  return rosterSheet(input).spec;
}

// ---------------------------------------------------------------------------------------------
// Comparison sheet

export interface ComparisonLayoutInput {
  comparison: Comparison;
  tableName: string;
  builtAt: Date;
  /** The sheet's language; English when left out. */
  language?: Language;
}

/** Table column names must differ (ignoring case) from each other and from "Interval". */
export function distinctHeaders(names: string[], reserved: string[]): string[] {
  const taken = new Set(reserved.map((r) => r.toLocaleLowerCase()));
  return names.map((name) => {
    const plain = withoutControlCharacters(name).trim();
    let candidate = plain === "" ? "?" : plain;
    for (let k = 2; taken.has(candidate.toLocaleLowerCase()); k++) candidate = `${plain} (${k})`;
    taken.add(candidate.toLocaleLowerCase());
    return candidate;
  });
}

/** A figure of a totals table: which field of each scenario's totals, its label and format. */
export interface TotalsRow<F extends string> {
  field: F;
  label: Text;
  format: string;
}

/**
 * Scenarios' totals side by side, one row per figure: a column per scenario (values) and one per
 * later scenario with its difference from the first (live formulas; blank where either figure is
 * blank, for `optional`, a cost that a scenario lacks). Columns are "s0", "s1", … by scenario.
 */
export function totalsTable<F extends string>(spec: {
  heading: LabelId;
  rows: TotalsRow<F>[];
  names: string[];
  headers: string[];
  totals: Record<F, number | null>[];
  differences: Record<F, number | null>[];
  optional: F;
  /** The sheet's language. */
  words: Labeler;
}): AnyTableSection {
  const { names, words } = spec;
  const scenarioColumn = (i: number) => `s${i}`;
  return table<TotalsRow<F>>({
    id: "totals",
    rows: spec.rows,
    columns: [
      { id: "label", label: spec.heading, format: FORMATS.general, cell: (row) => textOf(row.label, words) },
      ...spec.totals.map(
        (t, i): Column<TotalsRow<F>> => ({
          id: scenarioColumn(i),
          label: { text: spec.headers[i] },
          format: (row) => row.format,
          cell: (row) => t[row.field],
        }),
      ),
      ...spec.differences.slice(1).map(
        (d, j): Column<TotalsRow<F>> => ({
          id: `difference${j + 1}`,
          label: { text: words.label("comparisonDifference", { scenario: names[j + 1], first: names[0] }) },
          format: (row) => row.format,
          cell: (row, at) => {
            const [mine, first] = [at.cell(scenarioColumn(j + 1)), at.cell(scenarioColumn(0))];
            return formula(
              row.field === spec.optional ? `=IF(OR(ISBLANK(${mine}),ISBLANK(${first})),"",${mine}-${first})` : `=${mine}-${first}`,
            );
          },
          built: (row) => d[row.field],
        }),
      ),
    ],
  });
}

type TotalsField = keyof Comparison["differences"][number];

export function comparisonSheet(input: ComparisonLayoutInput): LaidOutSheet {
  const { comparison, builtAt } = input;
  const L = labelsFor(input.language);
  const k = comparison.scenarios.length;
  const names = comparison.scenarios.map((s) => s.name);
  const multiDay = comparison.days > 1;
  const words = wording(comparison.days, L);
  const headers = distinctHeaders(names, [L.label("columnInterval")]);
  const scenarioColumn = (i: number) => `s${i}`;

  const fields: TotalsRow<TotalsField>[] = [
    { field: "agentHoursRequired", label: "summaryAgentHoursRequired", format: FORMATS.hours },
    { field: "agentHoursScheduled", label: "summaryAgentHoursScheduled", format: FORMATS.hours },
    { field: "fte", label: multiDay ? "summaryWeekFte" : "summaryFte", format: FORMATS.fte },
    ...(multiDay ? [{ field: "peakWeekFte", label: "summaryPeakWeekFte", format: FORMATS.fte } as TotalsRow<TotalsField>] : []),
    { field: "cost", label: words.cost, format: FORMATS.money },
    { field: "serviceLevel", label: words.serviceLevel, format: FORMATS.percent },
    { field: "peakAgentsRequired", label: "summaryPeakAgents", format: FORMATS.integer },
  ];
  const totals = totalsTable({
    heading: "comparisonTotalsHeading",
    rows: fields,
    names,
    headers,
    totals: comparison.totals,
    differences: comparison.differences,
    optional: "cost",
    words: L,
  });
  const periods = (id: string, caption: LabelId, rows: ComparisonPeriodRow[], format: string, firstHeader: LabelId) =>
    table<ComparisonPeriodRow>({
      id,
      caption,
      rows,
      columns: [
        { id: "start", label: firstHeader, format: L.label("dayFormat"), cell: (row) => row.start },
        ...headers.map(
          (header, i): Column<ComparisonPeriodRow> => ({
            id: scenarioColumn(i),
            label: { text: header },
            format,
            cell: (row) => row.values[i],
          }),
        ),
      ],
    });
  const intervals = table<Comparison["rows"][number]>({
    id: "intervals",
    caption: "comparisonIntervalsHeading",
    rows: comparison.rows,
    excelTable: { name: input.tableName },
    columns: [
      // Interval labels are text ("08:00"), so Excel does not read them as times.
      { id: "interval", label: "columnInterval", format: FORMATS.text, cell: (row) => row.intervalLabel },
      ...headers.map(
        (header, i): Column<Comparison["rows"][number]> => ({
          id: scenarioColumn(i),
          label: { text: header },
          format: FORMATS.integer,
          cell: (row) => row.agentsRequired[i],
        }),
      ),
    ],
  });
  return layOutSheet({
    title: titled(L.label("comparisonTitle"), L.label("comparisonNote", { date: L.dateTime(builtAt) })),
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      totals,
      ...(multiDay
        ? [
            periods("weeks", "comparisonWeeksHeading", comparison.weekFte, FORMATS.fte, "columnWeekStart"),
            periods("days", "comparisonDaysHeading", comparison.dayHours, FORMATS.hours, "columnDate"),
          ]
        : []),
      intervals,
    ],
    charts: [
      {
        type: "Line",
        title: "comparisonChartTitle",
        table: "intervals",
        series: Array.from({ length: k }, (_, i) => scenarioColumn(i)),
        categories: ["interval"],
      },
    ],
  });
}

export function comparisonSheetSpec(input: ComparisonLayoutInput): SheetSpec {
  return comparisonSheet(input).spec;
}

// ---------------------------------------------------------------------------------------------
// Sample forecast

export interface SampleLayoutInput {
  day: SampleInterval[];
  tableName: string;
  /** The sheet's language (its headers stay recognisable by headers.ts in each); English when left out. */
  language?: Language;
}

export function sampleSheet(input: SampleLayoutInput): LaidOutSheet {
  return layOutSheet({
    labels: labelsFor(input.language),
    sections: [
      table<SampleInterval>({
        id: "forecast",
        rows: input.day,
        excelTable: { name: input.tableName },
        columns: [
          { id: "interval", label: "sampleTitleInterval", format: FORMATS.time, cell: (d) => d.start },
          { id: "calls", label: "sampleTitleCalls", format: FORMATS.integer, cell: (d) => d.calls },
          { id: "aht", label: "sampleTitleAht", format: FORMATS.integer, cell: (d) => d.ahtSeconds },
        ],
      }),
    ],
  });
}

export function sampleSheetSpec(input: SampleLayoutInput): SheetSpec {
  return sampleSheet(input).spec;
}

/** The forecast reference of a sample sheet written by sampleSheet. */
export function sampleReference(sheetName: string, tableName: string, rows: number): ForecastReference {
  const at = sampleSheet({ day: [], tableName }).placement.forecast;
  const columns = at.columns;
  return {
    sheetName,
    tableName,
    firstRow: at.firstRow,
    rowCount: rows,
    dateColumn: null,
    intervalColumn: columns.interval,
    callsColumn: columns.calls,
    ahtColumn: columns.aht,
    defaultAhtSeconds: null,
  };
}
