/**
 * The Team metrics sheet, declared with sheet.ts: its own sheet (not a block of the Performance
 * sheet), because the table comes by day or week rather than by interval, is read on its own and
 * may cover more weeks than a performance period. Top to bottom:
 * - the targets and amber limits the statuses use;
 * - over the whole period: each metric, its target, its amber limit and a red/amber/green status;
 * - by week: hours, attendance, absenteeism, quality, evaluations, complaints per 1,000 contacts
 *   and leavers, each with its status (a table of days is summed into its calendar weeks by live
 *   formulas over the day table below);
 * - by day, for a table of days;
 * - a trend chart of attendance, absenteeism and quality by week, and one of complaints.
 * Ratios and statuses are live formulas; the numbers read from the table are values. Every live
 * cell equals the report's figure (team.ts), checked by the formula-engine test.
 */
import { labelsFor, type Labeler, type Language, type LabelId } from "./labels";
import { FORMATS } from "./layout";
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
} from "./sheet";
import { HIGHER_IS_BETTER, PERCENT_METRICS, statusOf, type MetricValues, type Status, type TeamMetric, type TeamReport, type TeamRow, type TeamTargets, type TeamWeek } from "./team";

export const METRIC_WORDS: Record<TeamMetric, { name: LabelId; column: LabelId; status: LabelId; format: string; source: string }> = {
  attendance: { name: "metricAttendance", column: "columnAttendance", status: "columnAttendanceStatus", format: FORMATS.percent, source: "attendance" },
  absenteeism: { name: "metricAbsenteeism", column: "columnAbsenteeism", status: "columnAbsenteeismStatus", format: FORMATS.percent, source: "absenteeism" },
  quality: { name: "metricQuality", column: "columnQuality", status: "columnQualityStatus", format: FORMATS.percent, source: "quality" },
  evaluations: { name: "metricEvaluations", column: "columnEvaluations", status: "columnEvaluationsStatus", format: "0.0", source: "evaluations" },
  complaintsPer1000: {
    name: "metricComplaintsPer1000",
    column: "columnComplaintsPer1000",
    status: "columnComplaintsStatus",
    format: "0.00",
    source: "per1000",
  },
  leavers: { name: "metricLeavers", column: "columnLeavers", status: "columnLeaversStatus", format: "0.0", source: "leavers" },
};

export const STATUS_WORDS: Record<Status, LabelId> = { green: "ragGreen", amber: "ragAmber", red: "ragRed" };

/** The status word of a metric's value against its target, in `words`' language; blank for no value. */
export function statusWord(metric: TeamMetric, values: MetricValues, targets: TeamTargets, words: (id: LabelId) => string): string {
  const value = values[metric];
  return value === null ? "" : words(STATUS_WORDS[statusOf(metric, value, targets[metric])]);
}

/** Marks that colour a status column's cells by their word (in the sheet's language). */
export function statusMarks(column: string, words: (id: LabelId) => string) {
  const quoted = (status: Status) => words(STATUS_WORDS[status]).replace(/"/g, '""');
  return (["red", "amber", "green"] as Status[]).map((status) => ({
    columns: [column, column] as [string, string],
    when: (at: RowRefs) => `=${at.fixedColumn(column)}="${quoted(status)}"`,
    look: ({ red: "bad", amber: "warning", green: "good" } as const)[status],
  }));
}

/** The live status of `value` (a cell) against the metric's target and amber limit, in words of the sheet's language. */
function statusFormula(metric: TeamMetric, value: string, refs: Refs, words: Labeler): string {
  const [target, amber] = [refs.input("targets", `${metric}Target`), refs.input("targets", `${metric}Amber`)];
  const better = HIGHER_IS_BETTER[metric] ? ">=" : "<=";
  const word = (status: Status) => words.label(STATUS_WORDS[status]).replace(/"/g, '""');
  return `=IF(ISNUMBER(${value}),IF(${value}${better}${target},"${word("green")}",IF(${value}${better}${amber},"${word("amber")}","${word("red")}")),"")`;
}

export interface TeamLayoutInput {
  report: TeamReport;
  /** Where the table was read ("Team!A1:H10"), and the actuals the contacts came from, if any. */
  source: string;
  actualsSource: string | null;
  builtAt: Date;
  /** The sheet's language (the workbook's, chosen by the adapter); English when left out. */
  language?: Language;
}

export function teamSheet(input: TeamLayoutInput): LaidOutSheet {
  const { report } = input;
  const L = labelsFor(input.language);
  const label = L.label;
  const dayFormat = label("dayFormat");
  const daily = report.granularity === "day";
  const metrics = report.metrics;
  const has = (metric: TeamMetric) => metrics.includes(metric);
  const weighted = report.rows.some((row) => row.evaluations !== null);
  const built = (metric: TeamMetric, values: MetricValues): BuiltValue => values[metric] ?? "";
  const statusBuilt = (metric: TeamMetric, values: MetricValues): BuiltValue => statusWord(metric, values, report.targets, label);
  /** The table that holds the rows as read: days, or weeks. */
  const rowsTable = daily ? "days" : "weeks";

  // ----- by week -----
  /** A week's amount: a value for a table of weeks; for days, the sum of its days' block. */
  const amount = (id: string, value: (w: TeamWeek) => number | null, format: string, labelId: LabelId): Column<TeamWeek> => ({
    id,
    label: labelId,
    format,
    cell: (w, at) => {
      if (!daily) return value(w);
      const [first, last] = [Math.min(...w.rows), Math.max(...w.rows)];
      return formula(`=SUM(${at.rows("days", id, first, last)})`);
    },
    ...(daily ? { built: (w: TeamWeek) => value(w) } : {}),
  });
  const ratio = (metric: TeamMetric, live: (at: RowRefs, w: TeamWeek) => string): Column<TeamWeek>[] => [
    {
      id: METRIC_WORDS[metric].source,
      label: METRIC_WORDS[metric].column,
      format: metric === "evaluations" || metric === "leavers" ? FORMATS.integer : METRIC_WORDS[metric].format,
      cell: (w, at) => formula(live(at, w)),
      built: (w) => built(metric, w.metrics),
    },
  ];
  const status = (metric: TeamMetric): Column<TeamWeek> => ({
    id: `${metric}Status`,
    label: METRIC_WORDS[metric].status,
    format: FORMATS.general,
    cell: (_w, at) => formula(statusFormula(metric, at.cell(METRIC_WORDS[metric].source), at, L)),
    built: (w) => statusBuilt(metric, w.metrics),
  });
  const weekColumns: Column<TeamWeek>[] = [
    { id: "weekStart", label: "columnWeekStart", format: dayFormat, cell: (w) => w.weekStart },
    amount("scheduled", (w) => w.scheduledHours, FORMATS.hours, "columnScheduledHours"),
    amount("worked", (w) => w.workedHours, FORMATS.hours, "columnWorkedHours"),
    ...ratio("attendance", (at) => `=IF(${at.cell("scheduled")}=0,"",${at.cell("worked")}/${at.cell("scheduled")})`),
    status("attendance"),
    ...ratio("absenteeism", (at) => `=IF(ISNUMBER(${at.cell("attendance")}),1-${at.cell("attendance")},"")`),
    status("absenteeism"),
  ];
  if (has("quality")) {
    weekColumns.push(
      daily
        ? {
            id: "quality",
            label: "columnQuality",
            format: FORMATS.percent,
            cell: (w, at) => {
              const block = (id: string) => at.rows("days", id, Math.min(...w.rows), Math.max(...w.rows));
              return formula(
                weighted
                  ? `=IF(SUM(${block("evaluations")})=0,"",SUMPRODUCT(${block("quality")},${block("evaluations")})/SUM(${block("evaluations")}))`
                  : `=IF(COUNT(${block("quality")})=0,"",AVERAGE(${block("quality")}))`,
              );
            },
            built: (w) => built("quality", w.metrics),
          }
        : { id: "quality", label: "columnQuality", format: FORMATS.percent, cell: (w) => report.rows[w.rows[0]].qualityScore },
      status("quality"),
    );
  }
  if (has("evaluations")) weekColumns.push(amount("evaluations", (w) => w.evaluations, FORMATS.integer, "columnEvaluations"), status("evaluations"));
  if (has("complaintsPer1000")) {
    weekColumns.push(
      amount("complaints", (w) => w.complaints, FORMATS.integer, "columnComplaints"),
      amount("contacts", (w) => w.contactsHandled, FORMATS.totalCalls, "columnContacts"),
      ...ratio("complaintsPer1000", (at) => `=IF(${at.cell("contacts")}=0,"",${at.cell("complaints")}/${at.cell("contacts")}*1000)`),
      status("complaintsPer1000"),
    );
  }
  if (has("leavers")) weekColumns.push(amount("leavers", (w) => w.leavers, FORMATS.integer, "columnLeavers"), status("leavers"));
  const weeks = table<TeamWeek>({
    id: "weeks",
    caption: "teamWeeksCaption",
    rows: report.weeks,
    columns: weekColumns,
    marks: metrics.flatMap((metric) => statusMarks(`${metric}Status`, label)),
  });

  // ----- by day -----
  const dayColumns: Column<TeamRow>[] = [
    { id: "day", label: "columnDate", format: dayFormat, cell: (r) => r.period },
    { id: "scheduled", label: "columnScheduledHours", format: FORMATS.hours, cell: (r) => r.scheduledHours },
    { id: "worked", label: "columnWorkedHours", format: FORMATS.hours, cell: (r) => r.workedHours },
    {
      id: "attendance",
      label: "columnAttendance",
      format: FORMATS.percent,
      cell: (_r, at) => formula(`=IF(${at.cell("scheduled")}=0,"",${at.cell("worked")}/${at.cell("scheduled")})`),
      built: (r) => (r.scheduledHours === 0 ? "" : r.workedHours / r.scheduledHours),
    },
    ...(has("quality") ? [{ id: "quality", label: "columnQuality", format: FORMATS.percent, cell: (r) => r.qualityScore } as Column<TeamRow>] : []),
    ...(has("evaluations") ? [{ id: "evaluations", label: "columnEvaluations", format: FORMATS.integer, cell: (r) => r.evaluations } as Column<TeamRow>] : []),
    ...(has("complaintsPer1000")
      ? ([
          { id: "complaints", label: "columnComplaints", format: FORMATS.integer, cell: (r) => r.complaints },
          { id: "contacts", label: "columnContacts", format: FORMATS.totalCalls, cell: (r) => r.contactsHandled },
          {
            id: "per1000",
            label: "columnComplaintsPer1000",
            format: "0.00",
            cell: (_r, at) => formula(`=IF(${at.cell("contacts")}=0,"",${at.cell("complaints")}/${at.cell("contacts")}*1000)`),
            built: (r) => (!r.contactsHandled ? "" : ((r.complaints as number) / r.contactsHandled) * 1000),
          },
        ] as Column<TeamRow>[])
      : []),
    ...(has("leavers") ? [{ id: "leavers", label: "columnLeavers", format: FORMATS.integer, cell: (r) => r.leavers } as Column<TeamRow>] : []),
  ];
  const days: Section[] = daily ? [table<TeamRow>({ id: "days", caption: "teamDaysCaption", rows: report.rows, columns: dayColumns })] : [];

  // ----- over the whole period -----
  const weekCount = (refs: Refs) => `COUNT(${refs.column("weeks", "weekStart")})`;
  const of = (refs: Refs, id: string) => refs.column(rowsTable, id);
  const overall: Record<TeamMetric, (refs: RowRefs) => string> = {
    attendance: (refs) => `=SUM(${of(refs, "worked")})/SUM(${of(refs, "scheduled")})`,
    absenteeism: (refs) => `=1-${refs.cellOf("overview", "value", 0)}`,
    quality: (refs) =>
      weighted
        ? `=SUMPRODUCT(${of(refs, "quality")},${of(refs, "evaluations")})/SUM(${of(refs, "evaluations")})`
        : `=AVERAGE(${of(refs, "quality")})`,
    evaluations: (refs) => `=SUM(${of(refs, "evaluations")})/${weekCount(refs)}`,
    complaintsPer1000: (refs) => `=SUM(${of(refs, "complaints")})/SUM(${of(refs, "contacts")})*1000`,
    leavers: (refs) => `=SUM(${of(refs, "leavers")})/${weekCount(refs)}`,
  };
  const overview = table<TeamMetric>({
    id: "overview",
    caption: "teamOverviewCaption",
    rows: metrics,
    columns: [
      { id: "metric", label: "columnMetric", format: FORMATS.general, cell: (m) => label(METRIC_WORDS[m].name) },
      { id: "value", label: "columnValue", format: (m) => METRIC_WORDS[m].format, cell: (m, at) => formula(overall[m](at)), built: (m) => built(m, report.overall) },
      {
        id: "target",
        label: "columnTarget",
        format: (m) => METRIC_WORDS[m].format,
        cell: (m, at) => formula(`=${at.input("targets", `${m}Target`)}`),
        built: (m) => report.targets[m].target,
      },
      {
        id: "amber",
        label: "columnAmber",
        format: (m) => METRIC_WORDS[m].format,
        cell: (m, at) => formula(`=${at.input("targets", `${m}Amber`)}`),
        built: (m) => report.targets[m].amber,
      },
      { id: "status", label: "columnStatus", format: FORMATS.general, cell: (m, at) => formula(statusFormula(m, at.cell("value"), at, L)), built: (m) => statusBuilt(m, report.overall) },
    ],
    marks: statusMarks("status", label),
  });

  const targetRows = metrics.flatMap((metric) => {
    const name = label(METRIC_WORDS[metric].name);
    const format = PERCENT_METRICS.has(metric) ? FORMATS.percent : METRIC_WORDS[metric].format;
    return [
      { id: `${metric}Target`, label: { text: label("teamTargetOf", { metric: name }) }, value: report.targets[metric].target, format },
      { id: `${metric}Amber`, label: { text: label("teamAmberOf", { metric: name }) }, value: report.targets[metric].amber, format },
    ];
  });
  const charts: ChartDeclaration[] = [
    {
      type: "Line",
      title: "teamTrendTitle",
      table: "weeks",
      series: ["attendance", "absenteeism", ...(has("quality") ? ["quality"] : [])],
      categories: ["weekStart"],
      beside: "overview",
    },
    ...(has("complaintsPer1000")
      ? [{ type: "Line", title: "teamComplaintsTitle", table: "weeks", series: ["per1000"], categories: ["weekStart"], beside: "weeks" } as ChartDeclaration]
      : []),
  ];
  const first = report.rows[0]?.period ?? 0;
  const last = report.rows[report.rows.length - 1]?.period ?? 0;
  const note = [
    label("teamNote", { source: input.source, date: L.dateTime(input.builtAt) }),
    report.contactsFromActuals && input.actualsSource ? label("teamNoteContacts", { actuals: input.actualsSource }) : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
  return layOutSheet({
    title: { title: { text: label("teamTitle", { first: L.date(first), last: L.date(daily ? last : last + 6) }) }, note: { text: note } },
    labelColumnWidth: 230,
    labels: L,
    sections: [{ kind: "inputs", id: "targets", heading: "teamTargetsHeading", rows: targetRows }, overview, weeks, ...days],
    charts,
  });
}
