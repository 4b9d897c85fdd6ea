/**
 * The Actuals step's state: the actuals read (where from, what was read), the scenario and period chosen,
 * and the last performance built. "Create sample actuals" lives here too, since what it makes is
 * actuals; it hands the sample's team table to whoever asks (the team step reads it).
 */
import { useMemo, useState } from "react";
import {
  periodKey,
  periodsOf,
  type ActualsMapping,
  type ActualsRead,
  type ActualsSource,
  type PeriodKind,
  type ReportPeriod,
  type SampleActuals,
} from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { ActualsSectionProps, PerformanceView } from "./ActualsSection";
import type { ForecastStep } from "./useForecastStep";
import type { StoredScenarios } from "./useStoredScenarios";

export interface CurrentActuals {
  source: ActualsSource;
  read: ActualsRead;
}

export interface ActualsStep {
  section: ActualsSectionProps;
  /** The actuals read, when they have no problems. */
  usable: CurrentActuals | null;
  /** The scenario and period chosen (for the client report). */
  scenarioId: string | null;
  period: ReportPeriod | null;
  /** Writes the sample actuals and team metrics, reads the actuals, then hands the sample to `then`. */
  createSample(then: (sample: SampleActuals) => Promise<void>): Promise<void>;
}

export function useActualsStep(pane: PaneServices, { forecast, stored }: { forecast: ForecastStep; stored: StoredScenarios }): ActualsStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, run, report, fail, failOrAskToReplace, openSteps } = pane;
  const [current, setCurrent] = useState<CurrentActuals | null>(null);
  const [scenarioId, setScenarioId] = useState("");
  const [periodKind, setPeriodKind] = useState<PeriodKind>("month");
  const [chosenKey, setChosenKey] = useState("");
  const [result, setResult] = useState<PerformanceView | null>(null);

  const usable = current !== null && current.read.reading.problems.length === 0 ? current : null;
  const periods = useMemo(() => periodsOf(usable ? usable.read.reading.rows.map((row) => row.day) : []), [usable]);
  const period = periods[periodKind].find((p) => periodKey(p) === chosenKey) ?? periods[periodKind][0] ?? null;
  const scenario = stored.scenarios.find((s) => s.id === scenarioId) ?? stored.scenarios[0] ?? null;

  /** Reads actuals and makes them the current ones; returns them when they have no problems. */
  const read = async (source: ActualsSource, mapping?: Partial<ActualsMapping>): Promise<ActualsRead | null> => {
    const result = await workbook.readActuals(source, { mapping });
    if (!result.ok) {
      fail(result.error);
      return null;
    }
    setCurrent({ source, read: result.value });
    const problems = result.value.reading.problems.length;
    if (problems > 0) {
      report("error", strings.actuals.problemsAnnounce(problems, format.count(problems)));
      return null;
    }
    openSteps("actuals");
    return result.value;
  };

  const readAndReport = (source: ActualsSource, mapping?: Partial<ActualsMapping>) =>
    run(source.kind === "table" ? strings.source.readingTable(source.name) : strings.source.readingSelection, async () => {
      const actuals = await read(source, mapping);
      if (actuals) report("success", strings.actuals.ready(actuals.reading.rows.length, format.count(actuals.reading.rows.length)));
    });

  const createSample = (then: (sample: SampleActuals) => Promise<void>) =>
    run(strings.sampleActuals.working, async () => {
      const created = await workbook.createSampleActuals();
      if (!created.ok) return fail(created.error);
      const sample = created.value;
      await forecast.refreshTables();
      const actuals = await read({ kind: "table", name: sample.actualsTable });
      if (!actuals) return;
      await then(sample);
      report("success", strings.sampleActuals.done(sample.actualsSheet, sample.teamSheet, format.count(actuals.reading.rows.length)));
    });

  const build = (replaceExisting: boolean): Promise<void> | undefined => {
    if (!usable || !scenario || !period) return;
    const source: ActualsSource = usable.source;
    return run(strings.actuals.building, async () => {
      const built = await workbook.buildPerformance({
        scenarioId: scenario.id,
        actuals: { source, mapping: usable.read.reading.mapping },
        period,
        replaceExisting,
      });
      if (!built.ok) {
        return failOrAskToReplace(built.error, { title: strings.actuals.replaceTitle, body: strings.actuals.replaceBody }, () => void build(true));
      }
      setResult({ scenarioName: scenario.name, sheetName: built.value.sheetName, report: built.value.report });
      report("success", built.value.replacedSheet ? strings.actuals.rebuilt(built.value.sheetName) : strings.actuals.built(built.value.sheetName));
    });
  };


  return {
    section: {
      picker: {
        tables: forecast.tables,
        preferredTable: current?.source.kind === "table" ? current.source.name : null,
        onUseSelection: () => readAndReport({ kind: "selection" }),
        onUseTable: (name) => readAndReport({ kind: "table", name }),
        onRefreshTables: forecast.refreshTables,
      },
      actuals: current?.read ?? null,
      scenarios: stored.scenarios,
      scenarioId: scenario?.id ?? "",
      periodKind,
      periods,
      period,
      result,
      busy: pane.busy || !pane.excelAvailable,
      onMapping: (mapping) => {
        if (!current) return;
        // A table is read again as a table; a selection by the address it was read from.
        const source: ActualsSource = current.source.kind === "table" ? current.source : { kind: "range", address: current.read.address };
        return readAndReport(source, mapping);
      },
      onScenario: setScenarioId,
      onPeriodKind: (kind) => {
        setPeriodKind(kind);
        setChosenKey("");
      },
      onPeriod: setChosenKey,
      onBuild: () => build(false),
      onShowSheet: pane.showSheet,
    },
    usable,
    scenarioId: scenario?.id ?? null,
    period,
    createSample,
  };
}
