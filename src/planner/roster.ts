/**
 * Roster check: the service a given roster achieves. Scheduled staff become agents on the
 * phones after shrinkage (× (1 − shrinkage)) unless the roster already counts agents on the
 * phones; the engine evaluates fractional agents (interpolating between whole staffings).
 */
import { EngineInputError, queueMeasures } from "../engine";
import { cellAddress } from "./addresses";
import { cellKind, cellText } from "./cells";
import { dateLabel } from "./dates";
import { daysOf } from "./horizon";
import { adjustedLoad, IntervalNotComputable, serviceLevelUnderRule, serviceTotals } from "./plan";
import type {
  CellGrid,
  ForecastAdjustments,
  ForecastRow,
  PlanTargets,
  RosterBasis,
  RosterCheck,
  RosterProblem,
  RosterRow,
  RosterTotals,
} from "./types";

export interface RosterColumn {
  /** One number per interval. */
  agents: number[];
  /** 1-based worksheet row of the first number (below a header cell, if there was one). */
  firstRow: number;
  column: number;
  sheetName: string;
  problems: RosterProblem[];
}

/**
 * Reads a one-column roster. A text cell at the top followed by exactly `forecastRows` cells is
 * a header and is skipped.
 */
export function parseRosterColumn(grid: CellGrid, forecastRows: number, address: string): RosterColumn {
  const column = grid.leftColumn;
  const result: RosterColumn = { agents: [], firstRow: grid.topRow, column, sheetName: grid.sheetName, problems: [] };
  if (grid.values.some((row) => row.length !== 1)) {
    result.problems.push({ code: "rosterNotOneColumn", address });
    return result;
  }
  let cells = grid.values.map((row) => row[0]);
  if (cells.length === forecastRows + 1 && cellKind(cells[0]) === "text") {
    cells = cells.slice(1);
    result.firstRow += 1;
  }
  if (cells.length !== forecastRows) {
    result.problems.push({ code: "rosterLengthMismatch", rosterRows: cells.length, forecastRows });
    return result;
  }
  cells.forEach((value, i) => {
    const cell = cellAddress(grid.sheetName, column, result.firstRow + i);
    const kind = cellKind(value);
    if (kind === "blank") result.problems.push({ code: "missingRosterCell", cell });
    else if (kind === "number" && (value as number) < 0) {
      result.problems.push({ code: "negativeRosterCell", cell, value: value as number });
    } else if (kind !== "number") result.problems.push({ code: "textInRosterCell", cell, value: cellText(value) });
    else result.agents.push(value as number);
  });
  return result;
}

export function agentsOnPhones(scheduled: number, basis: RosterBasis, shrinkage: number): number {
  return basis === "scheduled" ? scheduled * (1 - shrinkage) : scheduled;
}

/** Whether an interval misses the goal; an interval without calls never does. */
export function missesGoal(calls: number, serviceLevel: number, asa: number, targets: PlanTargets): boolean {
  if (calls <= 0) return false;
  return targets.goal === "asa" ? !(asa <= targets.targetAsaSeconds) : serviceLevel < targets.targetServiceLevel;
}

export function checkRoster(
  rows: ForecastRow[],
  roster: number[],
  basis: RosterBasis,
  targets: PlanTargets,
  adjustments: ForecastAdjustments,
): RosterCheck {
  const rosterRows: RosterRow[] = rows.map((row, i) => {
    const load = adjustedLoad(row, targets, adjustments);
    const onPhones = agentsOnPhones(roster[i], basis, targets.shrinkage);
    let measures;
    try {
      measures = queueMeasures(load, onPhones, targets.targetSeconds);
    } catch (error) {
      if (error instanceof EngineInputError) {
        throw new IntervalNotComputable(i, error);
      }
      throw error;
    }
    const serviceLevel = serviceLevelUnderRule(measures, targets.abandonRule);
    return {
      interval: row.interval,
      intervalLabel: row.intervalLabel,
      day: row.day,
      callsOffered: load.callsOffered,
      averageHandleSeconds: load.averageHandleSeconds,
      scheduledAgents: roster[i],
      agentsOnPhones: onPhones,
      serviceLevel,
      averageSpeedOfAnswer: measures.averageSpeedOfAnswer,
      abandonRate: measures.abandonRate,
      belowTarget: missesGoal(load.callsOffered, serviceLevel, measures.averageSpeedOfAnswer, targets),
    };
  });
  const byDay = daysOf(rosterRows).map(({ day, rowIndexes }) => ({
    day,
    label: dateLabel(day),
    ...rosterTotals(rowIndexes.map((index) => rosterRows[index])),
  }));
  return { rows: rosterRows, ...rosterTotals(rosterRows), days: Math.max(byDay.length, 1), byDay };
}

/** Service over some of a roster's intervals (all of them, or one date's). */
export function rosterTotals(rows: RosterRow[]): RosterTotals {
  return { ...serviceTotals(rows), intervalsBelowTarget: rows.filter((r) => r.belowTarget).length };
}
