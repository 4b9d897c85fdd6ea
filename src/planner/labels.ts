/**
 * Every text the add-in writes INTO the workbook: sheet names, headers, summary labels, notes.
 * They are user-visible, so they live in one English table keyed by id (the pane's own string
 * table, src/taskpane/strings/, holds what the pane shows; it may absorb this one). Texts with
 * {placeholders} are filled by `label(id, params)`.
 *
 * Header texts of the forecast columns written by "Create sample forecast" must stay
 * recognisable by headers.ts (they are: "Interval", "Calls", "AHT (s)").
 */
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
    "Forecast {forecast}, volume ×{volumeFactor}, AHT ×{ahtFactor}. Built {date} by the WFM add-in. " +
    "The table's cells are live WFM.* formulas: edit the forecast or the targets and they recalculate. " +
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

  // Targets block
  targetsHeading: "Targets",
  targetInterval: "Interval (minutes)",
  targetGoal: "Goal",
  goalServiceLevel: "Service level",
  goalAsa: "Average speed of answer",
  targetServiceLevel: "Service level target",
  targetSeconds: "Answered within (s)",
  targetAsa: "ASA target (s)",
  targetMaxOccupancy: "Maximum occupancy (blank: no cap)",
  targetPatience: "Caller patience (s) (blank: Erlang C)",
  targetAbandonRule: "Abandon rule (0 miss, 1 excluded, 2 met)",
  targetShrinkage: "Shrinkage",
  targetPaidHours: "Paid hours per FTE per week",
  targetOperatingDays: "Operating days per week",
  targetCost: "Cost per agent-hour",
  targetDefaultAht: "Default AHT (s)",

  // Summary block
  summaryHeading: "Summary",
  summaryLive: "Live",
  summaryAsBuilt: "As built",
  summaryTotalCalls: "Total calls",
  summaryDayServiceLevel: "Day service level (call-weighted)",
  summaryDayAsa: "Day ASA (s) (weighted by answered calls)",
  summaryDayAbandon: "Day abandon % (call-weighted)",
  summaryPeakAgents: "Peak agents required",
  summaryPeakScheduled: "Peak scheduled staff",
  summaryAgentHoursRequired: "Agent-hours required (on the phones)",
  summaryAgentHoursScheduled: "Agent-hours scheduled (after shrinkage)",
  summaryFte: "FTE (scheduled hours × operating days ÷ paid hours per FTE week)",
  summaryCost: "Cost per day (scheduled hours × cost per agent-hour)",
  summaryIntervalsBelowTarget: "Intervals below target",

  // Plan table headers (also the table's column names, so they must be unique within a table)
  columnInterval: "Interval",
  columnCalls: "Calls",
  columnAht: "AHT (s)",
  columnTraffic: "Traffic (Erlangs)",
  columnAgentsRequired: "Agents required",
  columnServiceLevel: "Service level",
  columnAsa: "ASA (s)",
  columnAbandon: "Abandon %",
  columnOccupancy: "Occupancy",
  columnScheduledStaff: "Scheduled staff",
  columnRosteredAgents: "Rostered agents",
  columnAgentsOnPhones: "Agents on the phones",
  columnBelowTarget: "Below target",
  belowTargetMark: "Below target",
  asaNeverAnswered: "queue grows without limit",

  // Chart
  chartTitle: "Agents required and scheduled staff by interval",
  comparisonChartTitle: "Agents required by interval",

  // Comparison
  comparisonTotalsHeading: "Totals",
  comparisonIntervalsHeading: "Agents required by interval",
  comparisonDifference: "{scenario} − {first}",

  // Client copies (values only, in a separate workbook)
  clientCopyNote:
    "Values as built on {date} by the WFM Erlang Staffing add-in. This copy holds no formulas: " +
    "its numbers do not recalculate.",
} as const;

export type LabelId = keyof typeof labels;

/** The label with its {placeholders} filled; unknown placeholders stay as written. */
export function label(id: LabelId, params: Record<string, string | number> = {}): string {
  return labels[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
