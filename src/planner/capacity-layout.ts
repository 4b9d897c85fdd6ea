/**
 * The capacity sheets, declared as data (sheet.ts lays them out): a capacity plan as the planner
 * works with it, the same plan as a client may read it (values only, no costs), and capacity
 * plans compared.
 *
 * The planner's "Capacity plan" sheet, top to bottom: title and note; a summary of live formulas
 * beside the "As built" values (weekly attrition by WFM.ATTRITION_CONVERT, total hires, the
 * weeks short, the largest shortfall, costs); the inputs the formulas refer to; hires by month;
 * and the weeks: week, its first day, required FTE and hires (values: the person may type over
 * them), the hiring plan the add-in suggests (one live WFM.HIRING_PLAN formula, spilled down), the
 * six columns of one live WFM.CAPACITY_PLAN formula over the hires column, and a mark on each
 * week short. A combo chart of required and effective FTE (lines) with class starts (columns, on
 * a second axis) sits to the right.
 *
 * The week table is not an Excel table: Excel cannot spill a dynamic array inside one ("Spilled
 * array formulas are not supported in Excel tables themselves", Microsoft, "Dynamic array
 * formulas and spilled array behavior"); so the sheet needs an Excel with dynamic arrays.
 *
 * The client's version is declared from the same figures and columns, every cell a value (the
 * planner's number), without the cost lines and inputs and without the live hiring-plan column:
 * a client who opens the workbook without the add-in sees the plan, never #NAME?. It passes the
 * client copy's values-only guard (client-safe.ts), which the tests run on it.
 *
 * Like layout.ts's sheets, each is written in one language: the inputs take an optional
 * `language` (the workbook's, or the one chosen for a client copy; English when left out), which
 * gives the labels, notes, chart titles, date and month formats and the words of the "short"
 * mark. The formulas are the same in every language but for that mark, which they write.
 */
import type {
  CapacityComparison,
  CapacityResult,
  CapacityScenario,
  CapacityWeekRow,
  MonthHires,
  RequiredFteOrigin,
} from "./capacity-types";
import { ATTRITION_PERIOD_WEEKS } from "./capacity";
import { labelsFor, type Labeler, type Language, type LabelId } from "./labels";
import { distinctHeaders, FORMATS, titled, totalsTable, type TotalsRow } from "./layout";
import {
  formula,
  layOutSheet,
  spilled,
  table,
  textOf,
  type AnyTableSection,
  type BuiltValue,
  type Column,
  type InputRow,
  type LaidOutSheet,
  type Refs,
  type RowRefs,
  type Section,
  type SheetSpec,
  type Text,
} from "./sheet";

export interface CapacityLayoutInput {
  scenario: CapacityScenario;
  result: CapacityResult;
  origin: RequiredFteOrigin;
  builtAt: Date;
  /** The sheet's language; English when left out. */
  language?: Language;
}

/** Who reads the sheet: the planner (live formulas, costs) or a client (values only, no costs). */
type Audience = "planner" | "client";

const LABEL_COLUMN_WIDTH = 230;

/** A gap at or below this is closed: the engine's GAP_TOLERANCE, as the sheet's formulas write it. */
const TOLERANCE = "0.000000001";

const CAPACITY_FORMATS = {
  hires: "General",
  /** A hiring plan of mostly zeros reads better with them blank. */
  suggested: "0;-0;;@",
  weeklyRate: "0.00%",
} as const;

// ---------------------------------------------------------------------------------------------
// Inputs

type InputKey =
  | "headcount"
  | "attritionRate"
  | "attritionWeeks"
  | "attritionForm"
  | "trainWeeks"
  | "nestingWeeks"
  | "nestingProductivity"
  | "graduationRate"
  | "ftePerHead"
  | "leadWeeks"
  | "minClass"
  | "maxClass"
  | "costPerHire"
  | "costPerFteWeek";

const COST_INPUTS: readonly InputKey[] = ["costPerHire", "costPerFteWeek"];

function inputRows(scenario: CapacityScenario, audience: Audience, words: Labeler): InputRow[] {
  const s = scenario.settings;
  const rows: Record<InputKey, Omit<InputRow, "id">> = {
    headcount: { label: "capacityHeadcount", value: s.headcount, format: FORMATS.fte },
    attritionRate: { label: "capacityAttritionRate", value: s.attrition.rate, format: FORMATS.percent },
    attritionWeeks: { label: "capacityAttritionWeeks", value: ATTRITION_PERIOD_WEEKS[s.attrition.period], format: FORMATS.factor },
    attritionForm: {
      label: "capacityAttritionForm",
      value: s.attrition.figure === "turnover" ? 1 : 0,
      format: words.label("capacityAttritionFormFormat"),
    },
    trainWeeks: { label: "capacityTrainWeeks", value: s.trainWeeks, format: FORMATS.integer },
    nestingWeeks: { label: "capacityNestingWeeks", value: s.nestingWeeks, format: FORMATS.integer },
    nestingProductivity: { label: "capacityNestingProductivity", value: s.nestingProductivity, format: FORMATS.targetPercent },
    graduationRate: { label: "capacityGraduationRate", value: s.graduationRate, format: FORMATS.targetPercent },
    ftePerHead: { label: "capacityFtePerHead", value: s.ftePerHead, format: FORMATS.factor },
    leadWeeks: { label: "capacityLeadWeeks", value: s.leadWeeks, format: FORMATS.integer },
    minClass: { label: "capacityMinClass", value: s.minClass, format: FORMATS.integer },
    maxClass: { label: "capacityMaxClass", value: s.maxClass, format: FORMATS.integer },
    costPerHire: { label: "capacityCostPerHire", value: s.costPerHire, format: FORMATS.money },
    costPerFteWeek: { label: "capacityCostPerFteWeek", value: s.costPerFteWeek, format: FORMATS.money },
  };
  return (Object.keys(rows) as InputKey[])
    .filter((id) => audience === "planner" || !COST_INPUTS.includes(id))
    .map((id) => ({ id, ...rows[id] }));
}

/** "$B$17": an input's cell. */
function input(refs: Refs, key: InputKey): string {
  return refs.input("inputs", key);
}

// ---------------------------------------------------------------------------------------------
// Summary figures: live formulas for the planner, values for a client

interface Figure {
  id: string;
  label: LabelId;
  live: (refs: Refs) => string;
  built: BuiltValue;
  format: string;
  /** A cost: left out of a client's sheet. */
  cost?: boolean;
}

function figures(result: CapacityResult): Figure[] {
  const s = result.summary;
  const column = (refs: Refs, id: string) => refs.column("weeks", id);
  const whenCosted = (cost: InputKey, refs: Refs, amount: string) =>
    `=IF(ISBLANK(${input(refs, cost)}),"",${amount}*${input(refs, cost)})`;
  return [
    {
      id: "weeklyAttrition",
      label: "capacityWeeklyAttrition",
      live: (refs) =>
        `=WFM.ATTRITION_CONVERT(${input(refs, "attritionRate")},${input(refs, "attritionWeeks")},1,${input(refs, "attritionForm")})`,
      built: s.weeklyAttrition,
      format: CAPACITY_FORMATS.weeklyRate,
    },
    { id: "totalHires", label: "capacityTotalHires", live: (refs) => `=SUM(${column(refs, "hires")})`, built: s.totalHires, format: FORMATS.totalCalls },
    { id: "classes", label: "capacityClasses", live: (refs) => `=COUNTIF(${column(refs, "hires")},">0")`, built: s.classes, format: FORMATS.integer },
    {
      id: "firstCoverable",
      label: "capacityFirstCoverable",
      live: (refs) => `=1+${input(refs, "leadWeeks")}+${input(refs, "trainWeeks")}+${input(refs, "nestingWeeks")}`,
      built: s.firstCoverableWeek,
      format: FORMATS.integer,
    },
    {
      id: "weeksShort",
      label: "capacityWeeksShort",
      live: (refs) => `=SUMPRODUCT(--(${column(refs, "gap")}>${TOLERANCE}))`,
      built: s.uncoveredWeeks.length,
      format: FORMATS.integer,
    },
    {
      id: "fteWeeksShort",
      label: "capacityFteWeeksShort",
      live: (refs) => `=SUMPRODUCT((${column(refs, "gap")}>${TOLERANCE})*${column(refs, "gap")})`,
      built: s.fteWeeksShort,
      format: FORMATS.fte,
    },
    { id: "peakGap", label: "capacityPeakGap", live: (refs) => `=MAX(0,MAX(${column(refs, "gap")}))`, built: s.peakGap, format: FORMATS.fte },
    {
      id: "hiringCost",
      label: "capacityHiringCost",
      live: (refs) => whenCosted("costPerHire", refs, `SUM(${column(refs, "hires")})`),
      built: s.hiringCost,
      format: FORMATS.money,
      cost: true,
    },
    {
      id: "staffCost",
      label: "capacityStaffCost",
      live: (refs) =>
        whenCosted(
          "costPerFteWeek",
          refs,
          `(SUM(${column(refs, "training")})+SUM(${column(refs, "nesting")})+SUM(${column(refs, "productive")}))*${input(refs, "ftePerHead")}`,
        ),
      built: s.staffCost,
      format: FORMATS.money,
      cost: true,
    },
    {
      id: "totalCost",
      label: "capacityTotalCost",
      live: (refs) =>
        `=IF(AND(ISBLANK(${input(refs, "costPerHire")}),ISBLANK(${input(refs, "costPerFteWeek")})),"",SUM(${refs.line("summary", "hiringCost")},${refs.line("summary", "staffCost")}))`,
      built: s.totalCost,
      format: FORMATS.money,
      cost: true,
    },
  ];
}

function summarySection(result: CapacityResult, audience: Audience, words: Labeler): Section {
  if (audience === "planner") {
    return {
      kind: "summary",
      id: "summary",
      lines: figures(result).map(({ id, label: text, live, built, format }) => ({ id, label: text, live, built, format })),
    };
  }
  // A client copy names no add-in function (the values-only guard refuses "WFM." anywhere).
  const forClient = (figure: Figure): Figure =>
    figure.id === "weeklyAttrition" ? { ...figure, label: "capacityWeeklyAttritionClient" } : figure;
  return table<Figure>({
    id: "summary",
    rows: figures(result).filter((figure) => !figure.cost).map(forClient),
    columns: [
      { id: "label", label: "capacityFigure", format: FORMATS.general, cell: (figure) => textOf(figure.label, words) },
      { id: "value", label: "capacityValue", format: (figure) => figure.format, cell: (figure) => figure.built },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Weeks and months

/** A column the planner's sheet computes live and a client's holds as a value. */
function liveOrValue<R>(
  audience: Audience,
  column: { id: string; label: Text; format: string; live: (at: RowRefs) => string; built: (row: R) => BuiltValue },
): Column<R> {
  const { id, label: text, format, live, built } = column;
  if (audience === "client") return { id, label: text, format, cell: (row) => built(row) };
  return { id, label: text, format, cell: (_row, at) => formula(live(at)), built };
}

/** The model's cells in the plans' order: the team and its attrition, then how hires join. */
function modelArguments(refs: Refs): { team: string[]; joining: string[] } {
  const joining = (["trainWeeks", "nestingWeeks", "nestingProductivity", "graduationRate", "ftePerHead"] as const).map((key) =>
    input(refs, key),
  );
  return { team: [input(refs, "headcount"), refs.line("summary", "weeklyAttrition")], joining };
}

const PLAN_COLUMNS: { id: string; label: LabelId; format: string; built: (week: CapacityWeekRow) => number }[] = [
  { id: "effective", label: "columnEffectiveFte", format: FORMATS.fte, built: (w) => w.effectiveFte },
  { id: "gap", label: "columnGap", format: FORMATS.fte, built: (w) => w.gap },
  { id: "training", label: "columnInTraining", format: FORMATS.fte, built: (w) => w.headsInTraining },
  { id: "nesting", label: "columnNesting", format: FORMATS.fte, built: (w) => w.headsNesting },
  { id: "productive", label: "columnProductive", format: FORMATS.fte, built: (w) => w.productiveHeads },
  { id: "leavers", label: "columnLeavers", format: FORMATS.erlangs, built: (w) => w.leavers },
];

function weeksSection(result: CapacityResult, audience: Audience, words: Labeler): AnyTableSection {
  const mark = words.label("capacityShortMark");
  const planner = audience === "planner";
  const required = (at: RowRefs) => at.column("weeks", "required");
  // CAPACITY_PLAN takes the hires after the team; HIRING_PLAN ends with lead time and class limits.
  const capacityPlan = (at: RowRefs) => {
    const { team, joining } = modelArguments(at);
    return `=WFM.CAPACITY_PLAN(${[required(at), ...team, at.column("weeks", "hires"), ...joining].join(",")})`;
  };
  const hiringPlan = (at: RowRefs) => {
    const { team, joining } = modelArguments(at);
    const limits = [input(at, "leadWeeks"), input(at, "minClass"), at.optionalInput("inputs", "maxClass")];
    return `=WFM.HIRING_PLAN(${[required(at), ...team, ...joining, ...limits].join(",")})`;
  };
  const planColumns: Column<CapacityWeekRow>[] = planner
    ? spilled<CapacityWeekRow>({ formula: capacityPlan, columns: PLAN_COLUMNS })
    : PLAN_COLUMNS.map(({ id, label: text, format, built }) => ({ id, label: text, format, cell: (w: CapacityWeekRow) => built(w) }));
  return table<CapacityWeekRow>({
    id: "weeks",
    caption: planner ? "capacityWeeksCaption" : "capacityClientWeeksCaption",
    rows: result.weeks,
    highlight: planner ? (at) => `=${at.fixedColumn("short")}<>""` : undefined,
    columns: [
      { id: "week", label: "columnWeek", format: FORMATS.integer, cell: (w) => w.week },
      { id: "weekStart", label: "columnWeekStart", format: words.label("dayFormat"), cell: (w) => w.weekStart },
      { id: "required", label: "columnRequiredFte", format: FORMATS.fte, cell: (w) => w.requiredFte },
      // Weeks without a class stay blank (WFM.CAPACITY_PLAN reads a blank as none), for typing into.
      { id: "hires", label: "columnHires", format: CAPACITY_FORMATS.hires, cell: (w) => (w.hires === 0 ? null : w.hires) },
      ...(planner
        ? spilled<CapacityWeekRow>({
            formula: hiringPlan,
            columns: [{ id: "suggested", label: "columnSuggestedHires", format: CAPACITY_FORMATS.suggested, built: (w) => w.suggestedHires }],
          })
        : []),
      ...planColumns,
      liveOrValue<CapacityWeekRow>(audience, {
        id: "short",
        label: "columnShort",
        format: FORMATS.general,
        live: (at) => `=IF(${at.cell("gap")}>${TOLERANCE},"${mark.replace(/"/g, '""')}","")`,
        built: (w) => (w.short ? mark : ""),
      }),
    ],
  });
}

function monthsSection(result: CapacityResult, audience: Audience, words: Labeler): AnyTableSection {
  return table<MonthHires>({
    id: "months",
    caption: "capacityMonthsCaption",
    rows: result.months,
    columns: [
      { id: "month", label: "columnMonth", format: words.label("monthFormat"), cell: (m) => m.monthStart },
      liveOrValue<MonthHires>(audience, {
        id: "hires",
        label: "columnHires",
        format: FORMATS.totalCalls,
        live: (at) => {
          const starts = at.column("weeks", "weekStart");
          return `=SUMIFS(${at.column("weeks", "hires")},${starts},">="&${at.cell("month")},${starts},"<"&EDATE(${at.cell("month")},1))`;
        },
        built: (m) => m.hires,
      }),
    ],
  });
}

/** Where the required FTE came from, in words for the note (English unless `words` says otherwise). */
export function originText(origin: RequiredFteOrigin, words: Labeler = labelsFor()): string {
  const shown = (value: number | null, digits = 6) => (value === null ? "" : words.number(Number(value.toPrecision(digits))));
  if (origin.kind === "column") return words.label("capacityOriginColumn", { column: origin.column ?? "" });
  const common = { scenario: origin.scenarioName ?? "", forecast: origin.forecast ?? "", paidHours: shown(origin.paidHoursPerFteWeek) };
  if (origin.column !== null) return words.label("capacityOriginVolumes", { ...common, column: origin.column });
  return words.label("capacityOriginGrowth", {
    ...common,
    calls: shown(origin.weeklyCalls?.[0] ?? origin.patternWeeklyCalls, 8),
    growth: shown((origin.weeklyGrowth ?? 0) * 100),
  });
}

function declareCapacitySheet(input: CapacityLayoutInput, audience: Audience): LaidOutSheet {
  const { scenario, result, origin, builtAt } = input;
  const L = labelsFor(input.language);
  const note =
    audience === "planner"
      ? L.label("capacityNote", { origin: originText(origin, L), date: L.dateTime(builtAt) })
      : L.label("capacityClientNote", { origin: originText(origin, L), date: L.date(builtAt) });
  return layOutSheet({
    title: titled(L.label("capacityTitle", { scenario: scenario.name }), note),
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      summarySection(result, audience, L),
      { kind: "inputs", id: "inputs", heading: "capacityInputsHeading", rows: inputRows(scenario, audience, L) },
      monthsSection(result, audience, L),
      weeksSection(result, audience, L),
    ],
    charts: [
      {
        type: "Line",
        title: "capacityChartTitle",
        table: "weeks",
        series: ["required", "effective"],
        secondary: { type: "ColumnClustered", series: ["hires"] },
        categories: ["weekStart"],
      },
    ],
  });
}

/** The planner's capacity plan sheet: live WFM formulas, costs, the suggested hiring plan. */
export function capacitySheet(input: CapacityLayoutInput): LaidOutSheet {
  return declareCapacitySheet(input, "planner");
}

/**
 * The capacity plan as a client copy holds it: every cell a value (the numbers as built), no
 * cost lines or cost inputs, no live hiring-plan column, no conditional format. For the client
 * copy (values only, no costs) when the director chooses to include the capacity plan.
 */
export function capacityClientSheet(input: CapacityLayoutInput): LaidOutSheet {
  return declareCapacitySheet(input, "client");
}

export function capacityClientSheetSpec(input: CapacityLayoutInput): SheetSpec {
  return capacityClientSheet(input).spec;
}

// ---------------------------------------------------------------------------------------------
// Comparison

export interface CapacityComparisonLayoutInput {
  comparison: CapacityComparison;
  builtAt: Date;
  /** The sheet's language; English when left out. */
  language?: Language;
}

type ComparedField = keyof CapacityComparison["differences"][number];

const COMPARED: TotalsRow<ComparedField>[] = [
  { field: "totalHires", label: "capacityTotalHires", format: FORMATS.totalCalls },
  { field: "uncoveredWeeks", label: "capacityWeeksShort", format: FORMATS.integer },
  { field: "fteWeeksShort", label: "capacityFteWeeksShort", format: FORMATS.fte },
  { field: "peakGap", label: "capacityPeakGap", format: FORMATS.fte },
  { field: "totalCost", label: "capacityTotalCost", format: FORMATS.money },
];

export function capacityComparisonSheet(input: CapacityComparisonLayoutInput): LaidOutSheet {
  const { comparison, builtAt } = input;
  const L = labelsFor(input.language);
  const names = comparison.scenarios.map((s) => s.name);
  const headers = distinctHeaders(names, [L.label("columnWeek"), L.label("capacityComparisonTotals")]);
  const scenarioColumn = (i: number) => `s${i}`;
  const totals = totalsTable({
    heading: "capacityComparisonTotals",
    rows: COMPARED,
    names,
    headers,
    totals: comparison.totals,
    differences: comparison.differences,
    optional: "totalCost",
    words: L,
  });
  const byWeek = (id: string, caption: LabelId, pick: (week: CapacityComparison["weeks"][number]) => (number | null)[], format: string) =>
    table<CapacityComparison["weeks"][number]>({
      id,
      caption,
      rows: comparison.weeks,
      columns: [
        { id: "week", label: "columnWeek", format: FORMATS.integer, cell: (row) => row.week },
        ...headers.map(
          (header, i): Column<CapacityComparison["weeks"][number]> => ({
            id: scenarioColumn(i),
            label: { text: header },
            format,
            cell: (row) => pick(row)[i],
          }),
        ),
      ],
    });
  return layOutSheet({
    title: titled(L.label("capacityComparisonTitle"), L.label("capacityComparisonNote", { date: L.dateTime(builtAt) })),
    labelColumnWidth: LABEL_COLUMN_WIDTH,
    labels: L,
    sections: [
      totals,
      byWeek("hires", "capacityComparisonHires", (row) => row.hires, CAPACITY_FORMATS.hires),
      byWeek("gaps", "capacityComparisonGaps", (row) => row.gap, FORMATS.fte),
    ],
    charts: [
      {
        type: "ColumnClustered",
        title: "capacityComparisonChartTitle",
        table: "hires",
        series: comparison.scenarios.map((_, i) => scenarioColumn(i)),
        categories: ["week"],
      },
    ],
  });
}

export function capacityComparisonSheetSpec(input: CapacityComparisonLayoutInput): SheetSpec {
  return capacityComparisonSheet(input).spec;
}
