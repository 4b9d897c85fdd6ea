/**
 * The READMEs walk through the pane's steps under the same numbers and titles as the pane shows
 * them: README.md as "**7. Actuals.**", the quick starts as "7. **Tegelikud andmed.**". The pane
 * numbers a step by its place in src/taskpane/steps.ts's STEPS, so a step added there renumbers
 * the pane at once; this fails until the READMEs follow, naming what they say instead.
 */
import { readFileSync } from "fs";
import path from "path";
import { STEPS, stepNumber } from "../../src/taskpane/steps";
import { en, type Strings } from "../../src/taskpane/strings/en";
import { et } from "../../src/taskpane/strings/et";
import { ptBR } from "../../src/taskpane/strings/pt-BR";
import { complete } from "../../src/taskpane/strings/translation";

const ROOT = path.resolve(__dirname, "../..");

/** Every "N. Title" the text numbers, where the title is one of the pane's step titles, in the text's order. */
function numberedSteps(text: string, strings: Strings, pattern: (title: string) => string): string[] {
  const titles = STEPS.map((id) => strings[id].heading);
  const escape = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(pattern(`(${titles.map(escape).join("|")})`), "gm");
  return [...text.matchAll(found)].map((match) => `${match[1]}. ${match[2]}`);
}

const README = [
  // README.md: a paragraph that opens "**3. Plan.**" (the Capacity plan's own form sections, "**1. Required FTE by week.**", are not steps).
  { file: "README.md", strings: en, pattern: (titles: string) => `^\\*\\*(\\d+)\\. ${titles}\\.\\*\\*` },
  // The quick starts: a numbered list item "3. **Plaan.**".
  { file: "docs/README.et.md", strings: complete(en, et), pattern: (titles: string) => `^(\\d+)\\. \\*\\*${titles}\\.\\*\\*` },
  { file: "docs/README.pt.md", strings: complete(en, ptBR), pattern: (titles: string) => `^(\\d+)\\. \\*\\*${titles}\\.\\*\\*` },
];

test.each(README)("$file numbers the pane's steps as the pane does, in its order", ({ file, strings, pattern }) => {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  expect(numberedSteps(text, strings, pattern)).toEqual(STEPS.map((id) => `${stepNumber(id)}. ${strings[id].heading}`));
});
