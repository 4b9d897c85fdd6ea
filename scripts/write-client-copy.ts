/**
 * Writes the sample client copy (test/fixtures/client-copy/) to the .xlsx file named on the
 * command line. Used by render-client-copy.sh; not part of `npm test`.
 */
import { writeFileSync } from "node:fs";
import { writeXlsx } from "../src/xlsx/workbook";
import { sampleClientCopy } from "../test/fixtures/client-copy/sample-copy";

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx scripts/write-client-copy.ts <file.xlsx>");
  process.exit(2);
}
const { sheets, properties } = sampleClientCopy();
writeFileSync(target, writeXlsx(sheets, properties));
console.log(`${target}: ${sheets.map((s) => s.sheetName).join(", ")}`);
