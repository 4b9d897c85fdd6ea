/**
 * The Targets step: the targets, as typed. The text stays as the person wrote it ("0,8" stays "0,8"); the
 * planner's parseTargetInputs reads it and every refusal is shown beside its own field once the
 * field has been left or a build was attempted. A number that could be read two ways ("1.000")
 * is asked about there, with a button for each reading.
 */
import { Body1, Field, Radio, RadioGroup, Select, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import type { NumberCulture, TargetField, TargetInputs } from "../../workbook/api";
import { useFormat, useStrings } from "../strings";
import { NumberField } from "./NumberField";
import { useSectionStyles } from "./styles";

type TextField = Exclude<TargetField, "abandonRule" | "intervalMinutes">;
type AdjustmentField = "volumeFactor" | "ahtFactor";

export interface TargetsSectionProps {
  inputs: TargetInputs;
  /** Messages to show now, by field (already limited to fields the person has left). */
  errors: Partial<Record<TargetField, string>>;
  onChange: (inputs: TargetInputs) => void;
  onLeaveField: (field: TargetField) => void;
  /** The factor each adjustment field will apply, shown beside it; absent while blank or wrong. */
  factors: Partial<Record<AdjustmentField, number>>;
  /** The workbook's separators, which decide whether "1.000" needs asking about. */
  culture: NumberCulture;
}

const INTERVALS = [15, 30, 60] as const;

export function TargetsSection({ inputs, errors, onChange, onLeaveField, factors, culture }: TargetsSectionProps) {
  const s = useStrings().targets;
  const format = useFormat();
  const styles = useSectionStyles();
  const factorId = useId();
  const set = (field: keyof TargetInputs, value: string) => onChange({ ...inputs, [field]: value });

  const numberField = (field: TextField, label: string, hint?: string, after?: { id: string; text: string }) => (
    <NumberField
      label={label}
      hint={hint}
      value={inputs[field]}
      error={errors[field]}
      culture={culture}
      onChange={(text) => set(field, text)}
      onBlur={() => onLeaveField(field)}
      after={after && { ...after, testId: `${field}-result` }}
      input={{ "data-field": field }}
    />
  );
  // What "90%" or "+10%" turned into, as the person types: a share and a change read alike.
  const adjustmentField = (field: AdjustmentField, label: string, hint: string) => {
    const factor = factors[field];
    const after = factor === undefined ? undefined : { id: `${factorId}-${field}`, text: s.factorResult(format.factor(factor)) };
    return numberField(field, label, hint, after);
  };

  return (
    <div className={styles.stack}>
      <Body1>{s.explain}</Body1>
      <Field label={s.intervalMinutes} validationMessage={errors.intervalMinutes}>
        <Select
          className={styles.fullWidth}
          value={inputs.intervalMinutes}
          onChange={(_event, data) => set("intervalMinutes", data.value)}
        >
          {INTERVALS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {s.intervalOption(minutes)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.goal}>
        <RadioGroup value={inputs.goal} onChange={(_event, data) => onChange({ ...inputs, goal: data.value as TargetInputs["goal"] })}>
          <Radio value="serviceLevel" label={s.goalServiceLevel} />
          <Radio value="asa" label={s.goalAsa} />
        </RadioGroup>
      </Field>
      {inputs.goal === "serviceLevel" ? (
        <>
          {numberField("targetServiceLevel", s.targetServiceLevel)}
          {numberField("targetSeconds", s.targetSeconds)}
        </>
      ) : (
        <>
          {numberField("targetAsaSeconds", s.targetAsaSeconds)}
          {numberField("targetSeconds", s.targetSeconds, s.targetSecondsAsaHint)}
        </>
      )}
      {numberField("maxOccupancy", s.maxOccupancy, s.maxOccupancyHint)}
      {numberField("patienceSeconds", s.patienceSeconds, s.patienceHint)}
      {inputs.patienceSeconds.trim() !== "" && (
        <Field label={s.abandonRule} validationMessage={errors.abandonRule}>
          <Select
            className={styles.fullWidth}
            value={inputs.abandonRule}
            onChange={(_event, data) => set("abandonRule", data.value)}
          >
            <option value="0">{s.abandonRuleMiss}</option>
            <option value="1">{s.abandonRuleExclude}</option>
            <option value="2">{s.abandonRuleMet}</option>
          </Select>
        </Field>
      )}
      {numberField("shrinkage", s.shrinkage, s.shrinkageHint)}
      {numberField("paidHoursPerFteWeek", s.paidHours)}
      {numberField("operatingDaysPerWeek", s.operatingDays, s.operatingDaysHint)}
      {numberField("costPerAgentHour", s.cost)}
      <Subtitle2 as="h3" className={styles.subheading}>
        {s.adjustmentsHeading}
      </Subtitle2>
      {adjustmentField("volumeFactor", s.volumeFactor, s.volumeFactorHint)}
      {adjustmentField("ahtFactor", s.ahtFactor, s.ahtFactorHint)}
    </div>
  );
}
