/**
 * The record of generated sheets, kept in the workbook's settings beside the scenarios. Plain
 * functions: the adapter reads and writes the settings, these decide.
 *
 * Sheets are recorded by their worksheet id, which survives renames; a sheet the person renamed
 * is still known as generated, and a sheet that is not recorded is the person's and is never
 * written to, replaced or deleted.
 */
import type { GeneratedKind, GeneratedSheet } from "./api";

export const REGISTRY_SETTING = "wfm.generatedSheets";
const REGISTRY_VERSION = 1;

export interface RegistryEntry {
  sheetId: string;
  /** Name when generated (the current name comes from the workbook). */
  sheetName: string;
  kind: GeneratedKind;
  scenarioIds: string[];
  createdAt: string;
  /** What the sheet is of, beyond its scenario: a performance sheet's period ("month:2025-03"). */
  key?: string;
}

export interface StoredRegistry {
  version: number;
  sheets: RegistryEntry[];
}

export function toStoredRegistry(entries: RegistryEntry[]): StoredRegistry {
  return { version: REGISTRY_VERSION, sheets: entries };
}

/** The entries of a stored value; anything unreadable counts as no record (nothing is then treated as generated). */
export function fromStoredRegistry(value: unknown): RegistryEntry[] {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as StoredRegistry).sheets)) return [];
  return (parsed as StoredRegistry).sheets.filter(
    (e) => typeof e === "object" && e !== null && typeof e.sheetId === "string" && typeof e.kind === "string",
  );
}

export interface SheetIdentity {
  name: string;
  id: string;
}

/** Generated sheets that still exist, under their current names. */
export function generatedSheets(entries: RegistryEntry[], sheets: SheetIdentity[]): GeneratedSheet[] {
  const byId = new Map(sheets.map((s) => [s.id, s.name]));
  return entries
    .filter((e) => byId.has(e.sheetId))
    .map((e) => ({
      sheetName: byId.get(e.sheetId) as string,
      kind: e.kind,
      scenarioId: e.scenarioIds[0] ?? null,
      scenarioIds: [...e.scenarioIds],
      createdAt: e.createdAt,
      key: typeof e.key === "string" ? e.key : null,
    }));
}

/** Drops entries whose sheets no longer exist (deleted by the person). */
export function pruneRegistry(entries: RegistryEntry[], sheets: SheetIdentity[]): RegistryEntry[] {
  const ids = new Set(sheets.map((s) => s.id));
  return entries.filter((e) => ids.has(e.sheetId));
}

/** Naming rules for new sheets and tables are the planner's (plain logic, tested without Excel). */
export { MAX_SHEET_NAME, uniqueSheetName, uniqueTableName } from "../planner/names";
