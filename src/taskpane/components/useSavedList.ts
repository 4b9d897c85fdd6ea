/**
 * The state and actions behind a SavedList (SavedList.tsx): which stored items are ticked for
 * comparing, the last comparison, and rename, duplicate (the copy ticked with its source, to be
 * compared), delete and compare, each run through the pane and reported in the status bar. The
 * scenarios step and the capacity step each keep one, over their own workbook calls and texts.
 */
import { useState } from "react";
import type { WorkbookResult } from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useStrings, type Strings } from "../strings";

/** The list with `id` in it (last) when `on`, without it otherwise. */
export function toggled(list: string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((other) => other !== id), id] : list.filter((other) => other !== id);
}

/** What a saved list does with the workbook: its calls, and what to do with the stored list they return. */
export interface SavedListCalls<T extends { id: string; name: string }, Changes, Compared> {
  rename(id: string, newName: string): Promise<WorkbookResult<T[]>>;
  duplicate(id: string, changes: Changes): Promise<WorkbookResult<{ scenario: T; scenarios: T[] }>>;
  remove(id: string, options: { deleteSheets: boolean }): Promise<WorkbookResult<T[]>>;
  compare(ids: string[]): Promise<WorkbookResult<{ comparison: Compared; sheetName: string }>>;
  /** Keeps the stored list a call returned. */
  store(items: T[]): void;
  /** After a rename is stored, before it is reported (a form showing the old name takes the new one). */
  renamed(item: T, newName: string): void;
}

/** The texts a saved list reports in: the scenarios' or the capacity plans'. */
export type SavedListTexts = Pick<Strings["scenarios"], "renamed" | "duplicated" | "deleted" | "comparing" | "compared">;

export interface SavedList<T, Changes, Compared> {
  selectedIds: string[];
  comparison: Compared | null;
  onToggle(id: string, selected: boolean): void;
  onRename(item: T, newName: string): Promise<void>;
  onDuplicate(item: T, changes: Changes): Promise<void>;
  onDelete(item: T, deleteSheets: boolean): Promise<void>;
  onCompare(): Promise<void>;
}

export function useSavedList<T extends { id: string; name: string }, Changes, Compared>(
  { run, report, fail }: Pick<PaneServices, "run" | "report" | "fail">,
  items: T[],
  calls: SavedListCalls<T, Changes, Compared>,
  texts: SavedListTexts,
): SavedList<T, Changes, Compared> {
  const strings = useStrings();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [comparison, setComparison] = useState<Compared | null>(null);

  const onRename = (item: T, newName: string) =>
    run(strings.app.busy, async () => {
      const renamed = await calls.rename(item.id, newName);
      if (!renamed.ok) return fail(renamed.error);
      calls.store(renamed.value);
      calls.renamed(item, newName);
      report("success", texts.renamed(item.name, newName));
    });

  const onDuplicate = (item: T, changes: Changes) =>
    run(strings.app.busy, async () => {
      const duplicated = await calls.duplicate(item.id, changes);
      if (!duplicated.ok) return fail(duplicated.error);
      calls.store(duplicated.value.scenarios);
      // The copy is made to be compared with its source: tick both.
      setSelectedIds((current) => [...current, ...[item.id, duplicated.value.scenario.id].filter((id) => !current.includes(id))]);
      report("success", texts.duplicated(duplicated.value.scenario.name));
    });

  const onDelete = (item: T, deleteSheets: boolean) =>
    run(strings.app.busy, async () => {
      const deleted = await calls.remove(item.id, { deleteSheets });
      if (!deleted.ok) return fail(deleted.error);
      calls.store(deleted.value);
      setSelectedIds((current) => current.filter((id) => id !== item.id));
      report("success", texts.deleted(item.name));
    });

  const onCompare = () =>
    run(texts.comparing, async () => {
      const ids = items.filter((item) => selectedIds.includes(item.id)).map((item) => item.id);
      const compared = await calls.compare(ids);
      if (!compared.ok) return fail(compared.error);
      setComparison(compared.value.comparison);
      report("success", texts.compared(compared.value.sheetName));
    });

  return {
    selectedIds,
    comparison,
    onToggle: (id, selected) => setSelectedIds((current) => toggled(current, id, selected)),
    onRename,
    onDuplicate,
    onDelete,
    onCompare,
  };
}
