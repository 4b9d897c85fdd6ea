/**
 * The scenario planner: its steps in one column (forecast, targets, plan, scenarios, roster
 * check, capacity plan; then looking back: actuals, team metrics and the client report) under a
 * short explanation and the "Create sample forecast" and "Create sample actuals" actions. The
 * pane holds what the person is editing; the workbook holds everything that lasts (forecast,
 * scenarios, sheets), read and written only through src/workbook/api.ts. Every call's outcome
 * reaches the status bar.
 *
 * This file only composes. Each step is a section component (components/…Section.tsx) and a hook
 * holding that step's state (components/use…Step.ts), given the shared services of pane.ts and
 * the steps it builds on. Hooks are called here, above the accordion, because a closed step's
 * section unmounts and its state must outlive that. Steps appear in steps.ts's STEPS order and
 * are numbered by it. Adding a step: its id in STEPS (in its place: every step after it is
 * renumbered), one hook call and one entry in `steps` below.
 */
import { Accordion, Body1, Button, makeStyles, tokens, Title2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ActualsSection } from "./components/ActualsSection";
import { CapacitySection } from "./components/CapacitySection";
import { ClientSection } from "./components/ClientSection";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { ForecastSection } from "./components/ForecastSection";
import { LanguageMenu } from "./components/LanguageMenu";
import { PaneStep } from "./components/PaneStep";
import { PlanSection } from "./components/PlanSection";
import { RosterSection } from "./components/RosterSection";
import { ScenariosSection } from "./components/ScenariosSection";
import { StatusBar } from "./components/StatusBar";
import { TargetsSection } from "./components/TargetsSection";
import { TeamSection } from "./components/TeamSection";
import { useActualsStep } from "./components/useActualsStep";
import { useCapacityStep } from "./components/useCapacityStep";
import { useClientStep } from "./components/useClientStep";
import { useForecastStep } from "./components/useForecastStep";
import { usePlanStep } from "./components/usePlanStep";
import { useRosterStep } from "./components/useRosterStep";
import { useScenariosStep } from "./components/useScenariosStep";
import { useStoredScenarios } from "./components/useStoredScenarios";
import { useTargetsStep } from "./components/useTargetsStep";
import { useTeamStep } from "./components/useTeamStep";
import { usePaneShell } from "./pane";
import { STEPS, type StepId } from "./steps";
import { useStrings } from "./strings";

// The pane is exactly as tall as its window: the steps scroll in `content` and the status bar
// sits below them, never over them, so no figure hides behind a message at any scroll position.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    maxWidth: "100%",
    // Long sheet names and addresses wrap rather than widen the pane.
    overflowWrap: "break-word",
  },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    overflowY: "auto",
  },
  title: { margin: 0 },
  banner: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface AppProps {
  /** False when neither Office nor a stand-in provides Excel: the pane explains and stays usable to read. */
  excelAvailable: boolean;
}

export function App({ excelAvailable }: AppProps) {
  const strings = useStrings();
  const styles = useStyles();
  const shell = usePaneShell(excelAvailable);
  const pane = shell.services;

  const stored = useStoredScenarios(pane);
  const forecast = useForecastStep(pane);
  const targets = useTargetsStep(pane);
  const plan = usePlanStep(pane, { forecast, targets, stored });
  const scenarios = useScenariosStep(pane, { forecast, targets, plan, stored });
  const roster = useRosterStep(pane, { stored });
  const capacity = useCapacityStep(pane, { stored });
  const actuals = useActualsStep(pane, { forecast, stored });
  const team = useTeamStep(pane, { forecast, actuals });
  const client = useClientStep(pane, { actuals, team, stored, capacity });

  const steps: Record<StepId, { title: string; section: ReactNode }> = {
    forecast: { title: strings.forecast.heading, section: <ForecastSection {...forecast.section} /> },
    targets: { title: strings.targets.heading, section: <TargetsSection {...targets.section} /> },
    plan: { title: strings.plan.heading, section: <PlanSection {...plan.section} /> },
    scenarios: { title: strings.scenarios.heading, section: <ScenariosSection {...scenarios.section} /> },
    roster: { title: strings.roster.heading, section: <RosterSection {...roster.section} /> },
    capacity: { title: strings.capacity.heading, section: <CapacitySection {...capacity.section} /> },
    actuals: { title: strings.actuals.heading, section: <ActualsSection {...actuals.section} /> },
    team: { title: strings.team.heading, section: <TeamSection {...team.section} /> },
    client: { title: strings.client.heading, section: <ClientSection {...client.section} /> },
  };

  return (
    <div className={styles.root}>
      <main className={styles.content}>
        <Title2 as="h1" className={styles.title}>
          {strings.app.title}
        </Title2>
        {!excelAvailable && (
          <div className={styles.banner} role="note">
            <Body1>{strings.app.notInExcel}</Body1>
          </div>
        )}
        <div className={styles.intro}>
          <Body1>{strings.app.intro}</Body1>
          <Body1>{strings.app.introSample}</Body1>
          <Button appearance="primary" onClick={forecast.createSample} disabledFocusable={pane.busy || !excelAvailable}>
            {strings.app.createSample}
          </Button>
          <Body1>{strings.app.introSampleActuals}</Body1>
          <Button
            onClick={() => actuals.createSample((sample) => team.read({ kind: "table", name: sample.teamTable }))}
            disabledFocusable={pane.busy || !excelAvailable}
          >
            {strings.app.createSampleActuals}
          </Button>
        </div>
        <Accordion
          multiple
          collapsible
          openItems={shell.openStepIds}
          onToggle={(_event, data) => shell.setOpenStepIds(data.openItems as StepId[])}
          aria-label={strings.app.sections}
        >
          {STEPS.map((id) => (
            <PaneStep key={id} id={id} title={steps[id].title}>
              {steps[id].section}
            </PaneStep>
          ))}
        </Accordion>
        {/* Last, so the first Tab still reaches the first action; in view while the steps are closed. */}
        <LanguageMenu />
      </main>
      <StatusBar status={shell.status} onDismiss={pane.clearStatus} />
      <ConfirmDialog
        open={shell.confirmationOpen}
        title={shell.confirmation?.title ?? ""}
        confirmLabel={shell.confirmation?.confirmLabel ?? ""}
        cancelLabel={shell.confirmation?.cancelLabel ?? ""}
        onCancel={() => shell.answerConfirmation(false)}
        onConfirm={() => shell.answerConfirmation(true)}
      >
        <Body1>{shell.confirmation?.body ?? ""}</Body1>
      </ConfirmDialog>
    </div>
  );
}
