/**
 * Writes the client copy the add-in makes for the sample (test/fixtures/client-copy/real-copy.ts:
 * the client report of March 2025 from the sample actuals, and the sample plan, values only) to
 * the .xlsx file named on the command line. Used by render-client-copy.sh; not part of `npm test`.
 */
import { writeFileSync } from "node:fs";
import { writeXlsx } from "../src/xlsx/workbook";
import { realClientCopy } from "../test/fixtures/client-copy/real-copy";

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx scripts/write-client-copy.ts <file.xlsx>");
  process.exit(2);
}
const { sheets, properties } = realClientCopy();
writeFileSync(target, writeXlsx(sheets, properties));
console.log(`${target}: ${sheets.map((s) => s.sheetName).join(", ")}`);
