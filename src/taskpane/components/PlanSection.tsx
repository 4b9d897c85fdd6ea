/** The Plan step: name the scenario, save it, build its plan sheet; the last plan's figures. */
import { Body1, Button, Caption1, Field, Input } from "@fluentui/react-components";
import type { Plan } from "../../workbook/api";
import { stepNumber } from "../steps";
import { useFormat, useStrings } from "../strings";
import { FiguresCard } from "./FiguresCard";
import { PeriodTable } from "./PeriodTable";
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
  const format = useFormat();
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
      {!props.canBuild && <Caption1 className={styles.muted}>{s.needsForecast(format.count(stepNumber("forecast")))}</Caption1>}
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
  const { summary, weeks, days } = view.plan;
  // "Day" only where the figure is one day's.
  const oneDay = summary.days <= 1;
  const shownDays = format.count(summary.days);
  const rows: [string, string][] = [
    [s.peakAgents, format.count(summary.peakAgentsRequired)],
    [s.peakScheduled, format.number(summary.peakScheduledStaff, 1)],
    [s.hoursScheduled, format.number(summary.agentHoursScheduled, 1)],
    ...(oneDay
      ? ([[s.fte, format.number(summary.fte, 1)]] as [string, string][])
      : ([
          [s.weekFte, format.number(summary.fte, 1)],
          [s.peakWeekFte, format.number(summary.peakWeekFte, 1)],
        ] as [string, string][])),
    [oneDay ? s.dayServiceLevel : s.periodServiceLevel(shownDays), format.percent(summary.serviceLevel)],
    [oneDay ? s.dayAsa : s.periodAsa(shownDays), `${format.seconds(summary.averageSpeedOfAnswer)}${strings.units.seconds}`],
    [oneDay ? s.dayAbandon : s.periodAbandon(shownDays), format.percent(summary.abandonRate)],
  ];
  if (view.costed && summary.cost !== null) rows.push([oneDay ? s.dayCost : s.periodCost(shownDays), format.number(summary.cost, 0)]);
  return (
    <FiguresCard heading={s.summaryHeading(view.scenarioName)} rows={rows} testId="plan-figures">
      {!oneDay && (
        <>
          <PeriodTable
            heading={s.weeksHeading}
            explain={s.weeksExplain}
            headers={[s.weekStart, s.weekDays, s.fte]}
            rows={weeks.map((week) => ({
              key: week.label,
              cells: [format.day(week.weekStart), format.count(week.calendarDays), format.number(week.fte, 1)],
            }))}
            testId="plan-weeks"
          />
          <PeriodTable
            heading={s.daysHeading}
            headers={[s.day, s.dayHours, s.daySl]}
            rows={days.map((day) => ({
              key: day.label,
              cells: [format.day(day.day), format.number(day.agentHoursScheduled, 1), format.percent(day.serviceLevel)],
            }))}
            testId="plan-days"
          />
        </>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onShowSheet(view.sheetName)} disabledFocusable={busy}>
          {s.showSheet}
        </Button>
      </div>
    </FiguresCard>
  );
}
