/**
 * Every piece of text the task pane shows or reads out, in English. Estonian (et.ts) and
 * Brazilian and European Portuguese (pt-BR.ts, pt-PT.ts) are translations of this table, key for
 * key (test/taskpane/strings-languages.test.ts checks every key and placeholder); components get
 * the table for the person's language from `useStrings()` (./index.tsx) and never hold text of
 * their own (test/taskpane/no-inline-text.test.ts checks).
 *
 * Texts that depend on values are functions. Numbers arrive already formatted for the person's
 * locale (format.ts), so a translation only moves words around them.
 *
 * What the add-in writes INTO the workbook (sheet names, headers) is the planner's, in
 * src/planner/labels.ts.
 */
export const en = {
  app: {
    title: "Staffing planner",
    intro:
      "Turn a forecast of calls and handle times into a staffing plan sheet, then ask what if: more volume, a different target, and see the scenarios side by side.",
    introSample: "New here? Create a sample forecast and try every step in a minute.",
    createSample: "Create sample forecast",
    introSampleActuals: "Looking back? Create sample actuals: a month of ACD intervals that follow the sample forecast, and team metrics by week.",
    createSampleActuals: "Create sample actuals",
    notInExcel:
      "Excel is not available here: open this pane from the Staffing planner button on Excel's Home tab.",
    busy: "Working…",
    unexpectedFailure: (detail: string) => `Something unexpected went wrong: ${detail}. Please try again.`,
    dismissStatus: "Dismiss message",
    dismissGlyph: "×",
    sections: "Planner steps",
    /** A step's heading: its number (its place in the pane, so a new step renumbers those after it) and title. */
    stepHeading: (number: string, title: string) => `${number}. ${title}`,
    /** The pane's language menu; the languages' own names are in ./index.tsx. */
    language: "Language",
    /** The menu's first choice: follow Office's display language (named in brackets). */
    languageAutomatic: (name: string) => `As Office (${name})`,
  },

  sample: {
    working: "Writing the sample forecast…",
    done: (sheetName: string, intervals: string) =>
      `Sample forecast written to the sheet “${sheetName}” (${intervals} half-hours). It is now the forecast; set the targets and build a plan.`,
  },

  sampleActuals: {
    working: "Writing the sample actuals and team metrics…",
    done: (actualsSheet: string, teamSheet: string, intervals: string) =>
      `Sample actuals written to “${actualsSheet}” (${intervals} half-hours of March 2025) and team metrics to “${teamSheet}”. They are now the actuals and the team table; choose a scenario and a period under Actuals.`,
  },

  forecast: {
    heading: "Forecast",
    explain:
      "Select the forecast's cells, headers included, or pick an Excel table. Columns are found by their headers: interval or time, calls or volume, AHT or handle time (English, Estonian or Portuguese).",
    readingSelection: "Reading the selected cells…",
    readingTable: (tableName: string) => `Reading the table ${tableName}…`,
    none: "No forecast chosen yet.",
    chosen: (address: string, intervals: number, shownIntervals: string, shownCalls: string) =>
      `Forecast ${address}: ${shownIntervals} ${intervals === 1 ? "interval" : "intervals"}, ${shownCalls} calls.`,
    /** Said after `chosen` for a forecast with dates. */
    spansDays: (days: number, shownDays: string) => (days === 1 ? "One date." : `${shownDays} dates.`),
    /** Said after `chosen` when the rows' start times show the interval length. */
    intervalsOf: (minutes: string) => `Rows start ${minutes} minutes apart.`,
    chosenWithProblems: (address: string, shownValid: string, shownTotal: string) =>
      `Forecast ${address}: ${shownValid} of ${shownTotal} rows can be used as they are.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Forecast read: its one row is valid." : `Forecast read: all ${shownRows} rows are valid.`,
    mappingHeading: "Columns",
    mappingExplain: "Check which column holds what. Change a choice if a header was not recognised.",
    dateColumn: "Date column",
    // A drop-down shows its choice on one line: short names, the explanation in the hint below.
    noDateColumn: "None",
    noDateColumnHint: "One day's pattern, or dates and times in the interval column.",
    intervalColumn: "Interval column",
    callsColumn: "Calls column",
    ahtColumn: "AHT column (seconds)",
    noColumn: "Not chosen",
    noAhtColumn: "None",
    noAhtColumnHint: "Every row takes the default AHT below.",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Column ${position}` : `${header} (column ${position})`,
    recognised: "Recognised from its header.",
    chosenByHand: "Chosen by hand.",
    defaultAht: "Default AHT (seconds)",
    defaultAhtProblem: (problem: string) => `Default AHT: ${problem}`,
    defaultAhtHint: "For rows without an AHT, or every row when there is no AHT column.",
    applyMapping: "Read again with these columns",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${count === 1 ? "problem" : "problems"} to fix before anything is written`,
    problemsAnnounce: (count: number, shown: string) =>
      `The forecast has ${shown} ${count === 1 ? "problem" : "problems"}, listed under Forecast by cell; nothing was written.`,
  },

  targets: {
    heading: "Targets",
    explain: "Type numbers with a comma or a point for decimals: 0,8 and 0.8 are the same.",
    intervalMinutes: "Interval length",
    intervalOption: (minutes: number) => `${minutes} minutes`,
    goal: "Goal",
    goalServiceLevel: "Service level: X% answered within Y seconds",
    goalAsa: "Average speed of answer (ASA)",
    targetServiceLevel: "Service level target (%)",
    targetSeconds: "Answered within (seconds)",
    targetSecondsAsaHint: "Used to report the service level alongside the ASA.",
    targetAsaSeconds: "ASA target (seconds)",
    maxOccupancy: "Maximum occupancy (%)",
    maxOccupancyHint: "Leave blank for no cap.",
    patienceSeconds: "Caller patience (seconds, optional)",
    patienceHint: "With a patience, callers may hang up while waiting (Erlang A); blank assumes they wait (Erlang C).",
    abandonRule: "Calls abandoned within the target time",
    abandonRuleMiss: "Count as missed",
    abandonRuleExclude: "Leave out of the service level",
    abandonRuleMet: "Count as answered in time",
    shrinkage: "Shrinkage (%)",
    shrinkageHint: "Paid time off the phones: breaks, training, absence.",
    paidHours: "Paid hours per FTE per week",
    operatingDays: "Operating days per week",
    operatingDaysHint:
      "Days the centre is open: a one-day forecast is run on each of them for FTE; a part week of a longer forecast counts at most this many.",
    cost: "Cost per agent-hour (optional)",
    adjustmentsHeading: "Adjust the forecast",
    volumeFactor: "Volume",
    volumeFactorHint: "1 or 100% is as forecast; +10% or 1,1 means 10% more calls; 90% means 90% of them.",
    ahtFactor: "Handle time",
    ahtFactorHint: "1 or 100% is as forecast; −5% or 0,95 means 5% shorter calls.",
    /** Beside an adjustment field: the factor the planner will apply, e.g. "= ×0.90". */
    factorResult: (factor: string) => `= ×${factor}`,
    fixFields: (count: number, shown: string) =>
      count === 1 ? "One field needs fixing; it says what is wrong." : `${shown} fields need fixing; each says what is wrong.`,
  },

  plan: {
    heading: "Plan",
    explain:
      "Builds a new sheet for the scenario: a summary, a table of live WFM formulas and a chart of required and scheduled staff. Other sheets are never touched.",
    scenarioName: "Scenario name",
    defaultScenarioName: "Base",
    build: "Build plan",
    save: "Save scenario",
    /** `step`: the forecast step's number. */
    needsForecast: (step: string) => `Choose a forecast first (step ${step}).`,
    building: (name: string) => `Building the plan for ${name}…`,
    saving: (name: string) => `Saving the scenario ${name}…`,
    built: (sheetName: string) => `Plan written to the sheet “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Plan rebuilt: the sheet “${sheetName}” was replaced.`,
    saved: (name: string) => `Scenario “${name}” saved in the workbook.`,
    rebuildTitle: "Rebuild the plan?",
    rebuildBody: (sheetName: string) =>
      `The sheet “${sheetName}” holds this scenario's plan. Rebuilding replaces that sheet only; anything you added to it will be lost.`,
    rebuildConfirm: "Rebuild",
    summaryHeading: (name: string) => `Plan: ${name}`,
    showSheet: "Show the sheet",
    peakAgents: "Peak agents required",
    peakScheduled: "Peak staff scheduled",
    hoursScheduled: "Agent-hours scheduled",
    fte: "FTE",
    weekFte: "FTE, average week",
    peakWeekFte: "FTE, busiest week",
    dayServiceLevel: "Day service level",
    dayAsa: "Day ASA",
    dayAbandon: "Day abandons",
    dayCost: "Cost per day",
    periodServiceLevel: (days: string) => `Service level, ${days} days`,
    periodAsa: (days: string) => `ASA, ${days} days`,
    periodAbandon: (days: string) => `Abandons, ${days} days`,
    periodCost: (days: string) => `Cost of ${days} days`,
    weeksHeading: "By week",
    weeksExplain:
      "Weeks run 7 days from the first date. FTE = the week's scheduled hours ÷ paid hours per FTE per week; a part week counts only the open days it holds.",
    weekStart: "Week from",
    weekDays: "Days",
    daysHeading: "By day",
    day: "Date",
    dayHours: "Agent-hours",
    daySl: "SL",
  },

  scenarios: {
    heading: "Scenarios",
    explain: "Scenarios are saved inside the workbook, so they travel with the file. Tick two or more to compare.",
    /** `step`: the plan step's number. */
    none: (step: string) => `No scenarios yet: save one in step ${step}.`,
    listLabel: "Saved scenarios",
    actions: (name: string) => `Actions for ${name}`,
    actionsShort: "Actions",
    open: "Load into the form",
    build: "Build plan",
    rename: "Rename…",
    duplicate: "Duplicate with changes…",
    remove: "Delete…",
    compare: "Compare selected",
    compareHint: "Tick at least two scenarios.",
    comparing: "Writing the comparison…",
    compared: (sheetName: string) => `Comparison written to the sheet “${sheetName}”.`,
    comparisonHeading: "Side by side",
    comparisonScenario: "Scenario",
    comparisonFte: "FTE",
    comparisonDifference: "Change",
    comparisonServiceLevel: "SL",
    loaded: (name: string) => `Scenario “${name}” loaded into the form.`,
    describe: (goal: string, shrinkage: string, adjustments: string) =>
      [goal, `shrinkage ${shrinkage}`, adjustments].filter((part) => part !== "").join(" · "),
    describeServiceLevel: (percent: string, seconds: string) => `${percent} in ${seconds} s`,
    describeAsa: (seconds: string) => `ASA ${seconds} s`,
    describeVolume: (change: string) => `volume ${change}`,
    describeAht: (change: string) => `AHT ${change}`,
    renameTitle: "Rename scenario",
    renameLabel: "New name",
    renameConfirm: "Rename",
    renamed: (from: string, to: string) => `Scenario “${from}” renamed to “${to}”.`,
    duplicateTitle: "Duplicate with changes",
    duplicateExplain: "The copy starts from this scenario; leave a box blank to keep its value.",
    duplicateName: "Name of the copy",
    duplicateDefaultName: (name: string) => `${name} (copy)`,
    volumeChange: "Volume change (%)",
    volumeChangeHint: "For example +10 or −5.",
    ahtChange: "AHT change (%)",
    changeOutOfRange: "Must be more than −100% and at most +400%.",
    targetServiceLevel: "Service level target (%)",
    targetSeconds: "Answered within (seconds)",
    duplicateConfirm: "Save the copy",
    duplicated: (name: string) => `Scenario “${name}” saved.`,
    deleteTitle: (name: string) => `Delete ${name}?`,
    deleteBody: "The scenario is removed from the workbook. Its sheets stay unless you tick the box.",
    deleteSheets: "Also delete the sheets built for this scenario alone",
    deleteConfirm: "Delete",
    deleted: (name: string) => `Scenario “${name}” deleted.`,
    cancel: "Cancel",
  },

  roster: {
    heading: "Roster check",
    explain:
      "Point at a column of scheduled agents, one cell per interval, to see the service level, ASA and abandons they achieve.",
    scenario: "Scenario",
    address: "Roster cells",
    addressPlaceholder: "Roster!D2:D49",
    useSelection: "Use selection",
    basis: "The numbers are",
    basisScheduled: "Staff scheduled (before shrinkage)",
    basisOnPhones: "Agents on the phones",
    check: "Check roster",
    /** `step`: the plan step's number. */
    needsScenario: (step: string) => `Save a scenario first (step ${step}).`,
    checking: "Checking the roster…",
    checked: (sheetName: string) => `Roster check written to the sheet “${sheetName}”.`,
    resultHeading: "Achieved over the day",
    resultHeadingDays: (days: string) => `Achieved over ${days} days`,
    belowTarget: "Intervals below target",
    dayBelow: "Below",
  },

  capacity: {
    heading: "Capacity plan",
    explain:
      "How many people to hire, and when, to keep the contract staffed week by week as people leave and new hires train and nest. Builds a sheet of live WFM formulas with a hiring plan you can change.",
    sourceLegend: "Required FTE by week",
    sourceScenario: "A scenario's plan at each week's volume",
    sourceColumn: "A column of required FTE",
    sourceScenarioHint:
      "Each week, the scenario's intervals are scaled to that week's calls and staffed exactly: twice the calls need fewer than twice the agents.",
    scenario: "Scenario",
    /** `step`: the plan step's number. */
    needsScenario: (step: string) => `Save a scenario first (step ${step}), or take the required FTE from a column.`,
    volumes: "Weekly volumes",
    volumesGrowth: "Grow from the scenario's own volume",
    volumesColumn: "A column of calls per week",
    weeklyGrowth: "Growth per week (%)",
    weeklyGrowthHint: "0,5 is 0.5% more calls each week; −1 is 1% fewer; 0 keeps the scenario's volume.",
    weeks: "Weeks to plan",
    volumeAddress: "Calls per week, one cell per week",
    fteAddress: "Required FTE, one cell per week",
    addressPlaceholder: "Volumes!B2:B53",
    addressHint: "A header cell at the top is skipped; blank cells after the last week are ignored.",
    useSelection: "Use selection",
    paidHours: "Paid hours per FTE per week",
    paidHoursHint: "From the scenario; change it if FTE are counted on another contract.",
    firstWeek: "Week 1 starts",
    teamHeading: "The team",
    headcount: "Productive heads now",
    headcountHint: "Agents past nesting today; 0 for a new account.",
    attritionRate: "Attrition (%)",
    attritionPeriod: "Measured over",
    attritionYear: "A year",
    attritionMonth: "A month",
    attritionFigure: "The figure is",
    attritionTurnover: "A turnover ratio: leavers ÷ average headcount, as HR reports it (may exceed 100%)",
    attritionShare: "A share of the team who leave: of the people here at the start, the share gone by the end",
    /** Beside the attrition field: the weekly rate the plan uses. */
    weeklyAttrition: (rate: string) => `= ${rate} a week`,
    joiningHeading: "New hires",
    trainWeeks: "Training (weeks)",
    nestingWeeks: "Nesting (weeks)",
    nestingProductivity: "Productivity while nesting (%)",
    graduationRate: "Graduation rate (%)",
    graduationRateHint: "The share of each class that finishes training.",
    ftePerHead: "FTE per head",
    ftePerHeadHint: "1 when everyone is full-time; 0,8 for a team working four days a week.",
    leadWeeks: "Recruiting lead time (weeks)",
    leadWeeksHint: "Weeks before the first class can start.",
    minClass: "Smallest class",
    maxClass: "Largest class (optional)",
    maxClassHint: "Blank: no limit. A need above it is split into several classes.",
    costsHeading: "Costs (optional)",
    costPerHire: "Cost per hire",
    costPerFteWeek: "Cost per FTE-week",
    costPerFteWeekHint: "Every head on the payroll counts, in training too.",
    name: "Capacity plan name",
    defaultName: "Capacity",
    build: "Build capacity plan",
    save: "Save",
    building: (name: string) => `Building the capacity plan ${name}…`,
    saving: (name: string) => `Saving the capacity plan ${name}…`,
    built: (sheetName: string) => `Capacity plan written to the sheet “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Capacity plan rebuilt: the sheet “${sheetName}” was replaced.`,
    saved: (name: string) => `Capacity plan “${name}” saved in the workbook.`,
    rebuildTitle: "Rebuild the capacity plan?",
    rebuildBody: (sheetName: string) =>
      `The sheet “${sheetName}” holds this capacity plan. Rebuilding replaces that sheet only, with the add-in's hiring plan; class dates you typed into it will be lost.`,
    rebuildConfirm: "Rebuild",
    fixFields: (count: number, shown: string) =>
      count === 1 ? "One capacity field needs fixing; it says what is wrong." : `${shown} capacity fields need fixing; each says what is wrong.`,
    resultHeading: (name: string) => `Capacity plan: ${name}`,
    totalHires: "Total hires",
    classes: "Weeks with a class starting",
    firstCoverable: "First week a new class can cover",
    uncovered: "Weeks hiring cannot cover",
    uncoveredNone: "None",
    uncoveredExplain: "Short before a new class can be productive: plan overtime or another site for them.",
    fteWeeksShort: "FTE-weeks short",
    peakGap: "Largest shortfall",
    peakGapAt: (gap: string, week: string) => `${gap} FTE in week ${week}`,
    weeklyAttritionUsed: "Weekly attrition used",
    hiringCost: "Hiring cost",
    staffCost: "Staff cost",
    totalCost: "Total cost",
    monthsHeading: "Hires by month",
    month: "Month",
    hires: "Hires",
    /** A run of weeks, "3–7". */
    weekRange: (first: string, last: string) => `${first}–${last}`,
    listSeparator: ", ",
    showSheet: "Show the sheet",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${count === 1 ? "cell" : "cells"} to fix before anything is written`,
    whatIfsHeading: "What-ifs",
    whatIfsExplain:
      "Capacity plans are saved in the workbook. Duplicate one with changes, such as attrition +5 points or 6 weeks of training, and compare them.",
    none: "No capacity plans saved yet: build or save one above.",
    listLabel: "Saved capacity plans",
    describe: (headcount: string, attrition: string, training: string) =>
      `${headcount} heads · attrition ${attrition} · ${training} weeks of training`,
    /** An attrition figure and its period, for the description: "60% a year". */
    attritionPer: { year: (rate: string) => `${rate} a year`, month: (rate: string) => `${rate} a month` },
    compare: "Compare selected",
    comparing: "Writing the capacity comparison…",
    compared: (sheetName: string) => `Capacity comparison written to the sheet “${sheetName}”.`,
    comparisonHeading: "Side by side",
    comparisonExplain: (first: string) => `In brackets: the change from “${first}”.`,
    /** A figure with its change from the first plan: "31 (+3)". */
    comparedWith: (value: string, change: string) => `${value} (${change})`,
    comparisonHires: "Total hires",
    comparisonUncovered: "Weeks hiring cannot cover",
    comparisonPeakGap: "Largest shortfall, FTE",
    comparisonCost: "Total cost",
    loaded: (name: string) => `Capacity plan “${name}” loaded into the form.`,
    renamed: (from: string, to: string) => `Capacity plan “${from}” renamed to “${to}”.`,
    duplicateExplain: "The copy starts from this capacity plan; leave a box blank to keep its value.",
    attritionChange: "Attrition change (percentage points)",
    attritionChangeHint: "+5 adds 5 points to the figure, over its own period: 60% a year becomes 65%.",
    duplicated: (name: string) => `Capacity plan “${name}” saved.`,
    deleted: (name: string) => `Capacity plan “${name}” deleted.`,
  },

  source: {
    useSelection: "Use selection",
    tableLabel: "Excel table",
    useTable: "Use table",
    noTables: "This workbook has no Excel tables yet.",
    readingSelection: "Reading the selected cells…",
    readingTable: (tableName: string) => `Reading the table ${tableName}…`,
    mappingHeading: "Columns",
    mappingExplain: "Check which column holds what. Change a choice if a header was not recognised.",
    noColumn: "None",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Column ${position}` : `${header} (column ${position})`,
    recognised: "Recognised from its header.",
    chosenByHand: "Chosen by hand.",
    applyMapping: "Read again with these columns",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${count === 1 ? "problem" : "problems"} to fix before anything is written`,
    moreProblems: (count: string) => `…and ${count} more.`,
    showSheet: "Show the sheet",
    replaceConfirm: "Replace",
    cancel: "Cancel",
  },

  actuals: {
    heading: "Actuals",
    explain:
      "Read what happened from an ACD export, one row per interval: date and time, offered, answered, answered within the target time (or a service level), abandoned, AHT; staffing columns are optional. Headers in English, Estonian or Portuguese are recognised.",
    none: "No actuals read yet.",
    chosen: (address: string, intervals: number, shownIntervals: string, days: number, shownDays: string, shownCalls: string) =>
      `Actuals ${address}: ${shownIntervals} ${intervals === 1 ? "interval" : "intervals"} over ${shownDays} ${days === 1 ? "date" : "dates"}, ${shownCalls} calls offered.`,
    intervalsOf: (minutes: string) => `Rows start ${minutes} minutes apart.`,
    percentPoints: (column: string) => `${column} read in percent points (92 means 92%).`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Actuals read: their one row is valid." : `Actuals read: all ${shownRows} rows are valid.`,
    problemsAnnounce: (count: number, shown: string) =>
      `The actuals have ${shown} ${count === 1 ? "problem" : "problems"}, listed under Actuals by cell; nothing was written.`,
    roles: {
      date: "Date",
      interval: "Interval (time, or date and time)",
      offered: "Calls offered",
      answered: "Calls answered",
      answeredWithin: "Answered within the target time",
      serviceLevel: "Service level (instead of answered within)",
      abandoned: "Calls abandoned",
      abandonedWithin: "Abandoned within the target time (optional)",
      aht: "AHT (seconds)",
      asa: "ASA (seconds, optional)",
      staffScheduled: "Staff scheduled (optional)",
      agentsLoggedIn: "Agents logged in (optional)",
      staffedHours: "Staffed hours (optional)",
      adherence: "Adherence (optional)",
      shrinkage: "Shrinkage (optional)",
    },
    scenario: "Scenario (its plan)",
    needsScenario: (step: string) => `Save a scenario first (step ${step}): the actuals are compared with its plan.`,
    periodKind: "Period",
    periodKinds: { day: "A day", week: "A week (Monday to Sunday)", month: "A month", all: "The whole import" },
    periodWeek: (date: string) => `Week of ${date}`,
    periodAll: (first: string, last: string) => `${first} to ${last}`,
    period: "Which",
    build: "Build performance sheet",
    building: "Measuring the actuals against the plan…",
    built: (sheetName: string) => `Performance written to the sheet “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Performance rebuilt: the sheet “${sheetName}” was replaced.`,
    replaceTitle: "Replace the performance sheet?",
    replaceBody: (sheetName: string) =>
      `The sheet “${sheetName}” holds this scenario's performance for this period. Building again replaces that sheet only; anything you added to it will be lost.`,
    resultHeading: (period: string) => `Performance, ${period}`,
    serviceLevel: "Service level",
    target: "Target",
    met: "Met",
    missed: "Missed",
    asa: "ASA",
    abandonRate: "Abandoned",
    intervalsMet: "Intervals on target",
    daysMet: "Days on target",
    wape: "Forecast error (WAPE)",
    bias: "Forecast bias",
    plannedHours: "Agent-hours planned",
    actualHours: "Agent-hours actual",
    needed: "SL needed for the rest of the month",
    secured: "Target secured for the month",
    unreachable: "Out of reach this month",
    monthComplete: "The month is complete.",
    whyHeading: "Why the service level moved",
    whyExplain: "Points of service level each cause moved it from the plan, weighted by calls.",
    steps: {
      planned: "Planned",
      volume: "Volume",
      aht: "Handle time",
      staffing: "Staffing",
      shrinkage: "Shrinkage",
      adherence: "Adherence",
      modelled: "Modelled",
      unexplained: "Not explained",
      measured: "Measured",
    },
    stepHeader: "Step",
    pointsHeader: "SL / change",
    noExplanation: "No interval has both a plan and answered calls, so the change cannot be explained.",
    daysHeading: "By day",
    day: "Date",
    daySl: "SL",
    dayMet: "Result",
    unmatchedHeading: "Not matched",
    withoutPlan: (count: number, shown: string) =>
      count === 1 ? `${shown} interval of actuals has no plan interval:` : `${shown} intervals of actuals have no plan interval:`,
    withoutActuals: (count: number, shown: string) =>
      count === 1 ? `${shown} plan interval has no actuals:` : `${shown} plan intervals have no actuals:`,
    allMatched: "Every interval of actuals matched the plan.",
    moreUnmatched: (count: string) => `…and ${count} more (listed on the sheet).`,
    byDate: "Matched by date and time.",
    byTime: "The plan is one day's pattern: matched by time of day on every date.",
    staffing: {
      scheduledAndShrinkage: "Staffing: staff scheduled and shrinkage from the export.",
      scheduledAndLoggedIn: "Staffing: staff scheduled; shrinkage is the share not logged in.",
      scheduled: "Staffing: staff scheduled from the export, shrinkage as planned.",
      loggedIn: "Staffing: agents logged in are the staff left after shrinkage.",
      asPlanned: "No staffing in the export: staffing taken as planned.",
    },
  },

  team: {
    heading: "Team metrics",
    explain:
      "Read a table by day or by week: scheduled and worked hours, and optionally quality scores and evaluations, complaints and contacts handled, leavers. Each gets a red, amber or green status against its target.",
    none: "No team table read yet.",
    chosenDays: (address: string, rows: number, shownRows: string) => `Team table ${address}: ${shownRows} ${rows === 1 ? "day" : "days"}.`,
    chosenWeeks: (address: string, rows: number, shownRows: string) => `Team table ${address}: ${shownRows} ${rows === 1 ? "week" : "weeks"}.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Team metrics read: their one row is valid." : `Team metrics read: all ${shownRows} rows are valid.`,
    problemsAnnounce: (count: number, shown: string) =>
      `The team table has ${shown} ${count === 1 ? "problem" : "problems"}, listed under Team metrics by cell; nothing was written.`,
    roles: {
      period: "Date or week starting",
      scheduledHours: "Scheduled hours",
      workedHours: "Worked hours",
      qualityScore: "Quality score (optional)",
      evaluations: "Evaluations (optional)",
      complaints: "Complaints (optional)",
      contactsHandled: "Contacts handled (optional)",
      leavers: "Leavers (optional)",
    },
    granularity: "Each row is",
    granularityDay: "A day",
    granularityWeek: "A week",
    targetsHeading: "Targets",
    targetsExplain:
      "Green at or better than the target, amber up to the amber limit, red beyond. Percentages as 95, 95% or 0,95. Stored in the workbook.",
    metrics: {
      attendance: "Attendance (%)",
      absenteeism: "Absenteeism (%)",
      quality: "Quality score (%)",
      evaluations: "Evaluations per week",
      complaintsPer1000: "Complaints per 1,000 contacts",
      leavers: "Leavers per week",
    },
    target: "Target",
    amber: "Amber limit",
    targetOf: (metric: string) => `${metric}: target`,
    amberOf: (metric: string) => `${metric}: amber limit`,
    higherBetter: "Higher is better.",
    lowerBetter: "Lower is better.",
    amberWrongSideHigher: "The amber limit must be at or below the target.",
    amberWrongSideLower: "The amber limit must be at or above the target.",
    storedUnreadable: "The team targets stored in this workbook could not be read; the defaults are shown.",
    contactsFromActuals: "The table has complaints but no contacts handled: the calls answered in the actuals read under Actuals are used.",
    build: "Build team metrics sheet",
    building: "Writing the team metrics…",
    built: (sheetName: string) => `Team metrics written to the sheet “${sheetName}”; the targets are stored in the workbook.`,
    rebuilt: (sheetName: string) => `Team metrics rebuilt: the sheet “${sheetName}” was replaced.`,
    replaceTitle: "Replace the team metrics sheet?",
    replaceBody: (sheetName: string) =>
      `The sheet “${sheetName}” holds the team metrics. Building again replaces that sheet only; anything you added to it will be lost.`,
    resultHeading: "Over the whole period",
    status: { green: "Green", amber: "Amber", red: "Red" },
    weeksRed: (count: string) => `Weeks with a red status: ${count}.`,
    notAvailable: "—",
  },

  client: {
    heading: "Client report",
    explain:
      "A report for the client of the period chosen under Actuals: the summary against target, why the service level moved, the days, the team's weeks and the heat map. Values only and no costs, so it reads the same in the client's Excel without the add-in.",
    needsActuals: "Read actuals and choose a scenario and a period under Actuals first.",
    language: "Language of the report",
    // The languages are listed by their own names (strings/index.tsx's LANGUAGE_NAMES), as the pane's language menu lists them.
    languageHint: "For this report only: the other sheets are written in the workbook's language.",
    clientName: "Client name (optional, for the title)",
    includeTeam: "Include the team's weeks (read under Team metrics)",
    write: "Write client report",
    writing: "Writing the client report…",
    written: (sheetName: string) => `Client report written to the sheet “${sheetName}”: values only, no formulas.`,
    rewritten: (sheetName: string) => `Client report rebuilt: the sheet “${sheetName}” was replaced.`,
    replaceTitle: "Replace the client report?",
    replaceBody: (sheetName: string) =>
      `The sheet “${sheetName}” holds this client report. Writing it again replaces that sheet only; anything you added to it will be lost.`,
    copyHeading: "Client copy",
    copyExplain:
      "A separate workbook for the client, opened in Excel: only the sheets ticked, as values, with no formulas, no costs, no scenario settings and no hidden sheets. This workbook is not changed.",
    copyReport: "The client report",
    copyPlan: (name: string) => `Plan “${name}”, as values without costs`,
    copyCapacity: (name: string) => `Capacity plan “${name}”: weeks and hires, as values without costs`,
    makeCopy: "Make client copy",
    making: "Making the client copy…",
    made: (sheets: string, size: string) => `Client copy opened as a new workbook: ${sheets} (${size} KB). Save it and send it to the client.`,
  },

  fields: {
    intervalMinutes: "Interval length",
    targetServiceLevel: "Service level target",
    targetSeconds: "Answered within",
    targetAsaSeconds: "ASA target",
    maxOccupancy: "Maximum occupancy",
    patienceSeconds: "Caller patience",
    abandonRule: "Abandon rule",
    shrinkage: "Shrinkage",
    paidHoursPerFteWeek: "Paid hours per FTE per week",
    operatingDaysPerWeek: "Operating days per week",
    costPerAgentHour: "Cost per agent-hour",
    defaultAhtSeconds: "Default AHT",
    volumeFactor: "Volume",
    ahtFactor: "Handle time",
  },

  units: {
    percent: "%",
    seconds: " s",
    hours: " h",
    // Days and weeks follow the limit they stand after: "at least 1 week", "at most 52 weeks".
    days: (count: number): string => (count === 1 ? " day" : " days"),
    factor: "×",
    weeks: (count: number): string => (count === 1 ? " week" : " weeks"),
    none: "",
  },

  problems: {
    required: "Enter a value.",
    notANumber: (value: string) => `“${value}” is not a number. Use digits, with a comma or a point for decimals.`,
    atLeast: (value: string) => `at least ${value}`,
    moreThan: (value: string) => `more than ${value}`,
    atMost: (value: string) => `at most ${value}`,
    lessThan: (value: string) => `less than ${value}`,
    outOfRange: (lower: string, upper: string) => `Must be ${lower} and ${upper}.`,
    /** A limit below only, such as "at least 0" for a figure without a top. */
    atLeastOnly: (lower: string) => `Must be ${lower}.`,
    notWhole: (value: string) => `${value} is not a whole number; type a whole number.`,
    notAllowed: (allowed: string) => `Choose one of ${allowed}.`,
    listSeparator: ", ",
    /** "1.000" where the workbook does not group thousands with "."; both readings are offered. */
    ambiguousNumber: (value: string, grouped: string, decimal: string) =>
      `“${value}” could be ${grouped} or ${decimal}. Which did you mean?`,
    /** A button beside an ambiguous field: rewrites it as this reading. */
    useReading: (shown: string) => `It is ${shown}`,
  },

  forecastProblems: {
    roles: { date: "date", interval: "interval", calls: "calls", aht: "AHT" },
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: “${value}” is text; type the ${column} as a number.`,
    errorInCell: (cell: string, value: string) => `${cell}: the cell shows ${value}; fix its formula or type a value.`,
    negativeCalls: (cell: string, value: string) => `${cell}: calls cannot be negative (${value}).`,
    missingCalls: (cell: string) => `${cell}: calls are missing; type 0 for an interval without calls.`,
    ahtIsTime: (cell: string, value: string, seconds: string) =>
      `${cell}: ${value} is a time, but AHT is read in seconds; type ${seconds} (seconds) instead.`,
    defaultAhtInvalid: (value: string, min: string, max: string) =>
      `The default AHT (${value}) must be a number of seconds from ${min} to ${max}.`,
    missingDate: (cell: string) =>
      `${cell}: the date is missing; this forecast has dates, so every row needs one.`,
    notADate: (cell: string, value: string) =>
      `${cell}: “${value}” is not a date or time Excel knows; type it as a date (and time).`,
    repeatedInterval: (cell: string, first: string) =>
      `${cell}: this interval starts at the same moment as ${first}; each interval may appear once.`,
    repeatedTime: (cell: string, first: string) =>
      `${cell}: this time already appears at ${first}; a forecast of several days needs a date for each row (a date column, or dates and times in the interval column).`,
    intervalStep: (cell: string, step: string, chosen: string) =>
      `${cell}: this interval starts ${step} minutes after the one before, but the interval length under Targets is ${chosen} minutes. Choose the length the forecast uses, or fix the times.`,
    longerThanADay: (cell: string, rows: string, chosen: string) =>
      `${cell}: ${rows} intervals of ${chosen} minutes are more than one day; give the rows dates (a date column, or dates and times in the interval column).`,
    ahtOutOfRange: (cell: string, value: string, min: string, max: string) =>
      `${cell}: AHT must be from ${min} to ${max} seconds (${value}).`,
    missingAht: (cell: string) => `${cell}: AHT is missing; type it, or give a default AHT above.`,
    missingInterval: (cell: string) => `${cell}: the interval is missing; type its start time.`,
    columnNotFound: (column: string) => `No ${column} column was recognised; choose it under Columns.`,
    sameColumnTwice: (column: string, other: string) =>
      `The ${column} and ${other} columns are the same; choose different columns.`,
    noDataRows: "There are no data rows below the headers.",
    tooManyRows: (rows: string, limit: string) => `The forecast has ${rows} rows; at most ${limit} can be planned.`,
  },

  capacityProblems: {
    weeklyAttritionTooHigh: (weekly: string) =>
      `That comes to ${weekly} of the team leaving each week: more than everyone. Check the figure and its period (a yearly rate typed as monthly?).`,
    minAboveMax: (min: string, max: string) => `The smallest class (${min}) is larger than the largest (${max}).`,
    notADate: (value: string) => `“${value}” is not a date; choose one.`,
    notAnAddress: (value: string) => `“${value}” is not a range; type it as Sheet!B2:B53, or select the cells and choose Use selection.`,
    addressWithoutSheet: (value: string) =>
      `Say which sheet: Sheet!${value}, or select the cells and choose Use selection.`,
  },

  weeksProblems: {
    columns: { volume: "calls", fte: "required FTE", hires: "hires" },
    weeksNotOneColumn: (address: string) => `${address} is more than one column; give one column, one cell per week.`,
    noWeeks: (address: string) => `${address} holds no weeks: it is empty.`,
    tooManyWeeks: (weeks: string, limit: string) => `That is ${weeks} weeks; a capacity plan holds at most ${limit}.`,
    blankWeek: (cell: string, week: string, column: string) =>
      `${cell}: week ${week} has no ${column}; type a number (0 if none).`,
    textInWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: week ${week}'s ${column} “${value}” is text; type a number.`,
    errorInWeek: (cell: string, week: string, value: string) =>
      `${cell}: week ${week} shows ${value}; fix its formula or type a value.`,
    negativeWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: week ${week}'s ${column} cannot be negative (${value}).`,
  },

  actualsProblems: {
    actualsWithoutDates:
      "The actuals have no dates: choose the date column, or a column of dates and times, under Columns.",
    notATime: (cell: string, value: string) => `${cell}: “${value}” is not a time; actuals are matched to the plan by their start times.`,
    secondsAsTime: (cell: string, column: string, value: string, seconds: string) =>
      `${cell}: ${value} is a time, but ${column} is read in seconds; type ${seconds} instead.`,
    ahtNotPositive: (cell: string, value: string) => `${cell}: AHT must be more than 0 seconds where calls were answered (${value}).`,
    columnNotFound: (column: string) => `No “${column}” column was recognised; choose it under Columns.`,
    answeredWithinNotFound:
      "Neither calls answered within the target time nor a service level column was recognised; choose one under Columns.",
    sameColumnTwice: (column: string, other: string) => `“${column}” and “${other}” are the same column; choose different columns.`,
    noDataRows: "There are no data rows below the headers.",
    tooManyRows: (rows: string, limit: string) => `The actuals have ${rows} rows; at most ${limit} (a month of quarter-hours) can be read.`,
  },

  teamProblems: {
    missingPeriod: (cell: string) => `${cell}: the date is missing; every row needs the day or the week's first day.`,
    notADate: (cell: string, value: string) => `${cell}: “${value}” is not a date Excel knows; type the day or the week's first day.`,
    repeatedPeriod: (cell: string, first: string) => `${cell}: this date already appears at ${first}; each day or week may appear once.`,
    columnNotFound: (column: string) => `No “${column}” column was recognised; choose it under Columns.`,
    sameColumnTwice: (column: string, other: string) => `“${column}” and “${other}” are the same column; choose different columns.`,
    contactsNeeded:
      "Complaints are counted per 1,000 contacts handled: choose a contacts column, or read the actuals first (their calls answered are used).",
    noDataRows: "There are no data rows below the headers.",
    tooManyRows: (rows: string, limit: string) => `The team table has ${rows} rows; at most ${limit} can be read.`,
  },

  numberProblems: {
    missingValue: (cell: string, column: string) => `${cell}: ${column} is missing; type 0 where there was none.`,
    errorInCell: (cell: string, value: string) => `${cell}: the cell shows ${value}; fix its formula or type a value.`,
    textInNumberColumn: (cell: string, column: string, value: string) => `${cell}: “${value}” is text; type ${column} as a number.`,
    negativeValue: (cell: string, column: string, value: string) => `${cell}: ${column} cannot be negative (${value}).`,
    notAPercent: (cell: string, column: string, value: string) =>
      `${cell}: ${column} ${value} is more than 100%; type a percentage such as 92% (or 0.92).`,
  },

  performanceProblems: {
    noActualsInPeriod: "The actuals have no intervals in that period; choose another.",
    abandonedWithinNeeded:
      "The scenario's contract leaves short abandons out of the service level (or counts them as met), so the actuals need a column of calls abandoned within the target time.",
    nothingToMeasure: "No call in the period is counted by the service level, so it has none.",
    intervalNotModelled: (cell: string, argument: string) =>
      `${cell}: the ${argument} of this interval is outside what the queueing model accepts; check the row.`,
    /** What the engine refused in an interval, by SL_VARIANCE's argument names (others: errors.arguments). */
    arguments: {
      plan_calls: "planned calls",
      actual_calls: "calls offered",
      plan_aht: "planned handle time",
      actual_aht: "handle time",
      plan_staff: "planned staff",
      actual_staff: "staff",
      plan_shrinkage: "planned shrinkage",
      actual_shrinkage: "shrinkage",
      actual_adherence: "adherence",
      target_time: "target answer time",
      interval: "interval length",
    } as Record<string, string>,
  },

  rosterProblems: {
    rosterNotOneColumn: (address: string) => `${address} is more than one column; select one column of agents.`,
    rosterLengthMismatch: (rosterRows: string, forecastRows: string) =>
      `The roster has ${rosterRows} cells but the forecast has ${forecastRows} intervals; select one cell per interval.`,
    textInRosterCell: (cell: string, value: string) => `${cell}: “${value}” is text; type a number of agents.`,
    negativeRosterCell: (cell: string, value: string) => `${cell}: agents cannot be negative (${value}).`,
    missingRosterCell: (cell: string) => `${cell}: empty; type 0 where nobody is scheduled.`,
  },

  clientSafetyProblems: {
    formula: (place: string, text: string) => `${place} still holds the formula ${text}; a client copy holds values only.`,
    formulaText: (place: string, text: string) => `${place} holds text Excel would read as a formula (${text}).`,
    wfmReference: (place: string, text: string) =>
      `${place} refers to the add-in's functions (${text}); without the add-in it would show #NAME?.`,
    notFinite: (place: string) => `${place} holds a number that is not finite.`,
    places: {
      cell: (address: string) => address,
      highlight: (address: string) => `The conditional format on ${address}`,
      chart: (address: string) => `The chart at ${address}`,
      table: (address: string) => `The table at ${address}`,
    },
  },

  errors: {
    forecastProblems: (count: number, shown: string) =>
      `The forecast has ${shown} ${count === 1 ? "problem" : "problems"}; nothing was written.`,
    rosterProblems: (count: number, shown: string) =>
      `The roster has ${shown} ${count === 1 ? "problem" : "problems"}; nothing was written.`,
    invalidTargets: (count: number, shown: string) =>
      `${shown} ${count === 1 ? "target needs" : "targets need"} fixing; nothing was written.`,
    targetUnreachable: (interval: string, cell: string) =>
      `No staffing meets the target at ${interval} (${cell}). Lower the target, or raise the maximum occupancy.`,
    trafficTooHigh: (interval: string, cell: string, erlangs: string, limit: string) =>
      `At ${interval} (${cell}) calls × AHT make ${erlangs} Erlangs, more than the ${limit} the add-in models; check the forecast row and its units.`,
    queueTooLong: (interval: string, cell: string, callers: string, limit: string) =>
      `At ${interval} (${cell}) ${callers} callers would arrive within one mean patience, more than the ${limit} the add-in follows; use a shorter patience, or none.`,
    targetMetByAbandons: (interval: string, cell: string, share: string, target: string) =>
      `At ${interval} (${cell}) callers hanging up within the target time (${share} of those who wait) already make the ${target} target under abandon rule 2, so no agents would be needed. Use abandon rule 0 or 1.`,
    loadOutOfRange: (interval: string, cell: string, argument: string) =>
      `The ${argument} at ${interval} (${cell}) is more than the queueing maths can handle; check the forecast row.`,
    /** What the engine refused, by its argument's name, as `loadOutOfRange` names it. */
    arguments: { calls: "calls", aht: "AHT", traffic: "workload", agents: "agents", patience: "caller patience" } as Record<string, string>,
    sheetExists: (sheetName: string) => `The sheet “${sheetName}” already exists.`,
    notGenerated: (sheetName: string) =>
      `A sheet called “${sheetName}” is yours, not the add-in's, so it was left alone. Rename that sheet or the scenario.`,
    sheetNotFound: (sheetName: string) => `The sheet “${sheetName}” no longer exists.`,
    tableNotFound: (tableName: string) => `The table ${tableName} no longer exists; choose the forecast again.`,
    scenarioNotFound: "That scenario is no longer in the workbook; the list has been refreshed.",
    scenarioNameTaken: (name: string) => `A scenario called “${name}” already exists; choose another name.`,
    scenarioNameEmpty: "Give the scenario a name.",
    tooFewScenarios: "Tick at least two scenarios to compare.",
    selectionNotUsable: (address: string) =>
      `The selection ${address} is not a block of data. Select the forecast's cells, headers included, and try again.`,
    invalidAddress: (address: string) => `“${address}” is not a range in this workbook.`,
    storedScenariosUnreadable:
      "The scenarios stored in this workbook could not be read. Saving a scenario will start a new list.",
    weeksProblems: (count: number, shown: string) =>
      `The column of weeks has ${shown} ${count === 1 ? "problem" : "problems"}; nothing was written.`,
    invalidCapacityInputs: (count: number, shown: string) =>
      `${shown} ${count === 1 ? "capacity input needs" : "capacity inputs need"} fixing; nothing was written.`,
    sourceScenarioNotFound: (name: string) =>
      `The scenario that capacity plan “${name}” staffs is no longer in the workbook; load the plan and choose another scenario.`,
    weekNotComputable: (week: string, calls: string, interval: string) =>
      `Week ${week} (${calls} calls) cannot be staffed: at ${interval} the target is out of reach or the load too large. Check that week's volume.`,
    patternWithoutCalls: (name: string) =>
      `The forecast of scenario “${name}” has no calls, so it cannot be scaled to a week's volume.`,
    capacityNotComputable:
      "Closing a week's gap would need more than 10 million hires: check the attrition figure and its period, and that the required FTE are FTE.",
    storedCapacityUnreadable:
      "The capacity plans stored in this workbook could not be read. Saving one will start a new list.",
    capacitySheetChanged: (sheetName: string) =>
      `The week table of “${sheetName}” is no longer where the add-in wrote it; rebuild the capacity plan.`,
    actualsProblems: (count: number, shown: string) =>
      `The actuals have ${shown} ${count === 1 ? "problem" : "problems"}; nothing was written.`,
    performanceProblems: (count: number, shown: string) =>
      `The actuals cannot be measured against this plan (${shown} ${count === 1 ? "problem" : "problems"}); nothing was written.`,
    teamProblems: (count: number, shown: string) =>
      `The team table has ${shown} ${count === 1 ? "problem" : "problems"}; nothing was written.`,
    clientCopyEmpty: "Tick at least one sheet to put in the client copy.",
    invalidTeamTargets: (count: number, shown: string) =>
      `${shown} team ${count === 1 ? "target needs" : "targets need"} fixing; nothing was written.`,
    excelFailed: (operation: string, detail: string) => `Excel refused a step while ${operation}: ${detail}.`,
    rolledBack: "The half-written sheet was removed; the workbook is as it was.",
    clientCopyNotSupported: (requirement: string) =>
      `This version of Excel cannot open a new workbook from the add-in (that needs ${requirement}: Excel 2019 or later, ` +
      "Microsoft 365 or Excel on the web). Nothing was created.",
    clientCopyUnsafe: (count: number, shown: string) =>
      `The client copy was not made: ${shown} ${count === 1 ? "place is" : "places are"} not values only. Nothing was created.`,
    clientCopyInvalid: (detail: string) => `The client copy could not be built: ${detail}. Nothing was created.`,
    operations: {
      createSampleForecast: "writing the sample forecast",
      readForecast: "reading the forecast",
      buildPlan: "writing the plan",
      compareScenarios: "writing the comparison",
      checkRoster: "checking the roster",
      saveScenarios: "saving the scenarios",
      loadScenarios: "reading the scenarios",
      listTables: "listing the tables",
      buildCapacityPlan: "writing the capacity plan",
      compareCapacityScenarios: "writing the capacity comparison",
      previewCapacityPlan: "computing the capacity plan",
      capacityClientCopy: "reading the capacity plan",
      saveCapacityScenario: "saving the capacity plan",
      loadCapacityScenarios: "reading the capacity plans",
      createSampleActuals: "writing the sample actuals",
      readActuals: "reading the actuals",
      buildPerformance: "writing the performance sheet",
      readTeamMetrics: "reading the team metrics",
      loadTeamTargets: "reading the team targets",
      buildTeamMetrics: "writing the team metrics",
      createClientCopy: "opening the client copy",
      makeClientCopy: "making the client copy",
      buildClientReport: "writing the client report",
      getWorkbookCulture: "reading the workbook's number settings",
    } as Record<string, string>,
    otherOperation: "working on the workbook",
  },
};

export type Strings = typeof en;
