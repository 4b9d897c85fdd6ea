/**
 * One step of the pane as an accordion item: its heading, numbered by its place in the pane
 * (steps.ts's STEPS), and its section. The section unmounts while the step is closed, so a step's
 * state lives in its hook, called in App.tsx, never in the section.
 */
import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { stepNumber, type StepId } from "../steps";
import { useFormat, useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { paddingBottom: tokens.spacingVerticalL, minWidth: 0 },
  // The headers' default side padding wastes a fifth of a 320 px pane.
  header: { "& > button": { paddingLeft: 0, paddingRight: 0 } },
});

/** `title`: the step's title without its number ("Forecast"); it is shown numbered ("1. Forecast"). */
export function PaneStep({ id, title, children }: { id: StepId; title: string; children: ReactNode }) {
  const styles = useStyles();
  const strings = useStrings();
  const format = useFormat();
  return (
    <AccordionItem value={id}>
      <AccordionHeader as="h2" className={styles.header}>
        {strings.app.stepHeading(format.count(stepNumber(id)), title)}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}
