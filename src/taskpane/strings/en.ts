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

  forecast: {
    heading: "Forecast",
    explain:
      "Select the forecast's cells, headers included, or pick an Excel table. Columns are found by their headers: interval or time, calls or volume, AHT or handle time (English, Estonian or Portuguese).",
    useSelection: "Use selection",
    tableLabel: "Excel table",
    tablePlaceholder: "Choose a table",
    noTables: "This workbook has no Excel tables yet.",
    useTable: "Use table",
    refreshTables: "Refresh the list of tables",
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
    moreProblems: (count: string) => `…and ${count} more.`,
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
    cancel: "Cancel",
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
    comparisonPeak: "Peak",
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
    chooseScenario: "Choose a scenario",
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
    cancel: "Cancel",
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
    days: " days",
    factor: "×",
    weeks: " weeks",
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
      writePlan: "writing the plan",
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
      createClientCopy: "opening the client copy",
      getWorkbookCulture: "reading the workbook's number settings",
    } as Record<string, string>,
    otherOperation: "working on the workbook",
  },
};

export type Strings = typeof en;
