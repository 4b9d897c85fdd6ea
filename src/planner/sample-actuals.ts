/**
 * Sample actuals: a month of half-hour ACD intervals that follow the sample forecast's weekday
 * (sample.ts), as an ACD export holds them, and nine weeks of team metrics. Deterministic (a
 * fixed month, no randomness), so tests, screenshots and demos agree.
 *
 * The month is March 2025, Monday to Friday (21 days × 48 half-hours). What happened, so the
 * report has something to explain:
 * - volume: Mondays busier, Fridays quieter, each interval within ±8% of its pattern; the second
 *   week (a mail-out) brings 8% more calls with 4% longer handling;
 * - staffing: the plan's staff (the sample forecast under the default targets) rostered in whole
 *   people; shrinkage near 30%, with a flu outbreak on Monday 17 and Tuesday 18 (+6 points);
 *   adherence about 92%, lower on Fridays;
 * - service level: the queueing model's at what was staffed, give or take up to 3 points, so a
 *   little of each interval's result is not explained by the model; abandons and ASA grow as the
 *   service level falls.
 * The hard week and the flu days miss the 80/20 target; the others mostly meet it.
 *
 * The sheets "Create sample actuals" writes (Excel tables from A1, headers an ACD would print,
 * which the readers recognise in every language they are written in) are declared at the end.
 */
import { interpolatedServiceLevel } from "../engine";
import { calendarOf, serialOf } from "./dates";
import { computePlan } from "./plan";
import { sampleDay } from "./sample";
import { labelsFor, type Language } from "./labels";
import { layOutSheet, table, type LaidOutSheet } from "./sheet";
import { defaultTargets } from "./targets";

/** One row of the sample ACD export. */
export interface SampleActualInterval {
  /** Date serial and time of day (fraction of a day). */
  day: number;
  time: number;
  offered: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  abandonedWithin: number;
  /** null (blank) where no call was answered. */
  ahtSeconds: number | null;
  asaSeconds: number | null;
  staffScheduled: number;
  agentsLoggedIn: number;
  adherence: number;
}

/** One week of the sample team metrics. */
export interface SampleTeamWeek {
  weekStart: number;
  scheduledHours: number;
  workedHours: number;
  qualityScore: number;
  evaluations: number;
  complaints: number;
  contactsHandled: number;
  leavers: number;
}

export const SAMPLE_MONTH = { year: 2025, month: 3 } as const;

/** The roster covers the plan's staff with room for adherence, as planners roster it. */
const ROSTER_BUFFER = 1.12;

/** A deterministic wobble in [−1, 1]. */
function wobble(a: number, b: number, c = 0): number {
  const x = Math.sin(a * 12.9898 + b * 78.233 + c * 37.719) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

export function sampleActuals(): SampleActualInterval[] {
  const pattern = sampleDay();
  const targets = defaultTargets();
  const plan = computePlan(
    pattern.map((p, i) => ({
      interval: p.start,
      intervalLabel: String(i),
      day: null,
      secondOfDay: Math.round(p.start * 86_400),
      callsOffered: p.calls,
      averageHandleSeconds: p.ahtSeconds,
      callsCell: "",
      intervalCell: "",
      ahtCell: null,
    })),
    targets,
    { volumeFactor: 1, ahtFactor: 1 },
  );
  const first = serialOf(SAMPLE_MONTH.year, SAMPLE_MONTH.month, 1);
  const last = serialOf(SAMPLE_MONTH.year, SAMPLE_MONTH.month + 1, 1) - 1;
  const rows: SampleActualInterval[] = [];
  for (let day = first; day <= last; day++) {
    const { weekday, dayOfMonth } = calendarOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const hardWeek = dayOfMonth >= 10 && dayOfMonth <= 14;
    const flu = dayOfMonth === 17 || dayOfMonth === 18;
    const dayVolume = [1, 1.04, 1.01, 1, 0.98, 0.95, 1][weekday] * (hardWeek ? 1.08 : 1);
    pattern.forEach((p, i) => {
      const offered = Math.max(0, Math.round(p.calls * dayVolume * (1 + 0.08 * wobble(day, i))));
      const aht = Math.round(p.ahtSeconds * (hardWeek ? 1.04 : 1) * (1 + 0.04 * wobble(day, i, 1)));
      const staffScheduled = Math.ceil(plan.rows[i].scheduledStaff * ROSTER_BUFFER);
      const shrinkage = clamp(0.3 + 0.03 * wobble(day, i, 2) + (flu ? 0.06 : 0), 0, 0.9);
      const agentsLoggedIn = round1(staffScheduled * (1 - shrinkage));
      const adherence = round1(100 * clamp((weekday === 5 ? 0.88 : 0.92) + 0.03 * wobble(day, i, 3), 0.5, 1)) / 100;
      const modelled = interpolatedServiceLevel(offered, aht, agentsLoggedIn * adherence, {
        targetSeconds: targets.targetSeconds,
        intervalMinutes: targets.intervalMinutes,
      });
      const measured = clamp(modelled + 0.03 * wobble(day, i, 4), 0, 1);
      const abandoned = Math.round(offered * (0.01 + 0.15 * (1 - measured) ** 2));
      const answered = offered - abandoned;
      rows.push({
        day,
        time: p.start,
        offered,
        answered,
        answeredWithin: Math.min(answered, Math.round(measured * offered)),
        abandoned,
        abandonedWithin: Math.round(abandoned * 0.4),
        ahtSeconds: answered > 0 ? aht : null,
        asaSeconds: answered > 0 ? round1(4 + 70 * (1 - measured) ** 1.5 * (1 + 0.1 * wobble(day, i, 5))) : null,
        staffScheduled,
        agentsLoggedIn,
        adherence,
      });
    });
  }
  return rows;
}

/** Nine weeks of team metrics ending with the sample month's last week. */
export function sampleTeamWeeks(): SampleTeamWeek[] {
  const lastMonday = serialOf(SAMPLE_MONTH.year, SAMPLE_MONTH.month, 31) - ((calendarOf(serialOf(SAMPLE_MONTH.year, SAMPLE_MONTH.month, 31)).weekday + 6) % 7);
  return Array.from({ length: 9 }, (_, w) => {
    const weekStart = lastMonday - 7 * (8 - w);
    const fluWeek = w === 6;
    const scheduledHours = Math.round(1800 + 60 * wobble(w, 1));
    const attendance = clamp(0.955 + 0.015 * wobble(w, 2) - (fluWeek ? 0.06 : 0), 0.7, 1);
    const contactsHandled = Math.round(10_200 + 700 * wobble(w, 3) + (w === 5 ? 1500 : 0));
    return {
      weekStart,
      scheduledHours,
      workedHours: round1(scheduledHours * attendance),
      qualityScore: Math.round(1000 * clamp(0.86 + 0.03 * wobble(w, 4) - (w === 5 ? 0.05 : 0), 0, 1)) / 1000,
      evaluations: Math.round(48 + 10 * wobble(w, 5)),
      complaints: Math.max(0, Math.round(6 + 3 * wobble(w, 6) + (w === 5 ? 8 : 0))),
      contactsHandled,
      leavers: Math.max(0, Math.round(0.8 + 1.2 * wobble(w, 7))),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The sample sheets: an ACD export and a team-metrics table, each an Excel table from A1.

const ACTUALS_FORMATS = { date: "yyyy-mm-dd", time: "hh:mm", count: "0", seconds: "0", agents: "0.0", percent: "0%" } as const;

/** The sample ACD export, its headers in `language` (the workbook's; English when left out). */
export function sampleActualsSheet(rows: readonly SampleActualInterval[], tableName: string, language?: Language): LaidOutSheet {
  const { date, time, count, seconds, agents, percent } = ACTUALS_FORMATS;
  return layOutSheet({
    labels: labelsFor(language),
    sections: [
      table<SampleActualInterval>({
        id: "actuals",
        rows,
        excelTable: { name: tableName },
        columns: [
          { id: "date", label: "sampleActualsDate", format: date, cell: (r) => r.day },
          { id: "time", label: "sampleActualsTime", format: time, cell: (r) => r.time },
          { id: "offered", label: "sampleActualsOffered", format: count, cell: (r) => r.offered },
          { id: "answered", label: "sampleActualsAnswered", format: count, cell: (r) => r.answered },
          { id: "within", label: "sampleActualsAnsweredWithin", format: count, cell: (r) => r.answeredWithin },
          { id: "abandoned", label: "sampleActualsAbandoned", format: count, cell: (r) => r.abandoned },
          { id: "abandonedWithin", label: "sampleActualsAbandonedWithin", format: count, cell: (r) => r.abandonedWithin },
          { id: "aht", label: "sampleActualsAht", format: seconds, cell: (r) => r.ahtSeconds },
          { id: "asa", label: "sampleActualsAsa", format: "0.0", cell: (r) => r.asaSeconds },
          { id: "staff", label: "sampleActualsStaff", format: count, cell: (r) => r.staffScheduled },
          { id: "loggedIn", label: "sampleActualsLoggedIn", format: agents, cell: (r) => r.agentsLoggedIn },
          { id: "adherence", label: "sampleActualsAdherence", format: percent, cell: (r) => r.adherence },
        ],
      }),
    ],
  });
}

/** The sample team metrics, their headers in `language` (the workbook's; English when left out). */
export function sampleTeamSheet(weeks: readonly SampleTeamWeek[], tableName: string, language?: Language): LaidOutSheet {
  return layOutSheet({
    labels: labelsFor(language),
    sections: [
      table<SampleTeamWeek>({
        id: "team",
        rows: weeks,
        excelTable: { name: tableName },
        columns: [
          { id: "week", label: "sampleTeamWeek", format: ACTUALS_FORMATS.date, cell: (w) => w.weekStart },
          { id: "scheduled", label: "sampleTeamScheduledHours", format: "#,##0", cell: (w) => w.scheduledHours },
          { id: "worked", label: "sampleTeamWorkedHours", format: "#,##0.0", cell: (w) => w.workedHours },
          { id: "quality", label: "sampleTeamQuality", format: "0.0%", cell: (w) => w.qualityScore },
          { id: "evaluations", label: "sampleTeamEvaluations", format: "0", cell: (w) => w.evaluations },
          { id: "complaints", label: "sampleTeamComplaints", format: "0", cell: (w) => w.complaints },
          { id: "contacts", label: "sampleTeamContacts", format: "#,##0", cell: (w) => w.contactsHandled },
          { id: "leavers", label: "sampleTeamLeavers", format: "0", cell: (w) => w.leavers },
        ],
      }),
    ],
  });
}
