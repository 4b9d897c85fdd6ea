/**
 * What a client receives: the client report of a period, and values-only copies of plan sheets.
 *
 * The client report holds values only, no formulas at all (a client's Excel has no WFM.*
 * functions, and a plain formula could reach cells a copy does not hold), in the language the
 * director picks for that report (English, Estonian, Brazilian or European Portuguese), whatever
 * the workbook's: every text, date and month name comes from labels.ts's `labelsFor(language)`,
 * as every generated sheet's does. Top to bottom: the summary (measure, actual, target,
 * met or missed), why the service level moved (with its waterfall), the days (with a chart of the
 * service level against the target), the team's weeks with their statuses and trend chart (when
 * a team table was read), and the heat map of service level by time of day and date. No costs,
 * no scenario settings: only the contract's target and what happened. The numbers are the
 * Performance sheet's (performance.ts), so both say the same.
 *
 * A plan sheet goes to a client as its values: laid out without costs, every formula replaced by
 * the value the planner computed, the cost lines removed and the note replaced (client-safe.ts
 * checks the result: no formula, no "WFM.", only finite numbers).
 */
import { timeLabel } from "./dates";
import { labelsFor, type Language, type LabelId } from "./labels";
import { FORMATS, planSheet, type PlanLayoutInput } from "./layout";
import { toClientSafe } from "./client-safe";
import type { PerformanceReport } from "./performance";
import { EFFECT_FORMAT, HEAT_COLOURS, metMark, periodWords, WATERFALL_FILLS, waterfallRows, type WaterfallRow } from "./performance-sheet";
import { layOutSheet, table, type ChartDeclaration, type Column, type LaidOutSheet, type Section, type SheetSpec, type Text } from "./sheet";
import type { TeamMetric, TeamReport, TeamWeek } from "./team";
import { METRIC_WORDS, statusMarks, statusWord } from "./team-sheet";
import type { AbandonRule } from "./types";

export interface ClientReportInput {
  performance: PerformanceReport;
  team: TeamReport | null;
  /** The language chosen for this report. */
  language: Language;
  /** The client's name for the title, as the director typed it; null: none. */
  clientName: string | null;
  builtAt: Date;
}

interface SummaryRow {
  label: string;
  actual: number | string | null;
  target: number | null;
  result: string;
  format: string;
}

const RULE_WORDS: Record<AbandonRule, LabelId> = { 0: "clientRuleMissed", 1: "clientRuleLeftOut", 2: "clientRuleMet" };

/** The client report's sheet name: "Client report 2025-03" in the report's language (`period` from periodShort). */
export function clientReportSheetName(language: Language, period: string): string {
  return labelsFor(language).label("clientReportSheet", { period });
}

export function clientReportSheet(input: ClientReportInput): LaidOutSheet {
  const { performance: report, team, language } = input;
  const L = labelsFor(language);
  const words = (id: LabelId, params: Record<string, string | number> = {}) => L.label(id, params);
  const t = (id: LabelId, params: Record<string, string | number> = {}): Text => ({ text: words(id, params) });
  const dayFormat = L.label("dayFormat");
  const { targets, summary } = report;
  const seconds = targets.targetSeconds;
  const mark = (met: boolean | null) => metMark(met, words);
  const target = targets.targetServiceLevel;

  // ----- summary -----
  const rows: SummaryRow[] = [
    { label: words("clientServiceLevel", { seconds }), actual: summary.serviceLevel, target, result: mark(summary.met), format: FORMATS.percent },
    ...(summary.asa === null ? [] : [{ label: words("clientAsa"), actual: summary.asa, target: null, result: "", format: FORMATS.seconds }]),
    { label: words("clientAbandon"), actual: summary.abandonRate, target: null, result: "", format: FORMATS.percent },
    { label: words("clientOffered"), actual: summary.offered, target: null, result: "", format: FORMATS.totalCalls },
    { label: words("clientAnsweredWithin", { seconds }), actual: summary.answeredWithin, target: null, result: "", format: FORMATS.totalCalls },
    {
      label: words("clientIntervalsMet", { minutes: targets.intervalMinutes }),
      actual: summary.intervalsMeasured === 0 ? null : summary.intervalsMet / summary.intervalsMeasured,
      target: null,
      result: "",
      format: FORMATS.percent,
    },
    {
      label: words("clientDaysMet"),
      actual: summary.daysMeasured === 0 ? null : summary.daysMet / summary.daysMeasured,
      target: null,
      result: "",
      format: FORMATS.percent,
    },
    ...(summary.wape === null
      ? []
      : [
          { label: words("clientWape"), actual: summary.wape, target: null, result: "", format: FORMATS.percent },
          { label: words("clientBias"), actual: summary.bias, target: null, result: "", format: EFFECT_FORMAT },
        ]),
    ...(report.staffingBasis === "asPlanned"
      ? []
      : [
          { label: words("clientPlannedPhoneHours"), actual: summary.plannedHoursOnPhones, target: null, result: "", format: FORMATS.hours },
          { label: words("clientActualPhoneHours"), actual: summary.actualHoursOnPhones, target: null, result: "", format: FORMATS.hours },
        ]),
  ];
  const mtd = report.monthToDate;
  if (mtd && (mtd.status === "needed" || mtd.status === "secured")) {
    rows.push({ label: words("clientNeeded"), actual: mtd.needed, target, result: "", format: FORMATS.percent });
  } else if (mtd?.status === "unreachable") {
    rows.push({ label: words("clientNeeded"), actual: words("clientNeededOutOfReach"), target, result: "", format: FORMATS.general });
  }
  const summarySection = table<SummaryRow>({
    id: "summary",
    caption: t("clientSummaryCaption"),
    rows,
    columns: [
      { id: "measure", label: t("columnMeasure"), format: FORMATS.general, cell: (r) => r.label },
      { id: "actual", label: t("columnActual"), format: (r) => r.format, cell: (r) => r.actual },
      { id: "target", label: t("columnTarget"), format: FORMATS.targetPercent, cell: (r) => r.target },
      { id: "result", label: t("columnResult"), format: FORMATS.general, cell: (r) => r.result },
    ],
    marks: resultMarks("result", words),
  });

  // ----- why -----
  const sections: Section[] = [summarySection];
  const charts: ChartDeclaration[] = [];
  if (summary.explanation) {
    const { rows: steps, drawable } = waterfallRows(summary.explanation);
    sections.push(
      table<WaterfallRow>({
        id: "why",
        caption: t("clientWhyCaption"),
        rows: steps,
        columns: [
          { id: "step", label: t("columnStep"), format: FORMATS.general, cell: (r) => words(r.label) },
          { id: "value", label: t("columnChange"), format: (r) => (r.kind === "total" ? FORMATS.percent : EFFECT_FORMAT), cell: (r) => r.value },
          ...(drawable
            ? [
                { id: "base", label: t("columnBase"), format: FORMATS.percent, cell: (r) => r.base },
                { id: "fall", label: t("columnFall"), format: FORMATS.percent, cell: (r) => r.fall },
                { id: "rise", label: t("columnRise"), format: FORMATS.percent, cell: (r) => r.rise },
                { id: "total", label: t("columnTotal"), format: FORMATS.percent, cell: (r) => r.total },
              ] as Column<WaterfallRow>[]
            : []),
        ],
      }),
    );
    if (drawable) {
      charts.push({
        type: "ColumnStacked",
        title: t("whyChartTitle"),
        table: "why",
        series: ["base", "fall", "rise", "total"],
        categories: ["step"],
        seriesFills: ["none", WATERFALL_FILLS.fall, WATERFALL_FILLS.rise, WATERFALL_FILLS.total],
        beside: "summary",
      });
    }
  }

  // ----- days -----
  sections.push(
    table<PerformanceReport["days"][number]>({
      id: "days",
      caption: t("clientDaysCaption"),
      rows: report.days,
      columns: [
        { id: "day", label: t("columnDate"), format: dayFormat, cell: (d) => d.day },
        { id: "offered", label: t("columnOffered"), format: FORMATS.totalCalls, cell: (d) => d.offered },
        { id: "within", label: t("columnAnsweredWithin"), format: FORMATS.totalCalls, cell: (d) => d.answeredWithin },
        { id: "sl", label: t("columnServiceLevel"), format: FORMATS.percent, cell: (d) => finite(d.serviceLevel) },
        { id: "target", label: t("columnTarget"), format: FORMATS.targetPercent, cell: () => target },
        { id: "met", label: t("columnMet"), format: FORMATS.general, cell: (d) => mark(d.met) },
        { id: "abandon", label: t("columnAbandon"), format: FORMATS.percent, cell: (d) => d.abandonRate },
        ...(report.columns.asa ? [{ id: "asa", label: t("columnAsa"), format: FORMATS.seconds, cell: (d) => d.asa } as Column<PerformanceReport["days"][number]>] : []),
      ],
      marks: resultMarks("met", words),
    }),
  );
  charts.push({ type: "Line", title: t("dailyChartTitle"), table: "days", series: ["sl", "target"], categories: ["day"], beside: "days" });

  // ----- team -----
  if (team && team.weeks.length > 0) {
    const metricColumns = team.metrics.flatMap((metric): Column<TeamWeek>[] => [
      {
        id: metric,
        label: t(METRIC_WORDS[metric].column),
        // A week's evaluations and leavers are whole counts.
        format: metric === "evaluations" || metric === "leavers" ? FORMATS.integer : METRIC_WORDS[metric].format,
        cell: (w) => w.metrics[metric],
      },
      { id: `${metric}Status`, label: t(METRIC_WORDS[metric].status), format: FORMATS.general, cell: (w) => statusWord(metric, w.metrics, team.targets, words) },
    ]);
    sections.push(
      table<TeamWeek>({
        id: "team",
        caption: t("clientTeamCaption"),
        rows: team.weeks,
        columns: [{ id: "weekStart", label: t("columnWeekStart"), format: dayFormat, cell: (w) => w.weekStart }, ...metricColumns],
        marks: team.metrics.flatMap((metric) => statusMarks(`${metric}Status`, words)),
      }),
    );
    charts.push({
      type: "Line",
      title: t("teamTrendTitle"),
      table: "team",
      series: (["attendance", "absenteeism", "quality"] as TeamMetric[]).filter((m) => team.metrics.includes(m)),
      categories: ["weekStart"],
      beside: "team",
    });
  }

  // ----- heat map -----
  const heat = report.heatMap;
  sections.push(
    table<{ time: number; cells: (number | null)[] }>({
      id: "heat",
      caption: t("clientHeatCaption"),
      rows: heat.times.map((time, i) => ({ time, cells: heat.cells[i] })),
      columns: [
        { id: "time", label: t("columnTime"), format: FORMATS.text, cell: (r) => timeLabel(r.time) },
        ...heat.days.map(
          (day, j): Column<{ time: number; cells: (number | null)[] }> => ({
            id: `d${j}`,
            label: { text: L.date(day) },
            format: FORMATS.percent,
            cell: (r) => (r.cells[j] === null ? null : report.intervals[r.cells[j] as number].serviceLevel),
          }),
        ),
      ],
      colorScale: { columns: ["d0", `d${heat.days.length - 1}`], ...HEAT_COLOURS, midValue: target },
    }),
  );

  const title = clientReportTitle(report, language, input.clientName);
  const note = words("clientReportNote", {
    date: L.date(input.builtAt),
    seconds,
    // "80%", "92,5%": the decimal mark of the report's language, as Excel shows its cells.
    target: `${L.number(Math.round(target * 1000) / 10)}%`,
    rule: words(RULE_WORDS[targets.abandonRule]),
  });
  return layOutSheet({ title: { title: { text: title }, note: { text: note } }, labelColumnWidth: 260, sections, charts, labels: L });
}

/** "Service report for Northwind: March 2025", in the report's language: the sheet's title and the copy's. */
export function clientReportTitle(report: PerformanceReport, language: Language, clientName: string | null): string {
  const L = labelsFor(language);
  const period = periodWords(report.period, L);
  return clientName ? L.label("clientReportTitleFor", { client: clientName, period }) : L.label("clientReportTitle", { period });
}

/** A number a client can read; a level no calls gave (an error on the Performance sheet) is blank. */
function finite(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : value;
}

/** Met in green, missed in red, by the words in the report's language. */
function resultMarks(column: string, words: (id: LabelId) => string) {
  const quoted = (id: LabelId) => words(id).replace(/"/g, '""');
  return [
    { columns: [column, column] as [string, string], when: (at: { fixedColumn: (c: string) => string }) => `=${at.fixedColumn(column)}="${quoted("markMissed")}"`, look: "bad" as const },
    { columns: [column, column] as [string, string], when: (at: { fixedColumn: (c: string) => string }) => `=${at.fixedColumn(column)}="${quoted("markMet")}"`, look: "good" as const },
  ];
}

// ---------------------------------------------------------------------------------------------
// Plan sheets for a client

/**
 * A plan sheet as a client copy holds it: laid out without costs (no cost per agent-hour, no cost
 * line, no cost column in the day and week tables: planSheet's `costs: false`, so no cost the
 * plan computed can be left behind and nothing is found by its words, which are the sheet's
 * language's), every formula replaced by the planner's value, and the note replaced by one that
 * says these are values.
 */
export function clientPlanSheet(input: PlanLayoutInput): SheetSpec {
  const L = labelsFor(input.language);
  const laid = planSheet({ ...input, costs: false });
  return toClientSafe(laid.spec, {
    values: laid.expected,
    replace: [{ address: "A2", content: L.label("clientCopyNote", { date: L.date(input.builtAt) }) }],
    notFiniteText: L.label("asaNeverAnswered"),
  });
}
