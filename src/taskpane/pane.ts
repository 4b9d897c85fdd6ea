/**
 * What every step of the pane shares, and nothing else: the status bar (progress, results,
 * failures), the busy flag that holds back actions while a step talks to the workbook, which
 * steps are open, the one confirm dialog, the workbook API and the workbook's number culture
 * (how its thousands are grouped, for reading what people type). App.tsx makes them once with
 * usePaneShell and hands `services` to each step's hook; a step keeps its own state in its hook
 * (components/use…Step.ts) and reaches the person only through these services, so every outcome
 * ends up in the status bar the same way.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  UNKNOWN_CULTURE,
  type Language,
  type NumberCulture,
  type WorkbookCulture,
  type WorkbookError,
  type WorkbookResult,
} from "../workbook/api";
import type { Status } from "./components/StatusBar";
import { describeWorkbookError } from "./messages";
import { useFormat, useStrings } from "./strings";
import type { StepId } from "./steps";
import { useWorkbook, type WorkbookApi } from "./workbook";

/** A yes/no question for the pane's confirm dialog; `onConfirm` runs only on yes. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}

/** What failOrAskToReplace asks: a title, a body naming the sheet, and optionally the yes button's text. */
export interface ReplaceQuestion {
  title: string;
  body: (sheetName: string) => string;
  confirmLabel?: string;
}

export interface PaneServices {
  workbook: WorkbookApi;
  /** False outside Excel: steps offer nothing that would call the workbook. */
  excelAvailable: boolean;
  /** The workbook's decimal and group separators; unknown (every "1.000" is asked about) until read. */
  culture: NumberCulture;
  /** The language the workbook's sheets are written in (its culture's); English until read. */
  sheetLanguage: Language;
  /** True while a step runs; other actions are disabled until it ends. */
  busy: boolean;
  /** Runs one step against the workbook with the pane marked busy; nothing thrown goes unreported. */
  run(busyText: string, work: () => Promise<void>): Promise<void>;
  report(kind: "success" | "info" | "error", text: string): void;
  /** Reports a refusal from the adapter in words, with what to do. */
  fail(error: WorkbookError): void;
  /** Reports an exception nobody planned for, with its message. */
  failUnexpectedly(error: unknown): void;
  clearStatus(): void;
  /** Opens these steps (those already open stay open). */
  openSteps(...ids: StepId[]): void;
  /**
   * A refusal to build a sheet: when it is only that the sheet exists, asks whether to replace
   * it (asking is the step's answer, not a failure) and calls `replace` on yes; otherwise fails.
   * The yes button reads "Replace" unless the question names its own `confirmLabel`.
   */
  failOrAskToReplace(error: WorkbookError, question: ReplaceQuestion, replace: () => void): void;
  /** Brings a sheet to the front, reporting a failure. */
  showSheet(sheetName: string): Promise<void>;
}

/**
 * Reads something from the workbook once the pane runs in Excel, and hands it to `loaded` unless
 * the pane has gone meanwhile; a refusal or an exception is reported. Read again whenever `read`
 * or `loaded` changes (both from useCallback: their dependencies say when), or the language of
 * the messages does.
 */
export function useWorkbookLoad<T>(
  { excelAvailable, fail, failUnexpectedly }: Pick<PaneServices, "excelAvailable" | "fail" | "failUnexpectedly">,
  read: () => Promise<WorkbookResult<T>>,
  loaded: (value: T) => void,
): void {
  useEffect(() => {
    if (!excelAvailable) return;
    let mounted = true;
    read()
      .then((result) => {
        if (!mounted) return;
        if (!result.ok) return fail(result.error);
        loaded(result.value);
      })
      .catch((error: unknown) => {
        if (mounted) failUnexpectedly(error);
      });
    return () => {
      mounted = false;
    };
  }, [excelAvailable, read, loaded, fail, failUnexpectedly]);
}

export interface PaneShell {
  services: PaneServices;
  status: Status;
  openStepIds: StepId[];
  setOpenStepIds(ids: StepId[]): void;
  /** The last question asked, kept while the dialog animates out after an answer. */
  confirmation: ConfirmRequest | null;
  confirmationOpen: boolean;
  answerConfirmation(yes: boolean): void;
}

export function usePaneShell(excelAvailable: boolean): PaneShell {
  const strings = useStrings();
  const format = useFormat();
  const workbook = useWorkbook();

  const [status, setStatus] = useState<Status>(null);
  const serial = useRef(0);
  const [busy, setBusy] = useState(false);
  const [openStepIds, setOpenStepIds] = useState<StepId[]>(["forecast"]);
  const [confirmation, setConfirmation] = useState<ConfirmRequest | null>(null);
  const [confirmationOpen, setConfirmationOpen] = useState(false);

  const report = useCallback((kind: "success" | "info" | "error", text: string) => {
    serial.current += 1;
    setStatus({ kind, text, serial: serial.current });
  }, []);
  const fail = useCallback(
    (error: WorkbookError) => report("error", describeWorkbookError(strings, format, error)),
    [report, strings, format],
  );
  const failUnexpectedly = useCallback(
    (error: unknown) => report("error", strings.app.unexpectedFailure(error instanceof Error ? error.message : String(error))),
    [report, strings],
  );
  const clearStatus = useCallback(() => setStatus(null), []);
  const openSteps = useCallback(
    (...ids: StepId[]) => setOpenStepIds((current) => [...current, ...ids.filter((id) => !current.includes(id))]),
    [],
  );
  const run = useCallback(
    async (busyText: string, work: () => Promise<void>) => {
      setBusy(true);
      setStatus({ kind: "busy", text: busyText });
      try {
        await work();
      } catch (error) {
        failUnexpectedly(error);
      } finally {
        setBusy(false);
        setStatus((current) => (current?.kind === "busy" ? null : current));
      }
    },
    [failUnexpectedly],
  );
  const [culture, setCulture] = useState<NumberCulture>(UNKNOWN_CULTURE);
  const [sheetLanguage, setSheetLanguage] = useState<Language>("en");
  useWorkbookLoad(
    { excelAvailable, fail, failUnexpectedly },
    useCallback(() => workbook.getWorkbookCulture(), [workbook]),
    useCallback((read: WorkbookCulture) => {
      setCulture(read.numbers);
      setSheetLanguage(read.language);
    }, []),
  );
  const confirm = useCallback((request: ConfirmRequest) => {
    setConfirmation(request);
    setConfirmationOpen(true);
  }, []);
  const failOrAskToReplace = useCallback(
    (error: WorkbookError, question: ReplaceQuestion, replace: () => void) => {
      if (error.code !== "sheetExists") return fail(error);
      setStatus(null);
      confirm({
        title: question.title,
        body: question.body(error.sheetName),
        confirmLabel: question.confirmLabel ?? strings.source.replaceConfirm,
        cancelLabel: strings.source.cancel,
        onConfirm: replace,
      });
    },
    [fail, confirm, strings],
  );
  const showSheet = useCallback(
    (sheetName: string) =>
      run(strings.app.busy, async () => {
        const shown = await workbook.showSheet(sheetName);
        if (!shown.ok) fail(shown.error);
      }),
    [run, workbook, fail, strings],
  );
  const answerConfirmation = (yes: boolean) => {
    setConfirmationOpen(false);
    if (yes && confirmationOpen) confirmation?.onConfirm();
  };

  const services = useMemo<PaneServices>(
    () => ({ workbook, excelAvailable, culture, sheetLanguage, busy, run, report, fail, failUnexpectedly, clearStatus, openSteps, failOrAskToReplace, showSheet }),
    [workbook, excelAvailable, culture, sheetLanguage, busy, run, report, fail, failUnexpectedly, clearStatus, openSteps, failOrAskToReplace, showSheet],
  );
  return {
    services,
    status,
    openStepIds,
    setOpenStepIds,
    confirmation,
    confirmationOpen,
    answerConfirmation,
  };
}
