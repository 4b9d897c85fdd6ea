/**
 * The Forecast step's state: the current forecast (where it was read from, what was read, the default AHT
 * typed for it) and the workbook's tables to choose from. Other steps read the forecast through
 * `current`/`usable` and read a scenario's forecast with `read`; the pane's "Create sample
 * forecast" action lives here too, since what it makes is a forecast.
 */
import { useCallback, useEffect, useState } from "react";
import {
  ambiguityOf,
  parseDecimal,
  type ColumnMapping,
  type ForecastRead,
  type ForecastSource,
  type ReadForecastOptions,
  type TableInfo,
} from "../../workbook/api";
import { describeUnreadNumber } from "../messages";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { ForecastSectionProps } from "./ForecastSection";

export interface CurrentForecast {
  source: ForecastSource;
  read: ForecastRead;
  defaultAhtText: string;
}

export interface ForecastStep {
  section: ForecastSectionProps;
  current: CurrentForecast | null;
  /** A forecast without problems, with a reference the plan's formulas can point at. */
  usable: boolean;
  /** Reads a forecast and makes it the current one; returns it when it has no problems. */
  read(source: ForecastSource, options: ReadForecastOptions, defaultAhtText: string): Promise<ForecastRead | null>;
  createSample(): Promise<void>;
  /** The workbook's Excel tables, for every step that reads one. */
  tables: TableInfo[];
  refreshTables(): Promise<void>;
}

export function useForecastStep(pane: PaneServices): ForecastStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, excelAvailable, run, report, fail, failUnexpectedly, openSteps } = pane;
  const [current, setCurrent] = useState<CurrentForecast | null>(null);
  const [tables, setTables] = useState<TableInfo[]>([]);

  useEffect(() => {
    if (!excelAvailable) return;
    let mounted = true;
    workbook
      .listTables()
      .then((tableList) => {
        if (mounted && tableList.ok) setTables(tableList.value);
      })
      .catch((error: unknown) => {
        if (mounted) failUnexpectedly(error);
      });
    return () => {
      mounted = false;
    };
  }, [excelAvailable, workbook, failUnexpectedly]);

  const refreshTables = async () => {
    const tableList = await workbook.listTables();
    if (tableList.ok) setTables(tableList.value);
    else fail(tableList.error);
  };

  const read = useCallback(
    async (source: ForecastSource, options: ReadForecastOptions, defaultAhtText: string): Promise<ForecastRead | null> => {
      const result = await workbook.readForecast(source, options);
      if (!result.ok) {
        fail(result.error);
        return null;
      }
      setCurrent({ source, read: result.value, defaultAhtText });
      const problems = result.value.reading.problems.length;
      if (problems > 0) {
        report("error", strings.forecast.problemsAnnounce(problems, format.count(problems)));
        return null;
      }
      openSteps("targets", "plan");
      return result.value;
    },
    [workbook, fail, report, openSteps, strings, format],
  );

  const readAndReport = async (source: ForecastSource, options: ReadForecastOptions, defaultAhtText: string) => {
    const forecast = await read(source, options, defaultAhtText);
    if (forecast) {
      report("success", strings.forecast.ready(forecast.reading.rows.length, format.count(forecast.reading.rows.length)));
    }
  };

  const createSample = () =>
    run(strings.sample.working, async () => {
      const created = await workbook.createSampleForecast();
      if (!created.ok) return fail(created.error);
      const sample = created.value;
      const forecast = await read({ kind: "table", name: sample.tableName }, {}, "");
      if (forecast) report("success", strings.sample.done(sample.sheetName, format.count(forecast.reading.rows.length)));
      await refreshTables();
    });

  const readAgain = (mapping: ColumnMapping, defaultAhtText: string) => {
    if (!current) return;
    const defaultAhtSeconds = defaultAhtText.trim() === "" ? null : parseDecimal(defaultAhtText, pane.culture);
    if (defaultAhtSeconds === null && defaultAhtText.trim() !== "") {
      const problem = describeUnreadNumber(strings, format, defaultAhtText, ambiguityOf(defaultAhtText, pane.culture));
      report("error", strings.forecast.defaultAhtProblem(problem));
      return;
    }
    // A scenario's reference is re-read as stored; a new mapping needs the cells themselves.
    const source: ForecastSource =
      current.source.kind === "reference" ? { kind: "range", address: current.read.address } : current.source;
    return run(strings.forecast.readingSelection, () => readAndReport(source, { mapping, defaultAhtSeconds }, defaultAhtText));
  };

  return {
    section: {
      forecast: current?.read ?? null,
      defaultAhtText: current?.defaultAhtText ?? "",
      tables,
      busy: pane.busy || !excelAvailable,
      culture: pane.culture,
      onUseSelection: () => run(strings.forecast.readingSelection, () => readAndReport({ kind: "selection" }, {}, "")),
      onUseTable: (tableName) =>
        run(strings.forecast.readingTable(tableName), () => readAndReport({ kind: "table", name: tableName }, {}, "")),
      onRefreshTables: refreshTables,
      onReadAgain: readAgain,
    },
    current,
    usable: current !== null && current.read.reading.problems.length === 0 && current.read.reading.reference !== null,
    read,
    createSample,
    tables,
    refreshTables,
  };
}
