/**
 * The list of worksheet functions the pane shows, read from the functions.json that
 * custom-functions-metadata-plugin writes from the functions' JSDoc, so the pane never drifts
 * from what Excel registers.
 */
export const FUNCTION_NAMESPACE = "WFM";

export interface WorksheetFunction {
  /** The name as typed in a cell, for example WFM.AGENTS_REQUIRED. */
  formulaName: string;
  description: string;
}

interface FunctionsMetadata {
  functions: Array<{ name: string; description?: string }>;
}

function isFunctionsMetadata(value: unknown): value is FunctionsMetadata {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as FunctionsMetadata).functions) &&
    (value as FunctionsMetadata).functions.every((entry) => typeof entry?.name === "string")
  );
}

export function catalogFromMetadata(metadata: unknown): WorksheetFunction[] {
  if (!isFunctionsMetadata(metadata)) {
    throw new Error("functions.json does not list any functions");
  }
  return metadata.functions.map((entry) => ({
    formulaName: `${FUNCTION_NAMESPACE}.${entry.name}`,
    description: entry.description ?? "",
  }));
}

export async function loadFunctionCatalog(metadataUrl = "functions.json"): Promise<WorksheetFunction[]> {
  const response = await fetch(metadataUrl);
  if (!response.ok) {
    throw new Error(`${metadataUrl} answered ${response.status} ${response.statusText}`);
  }
  return catalogFromMetadata(await response.json());
}
