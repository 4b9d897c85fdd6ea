/**
 * Excel tables (ListObjects) as table parts (ECMA-376 Part 1, 18.5). Excel repairs a file whose
 * table does not match its sheet, so the checks are Excel's: a valid name, unique in the
 * workbook ignoring case; a header row of distinct, non-empty text that the columns are named
 * by exactly; at least one data row; no overlap with another table.
 */
import { parseAddress, type ParsedAddress } from "../planner/addresses";
import type { SheetSpec } from "../planner/layout";
import type { SheetGrid } from "./cells";
import { attributes, escapeXml, part } from "./xml";

type TableSpec = SheetSpec["tables"][number];

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Names Excel accepts for a table: a letter, _ or \ first, then letters, digits, _ . \; not a cell reference, not R or C. */
export function tableNameProblem(name: string): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) return "it must start with a letter or _ and hold only letters, digits, _ and .";
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return "it reads as a cell reference";
  return null;
}

export interface PlacedTable {
  spec: TableSpec;
  area: ParsedAddress;
  columnNames: string[];
}

/** Checks a sheet's tables against its cells; returns them with their column names. */
export function placeTables(sheetName: string, tables: readonly TableSpec[], grid: SheetGrid): PlacedTable[] {
  const placed: PlacedTable[] = [];
  for (const spec of tables) {
    const fail = (why: string) => {
      throw new Error(`The table ${spec.name} on ${sheetName}: ${why}.`);
    };
    const nameProblem = tableNameProblem(spec.name);
    if (nameProblem) fail(`"${spec.name}" is not a table name (${nameProblem})`);
    const area = parseAddress(spec.address);
    if (!area || area.sheetName !== null) return fail(`"${spec.address}" is not a range on the sheet`);
    if (area.bottom <= area.top) fail("it needs a header row and at least one data row");
    const columnNames: string[] = [];
    for (let column = area.left; column <= area.right; column++) {
      const value = grid.get(area.top, column)?.value;
      if (!value || value.kind !== "text" || value.value.trim() === "") fail(`its header cells must all hold text`);
      const name = (value as { value: string }).value;
      if (columnNames.some((n) => n.toLowerCase() === name.toLowerCase())) fail(`two columns are called "${name}"`);
      columnNames.push(name);
    }
    for (const other of placed) {
      const o = other.area;
      if (area.left <= o.right && o.left <= area.right && area.top <= o.bottom && o.top <= area.bottom) fail(`it overlaps ${other.spec.name}`);
    }
    placed.push({ spec, area, columnNames });
  }
  return placed;
}

/** A table part; `id` is unique in the workbook. */
export function tableXml(table: PlacedTable, id: number): string {
  const ref = table.spec.address.replace(/\$/g, "").toUpperCase();
  const columns = table.columnNames.map((name, i) => `<tableColumn${attributes({ id: i + 1, name: tableColumnName(name) })}/>`).join("");
  return part(
    `<table xmlns="${MAIN}"${attributes({ id, name: table.spec.name, displayName: table.spec.name, ref, headerRowCount: 1, totalsRowShown: 0 })}>` +
      `<autoFilter ref="${escapeXml(ref)}"/>` +
      `<tableColumns count="${table.columnNames.length}">${columns}</tableColumns>` +
      `<tableStyleInfo${attributes({ name: table.spec.style, showFirstColumn: 0, showLastColumn: 0, showRowStripes: 1, showColumnStripes: 0 })}/>` +
      "</table>",
  );
}

/** A column name as the table part stores it: line breaks as Excel's _x000a_ escape. */
function tableColumnName(name: string): string {
  return name.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r?\n/g, "_x000a_");
}
