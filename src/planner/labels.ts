/**
 * Every text the add-in writes INTO the workbook: sheet names, headers, summary labels, notes.
 * They are user-visible, so they live in one English table keyed by id (the pane's own string
 * table, src/taskpane/strings/, holds what the pane shows). Texts with {placeholders} are filled
 * by `label(id, params)`, in English; `labelsFor(language)` gives the same in Estonian or
 * Portuguese (labels.et.ts, labels.pt-BR.ts, labels.pt-PT.ts), for sheets written in the
 * workbook's language and for reports whose language is chosen per report.
 *
 * Header texts of the forecast columns written by "Create sample forecast" must stay
 * recognisable by headers.ts (they are: "Interval", "Calls", "AHT (s)").
 *
 * Plan, roster and comparison sheets are shared with clients, so their labels spell things out
 * (which calls count, what a figure is weighted by) rather than using a planner's shorthand, and
 * say "day" only for one day's figures.
 *
 * Number formats are written with Range.numberFormat, in Excel's invariant (English) format
 * codes, which Excel shows with the reading culture's separators ("#,##0.0" reads 1 234,5 in
 * Estonia); only the parts of a format that are words are translated here: the abandon rule's
 * and the capacity plan's attrition figure's words, and the date and month formats' order and
 * weekday names ("[$-425]ddd" is the weekday in Estonian).
 */
import { LOCALE_OF, type Language } from "./language";
import { et } from "./labels.et";
import { ptBR } from "./labels.pt-BR";
import { ptPT } from "./labels.pt-PT";

export type { Language };

export const labels = {
  // Sheet names (made unique with " (2)", " (3)", …; at most 31 characters).
  sampleSheet: "Sample forecast",
  planSheet: "Plan - {scenario}",
  comparisonSheet: "Comparison",
  rosterSheet: "Roster check - {scenario}",

  // Sample forecast
  sampleTitleInterval: "Interval",
  sampleTitleCalls: "Calls",
  sampleTitleAht: "AHT (s)",

  // Titles and notes
  planTitle: "Staffing plan: {scenario}",
  planNote:
    "Forecast {forecast}, volume ×{volumeFactor}, handle time ×{ahtFactor}. Built {date} by the WFM add-in. " +
    "The tables' cells are live formulas: edit the forecast or the targets and they recalculate. " +
    "The \"As built\" column holds the add-in's values at build time, readable without the add-in.",
  comparisonTitle: "Scenario comparison",
  comparisonNote:
    "Computed by the WFM add-in on {date} from each scenario's forecast and targets. These are values: " +
    "they do not recalculate; compare again after changing a scenario.",
  rosterTitle: "Roster check: {scenario}",
  rosterNote:
    "Roster {roster} ({basis}) against forecast {forecast}. Built {date} by the WFM add-in. " +
    "Intervals that miss the target are highlighted.",
  rosterBasisScheduled: "staff scheduled, before shrinkage",
  rosterBasisOnPhones: "agents on the phones",

  // Targets block: read by clients, so every figure says what it is in words.
  targetsHeading: "Targets",
  targetInterval: "Interval length (minutes)",
  targetGoal: "Staffing goal",
  goalServiceLevel: "Service level: a share of calls answered within a time",
  goalAsa: "Average speed of answer: the mean wait of answered calls",
  targetServiceLevel: "Service level target (share of calls answered in time)",
  targetSeconds: "Answered within (seconds)",
  targetAsa: "Average speed of answer target (seconds)",
  targetMaxOccupancy: "Maximum occupancy: share of agents' time on calls (blank: no limit)",
  targetPatience: "Caller patience: seconds callers wait on average before hanging up (blank: callers never hang up)",
  targetAbandonRule: "Calls that hang up before the answer time",
  /** Number format of the abandon rule's cell: it holds 0, 1 or 2 for the formulas and shows these words. */
  abandonRuleFormat: '[=0]"count as not answered in time";[=1]"are left out of the service level";"count as answered in time"',
  targetShrinkage: "Shrinkage: share of paid time off the phones (breaks, training, absence)",
  targetPaidHours: "Paid hours per full-time employee per week",
  targetOperatingDays: "Days a week the centre is open",
  targetCost: "Cost per scheduled agent-hour",
  targetDefaultAht: "Handle time for rows without one (seconds)",

  // Summary block. Labels with "day" are for a single day's figures; "Period" ones cover several days.
  summaryHeading: "Summary",
  summaryLive: "Live",
  summaryAsBuilt: "As built",
  summaryTotalCalls: "Total calls",
  summaryDayServiceLevel: "Service level over the day (weighted by calls)",
  summaryPeriodServiceLevel: "Service level over all {days} days (weighted by calls)",
  summaryDayAsa: "Average speed of answer over the day, seconds (weighted by answered calls)",
  summaryPeriodAsa: "Average speed of answer over all {days} days, seconds (weighted by answered calls)",
  summaryDayAbandon: "Share of calls that hang up, over the day",
  summaryPeriodAbandon: "Share of calls that hang up, over all {days} days",
  summaryPeakAgents: "Most agents required in one interval",
  summaryPeakScheduled: "Most staff scheduled in one interval",
  summaryAgentHoursRequired: "Agent-hours required (agents on the phones)",
  summaryAgentHoursScheduled: "Agent-hours scheduled (after shrinkage)",
  summaryFte:
    "Full-time equivalents (FTE): this day's scheduled hours on every open day of a week ÷ paid hours per FTE per week",
  summaryWeekFte: "Full-time equivalents (FTE), average week: scheduled hours ÷ paid hours per FTE per week",
  summaryPeakWeekFte: "Full-time equivalents (FTE), busiest week",
  summaryDayCost: "Cost of the day (scheduled hours × cost per agent-hour)",
  summaryPeriodCost: "Cost of all {days} days (scheduled hours × cost per agent-hour)",
  summaryIntervalsBelowTarget: "Intervals below target",

  // Interval tables (header texts are also the Excel tables' column names: unique within a table)
  columnDate: "Date",
  columnInterval: "Interval",
  columnCalls: "Calls",
  columnAht: "Handle time (s)",
  columnTraffic: "Workload (Erlangs)",
  columnAgentsRequired: "Agents required",
  columnServiceLevel: "Service level",
  columnAsa: "Average wait to answer (s)",
  columnAbandon: "Share hanging up",
  columnOccupancy: "Occupancy",
  columnScheduledStaff: "Scheduled staff",
  columnRosteredAgents: "Rostered agents",
  columnAgentsOnPhones: "Agents on the phones",
  columnBelowTarget: "Below target",
  belowTargetMark: "Below target",
  asaNeverAnswered: "queue grows without limit",

  // Days and weeks of a forecast that spans several days
  daysCaption: "By day",
  weeksCaption:
    "By week: 7-day weeks from the first date. A part week is compared with the paid hours of the open days it holds.",
  columnWeekStart: "Week starting",
  columnCalendarDays: "Days in the forecast",
  columnOpenDays: "Open days counted",
  columnAgentHoursRequired: "Agent-hours required",
  columnAgentHoursScheduled: "Agent-hours scheduled",
  columnPeakAgents: "Most agents required",
  columnFte: "FTE",
  columnCost: "Cost",
  columnIntervalsBelowTarget: "Intervals below target",

  // Chart
  chartTitle: "Agents required and scheduled staff by interval",
  comparisonChartTitle: "Agents required by interval",

  // Comparison
  comparisonTotalsHeading: "Totals",
  comparisonIntervalsHeading: "Agents required by interval",
  comparisonDaysHeading: "Agent-hours scheduled by day",
  comparisonWeeksHeading: "Full-time equivalents (FTE) by week",
  comparisonDifference: "{scenario} − {first}",

  // Capacity plan: hires by week to keep the contract staffed (capacity-layout.ts)
  capacitySheet: "Capacity plan - {scenario}",
  capacityComparisonSheet: "Capacity comparison",
  capacityTitle: "Capacity plan: {scenario}",
  capacityNote:
    "Required full-time equivalents (FTE): {origin}. Built {date} by the WFM add-in. The plan's cells are live WFM formulas. " +
    "Hires starting: the add-in's hiring plan, written as values: type your own class sizes and dates over them, " +
    "or change the required FTE or the inputs, and the plan recalculates. " +
    "The \"As built\" column holds the add-in's values at build time, readable without the add-in.",
  capacityClientNote: "Required full-time equivalents (FTE): {origin}. Figures as planned on {date}.",
  capacityOriginGrowth:
    "scenario “{scenario}” (forecast {forecast}) staffed week by week at {calls} calls in week 1, " +
    "growing {growth}% a week, at {paidHours} paid hours per full-time equivalent per week",
  capacityOriginVolumes:
    "scenario “{scenario}” (forecast {forecast}) staffed week by week at the calls per week in {column}, " +
    "at {paidHours} paid hours per full-time equivalent per week",
  capacityOriginColumn: "the column {column}",
  capacityInputsHeading: "The team and how new hires join",
  capacityHeadcount: "Productive heads in week 1",
  capacityAttritionRate: "Attrition, as reported",
  capacityAttritionWeeks: "Attrition period in weeks (52 = a year, 4.33 = a month)",
  capacityAttritionForm: "The attrition figure is",
  /** Number format of the form's cell: 1 (scaled, WFM.ATTRITION_CONVERT's simple) or 0 (compounded), shown in words. */
  capacityAttritionFormFormat:
    '[=1]"a turnover ratio (leavers ÷ average headcount): scaled to a week";"a share of the team who leave: compounded to a week"',
  capacityTrainWeeks: "Weeks in training (trainees take no calls)",
  capacityNestingWeeks: "Weeks nesting after graduation",
  capacityNestingProductivity: "Productivity while nesting",
  capacityGraduationRate: "Share of each class that graduates",
  capacityFtePerHead: "Full-time equivalents one head delivers (1: everyone full-time)",
  capacityLeadWeeks: "Recruiting lead time: weeks before the first class can start",
  capacityMinClass: "Smallest class",
  capacityMaxClass: "Largest class (blank: no limit)",
  capacityCostPerHire: "Cost per hire",
  capacityCostPerFteWeek: "Cost of one full-time equivalent on the payroll for a week",
  capacityWeeklyAttrition: "Weekly attrition (the figure above converted with WFM.ATTRITION_CONVERT)",
  /** The same figure in a client copy, which names no add-in function. */
  capacityWeeklyAttritionClient: "Weekly attrition (the figure above converted to a week)",
  capacityTotalHires: "Total hires",
  capacityClasses: "Weeks in which a class starts",
  capacityFirstCoverable: "First week a new class can cover (1 + lead time + training + nesting)",
  capacityWeeksShort:
    "Weeks short of the required full-time equivalents: hiring cannot cover them, so they need overtime or another site",
  capacityFteWeeksShort: "Full-time-equivalent weeks short (FTE-weeks: what overtime or another site must supply)",
  capacityPeakGap: "Largest shortfall in one week, in full-time equivalents (0 when no week is short)",
  capacityHiringCost: "Hiring cost (hires × cost per hire)",
  capacityStaffCost:
    "Staff cost (heads in training, nesting and productive × full-time equivalents per head × cost per full-time-equivalent week)",
  capacityTotalCost: "Total cost (hiring and staff)",
  capacityMonthsCaption: "Hires by month (a class counts in the month its week starts)",
  capacityWeeksCaption:
    "Week by week, in full-time equivalents (FTE) and heads. Type over the hires and the required FTE to try your own; " +
    "the columns from Effective FTE on are one WFM.CAPACITY_PLAN formula.",
  capacityClientWeeksCaption: "Week by week, in full-time equivalents (FTE) and heads",
  columnWeek: "Week",
  columnMonth: "Month",
  columnRequiredFte: "Required FTE",
  columnHires: "Hires starting",
  columnSuggestedHires: "Hiring plan (WFM.HIRING_PLAN)",
  columnEffectiveFte: "Effective FTE",
  columnGap: "Gap (required − effective)",
  columnInTraining: "Heads in training",
  columnNesting: "Heads nesting",
  columnProductive: "Productive heads",
  columnLeavers: "Leavers",
  columnShort: "Short",
  capacityShortMark: "Short: overtime or another site",
  capacityFigure: "Figure",
  capacityValue: "Value",
  capacityChartTitle: "Required and effective full-time equivalents (FTE) by week, with class starts",
  capacityComparisonTitle: "Capacity plans compared",
  capacityComparisonNote:
    "Computed by the WFM add-in on {date} from each capacity plan's inputs, with the add-in's hiring plan. " +
    "These are values: they do not recalculate; compare again after changing a plan.",
  capacityComparisonTotals: "Totals",
  capacityComparisonHires: "Hires starting by week",
  capacityComparisonGaps: "Gap by week in full-time equivalents (required − effective; negative is a surplus)",
  capacityComparisonChartTitle: "Hires starting by week",

  // Number formats of dates (invariant codes; see the header)
  dayFormat: "ddd yyyy-mm-dd",
  dateTimeFormat: "yyyy-mm-dd hh:mm",
  /** A month, as the capacity plan's hires by month show it. */
  monthFormat: "yyyy-mm",

  // Actuals: sample, performance sheet, team metrics and the client report (issue 8)
  sampleActualsSheet: "Sample actuals",
  sampleTeamSheet: "Sample team metrics",
  sampleActualsDate: "Date",
  sampleActualsTime: "Interval",
  sampleActualsOffered: "Offered",
  sampleActualsAnswered: "Answered",
  sampleActualsAnsweredWithin: "Answered within 20 s",
  sampleActualsAbandoned: "Abandoned",
  sampleActualsAbandonedWithin: "Abandoned within 20 s",
  sampleActualsAht: "AHT (s)",
  sampleActualsAsa: "ASA (s)",
  sampleActualsStaff: "Staff scheduled",
  sampleActualsLoggedIn: "Agents logged in",
  sampleActualsAdherence: "Adherence",
  sampleTeamWeek: "Week starting",
  sampleTeamScheduledHours: "Scheduled hours",
  sampleTeamWorkedHours: "Worked hours",
  sampleTeamQuality: "Quality score",
  sampleTeamEvaluations: "Evaluations",
  sampleTeamComplaints: "Complaints",
  sampleTeamContacts: "Contacts handled",
  sampleTeamLeavers: "Leavers",

  performanceSheet: "Performance {period}",
  periodWeek: "week of {date}",
  periodAll: "{first} to {last}",
  periodShortWeek: "wk {date}",
  periodShortAll: "all dates",
  performanceTitle: "Performance against target and plan: {scenario}, {period}",
  performanceNote:
    "Actuals {actuals} against the plan of scenario {scenario}. Built {date} by the WFM add-in. " +
    "The interval table holds the actuals and the plan as values; everything above it is live formulas over that table. {staffing}",
  staffingScheduledAndShrinkage: "Actual staffing: staff scheduled and shrinkage, as exported.",
  staffingScheduledAndLoggedIn:
    "Actual staffing: staff scheduled as exported; shrinkage is the share of them not logged in (1 − logged in ÷ scheduled).",
  staffingScheduled: "Actual staffing: staff scheduled as exported; shrinkage as planned.",
  staffingLoggedIn:
    "Actual staffing: agents logged in are the staff left after shrinkage, so staff = logged in ÷ (1 − shrinkage); a short roster and absence both show as staffing.",
  staffingAsPlanned:
    "The export has no staffing: staff and shrinkage are taken as planned, so their effects are 0 and what they would explain stays in \"Not explained\".",
  perfServiceLevel: "Service level over the period (answered within the target time, as the contract counts it)",
  perfTarget: "Service level target (contract)",
  perfTargetMet: "Target met over the period",
  perfAsa: "Average speed of answer, seconds (weighted by answered calls)",
  perfAbandon: "Share of calls that hung up",
  perfOffered: "Calls offered",
  perfIntervalsMet: "Intervals that met the target (share of the intervals with calls)",
  perfDaysMet: "Days that met the target (share of the days with calls)",
  perfWape: "Forecast error (WAPE): calls off the plan ÷ calls offered, over the intervals with a plan",
  perfBias: "Forecast bias: (planned − offered) ÷ offered (positive: more calls were planned than came)",
  perfMatched: "Intervals with both a plan and actuals",
  perfPlannedHours: "Agent-hours planned (staff scheduled)",
  perfActualHours: "Agent-hours actual (staff scheduled, as the explanation takes it)",
  perfPlannedPhoneHours: "Agent-hours planned on the phones (after shrinkage)",
  perfActualPhoneHours: "Agent-hours actual on the phones (after shrinkage and adherence)",
  markMet: "Met",
  markMissed: "Missed",
  mtdHeading: "Month to date",
  mtdInputsHeading: "The rest of the month",
  mtdDaysLeft: "Days left in the month after the last date of actuals",
  mtdForecastRest: "Calls the plan forecasts for the open days left",
  mtdOffered: "Calls counted so far",
  mtdWithin: "Calls answered within the target time so far",
  mtdServiceLevel: "Service level so far",
  mtdNeeded: "Service level the rest of the month needs to end on target (0: already secured)",
  mtdOutOfReach: "out of reach: even 100% would not reach the target",
  whyCaption:
    "Why the service level moved from plan: each cause in points of service level, intervals weighted by the calls their service level counts",
  whyChartTitle: "Why the service level moved from plan",
  columnStep: "Step",
  columnChange: "Service level or change",
  columnLevel: "Level after",
  columnBase: "Base",
  columnFall: "Lowered it",
  columnRise: "Raised it",
  columnTotal: "Service level",
  stepPlanned: "Planned service level",
  stepVolume: "Volume: calls offered",
  stepAht: "Handle time",
  stepStaffing: "Staff scheduled",
  stepShrinkage: "Shrinkage: absence, breaks, training",
  stepAdherence: "Adherence to the schedule",
  stepModelled: "Modelled service level, with what happened",
  stepUnexplained: "Not explained by the above: chance, or the model",
  stepMeasured: "Measured service level",
  dailyChartTitle: "Service level by day against the target",
  heatCaption: "Service level by time of day (rows) and date (columns)",
  intervalsCaption: "Intervals: plan against actual, with why each moved (WFM.SL_VARIANCE)",
  unmatchedCaption: "Intervals not matched, left out of the comparison with the plan",
  unmatchedNoPlan: "Actuals, but no plan interval starts here",
  unmatchedNoActuals: "Planned, but no actuals",
  columnTime: "Time",
  columnWhy: "Why",
  columnPlanCalls: "Calls planned",
  columnOffered: "Calls offered",
  columnAnswered: "Answered",
  columnAnsweredWithin: "Answered in time",
  columnAbandoned: "Hung up",
  columnAbandonedWithin: "Hung up in time",
  columnTarget: "Target",
  columnMet: "Target met",
  columnPlanAht: "Handle time planned (s)",
  columnActualAht: "Handle time (s)",
  columnPlanStaff: "Staff planned",
  columnStaff: "Staff (as modelled)",
  columnPlanShrinkage: "Shrinkage planned",
  columnShrinkage: "Shrinkage (as modelled)",
  columnAdherence: "Adherence",
  columnPlannedSl: "Planned service level",
  columnVolumeEffect: "Volume",
  columnAhtEffect: "Handle time",
  columnStaffingEffect: "Staffing",
  columnShrinkageEffect: "Shrinkage",
  columnAdherenceEffect: "Adherence effect",
  columnModelledSl: "Modelled service level",
  columnUnexplained: "Not explained",
  columnWeight: "Calls counted in the explanation",

  teamSheet: "Team metrics",
  teamTitle: "Team metrics, {first} to {last}",
  teamNote:
    "Read from {source}. Built {date} by the WFM add-in. Weeks run Monday to Sunday; statuses compare each figure with its target " +
    "(green: at or better than the target; amber: at or better than the amber limit; red: worse).",
  teamNoteContacts: "Contacts handled are the calls answered in the actuals {actuals}.",
  teamTargetsHeading: "Targets (green at or better than the target, amber up to the amber limit)",
  teamOverviewCaption: "Over the whole period",
  teamWeeksCaption: "By week",
  teamDaysCaption: "By day",
  teamTrendTitle: "Attendance, absenteeism and quality by week",
  teamComplaintsTitle: "Complaints per 1,000 contacts handled by week",
  metricAttendance: "Attendance: worked hours ÷ scheduled hours",
  metricAbsenteeism: "Absenteeism: 1 − attendance",
  metricQuality: "Quality score (average, weighted by evaluations)",
  metricEvaluations: "Quality evaluations per week",
  metricComplaintsPer1000: "Complaints per 1,000 contacts handled",
  metricLeavers: "Leavers per week",
  teamTargetOf: "{metric}: target",
  teamAmberOf: "{metric}: amber limit",
  ragGreen: "Green",
  ragAmber: "Amber",
  ragRed: "Red",
  columnMetric: "Metric",
  columnValue: "Value",
  columnAmber: "Amber limit",
  columnStatus: "Status",
  columnScheduledHours: "Scheduled hours",
  columnWorkedHours: "Worked hours",
  columnAttendance: "Attendance",
  columnAbsenteeism: "Absenteeism",
  columnQuality: "Quality score",
  columnEvaluations: "Evaluations",
  columnComplaints: "Complaints",
  columnContacts: "Contacts handled",
  columnComplaintsPer1000: "Complaints per 1,000",
  columnAttendanceStatus: "Attendance status",
  columnAbsenteeismStatus: "Absenteeism status",
  columnQualityStatus: "Quality status",
  columnEvaluationsStatus: "Evaluations status",
  columnComplaintsStatus: "Complaints status",
  columnLeaversStatus: "Leavers status",

  // Client report: values only, in the language chosen for the report
  clientReportSheet: "Client report {period}",
  clientReportTitle: "Service report: {period}",
  clientReportTitleFor: "Service report for {client}: {period}",
  clientReportNote:
    "Figures as of {date}. The service level counts calls answered within {seconds} seconds, against a target of {target}; " +
    "calls that hang up within {seconds} seconds {rule}. These are values: they do not recalculate.",
  clientRuleMissed: "count as not answered in time",
  clientRuleLeftOut: "are left out of the count",
  clientRuleMet: "count as answered in time",
  clientSummaryCaption: "Summary",
  columnMeasure: "Measure",
  columnActual: "Actual",
  columnResult: "Result",
  clientServiceLevel: "Service level: calls answered within {seconds} seconds",
  clientAsa: "Average speed of answer (seconds)",
  clientAbandon: "Share of calls that hung up",
  clientOffered: "Calls offered",
  clientAnsweredWithin: "Calls answered within {seconds} seconds",
  clientIntervalsMet: "Intervals of {minutes} minutes that met the target",
  clientDaysMet: "Days that met the target",
  clientWape: "Forecast error: calls off the forecast ÷ calls offered",
  clientBias: "Forecast bias: (forecast − calls offered) ÷ calls offered",
  clientPlannedPhoneHours: "Agent-hours on the phones, planned",
  clientActualPhoneHours: "Agent-hours on the phones, delivered",
  clientNeeded: "Service level the rest of the month needs to end on target",
  clientNeededOutOfReach: "out of reach this month",
  clientWhyCaption: "Why the service level moved from plan (changes in points of service level)",
  clientDaysCaption: "By day",
  clientHeatCaption: "Service level by time of day (rows) and date (columns)",
  clientTeamCaption: "Team by week",

  // Client copies (values only, in a separate workbook)
  clientCopyNote:
    "Values as built on {date} by the WFM Erlang Staffing add-in. This copy holds no formulas: " +
    "its numbers do not recalculate.",
} as const;

export type LabelId = keyof typeof labels;

export type LabelParams = Record<string, string | number>;

function fill(text: string, params: LabelParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The label with its {placeholders} filled, in English; unknown placeholders stay as written. */
export function label(id: LabelId, params: LabelParams = {}): string {
  return fill(labels[id], params);
}

// ---------------------------------------------------------------------------------------------
// Other languages

/**
 * A translation of the table: the same ids with the same {placeholders}. Partial in its type so
 * that new English labels merge before they are translated; test/planner/labels-languages.test.ts
 * fails until every id is there, and until then the English text stands in.
 */
export type LabelTranslation = Partial<Record<LabelId, string>>;

const TRANSLATIONS: Record<Exclude<Language, "en">, LabelTranslation> = { et, "pt-BR": ptBR, "pt-PT": ptPT };

/** The table of a language (English: `labels` itself), for tests and reviews. */
export function labelTable(language: Language): LabelTranslation {
  return language === "en" ? labels : TRANSLATIONS[language];
}

/** What a sheet writes in one language: its labels, and numbers, dates and moments in text. */
export interface Labeler {
  readonly language: Language;
  /** The label with its {placeholders} filled (English where the translation lacks it). */
  label(id: LabelId, params?: LabelParams): string;
  /** A number inside a text, as the language writes it: "1.1" in English, "1,1" in Estonian. */
  number(value: number): string;
  /** The moment a sheet was built, for its note: "2025-03-10 14:05 UTC", "10.03.2025 14:05 UTC", "10/03/2025 14:05 UTC". */
  dateTime(moment: Date): string;
  /**
   * A day inside a text (a title, a period, a column header), as the language writes it:
   * "2025-03-10", "10.03.2025", "10/03/2025". An Excel date serial, or a moment (its UTC day).
   */
  date(day: number | Date): string;
  /** A month in words, as the language names it: "March 2025", "märts 2025", "março de 2025". */
  month(day: number | Date): string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day 0 of Excel's date serials (1899-12-30), in UTC like the serials themselves. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function momentOf(day: number | Date): Date {
  return typeof day === "number" ? new Date(EXCEL_EPOCH + Math.round(day) * 86_400_000) : day;
}

/**
 * The labels of `language`, for a sheet or a report written in it (English by default, so
 * `labelsFor().label(id, params)` is `label(id, params)`).
 */
export function labelsFor(language: Language = "en"): Labeler {
  const table = labelTable(language);
  const numbers = new Intl.NumberFormat(LOCALE_OF[language], { maximumFractionDigits: 6, useGrouping: false });
  const months = new Intl.DateTimeFormat(LOCALE_OF[language], { month: "long", year: "numeric", timeZone: "UTC" });
  // UTC, as the English note has always written it; a time of day says so ("16:05 UTC"): the
  // add-in runs where the person is, but a workbook travels to clients in other time zones.
  const date = (moment: Date) => {
    const [y, m, d] = [moment.getUTCFullYear(), pad(moment.getUTCMonth() + 1), pad(moment.getUTCDate())];
    if (language === "et") return `${d}.${m}.${y}`;
    if (language === "pt-BR" || language === "pt-PT") return `${d}/${m}/${y}`;
    return `${y}-${m}-${d}`;
  };
  return {
    language,
    label: (id, params = {}) => fill(table[id] ?? labels[id], params),
    number: (value) => numbers.format(value),
    dateTime: (moment) => `${date(moment)} ${pad(moment.getUTCHours())}:${pad(moment.getUTCMinutes())} UTC`,
    date: (day) => date(momentOf(day)),
    month: (day) => months.format(momentOf(day)),
  };
}
