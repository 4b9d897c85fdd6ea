/**
 * Team metrics: reading the table (headers in three languages, every cell checked), the weekly
 * figures and red/amber/green statuses worked out by hand, the targets typed in the pane and
 * stored in the workbook (read in the workbook's culture, an ambiguous "1.000" asked about), and
 * the Team metrics sheet's live cells against the planner's numbers, in every language.
 */
import { parseTeamMetrics, measureTeam, defaultTeamTargets, parseTeamTargetInputs, teamTargetsToInputs, fromStoredTeamTargets, toStoredTeamTargets, statusOf, type TeamReading, type TeamReport } from "../../src/planner/team";
import { labelsFor } from "../../src/planner/labels";
import { UNKNOWN_CULTURE } from "../../src/planner/numbers";
import { teamSheet } from "../../src/planner/team-sheet";
import { sampleTeamWeeks } from "../../src/planner/sample-actuals";
import type { CellGrid } from "../../src/planner/types";
import { expectLiveCellsAgree } from "../support/formula-engine";
import { MONDAY_2025_03_03 } from "../support/planner-fixtures";

jest.setTimeout(60_000);

const MON = MONDAY_2025_03_03;

function read(values: unknown[][], options: Parameters<typeof parseTeamMetrics>[1] = {}): TeamReading {
  const grid: CellGrid = { sheetName: "Team", tableName: null, topRow: 1, leftColumn: 1, values };
  return parseTeamMetrics(grid, options);
}

const HEADERS = ["Week starting", "Scheduled hours", "Worked hours", "Quality score", "Evaluations", "Complaints", "Contacts handled", "Leavers"];
const TWO_WEEKS = [HEADERS, [MON, 1000, 960, 0.9, 40, 5, 10000, 1], [MON + 7, 1000, 900, 0.8, 10, 12, 8000, 3]];

function measured(reading: TeamReading, answered: Map<number, number> | null = null): TeamReport {
  expect(reading.problems).toEqual([]);
  const result = measureTeam(reading, defaultTeamTargets(), answered);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

describe("reading a team table", () => {
  test.each([
    ["English", HEADERS],
    ["Estonian", ["Nädala algus", "Graafiku tunnid", "Töötatud tunnid", "Kvaliteedihinne", "Hindamised", "Kaebused", "Käsitletud kontaktid", "Lahkunud"]],
    ["Portuguese", ["Semana", "Horas escaladas", "Horas trabalhadas", "Nota de qualidade", "Avaliações", "Reclamações", "Contatos atendidos", "Desligamentos"]],
  ])("%s headers", (_language, headers) => {
    const reading = read([headers, ...TWO_WEEKS.slice(1)]);
    expect(reading.problems).toEqual([]);
    expect(reading.mapping).toEqual({
      period: 0,
      scheduledHours: 1,
      workedHours: 2,
      qualityScore: 3,
      evaluations: 4,
      complaints: 5,
      contactsHandled: 6,
      leavers: 7,
    });
    expect(reading.granularity).toBe("week");
  });

  test("every cell is checked; a quality score in points is read as a percent", () => {
    const reading = read([
      HEADERS,
      [MON, 1000, 960, 90, 40, 5, 10000, 1],
      [MON + 1, "n/a", 900, 80, 10, -2, 8000, ""],
      ["last week", 10, 9, 101, 1, 0, 1, 0],
      [MON, 10, 9, 85, 1, 0, 1, 0],
    ]);
    expect(reading.qualityScale).toBe("points");
    expect(reading.problems).toEqual([
      { code: "textInNumberColumn", cell: "Team!B3", column: "scheduledHours", value: "n/a" },
      { code: "negativeValue", cell: "Team!F3", column: "complaints", value: -2 },
      { code: "missingValue", cell: "Team!H3", column: "leavers" },
      { code: "notADate", cell: "Team!A4", value: "last week" },
      { code: "notAPercent", cell: "Team!D4", column: "qualityScore", value: 101, points: true },
      { code: "repeatedPeriod", cell: "Team!A5", first: "Team!A2" },
    ]);
    expect(reading.rows.map((row) => row.qualityScore)).toEqual([0.9]);
  });

  test("a table of days is recognised as days", () => {
    expect(read([["Date", "Scheduled hours", "Worked hours"], [MON, 8, 8], [MON + 1, 8, 7]]).granularity).toBe("day");
  });
});

describe("weekly figures and statuses, by hand", () => {
  const report = measured(read(TWO_WEEKS));

  test("each week against its targets", () => {
    expect(report.weeks.map((w) => w.metrics)).toEqual([
      { attendance: 0.96, absenteeism: 1 - 0.96, quality: 0.9, evaluations: 40, complaintsPer1000: 0.5, leavers: 1 },
      { attendance: 0.9, absenteeism: 1 - 0.9, quality: 0.8, evaluations: 10, complaintsPer1000: 1.5, leavers: 3 },
    ]);
    const t = defaultTeamTargets();
    expect(report.weeks.map((w) => report.metrics.map((m) => statusOf(m, w.metrics[m] as number, t[m])))).toEqual([
      ["green", "green", "green", "green", "green", "green"],
      ["red", "red", "amber", "red", "red", "red"],
    ]);
  });

  test("the whole period: ratios of totals, counts per week", () => {
    expect(report.overall.attendance).toBeCloseTo(0.93, 15);
    expect(report.overall.absenteeism).toBeCloseTo(0.07, 15);
    expect(report.overall.quality).toBeCloseTo(44 / 50, 15);
    expect(report.overall.evaluations).toBe(25);
    expect(report.overall.complaintsPer1000).toBeCloseTo((17 / 18000) * 1000, 15);
    expect(report.overall.leavers).toBe(2);
  });

  test("complaints need contacts: a column, or the calls answered in the actuals", () => {
    const noContacts = read([["Week", "Scheduled hours", "Worked hours", "Complaints"], [MON, 100, 95, 3]]);
    expect(measureTeam(noContacts, defaultTeamTargets())).toEqual({ ok: false, problems: [{ code: "contactsNeeded" }] });
    const answered = new Map([
      [MON, 1000],
      [MON + 4, 500],
      [MON + 7, 9999],
    ]);
    const report = measured(noContacts, answered);
    expect(report.contactsFromActuals).toEqual([1500]);
    expect(report.overall.complaintsPer1000).toBeCloseTo(2, 15);
  });
});

describe("targets", () => {
  test("typed in the pane: percents in any form, amber on the far side of the target", () => {
    const inputs = teamTargetsToInputs(defaultTeamTargets(), ",");
    expect(inputs["attendance.target"]).toBe("95");
    expect(inputs["complaintsPer1000.target"]).toBe("0,8");
    expect(parseTeamTargetInputs(inputs)).toEqual({ targets: defaultTeamTargets(), problems: [] });
    const typed = parseTeamTargetInputs({ ...inputs, "attendance.target": "96%", "quality.amber": "0,9", "leavers.target": "lots", "evaluations.amber": "" });
    expect(typed.targets).toBeNull();
    expect(typed.problems).toEqual([
      { field: "evaluations.amber", code: "required" },
      { field: "leavers.target", code: "notANumber", value: "lots" },
      { field: "quality.amber", code: "amberWrongSide", higherIsBetter: true },
    ]);
  });

  test("read in the workbook's culture: a group the culture uses is read, an ambiguous one is asked about", () => {
    const inputs = teamTargetsToInputs(defaultTeamTargets(), ",");
    const brazil = { decimalSeparator: ",", groupSeparator: "." };
    const grouped = parseTeamTargetInputs({ ...inputs, "evaluations.target": "1.000", "evaluations.amber": "900" }, brazil);
    expect(grouped.problems).toEqual([]);
    expect(grouped.targets?.evaluations).toEqual({ target: 1000, amber: 900 });
    const asked = parseTeamTargetInputs({ ...inputs, "leavers.target": "1.000" }, UNKNOWN_CULTURE);
    expect(asked.targets).toBeNull();
    expect(asked.problems).toEqual([{ field: "leavers.target", code: "ambiguousNumber", value: "1.000", grouped: 1000, decimal: 1 }]);
    // A three-decimal target is shown so that no culture can read it as thousands.
    expect(teamTargetsToInputs({ ...defaultTeamTargets(), complaintsPer1000: { target: 1.125, amber: 2 } }, ",")["complaintsPer1000.target"]).toBe("1,1250");
  });

  test("stored in the workbook and checked field by field when read back", () => {
    const stored = JSON.stringify(toStoredTeamTargets(defaultTeamTargets()));
    expect(fromStoredTeamTargets(stored)).toEqual(defaultTeamTargets());
    expect(fromStoredTeamTargets(JSON.parse(stored))).toEqual(defaultTeamTargets());
    const tampered = JSON.parse(stored);
    tampered.targets.attendance.target = "=WEBSERVICE(1)";
    expect(fromStoredTeamTargets(tampered)).toBeNull();
    tampered.targets.attendance.target = 95; // percent points where a fraction belongs
    expect(fromStoredTeamTargets(tampered)).toBeNull();
    expect(fromStoredTeamTargets("{not json")).toBeNull();
    expect(fromStoredTeamTargets({ targets: { attendance: { target: 0.9, amber: 0.8 } } })).toBeNull();
  });
});

describe("the Team metrics sheet's live cells equal the planner's numbers", () => {
  test("the sample's nine weeks", () => {
    const values = [HEADERS, ...sampleTeamWeeks().map((w) => [w.weekStart, w.scheduledHours, w.workedHours, w.qualityScore, w.evaluations, w.complaints, w.contactsHandled, w.leavers])];
    const laid = teamSheet({ report: measured(read(values)), source: "Team!A1:H10", actualsSource: null, builtAt: new Date(0) });
    expectLiveCellsAgree(laid, []);
    expect(laid.spec.charts.map((c) => c.title)).toEqual(["Attendance, absenteeism and quality by week", "Complaints per 1,000 contacts handled by week"]);
    expect(laid.spec.highlights.length).toBeGreaterThan(3);
  });

  test.each(["et", "pt-BR", "pt-PT"] as const)("the sample's weeks in %s: live cells agree, statuses and titles in the language", (language) => {
    const values = [HEADERS, ...sampleTeamWeeks().map((w) => [w.weekStart, w.scheduledHours, w.workedHours, w.qualityScore, w.evaluations, w.complaints, w.contactsHandled, w.leavers])];
    const laid = teamSheet({ report: measured(read(values)), source: "Team!A1:H10", actualsSource: null, builtAt: new Date(0), language });
    expectLiveCellsAgree(laid, []);
    const L = labelsFor(language);
    expect(laid.spec.charts.map((c) => c.title)).toEqual([L.label("teamTrendTitle"), L.label("teamComplaintsTitle")]);
    const english = teamSheet({ report: measured(read(values)), source: "Team!A1:H10", actualsSource: null, builtAt: new Date(0) });
    const statusWords = (text: string) =>
      (["ragGreen", "ragAmber", "ragRed"] as const).reduce((t, id) => t.split(`"${labelsFor().label(id)}"`).join(`"${L.label(id)}"`), text);
    expect(laid.spec.highlights.map((h) => h.formula)).toEqual(english.spec.highlights.map((h) => statusWords(h.formula)));
    const weeks = sampleTeamWeeks();
    // Kept text by an apostrophe: it holds dates.
    expect(laid.spec.blocks[0].cells[0][0]).toBe(`'${L.label("teamTitle", { first: L.date(weeks[0].weekStart), last: L.date(weeks[weeks.length - 1].weekStart + 6) })}`);
  });

  test("a table of days, summed into calendar weeks, with contacts from the actuals and unweighted quality", () => {
    const days = [["Date", "Scheduled hours", "Worked hours", "Quality", "Complaints", "Leavers"]];
    for (let d = 0; d < 12; d++) {
      if (d % 7 >= 5) continue;
      days.push([MON + d, 80 + d, 72 + d * 0.5, 0.8 + d / 100, d % 3, d === 9 ? 1 : 0] as never);
    }
    const answered = new Map(Array.from({ length: 12 }, (_, d) => [MON + d, 900 + 10 * d] as [number, number]));
    const report = measured(read(days), answered);
    expect(report.granularity).toBe("day");
    expect(report.weeks.map((w) => w.rows.length)).toEqual([5, 5]);
    const laid = teamSheet({ report, source: "Team!A1:F11", actualsSource: "ACD!A1:L1009", builtAt: new Date(0) });
    expectLiveCellsAgree(laid, []);
    expect(laid.placement.days).toBeDefined();
  });
});
