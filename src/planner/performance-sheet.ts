/**
 * The Performance sheet: a period's actuals against the contract's target and a scenario's plan,
 * declared with sheet.ts. Top to bottom:
 * - Summary: service level against the target, ASA, abandons, intervals and days that met the
 *   target, forecast accuracy and agent-hours (live formulas, with the values as built);
 * - the targets the formulas use; for a month, the month to date and the service level the rest
 *   of it needs (WFM.SL_NEEDED);
 * - "Why the service level moved": planned SL → the five causes → modelled SL → what is not
 *   explained → measured SL, with a waterfall chart beside it (stacked columns on an invisible
 *   base);
 * - by day, with a met/missed mark, the day's explanation and a chart against the target;
 * - a heat map of service level by time of day and date (a colour scale centred on the target);
 * - the intervals: the actuals and the plan as values, their service level, and a live
 *   WFM.SL_VARIANCE per interval spilling its seven columns;
 * - the intervals that could not be matched.
 *
 * The interval table is the sheet's data: everything above it refers to it, so it is a plain
 * block rather than an Excel table (a formula cannot spill inside an Excel table). A day's rows
 * are contiguous (the report sorts them), so a day's figures are sums over its block. Every live
 * cell's value is the report's (performance.ts), checked by the formula-engine test.
 */
import { labelsFor, type Labeler, type Language, type LabelId } from "./labels";
import { FORMATS } from "./layout";
import { dateLabel, timeLabel } from "./dates";
import type { ReportPeriod } from "./periods";
import type { DayResult, Explanation, IntervalResult, PerformanceReport, StaffingBasis } from "./performance";
import {
  formula,
  layOutSheet,
  table,
  type BuiltValue,
  type ChartDeclaration,
  type Column,
  type LaidOutSheet,
  type Refs,
  type RowRefs,
  type Section,
  type SummaryLine,
} from "./sheet";
import type { Scenario } from "./types";
import { waterfallBars, type WaterfallBar, type WaterfallStep } from "./waterfall";

/** A change in points of service level, with its sign: +1.2% / -3.4%. */
export const EFFECT_FORMAT = "+0.0%;-0.0%;0.0%";
const LABEL_COLUMN_WIDTH = 230;
const NOT_A_NUMBER = Infinity;

/** Waterfall colours: a fall red, a rise green, a level blue (Excel's default palette). */
export const WATERFALL_FILLS = { fall: "#C00000", rise: "#70AD47", total: "#4472C4" } as const;
/** Heat map: red below the target, yellow at it, green above. */
export const HEAT_COLOURS = { minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" } as const;

/**
 * A period in words, in the sheet's language: "2025-03-04", "week of 2025-03-03", "March 2025",
 * "2025-03-03 to 2025-03-31" in English; "nädal alates 03.03.2025", "março de 2025", ….
 */
export function periodWords(period: ReportPeriod, words: Labeler = labelsFor()): string {
  switch (period.kind) {
    case "day":
      return words.date(period.first);
    case "week":
      return words.label("periodWeek", { date: words.date(period.first) });
    case "month":
      return words.month(period.first);
    case "all":
      return words.label("periodAll", { first: words.date(period.first), last: words.date(period.last) });
  }
}

/**
 * A period for a sheet name: "2025-03-04", "wk 2025-03-03", "2025-03", "all dates" (the words in
 * the sheet's language). Dates stay ISO in every language: a sheet name may not hold "/", and
 * "2025-03" sorts the way the tabs should.
 */
export function periodShort(period: ReportPeriod, words: Labeler = labelsFor()): string {
  switch (period.kind) {
    case "day":
      return dateLabel(period.first);
    case "week":
      return words.label("periodShortWeek", { date: dateLabel(period.first) });
    case "month":
      return dateLabel(period.first).slice(0, 7);
    case "all":
      return words.label("periodShortAll");
  }
}

const STAFFING_NOTE: Record<StaffingBasis, LabelId> = {
  scheduledAndShrinkage: "staffingScheduledAndShrinkage",
  scheduledAndLoggedIn: "staffingScheduledAndLoggedIn",
  scheduled: "staffingScheduled",
  loggedIn: "staffingLoggedIn",
  asPlanned: "staffingAsPlanned",
};

// ---------------------------------------------------------------------------------------------
// The waterfall's rows, shared with the client report

export type WaterfallKey = Exclude<keyof Explanation, "weight">;

export interface WaterfallRow {
  key: WaterfallKey;
  label: LabelId;
  kind: "total" | "change";
  /** The level (totals) or the change (changes). */
  value: number;
  /** The level after this step. */
  level: number;
  /** The invisible base under a change; the lowered and raised heights; a total's bar. Null where not drawn. */
  base: number | null;
  fall: number | null;
  rise: number | null;
  total: number | null;
}

const STEPS: { key: WaterfallKey; label: LabelId; kind: "total" | "change" }[] = [
  { key: "planned", label: "stepPlanned", kind: "total" },
  { key: "volume", label: "stepVolume", kind: "change" },
  { key: "aht", label: "stepAht", kind: "change" },
  { key: "staffing", label: "stepStaffing", kind: "change" },
  { key: "shrinkage", label: "stepShrinkage", kind: "change" },
  { key: "adherence", label: "stepAdherence", kind: "change" },
  { key: "modelled", label: "stepModelled", kind: "total" },
  { key: "unexplained", label: "stepUnexplained", kind: "change" },
  { key: "measured", label: "stepMeasured", kind: "total" },
];

/**
 * The steps of an explanation and its waterfall, drawn as waterfall.ts draws one (stacked
 * columns on an invisible base). Not `drawable` when a partial sum of the effects would fall
 * below 0: a stacked column cannot float a bar below the axis, so the sheet then shows the steps
 * without the chart (and the chart's columns are null).
 */
export function waterfallRows(explanation: Explanation): { rows: WaterfallRow[]; drawable: boolean } {
  let bars: WaterfallBar[] | null;
  try {
    bars = waterfallBars(
      STEPS.map((step): WaterfallStep =>
        step.kind === "total"
          ? { label: step.label, kind: "total", level: explanation[step.key] }
          : { label: step.label, kind: "change", change: explanation[step.key] },
      ),
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    bars = null;
  }
  let level = 0;
  const rows = STEPS.map((step, i) => {
    const value = explanation[step.key];
    level = step.kind === "total" ? value : level + value;
    const bar = bars?.[i];
    return { ...step, value, level, base: bar?.base ?? null, fall: bar?.decrease ?? null, rise: bar?.increase ?? null, total: bar?.total ?? null };
  });
  return { rows, drawable: bars !== null };
}

// ---------------------------------------------------------------------------------------------
// The sheet

export interface PerformanceLayoutInput {
  report: PerformanceReport;
  scenario: Scenario;
  /** Where the actuals were read, for the note ("ACD!A1:L1009"). */
  actualsAddress: string;
  builtAt: Date;
  /** The sheet's language (the workbook's, chosen by the adapter); English when left out. */
  language?: Language;
}

type TargetKey = "interval" | "sl" | "seconds" | "rule" | "patience";

/** A result's met/missed mark in `words`' language; blank where there was nothing to judge. */
export function metMark(met: boolean | null, words: (id: LabelId) => string): string {
  return met === null ? "" : words(met ? "markMet" : "markMissed");
}

function text(value: string): string {
  return value.replace(/"/g, '""');
}

export function performanceSheet(input: PerformanceLayoutInput): LaidOutSheet {
  const { report, scenario } = input;
  const { targets, columns, summary } = report;
  const rule = targets.abandonRule;
  const staffed = report.staffingBasis !== "asPlanned";
  const L = labelsFor(input.language);
  // The marks are words in the sheet's language, inside its formulas too (as the roster check's).
  const met = text(L.label("markMet"));
  const missed = text(L.label("markMissed"));
  const mark = (value: boolean | null): BuiltValue => metMark(value, L.label);
  const dayFormat = L.label("dayFormat");
  const T = (refs: Refs, key: TargetKey) => refs.input("targets", key);
  const col = (refs: Refs, id: string) => refs.column("intervals", id);
  const hours = (refs: Refs) => `*${T(refs, "interval")}/60`;
  /** SL_PERIOD's arguments over some rows of the interval table. */
  const slArguments = (range: (id: string) => string, refs: Refs) =>
    columns.abandonedWithin
      ? `${range("within")},${range("offered")},${range("abandonedWithin")},${T(refs, "rule")}`
      : `${range("within")},${range("offered")}`;
  /** An explanation figure over some rows: the weighted mean of a column. */
  const weightedOver = (range: (id: string) => string, id: string) => `SUMPRODUCT(${range(id)},${range("weight")})/SUM(${range("weight")})`;

  // ----- intervals -----
  const explained = (r: IntervalResult) => r.variance !== null;
  const varianceColumn = (
    id: string,
    label: LabelId,
    format: string,
    value: (v: NonNullable<IntervalResult["variance"]>) => number,
    first = false,
  ): Column<IntervalResult> => ({
    id,
    label,
    format,
    cell: (r, at) => {
      if (!first || !explained(r)) return null;
      const c = (id: string) => at.cell(id);
      const patience = at.optionalInput("targets", "patience");
      return formula(
        `=WFM.SL_VARIANCE(${c("planCalls")},${c("offered")},${c("planAht")},${c("aht")},${c("planStaff")},${c("staff")},` +
          `${c("planShrinkage")},${c("shrinkage")},${c("adherence")},${T(at, "seconds")},${T(at, "interval")},${patience},${T(at, "rule")})`,
      );
    },
    built: (r) => (r.variance === null ? null : value(r.variance)),
  });
  const slFormula = (at: RowRefs) => {
    const [offered, within, short] = [at.cell("offered"), at.cell("within"), columns.abandonedWithin ? at.cell("abandonedWithin") : "0"];
    if (rule === 1) return `=IF(${offered}-${short}<=0,"",${within}/(${offered}-${short}))`;
    if (rule === 2) return `=IF(${offered}=0,"",(${within}+${short})/${offered})`;
    return `=IF(${offered}=0,"",${within}/${offered})`;
  };
  const intervalColumns: Column<IntervalResult>[] = [
    { id: "date", label: "columnDate", format: dayFormat, cell: (r) => r.actual.day },
    { id: "time", label: "columnTime", format: FORMATS.time, cell: (r) => (r.actual.secondOfDay as number) / 86_400 },
    { id: "planCalls", label: "columnPlanCalls", format: FORMATS.calls, cell: (r) => r.plan?.callsOffered ?? null },
    { id: "offered", label: "columnOffered", format: FORMATS.integer, cell: (r) => r.actual.offered },
    { id: "answered", label: "columnAnswered", format: FORMATS.integer, cell: (r) => r.actual.answered },
    { id: "within", label: "columnAnsweredWithin", format: FORMATS.calls, cell: (r) => r.actual.answeredWithin },
    { id: "abandoned", label: "columnAbandoned", format: FORMATS.integer, cell: (r) => r.actual.abandoned },
    ...(columns.abandonedWithin
      ? [{ id: "abandonedWithin", label: "columnAbandonedWithin", format: FORMATS.integer, cell: (r) => r.actual.abandonedWithin } as Column<IntervalResult>]
      : []),
    { id: "sl", label: "columnServiceLevel", format: FORMATS.percent, cell: (_r, at) => formula(slFormula(at)), built: (r) => r.serviceLevel ?? "" },
    {
      id: "met",
      label: "columnMet",
      format: FORMATS.general,
      cell: (_r, at) => formula(`=IF(${at.cell("sl")}="","",IF(${at.cell("sl")}>=${T(at, "sl")},"${met}","${missed}"))`),
      built: (r) => mark(r.met),
    },
    { id: "planAht", label: "columnPlanAht", format: FORMATS.wholeSeconds, cell: (r) => r.plan?.averageHandleSeconds ?? null },
    { id: "aht", label: "columnActualAht", format: FORMATS.wholeSeconds, cell: (r) => r.actual.ahtSeconds },
    ...(columns.asa ? [{ id: "asa", label: "columnAsa", format: FORMATS.seconds, cell: (r) => r.actual.asaSeconds } as Column<IntervalResult>] : []),
    { id: "planStaff", label: "columnPlanStaff", format: FORMATS.fte, cell: (r) => r.plan?.scheduledStaff ?? null },
    { id: "staff", label: "columnStaff", format: FORMATS.fte, cell: (r) => r.staffing?.staff ?? null },
    { id: "planShrinkage", label: "columnPlanShrinkage", format: FORMATS.percent, cell: (r) => (r.plan ? targets.shrinkage : null) },
    { id: "shrinkage", label: "columnShrinkage", format: FORMATS.percent, cell: (r) => r.staffing?.shrinkage ?? null },
    { id: "adherence", label: "columnAdherence", format: FORMATS.percent, cell: (r) => r.staffing?.adherence ?? null },
    varianceColumn("planned", "columnPlannedSl", FORMATS.percent, (v) => v.plannedServiceLevel, true),
    varianceColumn("volume", "columnVolumeEffect", EFFECT_FORMAT, (v) => v.volumeEffect),
    varianceColumn("ahtEffect", "columnAhtEffect", EFFECT_FORMAT, (v) => v.ahtEffect),
    varianceColumn("staffing", "columnStaffingEffect", EFFECT_FORMAT, (v) => v.staffEffect),
    varianceColumn("shrinkageEffect", "columnShrinkageEffect", EFFECT_FORMAT, (v) => v.shrinkageEffect),
    varianceColumn("adherenceEffect", "columnAdherenceEffect", EFFECT_FORMAT, (v) => v.adherenceEffect),
    varianceColumn("modelled", "columnModelledSl", FORMATS.percent, (v) => v.modelledServiceLevel),
    {
      id: "unexplained",
      label: "columnUnexplained",
      format: EFFECT_FORMAT,
      cell: (r, at) => (r.unexplained === null ? null : formula(`=${at.cell("sl")}-${at.cell("modelled")}`)),
      built: (r) => r.unexplained,
    },
    {
      id: "weight",
      label: "columnWeight",
      format: FORMATS.calls,
      cell: (_r, at) => {
        const counted = rule === 1 && columns.abandonedWithin ? `${at.cell("offered")}-${at.cell("abandonedWithin")}` : at.cell("offered");
        return formula(`=IF(AND(ISNUMBER(${at.cell("planned")}),ISNUMBER(${at.cell("sl")})),${counted},0)`);
      },
      built: (r) => r.weight,
    },
  ];
  const intervals = table<IntervalResult>({
    id: "intervals",
    caption: "intervalsCaption",
    rows: report.intervals,
    columns: intervalColumns,
    marks: [{ columns: ["met", "met"], when: (at) => `=${at.fixedColumn("met")}="${missed}"`, look: "bad" }],
  });

  // ----- summary -----
  const explanationOf = (e: Explanation | null, key: WaterfallKey): BuiltValue => (e === null ? "" : e[key]);
  const lines: SummaryLine[] = [
    {
      id: "serviceLevel",
      label: "perfServiceLevel",
      live: (refs) => `=WFM.SL_PERIOD(${slArguments((id) => col(refs, id), refs)})`,
      built: summary.serviceLevel,
      format: FORMATS.percent,
    },
    { id: "target", label: "perfTarget", live: (refs) => `=${T(refs, "sl")}`, built: targets.targetServiceLevel, format: FORMATS.targetPercent },
    {
      id: "targetMet",
      label: "perfTargetMet",
      live: (refs) => `=IF(${refs.line("summary", "serviceLevel")}>=${refs.line("summary", "target")},"${met}","${missed}")`,
      built: mark(summary.met),
      format: FORMATS.general,
    },
    { id: "offered", label: "perfOffered", live: (refs) => `=SUM(${col(refs, "offered")})`, built: summary.offered, format: FORMATS.totalCalls },
    ...(columns.asa
      ? [
          {
            id: "asa",
            label: "perfAsa",
            live: (refs: Refs) => `=IF(SUM(${col(refs, "answered")})=0,"",SUMPRODUCT(${col(refs, "asa")},${col(refs, "answered")})/SUM(${col(refs, "answered")}))`,
            built: summary.asa ?? "",
            format: FORMATS.seconds,
          } as SummaryLine,
        ]
      : []),
    {
      id: "abandon",
      label: "perfAbandon",
      live: (refs) => `=SUM(${col(refs, "abandoned")})/SUM(${col(refs, "offered")})`,
      built: summary.abandonRate,
      format: FORMATS.percent,
    },
    {
      id: "intervalsMet",
      label: "perfIntervalsMet",
      live: (refs) =>
        `=IF(SUMPRODUCT(--ISNUMBER(${col(refs, "sl")}))=0,"",SUMPRODUCT(--(${col(refs, "met")}="${met}"))/SUMPRODUCT(--ISNUMBER(${col(refs, "sl")})))`,
      built: summary.intervalsMeasured === 0 ? "" : summary.intervalsMet / summary.intervalsMeasured,
      format: FORMATS.percent,
    },
    {
      id: "daysMet",
      label: "perfDaysMet",
      live: (refs) => {
        const days = (id: string) => refs.column("days", id);
        return `=IF(SUMPRODUCT(--ISNUMBER(${days("sl")}))=0,"",SUMPRODUCT(--(${days("met")}="${met}"))/SUMPRODUCT(--ISNUMBER(${days("sl")})))`;
      },
      built: summary.daysMeasured === 0 ? "" : summary.daysMet / summary.daysMeasured,
      format: FORMATS.percent,
    },
    { id: "matched", label: "perfMatched", live: (refs) => `=COUNT(${col(refs, "planCalls")})`, built: summary.matchedIntervals, format: FORMATS.integer },
    // Plain formulas over the matched rows: WFM.WAPE would skip the unmatched rows' blank plan
    // cells, but the Excel builds that pass blank cells to custom functions as 0 would count them.
    {
      id: "wape",
      label: "perfWape",
      live: (refs) => {
        const [offered, planned] = [col(refs, "offered"), col(refs, "planCalls")];
        return `=SUMPRODUCT(ABS(${offered}-${planned}),--ISNUMBER(${planned}))/SUMPRODUCT(${offered},--ISNUMBER(${planned}))`;
      },
      built: summary.wape ?? NOT_A_NUMBER,
      format: FORMATS.percent,
    },
    {
      id: "bias",
      label: "perfBias",
      live: (refs) => {
        const [offered, planned] = [col(refs, "offered"), col(refs, "planCalls")];
        return `=(SUM(${planned})-SUMPRODUCT(${offered},--ISNUMBER(${planned})))/SUMPRODUCT(${offered},--ISNUMBER(${planned}))`;
      },
      built: summary.bias ?? NOT_A_NUMBER,
      format: EFFECT_FORMAT,
    },
    {
      id: "plannedHours",
      label: "perfPlannedHours",
      live: (refs) => `=SUM(${col(refs, "planStaff")})${hours(refs)}`,
      built: summary.plannedStaffHours,
      format: FORMATS.hours,
    },
    ...(staffed
      ? [
          {
            id: "actualHours",
            label: "perfActualHours",
            live: (refs: Refs) => `=SUM(${col(refs, "staff")})${hours(refs)}`,
            built: summary.actualStaffHours,
            format: FORMATS.hours,
          } as SummaryLine,
        ]
      : []),
    {
      id: "plannedPhoneHours",
      label: "perfPlannedPhoneHours",
      live: (refs) => `=SUMPRODUCT(${col(refs, "planStaff")},1-${col(refs, "planShrinkage")})${hours(refs)}`,
      built: summary.plannedHoursOnPhones,
      format: FORMATS.hours,
    },
    ...(staffed
      ? [
          {
            id: "actualPhoneHours",
            label: "perfActualPhoneHours",
            live: (refs: Refs) =>
              `=SUMPRODUCT(${col(refs, "staff")},1-${col(refs, "shrinkage")},${col(refs, "adherence")})${hours(refs)}`,
            built: summary.actualHoursOnPhones,
            format: FORMATS.hours,
          } as SummaryLine,
        ]
      : []),
  ];

  // ----- month to date -----
  const mtd = report.monthToDate;
  const mtdSections: Section[] = [];
  if (mtd) {
    const counted = (refs: Refs) =>
      rule === 1 ? `=SUM(${col(refs, "offered")})-SUM(${col(refs, "abandonedWithin")})` : `=SUM(${col(refs, "offered")})`;
    const inTime = (refs: Refs) =>
      rule === 2 ? `=SUM(${col(refs, "within")})+SUM(${col(refs, "abandonedWithin")})` : `=SUM(${col(refs, "within")})`;
    const canNeed = mtd.status === "needed" || mtd.status === "secured" || mtd.status === "unreachable";
    mtdSections.push(
      {
        kind: "inputs",
        id: "rest",
        heading: "mtdInputsHeading",
        rows: [
          { id: "daysLeft", label: "mtdDaysLeft", value: mtd.remainingDays, format: FORMATS.integer },
          { id: "forecast", label: "mtdForecastRest", value: mtd.offeredRemaining, format: FORMATS.totalCalls },
        ],
      },
      {
        kind: "summary",
        id: "monthToDate",
        heading: "mtdHeading",
        lines: [
          { id: "offered", label: "mtdOffered", live: counted, built: mtd.offeredSoFar, format: FORMATS.totalCalls },
          { id: "within", label: "mtdWithin", live: inTime, built: mtd.answeredWithinSoFar, format: FORMATS.totalCalls },
          {
            id: "serviceLevel",
            label: "mtdServiceLevel",
            live: (refs) => `=${refs.line("monthToDate", "within")}/${refs.line("monthToDate", "offered")}`,
            built: mtd.serviceLevelSoFar ?? NOT_A_NUMBER,
            format: FORMATS.percent,
          },
          ...(canNeed
            ? [
                {
                  id: "needed",
                  label: "mtdNeeded",
                  live: (refs: Refs) =>
                    `=WFM.SL_NEEDED(${T(refs, "sl")},${refs.line("monthToDate", "offered")},${refs.line("monthToDate", "within")},${refs.input("rest", "forecast")})`,
                  built: mtd.status === "unreachable" ? NOT_A_NUMBER : (mtd.needed as number),
                  notFinite: "mtdOutOfReach",
                  format: FORMATS.percent,
                } as SummaryLine,
              ]
            : []),
        ],
      },
    );
  }

  // ----- why the service level moved -----
  const explanation = summary.explanation;
  const whySections: Section[] = [];
  const charts: ChartDeclaration[] = [];
  if (explanation) {
    const { rows, drawable } = waterfallRows(explanation);
    const changeBuilt = (value: number | null): BuiltValue => (value === null ? "" : value);
    const chartColumns: Column<WaterfallRow>[] = [
      {
        id: "base",
        label: "columnBase",
        format: FORMATS.percent,
        cell: (r, at, i) => (r.kind === "total" ? null : formula(`=MIN(${at.cellOf("why", "level", i - 1)},${at.cell("level")})`)),
        built: (r) => r.base,
      },
      {
        id: "fall",
        label: "columnFall",
        format: FORMATS.percent,
        cell: (r, at) => (r.kind === "total" ? null : formula(`=IF(${at.cell("value")}<0,-${at.cell("value")},"")`)),
        built: (r) => (r.kind === "total" ? null : changeBuilt(r.fall)),
      },
      {
        id: "rise",
        label: "columnRise",
        format: FORMATS.percent,
        cell: (r, at) => (r.kind === "total" ? null : formula(`=IF(${at.cell("value")}>0,${at.cell("value")},"")`)),
        built: (r) => (r.kind === "total" ? null : changeBuilt(r.rise)),
      },
      {
        id: "total",
        label: "columnTotal",
        format: FORMATS.percent,
        cell: (r, at) => (r.kind === "total" ? formula(`=${at.cell("value")}`) : null),
        built: (r) => r.total,
      },
    ];
    whySections.push(
      table<WaterfallRow>({
        id: "why",
        caption: "whyCaption",
        rows,
        columns: [
          { id: "step", label: "columnStep", format: FORMATS.general, cell: (r) => L.label(r.label) },
          {
            id: "value",
            label: "columnChange",
            format: (r) => (r.kind === "total" ? FORMATS.percent : EFFECT_FORMAT),
            cell: (r, at) => formula(`=${weightedOver((id) => col(at, id), WEIGHTED_COLUMN[r.key])}`),
            built: (r) => r.value,
          },
          {
            id: "level",
            label: "columnLevel",
            format: FORMATS.percent,
            cell: (r, at, i) => formula(r.kind === "total" ? `=${at.cell("value")}` : `=${at.cellOf("why", "level", i - 1)}+${at.cell("value")}`),
            built: (r) => r.level,
          },
          ...(drawable ? chartColumns : []),
        ],
      }),
    );
    if (drawable) {
      charts.push({
        type: "ColumnStacked",
        title: "whyChartTitle",
        table: "why",
        series: ["base", "fall", "rise", "total"],
        categories: ["step"],
        seriesFills: ["none", WATERFALL_FILLS.fall, WATERFALL_FILLS.rise, WATERFALL_FILLS.total],
        beside: "why",
      });
    }
  }

  // ----- days -----
  const dayRange = (refs: RowRefs, d: DayResult) => (id: string) => refs.rows("intervals", id, d.first, d.last);
  const dayColumns: Column<DayResult>[] = [
    { id: "day", label: "columnDate", format: dayFormat, cell: (d) => d.day },
    { id: "planCalls", label: "columnPlanCalls", format: FORMATS.totalCalls, cell: (d, at) => formula(`=SUM(${dayRange(at, d)("planCalls")})`), built: (d) => d.planCalls },
    { id: "offered", label: "columnOffered", format: FORMATS.totalCalls, cell: (d, at) => formula(`=SUM(${dayRange(at, d)("offered")})`), built: (d) => d.offered },
    { id: "within", label: "columnAnsweredWithin", format: FORMATS.totalCalls, cell: (d, at) => formula(`=SUM(${dayRange(at, d)("within")})`), built: (d) => d.answeredWithin },
    {
      id: "sl",
      label: "columnServiceLevel",
      format: FORMATS.percent,
      cell: (d, at) => {
        const range = dayRange(at, d);
        return formula(`=IF(SUM(${range("offered")})=0,"",WFM.SL_PERIOD(${slArguments(range, at)}))`);
      },
      built: (d) => d.serviceLevel ?? "",
    },
    { id: "target", label: "columnTarget", format: FORMATS.targetPercent, cell: (_d, at) => formula(`=${T(at, "sl")}`), built: () => targets.targetServiceLevel },
    {
      id: "met",
      label: "columnMet",
      format: FORMATS.general,
      cell: (_d, at) => formula(`=IF(ISNUMBER(${at.cell("sl")}),IF(${at.cell("sl")}>=${at.cell("target")},"${met}","${missed}"),"")`),
      built: (d) => mark(d.met),
    },
    {
      id: "abandon",
      label: "columnAbandon",
      format: FORMATS.percent,
      cell: (d, at) => {
        const range = dayRange(at, d);
        return formula(`=IF(SUM(${range("offered")})=0,"",SUM(${range("abandoned")})/SUM(${range("offered")}))`);
      },
      built: (d) => d.abandonRate ?? "",
    },
    ...(columns.asa
      ? [
          {
            id: "asa",
            label: "columnAsa",
            format: FORMATS.seconds,
            cell: (d, at) => {
              const range = dayRange(at, d);
              return formula(`=IF(SUM(${range("answered")})=0,"",SUMPRODUCT(${range("asa")},${range("answered")})/SUM(${range("answered")}))`);
            },
            built: (d) => d.asa ?? "",
          } as Column<DayResult>,
        ]
      : []),
    ...EXPLANATION_COLUMNS.map(
      ({ key, label, format }): Column<DayResult> => ({
        id: key,
        label,
        format,
        cell: (d, at) => {
          const range = dayRange(at, d);
          return formula(`=IF(SUM(${range("weight")})=0,"",${weightedOver(range, WEIGHTED_COLUMN[key])})`);
        },
        built: (d) => explanationOf(d.explanation, key),
      }),
    ),
  ];
  const days = table<DayResult>({
    id: "days",
    caption: "daysCaption",
    rows: report.days,
    columns: dayColumns,
    marks: [
      { columns: ["met", "met"], when: (at) => `=${at.fixedColumn("met")}="${missed}"`, look: "bad" },
      { columns: ["met", "met"], when: (at) => `=${at.fixedColumn("met")}="${met}"`, look: "good" },
    ],
  });
  charts.push({ type: "Line", title: "dailyChartTitle", table: "days", series: ["sl", "target"], categories: ["day"], beside: "days" });

  // ----- heat map -----
  const heat = report.heatMap;
  const heatMap = table<{ time: number; cells: (number | null)[] }>({
    id: "heat",
    caption: "heatCaption",
    rows: heat.times.map((time, i) => ({ time, cells: heat.cells[i] })),
    columns: [
      { id: "time", label: "columnTime", format: FORMATS.text, cell: (r) => timeLabel(r.time) },
      ...heat.days.map(
        (day, j): Column<{ time: number; cells: (number | null)[] }> => ({
          id: `d${j}`,
          label: { text: L.date(day) },
          format: FORMATS.percent,
          cell: (r, at) => (r.cells[j] === null ? null : formula(`=${at.cellOf("intervals", "sl", r.cells[j] as number)}`)),
          built: (r) => (r.cells[j] === null ? null : (report.intervals[r.cells[j] as number].serviceLevel ?? "")),
        }),
      ),
    ],
    colorScale: { columns: ["d0", `d${heat.days.length - 1}`], ...HEAT_COLOURS, midValue: targets.targetServiceLevel },
  });

  // ----- not matched -----
  const unmatched = [
    ...report.withoutPlan.map((row) => ({ when: row.intervalLabel, why: L.label("unmatchedNoPlan") })),
    ...report.withoutActuals.map(({ plan, day }) => ({
      when: plan.day === null ? `${L.date(day)} ${plan.intervalLabel}` : plan.intervalLabel,
      why: L.label("unmatchedNoActuals"),
    })),
  ];
  const unmatchedSections: Section[] =
    unmatched.length === 0
      ? []
      : [
          table<{ when: string; why: string }>({
            id: "unmatched",
            caption: "unmatchedCaption",
            rows: unmatched,
            columns: [
              { id: "when", label: "columnInterval", format: FORMATS.text, cell: (r) => r.when },
              { id: "why", label: "columnWhy", format: FORMATS.general, cell: (r) => r.why },
            ],
          }),
        ];

  const period = periodWords(report.period, L);
  const note = L.label("performanceNote", {
    actuals: input.actualsAddress,
    scenario: scenario.name,
    date: L.dateTime(input.builtAt),
    staffing: L.label(STAFFING_NOTE[report.staffingBasis]),
  });
  return layOutSheet({
    title: { title: { text: L.label("performanceTitle", { scenario: scenario.name, period }) }, note: { text: note } },
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      { kind: "summary", id: "summary", lines },
      {
        kind: "inputs",
        id: "targets",
        heading: "targetsHeading",
        rows: [
          { id: "sl", label: "targetServiceLevel", value: targets.targetServiceLevel, format: FORMATS.targetPercent },
          { id: "seconds", label: "targetSeconds", value: targets.targetSeconds, format: FORMATS.wholeSeconds },
          { id: "rule", label: "targetAbandonRule", value: rule, format: L.label("abandonRuleFormat") },
          { id: "interval", label: "targetInterval", value: targets.intervalMinutes, format: FORMATS.integer },
          { id: "patience", label: "targetPatience", value: targets.patienceSeconds, format: FORMATS.wholeSeconds },
        ],
      },
      ...mtdSections,
      ...whySections,
      days,
      heatMap,
      intervals,
      ...unmatchedSections,
    ],
    charts,
  });
}

/** The interval table's column each explanation figure averages. */
const WEIGHTED_COLUMN: Record<WaterfallKey, string> = {
  planned: "planned",
  volume: "volume",
  aht: "ahtEffect",
  staffing: "staffing",
  shrinkage: "shrinkageEffect",
  adherence: "adherenceEffect",
  modelled: "modelled",
  unexplained: "unexplained",
  measured: "sl",
};

/** The day table's explanation columns. */
const EXPLANATION_COLUMNS: { key: WaterfallKey; label: LabelId; format: string }[] = [
  { key: "planned", label: "columnPlannedSl", format: FORMATS.percent },
  { key: "volume", label: "columnVolumeEffect", format: EFFECT_FORMAT },
  { key: "aht", label: "columnAhtEffect", format: EFFECT_FORMAT },
  { key: "staffing", label: "columnStaffingEffect", format: EFFECT_FORMAT },
  { key: "shrinkage", label: "columnShrinkageEffect", format: EFFECT_FORMAT },
  { key: "adherence", label: "columnAdherenceEffect", format: EFFECT_FORMAT },
  { key: "modelled", label: "columnModelledSl", format: FORMATS.percent },
  { key: "unexplained", label: "columnUnexplained", format: EFFECT_FORMAT },
];
