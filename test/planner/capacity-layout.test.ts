/**
 * The capacity sheets: the planner's "Capacity plan" (live WFM.CAPACITY_PLAN over a hires column
 * pre-filled with WFM.HIRING_PLAN's classes, a summary, hires by month, a combo chart), its client
 * copy (values only, no costs) and the comparison of capacity plans.
 *
 * Every live cell, spilled ones included, is evaluated by the formula engine with the BUILT
 * WFM.* functions (test/support/formula-engine.ts) and must equal the planner's number, with
 * blanks reaching the functions as blanks and as 0. Needs `npm run build` first.
 */
import { computeCapacity } from "../../src/planner/capacity";
import {
  capacityClientSheet,
  capacityClientSheetSpec,
  capacityComparisonSheet,
  capacitySheet,
  originText,
  type CapacityLayoutInput,
} from "../../src/planner/capacity-layout";
import { applyCapacityChanges, compareCapacity, newCapacityScenario } from "../../src/planner/capacity-scenarios";
import { clientSafetyProblems } from "../../src/planner/client-safe";
import type { CapacityScenario, CapacitySettings, RequiredFteOrigin } from "../../src/planner/capacity-types";
import { labels, labelTable } from "../../src/planner/labels";
import type { LaidOutSheet, SheetSpec } from "../../src/planner/sheet";
import { fromSample, SETTINGS } from "../support/capacity-fixtures";
import { evaluate, expectLiveCellsAgree } from "../support/formula-engine";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

jest.setTimeout(60_000);

/** A new account (no team yet) over two years of a seasonal requirement, turnover 80% a year, no costs, no class limit. */
function newAccount(): CapacityLayoutInput {
  const settings: CapacitySettings = {
    ...SETTINGS,
    headcount: 0,
    attrition: { rate: 0.8, period: "year", figure: "turnover" },
    maxClass: null,
    minClass: 1,
    costPerHire: null,
    costPerFteWeek: null,
  };
  const required = Array.from({ length: 104 }, (_, i) => 150 + 40 * Math.sin((2 * Math.PI * i) / 52));
  const scenario = newCapacityScenario("New account", { kind: "column", address: "Staffing!D2:D105" }, MONDAY_2025_03_03, settings);
  const origin: RequiredFteOrigin = {
    kind: "column",
    scenarioName: null,
    forecast: null,
    column: "Staffing!D2:D105",
    patternWeeklyCalls: null,
    weeklyCalls: null,
    weeklyGrowth: null,
    paidHoursPerFteWeek: null,
  };
  return { scenario, result: computeCapacity(required, settings, scenario.firstWeek), origin, builtAt: new Date(0) };
}

/** Every cell a laid-out spec writes, by address. */
function cellsOf(spec: SheetSpec): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const block of spec.blocks) {
    const [first] = block.address.split(":");
    const match = /^([A-Z]+)(\d+)$/.exec(first) as RegExpExecArray;
    const left = match[1].charCodeAt(0) - 64;
    block.cells.forEach((row, r) => row.forEach((cell, c) => cells.set(`${String.fromCharCode(64 + left + c)}${Number(match[2]) + r}`, cell)));
  }
  return cells;
}

describe("the planner's capacity plan sheet", () => {
  test("one WFM.HIRING_PLAN and one WFM.CAPACITY_PLAN formula, spilled down blank cells beside the hires values", () => {
    const input = fromSample();
    const laid = capacitySheet(input);
    const at = laid.placement.weeks;
    const cells = cellsOf(laid.spec);
    const c = at.columns;
    const first = at.firstRow;
    const inputCell = (id: string) => `$B$${laid.placement.inputs.rowsById[id]}`;
    const weekly = `$B$${laid.placement.summary.rowsById.weeklyAttrition}`;
    const column = (id: string) => `$${c[id]}$${first}:$${c[id]}$${at.lastRow}`;
    const model = ["trainWeeks", "nestingWeeks", "nestingProductivity", "graduationRate", "ftePerHead"].map(inputCell).join(",");
    expect(cells.get(`${c.suggested}${first}`)).toBe(
      `=WFM.HIRING_PLAN(${column("required")},${inputCell("headcount")},${weekly},${model},${inputCell("leadWeeks")},${inputCell("minClass")},IF(ISBLANK(${inputCell("maxClass")}),"",${inputCell("maxClass")}))`,
    );
    expect(cells.get(`${c.effective}${first}`)).toBe(
      `=WFM.CAPACITY_PLAN(${column("required")},${inputCell("headcount")},${weekly},${column("hires")},${model})`,
    );
    expect(cells.get(`B${laid.placement.summary.rowsById.weeklyAttrition}`)).toBe(
      `=WFM.ATTRITION_CONVERT(${inputCell("attritionRate")},${inputCell("attritionWeeks")},1,${inputCell("attritionForm")})`,
    );
    // The spill areas are blank, or Excel would show #SPILL!.
    for (const id of ["suggested", "effective", "gap", "training", "nesting", "productive", "leavers"]) {
      for (let row = first; row <= at.lastRow; row++) {
        if (row === first && (id === "suggested" || id === "effective")) continue;
        expect([id, row, cells.get(`${c[id]}${row}`)]).toEqual([id, row, null]);
      }
    }
    // The hires are values the person may type over: the hiring plan's classes, blank in weeks without one.
    const hires = input.result.weeks.map((_w, i) => cells.get(`${c.hires}${first + i}`));
    expect(hires).toEqual(input.result.weeks.map((w) => (w.hires === 0 ? null : w.hires)));
    expect(input.result.summary.totalHires).toBeGreaterThan(0);
    // Spills cannot live in an Excel table.
    expect(laid.spec.tables).toEqual([]);
    expect(laid.spec.highlights).toEqual([{ address: `A${first}:${c.short}${at.lastRow}`, formula: `=$${c.short}${first}<>""`, fillColor: "#FFC7CE", fontColor: "#9C0006" }]);
  });

  test("a combo chart: required and effective FTE as lines, class starts as columns on a second axis", () => {
    const laid = capacitySheet(fromSample());
    const at = laid.placement.weeks;
    const c = at.columns;
    expect(laid.spec.charts).toEqual([
      {
        type: "Line",
        title: labels.capacityChartTitle,
        dataAddress: `${c.required}${at.headerRow}:${c.required}${at.lastRow}`,
        categoriesAddress: `${c.weekStart}${at.firstRow}:${c.weekStart}${at.lastRow}`,
        extraSeries: [
          { name: labels.columnEffectiveFte, valuesAddress: `${c.effective}${at.firstRow}:${c.effective}${at.lastRow}` },
          {
            name: labels.columnHires,
            valuesAddress: `${c.hires}${at.firstRow}:${c.hires}${at.lastRow}`,
            chartType: "ColumnClustered",
            secondaryAxis: true,
          },
        ],
        topLeft: expect.stringMatching(/^[A-Z]+4$/),
        bottomRight: expect.stringMatching(/^[A-Z]+24$/),
      },
    ]);
  });

  test("the note says where the required FTE came from", () => {
    expect(originText(fromSample().origin)).toMatch(
      /^scenario “Base” \(forecast 'Sample forecast'!A2:C49\) staffed week by week at [\d.]+ calls in week 1, growing 1% a week, at 37\.5 paid hours/,
    );
    expect(originText(newAccount().origin)).toBe("the column Staffing!D2:D105");
  });

  test.each([
    ["the sample forecast growing 1% a week, a share leaving each month, classes of 3 to 8, costed", fromSample],
    ["a new account over 104 weeks, turnover 80% a year, no class limit, no costs", newAccount],
  ])("%s: every live cell, spilled ones included, equals the planner's number", (_name, make) => {
    const laid = capacitySheet(make());
    // The spilled cells are checked too: 7 columns of weeks beyond the formulas themselves.
    expect(laid.expected.length).toBeGreaterThan(7 * laid.placement.weeks.lastRow - 7 * laid.placement.weeks.firstRow);
    expectLiveCellsAgree(laid, []);
  });

  test("the person's own class dates typed over the hires: the live plan follows them, and the suggestion stays", () => {
    const input = fromSample();
    const laid = capacitySheet(input);
    const at = laid.placement.weeks;
    const own = input.result.weeks.map(() => 0);
    own[0] = 12;
    own[9] = 6;
    const edited: LaidOutSheet["spec"] = {
      ...laid.spec,
      blocks: [
        ...laid.spec.blocks,
        { address: `${at.columns.hires}${at.firstRow}:${at.columns.hires}${at.lastRow}`, cells: own.map((h) => [h === 0 ? null : h]) },
      ],
    };
    const mine = computeCapacity(input.result.weeks.map((w) => w.requiredFte), input.scenario.settings, input.scenario.firstWeek, own);
    const book = evaluate([{ name: "Capacity", spec: edited }]);
    try {
      mine.weeks.forEach((week, i) => {
        const row = at.firstRow + i;
        expect(book.value("Capacity", `${at.columns.gap}${row}`)).toBeCloseTo(week.gap, 9);
        expect(book.value("Capacity", `${at.columns.suggested}${row}`)).toBe(input.result.weeks[i].suggestedHires);
      });
      expect(book.value("Capacity", `B${laid.placement.summary.rowsById.totalHires}`)).toBe(18);
      expect(book.value("Capacity", `B${laid.placement.summary.rowsById.weeksShort}`)).toBe(mine.summary.uncoveredWeeks.length);
    } finally {
      book.destroy();
    }
  });
});

describe("the capacity plan in a client copy", () => {
  test("values only, no costs: no formula, no cost line or input, no live hiring plan, no conditional format", () => {
    const input = fromSample();
    const spec = capacityClientSheetSpec(input);
    const written = spec.blocks.flatMap((block) => block.cells.flat());
    expect(written.filter((cell) => typeof cell === "string" && cell.startsWith("="))).toEqual([]);
    const costWords: string[] = [labels.capacityHiringCost, labels.capacityStaffCost, labels.capacityTotalCost, labels.capacityCostPerHire, labels.capacityCostPerFteWeek];
    expect(written.filter((cell) => costWords.includes(cell as string))).toEqual([]);
    expect(written.some((cell) => typeof cell === "string" && /cost/i.test(cell))).toBe(false);
    // The cost figures themselves appear nowhere either.
    const s = input.result.summary;
    expect(written).not.toContain(s.hiringCost);
    expect(written).not.toContain(s.staffCost);
    expect(written).not.toContain(input.scenario.settings.costPerFteWeek);
    expect(written).not.toContain(labels.columnSuggestedHires);
    expect(spec.highlights).toEqual([]);
    expect(spec.tables).toEqual([]);
    expect(spec.charts).toHaveLength(1);
    // The client copy's own guard: no formula, no formula-like text, no "WFM." anywhere, finite numbers.
    expect(clientSafetyProblems(spec, "Capacity plan - Growth 1%")).toEqual([]);
    expect(clientSafetyProblems(capacityClientSheetSpec(newAccount()))).toEqual([]);
  });

  test("it holds the planner's numbers: every week and the summary as built", () => {
    const input = fromSample();
    const client = capacityClientSheet(input);
    const cells = cellsOf(client.spec);
    const at = client.placement.weeks;
    input.result.weeks.forEach((week, i) => {
      const row = at.firstRow + i;
      expect(cells.get(`${at.columns.effective}${row}`)).toBe(week.effectiveFte);
      expect(cells.get(`${at.columns.gap}${row}`)).toBe(week.gap);
      expect(cells.get(`${at.columns.short}${row}`)).toBe(week.short ? labels.capacityShortMark : null);
    });
    const summary = client.placement.summary;
    expect(cells.get(`B${summary.firstRow + 1}`)).toBe(input.result.summary.totalHires);
    expect(client.expected).toEqual([]);
  });
});

describe("capacity plans compared", () => {
  test("totals side by side with live differences from the first, and hires and gaps by week", () => {
    const base = fromSample();
    const variant: CapacityScenario = applyCapacityChanges(base.scenario, { name: "Attrition +5, training 6", attritionChange: 0.05, trainWeeks: 6 });
    const required = base.result.weeks.map((w) => w.requiredFte);
    const items = [
      { scenario: base.scenario, result: base.result },
      { scenario: variant, result: computeCapacity(required, variant.settings, variant.firstWeek) },
    ];
    const laid = capacityComparisonSheet({ comparison: compareCapacity(items), builtAt: new Date(0) });
    expect(laid.placement.totals.rowsById).toEqual({});
    expect(laid.placement.hires.lastRow - laid.placement.hires.firstRow + 1).toBe(26);
    expect(laid.spec.charts[0]).toMatchObject({ type: "ColumnClustered" });
    expectLiveCellsAgree(laid, []);
  });
});

describe("the capacity sheets in Estonian and Portuguese", () => {
  const formulasOf = (spec: SheetSpec) =>
    new Map([...cellsOf(spec)].filter(([, cell]) => typeof cell === "string" && cell.startsWith("=")) as [string, string][]);
  const textsOf = (spec: SheetSpec) => JSON.stringify(spec.blocks.map((block) => block.cells));
  const formatsOf = (spec: SheetSpec) => spec.blocks.flatMap((block) => block.numberFormats?.flat() ?? []);

  test("an Estonian plan: title, note (its numbers and date too), headers, formats and chart in Estonian", () => {
    const laid = capacitySheet({ ...fromSample(), language: "et" });
    const et = labelTable("et");
    expect(laid.spec.blocks[0].cells[0][0]).toMatch(/^'?Mahuplaan: Growth 1%$/);
    expect(laid.spec.blocks[1].cells[0][0]).toMatch(
      /^'?Vajalik täistööaja ekvivalent \(FTE\): stsenaarium „Base“ \(prognoos 'Sample forecast'!A2:C49\), mehitatud nädalate kaupa: 1\. nädalal [\d,]+ kõnet, kasv 1% nädalas, 37,5 tasustatud tundi .* Koostas WFM-lisandmoodul 20\.02\.2025 09:30 UTC\./,
    );
    for (const id of ["summaryHeading", "capacityInputsHeading", "capacityMonthsCaption", "columnWeek", "columnRequiredFte", "columnHires", "columnLeavers"] as const) {
      expect([id, textsOf(laid.spec).includes(JSON.stringify(et[id]).slice(1, -1))]).toEqual([id, true]);
    }
    expect(formatsOf(laid.spec)).toEqual(expect.arrayContaining(["[$-425]ddd dd.mm.yyyy", "mm.yyyy", et.capacityAttritionFormFormat]));
    expect(formatsOf(laid.spec)).not.toContain("yyyy-mm");
    expect(laid.spec.charts[0].title).toBe(et.capacityChartTitle);
    expect(laid.spec.charts[0].extraSeries.map((series) => series.name)).toEqual([et.columnEffectiveFte, et.columnHires]);
  });

  test.each(["et", "pt-BR", "pt-PT"] as const)("in %s the formulas are the English ones but for the words of the short mark", (language) => {
    const english = capacitySheet(fromSample());
    const translated = capacitySheet({ ...fromSample(), language });
    const mark = (text: string) => `"${text}"`;
    const expected = new Map(
      [...formulasOf(english.spec)].map(([address, formula]) => [
        address,
        formula.replace(mark(labels.capacityShortMark), mark(labelTable(language).capacityShortMark as string)),
      ]),
    );
    expect(formulasOf(translated.spec)).toEqual(expected);
    const shortMark = labelTable(language).capacityShortMark;
    expect(translated.expected).toEqual(
      english.expected.map((cell) => (cell.value === labels.capacityShortMark ? { ...cell, value: shortMark } : cell)),
    );
    expect(translated.placement).toEqual(english.placement);
    const compare = (built: CapacityLayoutInput["language"]) => {
      const base = fromSample();
      const variant = applyCapacityChanges(base.scenario, { name: "Attrition +5", attritionChange: 0.05 });
      const items = [
        { scenario: base.scenario, result: base.result },
        { scenario: variant, result: computeCapacity(base.result.weeks.map((w) => w.requiredFte), variant.settings, variant.firstWeek) },
      ];
      return capacityComparisonSheet({ comparison: compareCapacity(items), builtAt: new Date(0), language: built });
    };
    expect(formulasOf(compare(language).spec)).toEqual(formulasOf(compare("en").spec));
    expect(compare(language).spec.blocks[0].cells[0][0]).toBe(labelTable(language).capacityComparisonTitle);
  });

  test("a client's copy in Brazilian Portuguese is still values only, names no add-in function, and dates its note the Brazilian way", () => {
    const spec = capacityClientSheetSpec({ ...fromSample(), language: "pt-BR" });
    expect(clientSafetyProblems(spec, "Capacidade - Growth 1%")).toEqual([]);
    expect(textsOf(spec)).not.toMatch(/WFM\./);
    expect(spec.blocks[1].cells[0][0]).toMatch(/Números conforme planejados em 20\/02\/2025\.$/);
    expect(textsOf(spec)).toContain(labelTable("pt-BR").capacityShortMark as string);
    expect(formatsOf(spec)).toEqual(expect.arrayContaining(["[$-416]ddd dd/mm/yyyy", "mm/yyyy"]));
  });
});
