/**
 * @jest-environment node
 *
 * The quick starts in Estonian and Portuguese (docs/README.et.md, docs/README.pt.md): linked from
 * the top of README.md; each covers set-up, a first formula, a first plan and every worksheet
 * function in WORKSHEET_FUNCTIONS (a function added later fails here until both say what it
 * does); and the first formula's numbers are what the functions give.
 */
import * as fs from "fs";
import * as path from "path";
import * as wfm from "../src/functions/functions";

const ROOT = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

const QUICK_STARTS = [
  { file: "docs/README.et.md", headings: ["Paigaldamine", "Esimene valem", "Esimene plaan", "Funktsioonid"], decimal: "," },
  { file: "docs/README.pt.md", headings: ["Instalação", "Primeira fórmula", "Primeiro dimensionamento", "Funções"], decimal: "," },
];

test("README.md links both quick starts from its top", () => {
  const top = read("README.md").split("\n").slice(0, 6).join("\n");
  for (const { file } of QUICK_STARTS) expect(top).toContain(`](${file})`);
});

describe.each(QUICK_STARTS)("$file", ({ file, headings, decimal }) => {
  const text = read(file);

  test("has set-up, a first formula, a first plan and the functions", () => {
    const found = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(found).toEqual(headings);
  });

  test("says in one line what every worksheet function does", () => {
    const table = text.slice(text.indexOf(`## ${headings[3]}`));
    const rows = [...table.matchAll(/^\| `WFM\.([A-Z_]+)` \| (.+) \|$/gm)];
    expect(rows.map((row) => row[1]).sort()).toEqual(Object.keys(wfm.WORKSHEET_FUNCTIONS).sort());
    for (const row of rows) expect(row[2].length).toBeGreaterThan(15);
  });

  test("gives the first formula's results as the functions compute them", () => {
    const F = wfm.WORKSHEET_FUNCTIONS;
    const prose = text.replace(/\s+/g, " ");
    expect(text).toContain("=WFM.AGENTS_REQUIRED(100; 180; 80%; 20)");
    expect(text).toContain(`**${F.AGENTS_REQUIRED([[100]], [[180]], [[0.8]], [[20]])[0][0]}**`);
    const serviceLevel = F.SERVICE_LEVEL([[100]], [[180]], [[14]], [[20]])[0][0] as number;
    expect(prose).toContain(`\`=WFM.SERVICE_LEVEL(100; 180; 14; 20)\` ${file.includes(".et.") ? "annab" : "dá"} ${serviceLevel.toFixed(3).replace(".", decimal)}`);
    expect(prose).toContain(`\`=WFM.SCHEDULED_STAFF(14; 30%)\` ${file.includes(".et.") ? "annab" : "dá"} ${F.SCHEDULED_STAFF([[14]], [[0.3]])[0][0]}`);
  });

  test("links to the full README", () => {
    expect(text).toContain("](../README.md)");
  });
});
