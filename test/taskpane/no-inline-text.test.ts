/**
 * Every word the pane shows comes from the string table (src/taskpane/strings/), so a translation
 * is one new file. This reads the pane's source with the TypeScript compiler and fails on text
 * written inline: JSX text, string literals given to visible props (label, placeholder, title,
 * aria-*) or rendered as children, and prose-like literals anywhere else in the pane's code.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import ts from "typescript";

const PANE = path.resolve(__dirname, "../../src/taskpane");
const STRINGS = path.join(PANE, "strings");

/** Props whose value a person sees or hears. */
const VISIBLE_PROPS = new Set([
  "label",
  "placeholder",
  "title",
  "alt",
  "hint",
  "validationMessage",
  "content",
  "confirmLabel",
  "cancelLabel",
  "children",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
]);

/** Calls whose string arguments are code, not text: styles, media queries, selectors. */
const CODE_CALLS = new Set(["makeStyles", "matchMedia", "querySelector", "querySelectorAll"]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return full === STRINGS ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const hasLetters = (text: string) => /\p{L}/u.test(text);
const looksLikeProse = (text: string) => /\p{L}{2,}[\s,.:;!?]+\p{L}{2,}/u.test(text);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
  return null;
}

/** Literals for developers (`throw new Error(...)`), module names, and code (styles, selectors). */
function isExempt(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isThrowStatement(current) || ts.isImportDeclaration(current) || ts.isExportDeclaration(current)) return true;
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      if (CODE_CALLS.has(name)) return true;
    }
  }
  return false;
}

function findInlineText(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const reported = new Set<ts.Node>();
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${path.relative(PANE, file)}:${line + 1}`;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetters(node.text)) {
      found.push(`${where(node)} JSX text ${JSON.stringify(node.text.trim())}`);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      if (VISIBLE_PROPS.has(name)) {
        const literals: ts.Node[] = [];
        const collect = (child: ts.Node) => {
          if (literalText(child) !== null) literals.push(child);
          else ts.forEachChild(child, collect);
        };
        collect(node.initializer);
        for (const literal of literals) {
          const value = literalText(literal) ?? "";
          reported.add(literal);
          if (hasLetters(value)) found.push(`${where(literal)} ${name}=${JSON.stringify(value)}`);
        }
      }
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const value = literalText(node.expression);
      reported.add(node.expression);
      if (value !== null && hasLetters(value)) found.push(`${where(node)} child ${JSON.stringify(value)}`);
    } else {
      const value = literalText(node);
      if (value !== null && !reported.has(node) && looksLikeProse(value) && !isExempt(node)) {
        found.push(`${where(node)} literal ${JSON.stringify(value)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the task pane has no inline user-visible text", () => {
  const files = sourceFiles(PANE);

  test("finds the pane's components", () => {
    expect(files.some((file) => file.endsWith("App.tsx"))).toBe(true);
    expect(files.filter((file) => file.includes(`${path.sep}components${path.sep}`)).length).toBeGreaterThanOrEqual(5);
  });

  test.each(files.map((file) => [path.relative(PANE, file), file]))("%s", (_name, file) => {
    expect(findInlineText(file)).toEqual([]);
  });

  test("the check itself catches inline text", () => {
    const probe = [
      'const A = () => (',
      '  <Field label="Name" hint={busy ? "Wait please" : s.hint} aria-label={s.ok}>',
      '    Hello {"there"} {s.fine}',
      '  </Field>',
      ');',
      'const message = "Something went wrong here";',
      'const layout = { display: "flex", gap: "1 / span 2" };',
    ].join("\n");
    const found = findInlineText(path.join(PANE, "probe.tsx"), probe);
    expect(found).toEqual([
      'probe.tsx:2 label="Name"',
      'probe.tsx:2 hint="Wait please"',
      'probe.tsx:3 JSX text "Hello"',
      'probe.tsx:3 child "there"',
      'probe.tsx:6 literal "Something went wrong here"',
    ]);
  });
});
