/** Step 3: name the scenario, save it, build its plan sheet; the last plan's figures. */
import { Body1, Button, Caption1, Field, Input, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { Fragment, useId } from "react";
import type { Plan } from "../../workbook/api";
import { useFormat, useStrings } from "../strings";
import { useSectionStyles } from "./styles";

export interface BuiltPlanView {
  scenarioName: string;
  sheetName: string;
  plan: Plan;
  costed: boolean;
}

export interface PlanSectionProps {
  scenarioName: string;
  nameError: string | undefined;
  canBuild: boolean;
  busy: boolean;
  lastPlan: BuiltPlanView | null;
  onNameChange: (name: string) => void;
  onBuild: () => void;
  onSave: () => void;
  onShowSheet: (sheetName: string) => void;
}

export function PlanSection(props: PlanSectionProps) {
  const s = useStrings().plan;
  const styles = useSectionStyles();
  return (
    <div className={styles.stack}>
      <Body1>{s.explain}</Body1>
      <Field
        label={s.scenarioName}
        required
        validationMessage={props.nameError}
        validationState={props.nameError ? "error" : "none"}
      >
        <Input
          className={styles.fullWidth}
          value={props.scenarioName}
          onChange={(_event, data) => props.onNameChange(data.value)}
        />
      </Field>
      {!props.canBuild && <Caption1 className={styles.muted}>{s.needsForecast}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onBuild} disabled={!props.canBuild} disabledFocusable={props.busy}>
          {s.build}
        </Button>
        <Button onClick={props.onSave} disabled={!props.canBuild} disabledFocusable={props.busy}>
          {s.save}
        </Button>
      </div>
      {props.lastPlan && <PlanFigures view={props.lastPlan} onShowSheet={props.onShowSheet} busy={props.busy} />}
    </div>
  );
}

function PlanFigures({
  view,
  onShowSheet,
  busy,
}: {
  view: BuiltPlanView;
  onShowSheet: (sheetName: string) => void;
  busy: boolean;
}) {
  const strings = useStrings();
  const s = strings.plan;
  const format = useFormat();
  const styles = useSectionStyles();
  const headingId = useId();
  const { summary } = view.plan;
  const rows: [string, string][] = [
    [s.peakAgents, format.count(summary.peakAgentsRequired)],
    [s.peakScheduled, format.number(summary.peakScheduledStaff, 1)],
    [s.hoursScheduled, format.number(summary.agentHoursScheduled, 1)],
    [s.fte, format.number(summary.fte, 1)],
    [s.dayServiceLevel, format.percent(summary.dayServiceLevel)],
    [s.dayAsa, `${format.seconds(summary.dayAverageSpeedOfAnswer)}${strings.units.seconds}`],
    [s.dayAbandon, format.percent(summary.dayAbandonRate)],
  ];
  if (view.costed && summary.dayCost !== null) rows.push([s.dayCost, format.number(summary.dayCost, 0)]);
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="plan-figures">
      <Subtitle2 as="h3" id={headingId} className={mergeClasses(styles.subheading, styles.wrap)}>
        {s.summaryHeading(view.scenarioName)}
      </Subtitle2>
      <dl className={styles.figures}>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onShowSheet(view.sheetName)} disabledFocusable={busy}>
          {s.showSheet}
        </Button>
      </div>
    </section>
  );
}
