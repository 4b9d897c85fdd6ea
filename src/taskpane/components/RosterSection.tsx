/**
 * The Roster check step: a roster against a scenario. The person points at a column of agents per interval
 * (typed or taken from the selection); the adapter writes achieved SL, ASA and abandons per
 * interval and for the day to a roster-check sheet, and the day's figures show here.
 */
import { Body1, Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { RosterBasis, RosterCheck, Scenario } from "../../workbook/api";
import { stepNumber } from "../steps";
import { useFormat, useStrings } from "../strings";
import { PeriodTable } from "./PeriodTable";
import { FiguresCard } from "./FiguresCard";
import { ScenarioField } from "./ScenarioField";
import { useSectionStyles } from "./styles";

export interface RosterForm {
  scenarioId: string;
  address: string;
  basis: RosterBasis;
}

export interface RosterSectionProps {
  scenarios: Scenario[];
  form: RosterForm;
  result: { scenarioName: string; check: RosterCheck } | null;
  busy: boolean;
  onChange: (form: RosterForm) => void;
  onUseSelection: () => void;
  onCheck: () => void;
}

export function RosterSection({ scenarios, form, result, busy, onChange, onUseSelection, onCheck }: RosterSectionProps) {
  const strings = useStrings();
  const s = strings.roster;
  const format = useFormat();
  const styles = useSectionStyles();
  const oneDay = result === null || result.check.days <= 1;
  const scenarioId = scenarios.some((scenario) => scenario.id === form.scenarioId)
    ? form.scenarioId
    : (scenarios[0]?.id ?? "");

  if (scenarios.length === 0) {
    return (
      <div className={styles.stack}>
        <Body1>{s.explain}</Body1>
        <Body1 className={styles.muted}>{s.needsScenario(format.count(stepNumber("plan")))}</Body1>
      </div>
    );
  }

  return (
    <div className={styles.stack} data-testid="roster-section">
      <Body1>{s.explain}</Body1>
      <ScenarioField label={s.scenario} scenarios={scenarios} value={scenarioId} onChange={(id) => onChange({ ...form, scenarioId: id })} />
      <Field label={s.address}>
        <Input
          className={styles.fullWidth}
          value={form.address}
          placeholder={s.addressPlaceholder}
          onChange={(_event, data) => onChange({ ...form, scenarioId, address: data.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={onUseSelection} disabledFocusable={busy}>
          {s.useSelection}
        </Button>
      </div>
      <Field label={s.basis}>
        <RadioGroup
          value={form.basis}
          onChange={(_event, data) => onChange({ ...form, scenarioId, basis: data.value as RosterBasis })}
        >
          <Radio value="scheduled" label={s.basisScheduled} />
          <Radio value="onPhones" label={s.basisOnPhones} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={onCheck}
          disabled={form.address.trim() === "" || scenarioId === ""}
          disabledFocusable={busy}
        >
          {s.check}
        </Button>
      </div>
      {result && (
        <FiguresCard
          heading={oneDay ? s.resultHeading : s.resultHeadingDays(format.count(result.check.days))}
          rows={[
            [oneDay ? strings.plan.dayServiceLevel : strings.plan.periodServiceLevel(format.count(result.check.days)), format.percent(result.check.serviceLevel)],
            [
              oneDay ? strings.plan.dayAsa : strings.plan.periodAsa(format.count(result.check.days)),
              `${format.seconds(result.check.averageSpeedOfAnswer)}${strings.units.seconds}`,
            ],
            [oneDay ? strings.plan.dayAbandon : strings.plan.periodAbandon(format.count(result.check.days)), format.percent(result.check.abandonRate)],
            [s.belowTarget, format.count(result.check.intervalsBelowTarget)],
          ]}
          testId="roster-result"
        >
          {!oneDay && (
            <PeriodTable
              heading={strings.plan.daysHeading}
              headers={[strings.plan.day, strings.plan.daySl, s.dayBelow]}
              rows={result.check.byDay.map((day) => ({
                key: day.label,
                cells: [format.day(day.day), format.percent(day.serviceLevel), format.count(day.intervalsBelowTarget)],
              }))}
              testId="roster-days"
            />
          )}
        </FiguresCard>
      )}
    </div>
  );
}
