import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { loadFunctionCatalog, WorksheetFunction } from "./functionCatalog";
import { strings } from "./strings/en";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  functionList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  functionName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    display: "block",
  },
});

type CatalogState =
  | { status: "loading" }
  | { status: "loaded"; functions: WorksheetFunction[] }
  | { status: "failed"; reason: string };

export interface AppProps {
  loadFunctions?: () => Promise<WorksheetFunction[]>;
}

export function App({ loadFunctions = loadFunctionCatalog }: AppProps) {
  const styles = useStyles();
  const [catalog, setCatalog] = useState<CatalogState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    loadFunctions().then(
      (functions) => current && setCatalog({ status: "loaded", functions }),
      (error: unknown) =>
        current &&
        setCatalog({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [loadFunctions]);

  return (
    <main className={styles.root}>
      <Title2 as="h1">{strings.title}</Title2>
      <Body1>{strings.summary}</Body1>
      <Subtitle2 as="h2">{strings.howToUseHeading}</Subtitle2>
      <Body1>{strings.howToUse}</Body1>
      <Caption1>{strings.models}</Caption1>
      {catalog.status === "loading" && <Spinner size="tiny" label={strings.loadingFunctions} />}
      {catalog.status === "failed" && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.functionsUnavailable(catalog.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {catalog.status === "loaded" && (
        <ul className={styles.functionList} aria-label={strings.functionListLabel}>
          {catalog.functions.map((worksheetFunction) => (
            <li key={worksheetFunction.formulaName}>
              <code className={styles.functionName}>{worksheetFunction.formulaName}</code>
              <Caption1>{worksheetFunction.description}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
