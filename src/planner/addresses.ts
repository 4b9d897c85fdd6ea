/**
 * A1 addresses: column letters, sheet-name quoting, parsing the addresses Excel reports
 * ("Sheet1!A1:C49", "'My sheet'!B2"). Formulas always quote the sheet name ('Forecast'!B2),
 * which Excel accepts for every name; addresses shown to the person quote only when needed.
 */

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'Forecast', 'It''s mine': the quoted form Excel always accepts in formulas. */
export function quoteSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** The sheet name as Excel itself writes it in an address: quoted only when needed. */
export function displaySheet(sheetName: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(sheetName);
  const looksLikeCell = /^[A-Za-z]{1,3}[0-9]+$/.test(sheetName) || /^[Rr]([0-9]+)?[Cc]([0-9]+)?$/.test(sheetName);
  return plain && !looksLikeCell ? sheetName : quoteSheet(sheetName);
}

/** "Forecast!C7" for messages. */
export function cellAddress(sheetName: string, column: number, row: number): string {
  return `${displaySheet(sheetName)}!${columnLetters(column)}${row}`;
}

/** 'Forecast'!C7 for formulas. */
export function formulaCell(sheetName: string, columnLetter: string, row: number): string {
  return `${quoteSheet(sheetName)}!${columnLetter}${row}`;
}

/** "$B$5". */
export function absolute(columnLetter: string, row: number): string {
  return `$${columnLetter}$${row}`;
}

export interface ParsedAddress {
  /** Unquoted sheet name, or null when the address has none. */
  sheetName: string | null;
  /** 1-based first and last rows and columns. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parses "Sheet!A1:C49", "'My sheet'!B2", "A1:C49", "$A$1", "A:C" (whole columns: rows 1 to
 * 1,048,576) and "2:5" (whole rows). Returns null for anything else (several areas included).
 */
export function parseAddress(address: string): ParsedAddress | null {
  let rest = address.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const sheetPart = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (/^'.*'$/.test(sheetPart)) sheetName = sheetPart.slice(1, -1).replace(/''/g, "'");
    else if (sheetPart.length > 0 && !/['!]/.test(sheetPart)) sheetName = sheetPart;
    else return null;
  }
  const parts = rest.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const cell = /^([A-Z]{1,3})?([0-9]{1,7})?$/;
  const first = cell.exec(parts[0]);
  const last = cell.exec(parts[parts.length - 1]);
  if (!first || !last) return null;
  const MAX_ROW = 1_048_576;
  const MAX_COLUMN = 16_384;
  const [, c1, r1] = first;
  const [, c2, r2] = last;
  if (!c1 && !r1) return null;
  // Whole columns ("A:C") or whole rows ("2:5") only as ranges of the same kind.
  if ((!r1 || !r2) && (r1 || r2)) return null;
  if ((!c1 || !c2) && (c1 || c2)) return null;
  if (parts.length === 1 && (!c1 || !r1)) return null;
  const top = r1 ? Number(r1) : 1;
  const bottom = r2 ? Number(r2) : MAX_ROW;
  const left = c1 ? columnNumber(c1) : 1;
  const right = c2 ? columnNumber(c2) : MAX_COLUMN;
  if (top < 1 || left < 1 || bottom > MAX_ROW || right > MAX_COLUMN) return null;
  return {
    sheetName,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** "A1:C49" (no sheet) for a block. */
export function blockAddress(top: number, left: number, bottom: number, right: number): string {
  const first = `${columnLetters(left)}${top}`;
  return top === bottom && left === right ? first : `${first}:${columnLetters(right)}${bottom}`;
}

/** "Forecast!A1:C49" for messages. */
export function displayBlock(sheetName: string, top: number, left: number, bottom: number, right: number): string {
  return `${displaySheet(sheetName)}!${blockAddress(top, left, bottom, right)}`;
}
