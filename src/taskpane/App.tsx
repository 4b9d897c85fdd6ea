/**
 * The scenario planner: five steps in one column (forecast, targets, plan, scenarios, roster
 * check) under a short explanation and a "Create sample forecast" action. The pane holds what the
 * person is editing; the workbook holds everything that lasts (forecast, scenarios, sheets), read
 * and written only through src/workbook/api.ts. Every call's outcome reaches the status bar.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  makeStyles,
  tokens,
  Title2,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  defaultTargets,
  newScenario,
  parseDecimal,
  parseTargetInputs,
  targetsToInputs,
  type ColumnMapping,
  type Comparison,
  type ForecastRead,
  type ForecastSource,
  type ReadForecastOptions,
  type RosterCheck,
  type Scenario,
  type ScenarioChanges,
  type TableInfo,
  type TargetField,
  type TargetInputs,
  type WorkbookError,
} from "../workbook/api";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { ForecastSection } from "./components/ForecastSection";
import { PlanSection, type BuiltPlanView } from "./components/PlanSection";
import { RosterSection, type RosterForm } from "./components/RosterSection";
import { ScenariosSection } from "./components/ScenariosSection";
import { StatusBar, type Status } from "./components/StatusBar";
import { TargetsSection } from "./components/TargetsSection";
import { describeWorkbookError, problemsByField } from "./messages";
import { useFormat, useStrings } from "./strings";
import { useWorkbook } from "./workbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "100%",
    // Long sheet names and addresses wrap rather than widen the pane.
    overflowWrap: "break-word",
  },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
    minWidth: 0,
  },
  title: { margin: 0 },
  banner: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  panel: { paddingBottom: tokens.spacingVerticalL, minWidth: 0 },
  // The headers' default side padding wastes a fifth of a 320 px pane.
  header: { "& > button": { paddingLeft: 0, paddingRight: 0 } },
});

type SectionId = "forecast" | "targets" | "plan" | "scenarios" | "roster";

interface ForecastState {
  source: ForecastSource;
  read: ForecastRead;
  defaultAhtText: string;
}

export interface AppProps {
  /** False when neither Office nor a stand-in provides Excel: the pane explains and stays usable to read. */
  excelAvailable: boolean;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export function App({ excelAvailable }: AppProps) {
  const strings = useStrings();
  const format = useFormat();
  const workbook = useWorkbook();
  const styles = useStyles();

  const [status, setStatus] = useState<Status>(null);
  const serial = useRef(0);
  const [busy, setBusy] = useState(false);
  const [openSections, setOpenSections] = useState<SectionId[]>(["forecast"]);
  const [forecast, setForecast] = useState<ForecastState | null>(null);
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [inputs, setInputs] = useState<TargetInputs>(() =>
    targetsToInputs(defaultTargets(), null, undefined, format.decimalSeparator),
  );
  const [leftFields, setLeftFields] = useState<TargetField[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [scenarioName, setScenarioName] = useState(strings.plan.defaultScenarioName);
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [lastPlan, setLastPlan] = useState<BuiltPlanView | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [roster, setRoster] = useState<RosterForm>({ scenarioId: "", address: "", basis: "scheduled" });
  const [rosterResult, setRosterResult] = useState<{ scenarioName: string; check: RosterCheck } | null>(null);
  const [rebuild, setRebuild] = useState<{ scenario: Scenario; sheetName: string } | null>(null);

  const report = useCallback((kind: "success" | "info" | "error", text: string) => {
    serial.current += 1;
    setStatus({ kind, text, serial: serial.current });
  }, []);
  const fail = useCallback(
    (error: WorkbookError) => report("error", describeWorkbookError(strings, format, error)),
    [report, strings, format],
  );
  const openSection = (...ids: SectionId[]) =>
    setOpenSections((current) => [...current, ...ids.filter((id) => !current.includes(id))]);

  /** Runs one step against the workbook with the pane marked busy; nothing thrown goes unreported. */
  const run = async (busyText: string, work: () => Promise<void>) => {
    setBusy(true);
    setStatus({ kind: "busy", text: busyText });
    try {
      await work();
    } catch (error) {
      report("error", strings.app.unexpectedFailure(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
      setStatus((current) => (current?.kind === "busy" ? null : current));
    }
  };

  useEffect(() => {
    if (!excelAvailable) return;
    let current = true;
    (async () => {
      const [stored, tableList] = await Promise.all([workbook.loadScenarios(), workbook.listTables()]);
      if (!current) return;
      if (stored.ok) {
        setScenarios(stored.value);
        if (stored.value.length > 0) setOpenSections((open) => [...open, "scenarios"]);
      } else {
        fail(stored.error);
      }
      if (tableList.ok) setTables(tableList.value);
    })().catch((error: unknown) => {
      if (current) report("error", strings.app.unexpectedFailure(error instanceof Error ? error.message : String(error)));
    });
    return () => {
      current = false;
    };
  }, [excelAvailable, workbook, fail, report, strings]);

  const refreshTables = async () => {
    const tableList = await workbook.listTables();
    if (tableList.ok) setTables(tableList.value);
    else fail(tableList.error);
  };

  // ---------------------------------------------------------------------------------------------
  // Step 1: forecast

  /** Reads a forecast and makes it the current one; returns it when it has no problems. */
  const readForecast = async (
    source: ForecastSource,
    options: ReadForecastOptions,
    defaultAhtText: string,
  ): Promise<ForecastRead | null> => {
    const result = await workbook.readForecast(source, options);
    if (!result.ok) {
      fail(result.error);
      return null;
    }
    setForecast({ source, read: result.value, defaultAhtText });
    const problems = result.value.reading.problems.length;
    if (problems > 0) {
      report("error", strings.forecast.problemsAnnounce(problems, format.count(problems)));
      return null;
    }
    openSection("targets", "plan");
    return result.value;
  };

  const readAndReport = async (source: ForecastSource, options: ReadForecastOptions, defaultAhtText: string) => {
    const read = await readForecast(source, options, defaultAhtText);
    if (read) report("success", strings.forecast.ready(read.reading.rows.length, format.count(read.reading.rows.length)));
  };

  const createSample = () =>
    run(strings.sample.working, async () => {
      const created = await workbook.createSampleForecast();
      if (!created.ok) return fail(created.error);
      const sample = created.value;
      const read = await readForecast({ kind: "table", name: sample.tableName }, {}, "");
      if (read) report("success", strings.sample.done(sample.sheetName, format.count(read.reading.rows.length)));
      await refreshTables();
    });

  const readSelection = () =>
    run(strings.forecast.readingSelection, () => readAndReport({ kind: "selection" }, {}, ""));

  const readTable = (tableName: string) =>
    run(strings.forecast.readingTable(tableName), () => readAndReport({ kind: "table", name: tableName }, {}, ""));

  const readAgain = (mapping: ColumnMapping, defaultAhtText: string) => {
    if (!forecast) return;
    const defaultAhtSeconds = defaultAhtText.trim() === "" ? null : parseDecimal(defaultAhtText);
    if (defaultAhtSeconds === null && defaultAhtText.trim() !== "") {
      report("error", strings.forecast.defaultAhtProblem(strings.problems.notANumber(defaultAhtText)));
      return;
    }
    // A scenario's reference is re-read as stored; a new mapping needs the cells themselves.
    const source: ForecastSource =
      forecast.source.kind === "reference" ? { kind: "range", address: forecast.read.address } : forecast.source;
    return run(strings.forecast.readingSelection, () =>
      readAndReport(source, { mapping, defaultAhtSeconds }, defaultAhtText),
    );
  };

  // ---------------------------------------------------------------------------------------------
  // Step 2: targets

  const parsed = useMemo(() => parseTargetInputs({ ...inputs, defaultAhtSeconds: "" }), [inputs]);
  const allFieldErrors = problemsByField(strings, format, parsed.problems);
  const shownFieldErrors = Object.fromEntries(
    Object.entries(allFieldErrors).filter(([field]) => submitted || leftFields.includes(field as TargetField)),
  ) as Partial<Record<TargetField, string>>;

  // ---------------------------------------------------------------------------------------------
  // Step 3: plan

  const forecastUsable = forecast !== null && forecast.read.reading.problems.length === 0 && forecast.read.reading.reference !== null;

  const scenarioFromForm = (): Scenario | null => {
    setSubmitted(true);
    const reference = forecast?.read.reading.reference;
    if (!forecast || !reference || forecast.read.reading.problems.length > 0) {
      report("error", strings.plan.needsForecast);
      openSection("forecast");
      return null;
    }
    if (parsed.targets === null) {
      const fields = Object.keys(allFieldErrors).length;
      report("error", strings.targets.fixFields(fields, format.count(fields)));
      openSection("targets");
      const firstField = parsed.problems[0]?.field;
      // Keyboard and screen-reader users land on the first field to fix.
      window.setTimeout(() => document.querySelector<HTMLElement>(`[data-field="${firstField}"]`)?.focus(), 0);
      return null;
    }
    const name = scenarioName.trim();
    if (name === "") {
      report("error", strings.errors.scenarioNameEmpty);
      return null;
    }
    const adjustments = { volumeFactor: parsed.volumeFactor, ahtFactor: parsed.ahtFactor };
    const existing = scenarios.find((scenario) => sameName(scenario.name, name));
    return existing
      ? {
          ...existing,
          name,
          forecast: reference,
          targets: parsed.targets,
          adjustments,
          updatedAt: new Date().toISOString(),
        }
      : newScenario(name, reference, parsed.targets, adjustments);
  };

  const buildPlan = (scenario: Scenario, { save, replaceExisting }: { save: boolean; replaceExisting: boolean }) =>
    run(strings.plan.building(scenario.name), async () => {
      if (save) {
        const saved = await workbook.saveScenario(scenario);
        if (!saved.ok) return fail(saved.error);
        setScenarios(saved.value);
      }
      const built = await workbook.buildPlan(scenario, { replaceExisting });
      if (!built.ok) {
        if (built.error.code === "sheetExists") {
          // Asking is the answer to this step, not a failure: the dialog takes over.
          setStatus(null);
          setRebuild({ scenario, sheetName: built.error.sheetName });
          return;
        }
        return fail(built.error);
      }
      const { sheetName, plan, replacedSheet } = built.value;
      setLastPlan({ scenarioName: scenario.name, sheetName, plan, costed: scenario.targets.costPerAgentHour !== null });
      report("success", replacedSheet ? strings.plan.rebuilt(sheetName) : strings.plan.built(sheetName));
      openSection("scenarios");
    });

  const buildFromForm = () => {
    const scenario = scenarioFromForm();
    if (scenario) return buildPlan(scenario, { save: true, replaceExisting: false });
  };

  const saveFromForm = () => {
    const scenario = scenarioFromForm();
    if (!scenario) return;
    return run(strings.plan.saving(scenario.name), async () => {
      const saved = await workbook.saveScenario(scenario);
      if (!saved.ok) return fail(saved.error);
      setScenarios(saved.value);
      report("success", strings.plan.saved(scenario.name));
      openSection("scenarios");
    });
  };

  const showSheet = (sheetName: string) =>
    run(strings.app.busy, async () => {
      const shown = await workbook.showSheet(sheetName);
      if (!shown.ok) fail(shown.error);
    });

  // ---------------------------------------------------------------------------------------------
  // Step 4: scenarios

  const openScenario = (scenario: Scenario) =>
    run(strings.app.busy, async () => {
      setInputs(
        targetsToInputs(scenario.targets, scenario.forecast.defaultAhtSeconds, scenario.adjustments, format.decimalSeparator),
      );
      setScenarioName(scenario.name);
      setLeftFields([]);
      setSubmitted(false);
      const defaultAhtText =
        scenario.forecast.defaultAhtSeconds === null ? "" : format.number(scenario.forecast.defaultAhtSeconds, 6);
      if (await readForecast({ kind: "reference", reference: scenario.forecast }, {}, defaultAhtText)) {
        report("success", strings.scenarios.loaded(scenario.name));
      }
      openSection("targets", "plan");
    });

  const renameScenario = (scenario: Scenario, newName: string) =>
    run(strings.app.busy, async () => {
      const renamed = await workbook.renameScenario(scenario.id, newName);
      if (!renamed.ok) return fail(renamed.error);
      setScenarios(renamed.value);
      if (sameName(scenarioName, scenario.name)) setScenarioName(newName);
      report("success", strings.scenarios.renamed(scenario.name, newName));
    });

  const duplicateScenario = (scenario: Scenario, changes: ScenarioChanges) =>
    run(strings.app.busy, async () => {
      const duplicated = await workbook.duplicateScenario(scenario.id, changes);
      if (!duplicated.ok) return fail(duplicated.error);
      setScenarios(duplicated.value.scenarios);
      // The copy is made to be compared with its source: tick both.
      setSelectedIds((current) => [
        ...current,
        ...[scenario.id, duplicated.value.scenario.id].filter((id) => !current.includes(id)),
      ]);
      report("success", strings.scenarios.duplicated(duplicated.value.scenario.name));
    });

  const deleteScenario = (scenario: Scenario, deleteSheets: boolean) =>
    run(strings.app.busy, async () => {
      const deleted = await workbook.deleteScenario(scenario.id, { deleteSheets });
      if (!deleted.ok) return fail(deleted.error);
      setScenarios(deleted.value);
      setSelectedIds((current) => current.filter((id) => id !== scenario.id));
      report("success", strings.scenarios.deleted(scenario.name));
    });

  const compare = () =>
    run(strings.scenarios.comparing, async () => {
      const ids = scenarios.filter((scenario) => selectedIds.includes(scenario.id)).map((scenario) => scenario.id);
      const compared = await workbook.compareScenarios(ids);
      if (!compared.ok) return fail(compared.error);
      setComparison(compared.value.comparison);
      report("success", strings.scenarios.compared(compared.value.sheetName));
    });

  // ---------------------------------------------------------------------------------------------
  // Step 5: roster check

  const rosterFromSelection = () =>
    run(strings.app.busy, async () => {
      const selection = await workbook.getSelectionAddress();
      if (!selection.ok) return fail(selection.error);
      setRoster((current) => ({ ...current, address: selection.value }));
    });

  const checkRoster = () => {
    const scenario = scenarios.find((candidate) => candidate.id === roster.scenarioId) ?? scenarios[0];
    if (!scenario) return;
    return run(strings.roster.checking, async () => {
      const checked = await workbook.checkRoster(scenario.id, { address: roster.address.trim(), basis: roster.basis });
      if (!checked.ok) return fail(checked.error);
      setRosterResult({ scenarioName: scenario.name, check: checked.value.check });
      report("success", strings.roster.checked(checked.value.sheetName));
    });
  };

  // ---------------------------------------------------------------------------------------------

  const nameError =
    submitted && scenarioName.trim() === "" ? describeWorkbookError(strings, format, { code: "scenarioNameEmpty" }) : undefined;

  return (
    <div className={styles.root}>
      <main className={styles.content}>
        <Title2 as="h1" className={styles.title}>
          {strings.app.title}
        </Title2>
        {!excelAvailable && (
          <div className={styles.banner} role="note">
            <Body1>{strings.app.notInExcel}</Body1>
          </div>
        )}
        <div className={styles.intro}>
          <Body1>{strings.app.intro}</Body1>
          <Body1>{strings.app.introSample}</Body1>
          <Button appearance="primary" onClick={createSample} disabledFocusable={busy || !excelAvailable}>
            {strings.app.createSample}
          </Button>
        </div>
        <Accordion
          multiple
          collapsible
          openItems={openSections}
          onToggle={(_event, data) => setOpenSections(data.openItems as SectionId[])}
          aria-label={strings.app.sections}
        >
          <AccordionItem value="forecast">
            <AccordionHeader as="h2" className={styles.header}>
              {strings.forecast.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <ForecastSection
                forecast={forecast?.read ?? null}
                defaultAhtText={forecast?.defaultAhtText ?? ""}
                tables={tables}
                busy={busy || !excelAvailable}
                onUseSelection={readSelection}
                onUseTable={readTable}
                onRefreshTables={refreshTables}
                onReadAgain={readAgain}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="targets">
            <AccordionHeader as="h2" className={styles.header}>
              {strings.targets.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <TargetsSection
                inputs={inputs}
                errors={shownFieldErrors}
                onChange={setInputs}
                onLeaveField={(field) => setLeftFields((current) => (current.includes(field) ? current : [...current, field]))}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="plan">
            <AccordionHeader as="h2" className={styles.header}>
              {strings.plan.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <PlanSection
                scenarioName={scenarioName}
                nameError={nameError}
                canBuild={forecastUsable}
                busy={busy}
                lastPlan={lastPlan}
                onNameChange={setScenarioName}
                onBuild={buildFromForm}
                onSave={saveFromForm}
                onShowSheet={showSheet}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="scenarios">
            <AccordionHeader as="h2" className={styles.header}>
              {strings.scenarios.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <ScenariosSection
                scenarios={scenarios}
                selectedIds={selectedIds}
                comparison={comparison}
                busy={busy}
                onToggle={(id, selected) =>
                  setSelectedIds((current) =>
                    selected ? [...current.filter((other) => other !== id), id] : current.filter((other) => other !== id),
                  )
                }
                onOpen={openScenario}
                onBuild={(scenario) => buildPlan(scenario, { save: false, replaceExisting: false })}
                onRename={renameScenario}
                onDuplicate={duplicateScenario}
                onDelete={deleteScenario}
                onCompare={compare}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="roster">
            <AccordionHeader as="h2" className={styles.header}>
              {strings.roster.heading}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <RosterSection
                scenarios={scenarios}
                form={roster}
                result={rosterResult}
                busy={busy}
                onChange={setRoster}
                onUseSelection={rosterFromSelection}
                onCheck={checkRoster}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
      <StatusBar status={status} onDismiss={() => setStatus(null)} />
      <ConfirmDialog
        open={rebuild !== null}
        title={strings.plan.rebuildTitle}
        confirmLabel={strings.plan.rebuildConfirm}
        cancelLabel={strings.plan.cancel}
        onCancel={() => setRebuild(null)}
        onConfirm={() => {
          const pending = rebuild;
          setRebuild(null);
          if (pending) void buildPlan(pending.scenario, { save: false, replaceExisting: true });
        }}
      >
        <Body1>{rebuild ? strings.plan.rebuildBody(rebuild.sheetName) : ""}</Body1>
      </ConfirmDialog>
    </div>
  );
}
