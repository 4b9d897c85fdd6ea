// Build step: the two top-level switches of dist/functions.json that decide what Excel passes to
// the worksheet functions. custom-functions-metadata-plugin writes the file from the JSDoc in
// src/functions/ (functions.ts, reporting.ts, capacity.ts) and sets only
// "allowCustomDataForDataTypeAny"; without "allowErrorForDataTypeAny" Excel does not call a
// function whose range holds an error cell at all, so one #N/A in a forecast column became the
// whole spill's result instead of one cell's
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json, the metadata
// reference's allowErrorForDataTypeAny and allowCustomDataForDataTypeAny).
"use strict";

/** The switches, both needed by src/functions/spill.ts (see its header comment). */
const RUNTIME_SWITCHES = {
  // Error cells inside a range reach the function as CustomFunctions.Error values.
  allowErrorForDataTypeAny: true,
  // Data types (entities, formatted numbers) reach it as their cell-value objects.
  allowCustomDataForDataTypeAny: true,
};

/** Sets RUNTIME_SWITCHES at the top of functions.json, before the function list. */
function withRuntimeSwitches(metadataText) {
  const metadata = JSON.parse(metadataText);
  return JSON.stringify({ ...RUNTIME_SWITCHES, ...metadata, ...RUNTIME_SWITCHES }, null, 4);
}

class FunctionsMetadataSwitchesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataSwitchesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataSwitchesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!metadata) {
            // custom-functions-metadata-plugin has already reported why it wrote no metadata.
            if (compilation.errors.length === 0) {
              compilation.errors.push(new Error("functions.json was not generated, so its switches cannot be set"));
            }
            return;
          }
          const text = withRuntimeSwitches(metadata.source.source().toString());
          compilation.updateAsset("functions.json", new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataSwitchesPlugin, RUNTIME_SWITCHES, withRuntimeSwitches };
