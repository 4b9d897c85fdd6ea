/**
 * The Team metrics step's state: the team table read, whether its rows are days or weeks, the targets as typed
 * (filled from the workbook's stored targets, or the defaults), and the last sheet built. The
 * actuals step's actuals give the contacts handled to a table that has complaints but no
 * contacts column.
 */
import { useCallback, useState } from "react";
import {
  defaultTeamTargets,
  parseTeamTargetInputs,
  teamTargetsToInputs,
  type ActualsSource,
  type ReportRequest,
  type StoredTeamTargets,
  type Granularity,
  type TeamMapping,
  type TeamRead,
  type TeamReport,
  type TeamTargetField,
} from "../../workbook/api";
import { describeTeamTargetProblem, firstProblemByField } from "../messages";
import { useWorkbookLoad, type PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { TeamSectionProps } from "./TeamSection";
import type { ActualsStep } from "./useActualsStep";
import type { ForecastStep } from "./useForecastStep";

export interface TeamStep {
  section: TeamSectionProps;
  /** Reads a team table and makes it the current one. */
  read(source: ActualsSource): Promise<void>;
  /** The team table and its targets, for the client report: null until a table is read without problems and the targets are valid. */
  forReport: ReportRequest["team"];
}

export function useTeamStep(pane: PaneServices, { forecast, actuals }: { forecast: ForecastStep; actuals: ActualsStep }): TeamStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, excelAvailable, run, report, fail, failOrAskToReplace, openSteps } = pane;
  const [current, setCurrent] = useState<{ source: ActualsSource; read: TeamRead } | null>(null);
  const [granularity, setGranularity] = useState<Granularity | null>(null);
  const [inputs, setInputs] = useState(() => teamTargetsToInputs(defaultTeamTargets(), format.decimalSeparator));
  const [submitted, setSubmitted] = useState(false);
  const [storedUnreadable, setStoredUnreadable] = useState(false);
  const [result, setResult] = useState<{ sheetName: string; report: TeamReport } | null>(null);

  useWorkbookLoad(
    pane,
    useCallback(() => workbook.loadTeamTargets(), [workbook]),
    useCallback(
      (stored: StoredTeamTargets) => {
        if (stored.targets) setInputs(teamTargetsToInputs(stored.targets, format.decimalSeparator));
        setStoredUnreadable(stored.unreadable);
      },
      [format.decimalSeparator],
    ),
  );

  const read = useCallback(
    async (source: ActualsSource, mapping?: Partial<TeamMapping>, rows?: Granularity) => {
      const result = await workbook.readTeamMetrics(source, { mapping, granularity: rows });
      if (!result.ok) return fail(result.error);
      setCurrent({ source, read: result.value });
      setGranularity(rows ?? null);
      const problems = result.value.reading.problems.length;
      if (problems > 0) return report("error", strings.team.problemsAnnounce(problems, format.count(problems)));
      openSteps("team");
      report("success", strings.team.ready(result.value.reading.rows.length, format.count(result.value.reading.rows.length)));
    },
    [workbook, fail, report, openSteps, strings, format],
  );

  const readAgain = (mapping?: Partial<TeamMapping>, rows?: Granularity) => {
    if (!current) return;
    const source: ActualsSource = current.source.kind === "table" ? current.source : { kind: "range", address: current.read.address };
    return run(strings.source.readingSelection, () => read(source, mapping ?? current.read.reading.mapping, rows ?? granularity ?? undefined));
  };

  const parsed = parseTeamTargetInputs(inputs, pane.culture);
  const targetErrors: Partial<Record<TeamTargetField, string>> = submitted
    ? firstProblemByField(parsed.problems, (problem) => describeTeamTargetProblem(strings, format, problem))
    : {};
  const reading = current?.read.reading ?? null;
  const contactsFromActuals = reading !== null && reading.mapping.complaints !== null && reading.mapping.contactsHandled === null;

  const build = (replaceExisting: boolean): Promise<void> | undefined => {
    setSubmitted(true);
    if (!current || !parsed.targets) {
      if (!parsed.targets) report("error", strings.errors.invalidTeamTargets(parsed.problems.length, format.count(parsed.problems.length)));
      return;
    }
    const targets = parsed.targets;
    const usableActuals = actuals.usable;
    return run(strings.team.building, async () => {
      const built = await workbook.buildTeamMetrics({
        team: { source: current.source, mapping: current.read.reading.mapping, granularity: granularity ?? undefined },
        targets,
        actuals: contactsFromActuals && usableActuals ? { source: usableActuals.source, mapping: usableActuals.read.reading.mapping } : null,
        replaceExisting,
      });
      if (!built.ok) {
        return failOrAskToReplace(built.error, { title: strings.team.replaceTitle, body: strings.team.replaceBody }, () => void build(true));
      }
      setResult({ sheetName: built.value.sheetName, report: built.value.report });
      setStoredUnreadable(false);
      report("success", built.value.replacedSheet ? strings.team.rebuilt(built.value.sheetName) : strings.team.built(built.value.sheetName));
    });
  };


  return {
    section: {
      picker: {
        tables: forecast.tables,
        preferredTable: current?.source.kind === "table" ? current.source.name : null,
        onUseSelection: () => run(strings.source.readingSelection, () => read({ kind: "selection" })),
        onUseTable: (name) => run(strings.source.readingTable(name), () => read({ kind: "table", name })),
        onRefreshTables: forecast.refreshTables,
      },
      team: current?.read ?? null,
      granularity,
      targetInputs: inputs,
      targetErrors,
      culture: pane.culture,
      storedUnreadable,
      contactsFromActuals,
      result,
      busy: pane.busy || !excelAvailable,
      onMapping: (mapping) => readAgain(mapping),
      onGranularity: (rows) => readAgain(undefined, rows),
      onTargetChange: (field, text) => setInputs((now) => ({ ...now, [field]: text })),
      onBuild: () => build(false),
      onShowSheet: pane.showSheet,
    },
    read: (source) => read(source),
    forReport:
      current && current.read.reading.problems.length === 0 && parsed.targets
        ? { source: current.source, mapping: current.read.reading.mapping, granularity: granularity ?? undefined, targets: parsed.targets }
        : null,
  };
}
