/**
 * One step of the pane as an accordion item: its numbered heading and its section. The number is
 * the step's place in pane.ts's STEPS, so headings never hold a number typed by hand. The section
 * unmounts while the step is closed, so a step's state lives in its hook, called in App.tsx,
 * never in the section.
 */
import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { stepNumber, type StepId } from "../steps";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { paddingBottom: tokens.spacingVerticalL, minWidth: 0 },
  // The headers' default side padding wastes a fifth of a 320 px pane.
  header: { "& > button": { paddingLeft: 0, paddingRight: 0 } },
});

/** `heading`: the step's name ("Forecast"); it is shown numbered ("1. Forecast"). */
export function PaneStep({ id, heading, children }: { id: StepId; heading: string; children: ReactNode }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <AccordionItem value={id}>
      <AccordionHeader as="h2" className={styles.header}>
        {strings.app.stepHeading(stepNumber(id), heading)}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}
