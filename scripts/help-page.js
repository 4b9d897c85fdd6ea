// Build step: the functions' help links (@helpurl in src/functions/functions.ts) point into
// help.html, which is README.md rendered as a page served by the add-in itself, with the same
// heading anchors GitHub gives. In a production build the links in functions.json move from
// the dev server to the production address, as manifest.xml does.
"use strict";

const fs = require("fs");
const path = require("path");

/** GitHub's heading slug: lower case, punctuation other than - and _ dropped, spaces to -. */
function slug(text) {
  return text
    .toLowerCase()
    .trim()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function renderReadme(markdown) {
  // marked is an ES module: loaded when the page is built, not when webpack.config.js is read.
  const { Marked } = require("marked");
  const seen = new Map();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const base = slug(text);
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count}`;
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WFM Erlang Staffing: help</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
  code, pre { font-family: Consolas, "Cascadia Mono", monospace; background: #f5f5f5; }
  pre { padding: 0.75rem; overflow-x: auto; }
  table { border-collapse: collapse; } th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; }
  img { max-width: 100%; }
  @media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #f0f0f0; } code, pre { background: #2b2b2b; } }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

class HelpPagePlugin {
  constructor({ readme, urlDev, urlProd, production }) {
    this.readme = readme;
    this.urlDev = urlDev;
    this.urlProd = urlProd;
    this.production = production;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.fileDependencies.add(this.readme);
      compilation.hooks.processAssets.tap(
        { name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const html = renderReadme(fs.readFileSync(this.readme, "utf8"));
          compilation.emitAsset("help.html", new sources.RawSource(html));
        },
      );
      compilation.hooks.processAssets.tap(
        { name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!this.production || !metadata) return;
          const text = metadata.source.source().toString().replaceAll(this.urlDev, this.urlProd);
          compilation.updateAsset("functions.json", new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = { HelpPagePlugin, renderReadme, slug, README: path.resolve(__dirname, "..", "README.md") };
