/**
 * The capacity step: the capacity plan. Where the required FTE of each week come from (a
 * scenario's plan staffed at each week's volume, or a column of required FTE), the team
 * (headcount, attrition as HR reports it, shown beside as the weekly rate the plan uses), how new
 * hires join, optional costs; then Build writes the "Capacity plan" sheet and its figures show
 * here, with the weeks hiring cannot cover. Under it, the what-ifs (CapacityWhatIfs.tsx). Text as
 * typed stays as typed; the planner's parseCapacityInputs reads it and every refusal sits beside
 * its field; a number that could be read two ways ("1.000") is asked about there, with a button
 * for each reading, as the targets form does.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useId } from "react";
import type {
  CapacityField,
  CapacityInputs,
  CapacityResult,
  NumberCulture,
  Scenario,
  WeeksColumnProblem,
} from "../../workbook/api";
import type { Formatter } from "../format";
import { stepNumber } from "../steps";
import { describeWeeksProblem } from "../messages";
import { useFormat, useStrings, type Strings } from "../strings";
import { CapacityWhatIfs, type CapacityWhatIfsProps } from "./CapacityWhatIfs";
import { FiguresCard } from "./FiguresCard";
import { PeriodTable } from "./PeriodTable";
import { ProblemList } from "./ProblemList";
import { NumberField } from "./NumberField";
import { ScenarioField } from "./ScenarioField";
import { useSectionStyles } from "./styles";

export interface BuiltCapacityView {
  name: string;
  sheetName: string;
  result: CapacityResult;
  costed: boolean;
}

type TextField = Exclude<keyof CapacityInputs, "source" | "scenarioId" | "volumes" | "attritionPeriod" | "attritionFigure">;

export interface CapacitySectionProps {
  inputs: CapacityInputs;
  /** Messages to show now, by field (already limited to fields the person has left). */
  errors: Partial<Record<CapacityField, string>>;
  /** The weekly attrition the typed figure comes to, or null while it cannot be read. */
  weeklyAttrition: number | null;
  /** The workbook's separators, which decide whether "1.000" needs asking about. */
  culture: NumberCulture;
  scenarios: Scenario[];
  name: string;
  nameError: string | undefined;
  busy: boolean;
  lastBuilt: BuiltCapacityView | null;
  /** Cells of a column of weeks that were refused at the last build. */
  columnProblems: WeeksColumnProblem[];
  onChange: (inputs: CapacityInputs) => void;
  onScenarioChange: (scenarioId: string) => void;
  onLeaveField: (field: CapacityField) => void;
  onNameChange: (name: string) => void;
  onUseSelection: () => void;
  onBuild: () => void;
  onSave: () => void;
  onShowSheet: (sheetName: string) => void;
  whatIfs: CapacityWhatIfsProps;
}

export function CapacitySection(props: CapacitySectionProps) {
  const strings = useStrings();
  const c = strings.capacity;
  const format = useFormat();
  const styles = useSectionStyles();
  const weeklyId = useId();
  const { inputs, errors } = props;
  const set = (changes: Partial<CapacityInputs>) => props.onChange({ ...inputs, ...changes });

  const field = (
    name: TextField,
    label: string,
    options: { hint?: string; type?: "date"; after?: { id: string; text: string }; placeholder?: string } = {},
  ) => {
    // A date and a range are text fields of the same make (no decimal keyboard; never ambiguous numbers).
    const numeric = options.type !== "date" && name !== "address";
    return (
      <NumberField
        label={label}
        hint={options.hint}
        value={inputs[name]}
        error={errors[name as CapacityField]}
        culture={props.culture}
        onChange={(text) => set({ [name]: text })}
        onBlur={() => props.onLeaveField(name as CapacityField)}
        after={options.after && { ...options.after, testId: `${name}-result` }}
        input={{
          type: options.type,
          placeholder: options.placeholder,
          ...(numeric ? {} : { inputMode: undefined }),
          "data-capacity-field": name,
        }}
      />
    );
  };
  const column = (label: string) => (
    <div className={styles.tightStack}>
      {field("address", label, { hint: c.addressHint, placeholder: c.addressPlaceholder })}
      <div className={styles.actions}>
        <Button size="small" onClick={props.onUseSelection} disabledFocusable={props.busy}>
          {c.useSelection}
        </Button>
      </div>
    </div>
  );

  return (
    <div className={styles.stack} data-testid="capacity-section">
      <Body1>{c.explain}</Body1>
      <Field label={c.sourceLegend}>
        <RadioGroup value={inputs.source} onChange={(_event, data) => set({ source: data.value as CapacityInputs["source"] })}>
          <Radio value="scenario" label={c.sourceScenario} />
          <Radio value="column" label={c.sourceColumn} />
        </RadioGroup>
      </Field>
      {inputs.source === "scenario" ? (
        props.scenarios.length === 0 ? (
          <Body1 className={styles.muted}>{c.needsScenario(format.count(stepNumber("plan")))}</Body1>
        ) : (
          <>
            <ScenarioField
              label={c.scenario}
              hint={c.sourceScenarioHint}
              scenarios={props.scenarios}
              value={inputs.scenarioId}
              onChange={props.onScenarioChange}
            />
            <Field label={c.volumes}>
              <RadioGroup value={inputs.volumes} onChange={(_event, data) => set({ volumes: data.value as CapacityInputs["volumes"] })}>
                <Radio value="growth" label={c.volumesGrowth} />
                <Radio value="column" label={c.volumesColumn} />
              </RadioGroup>
            </Field>
            {inputs.volumes === "growth" ? (
              <>
                {field("weeklyGrowth", c.weeklyGrowth, { hint: c.weeklyGrowthHint })}
                {field("weeks", c.weeks)}
              </>
            ) : (
              column(c.volumeAddress)
            )}
            {field("paidHoursPerFteWeek", c.paidHours, { hint: c.paidHoursHint })}
          </>
        )
      ) : (
        column(c.fteAddress)
      )}
      {field("firstWeek", c.firstWeek, { type: "date" })}

      <Subtitle2 as="h3" className={styles.subheading}>
        {c.teamHeading}
      </Subtitle2>
      {field("headcount", c.headcount, { hint: c.headcountHint })}
      {field("attritionRate", c.attritionRate, {
        after:
          props.weeklyAttrition === null || errors.attritionRate
            ? undefined
            : { id: weeklyId, text: c.weeklyAttrition(format.percent(props.weeklyAttrition, 2)) },
      })}
      <Field label={c.attritionPeriod}>
        <Select
          className={styles.fullWidth}
          value={inputs.attritionPeriod}
          onChange={(_event, data) => set({ attritionPeriod: data.value as CapacityInputs["attritionPeriod"] })}
        >
          <option value="year">{c.attritionYear}</option>
          <option value="month">{c.attritionMonth}</option>
        </Select>
      </Field>
      <Field label={c.attritionFigure}>
        <RadioGroup
          value={inputs.attritionFigure}
          onChange={(_event, data) => set({ attritionFigure: data.value as CapacityInputs["attritionFigure"] })}
        >
          <Radio value="turnover" label={c.attritionTurnover} />
          <Radio value="share" label={c.attritionShare} />
        </RadioGroup>
      </Field>

      <Subtitle2 as="h3" className={styles.subheading}>
        {c.joiningHeading}
      </Subtitle2>
      {field("trainWeeks", c.trainWeeks)}
      {field("nestingWeeks", c.nestingWeeks)}
      {field("nestingProductivity", c.nestingProductivity)}
      {field("graduationRate", c.graduationRate, { hint: c.graduationRateHint })}
      {field("ftePerHead", c.ftePerHead, { hint: c.ftePerHeadHint })}
      {field("leadWeeks", c.leadWeeks, { hint: c.leadWeeksHint })}
      {field("minClass", c.minClass)}
      {field("maxClass", c.maxClass, { hint: c.maxClassHint })}

      <Subtitle2 as="h3" className={styles.subheading}>
        {c.costsHeading}
      </Subtitle2>
      {field("costPerHire", c.costPerHire)}
      {field("costPerFteWeek", c.costPerFteWeek, { hint: c.costPerFteWeekHint })}

      <Field label={c.name} required validationMessage={props.nameError} validationState={props.nameError ? "error" : "none"}>
        <Input className={styles.fullWidth} value={props.name} onChange={(_event, data) => props.onNameChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onBuild} disabledFocusable={props.busy}>
          {c.build}
        </Button>
        <Button onClick={props.onSave} disabledFocusable={props.busy}>
          {c.save}
        </Button>
      </div>
      <ProblemList
        problems={props.columnProblems.map((problem) => describeWeeksProblem(strings, format, problem))}
        testId="capacity-problems"
        heading={c.problemsHeading}
      />
      {props.lastBuilt && <CapacityFigures view={props.lastBuilt} busy={props.busy} onShowSheet={props.onShowSheet} />}

      <Subtitle2 as="h3" className={styles.subheading}>
        {c.whatIfsHeading}
      </Subtitle2>
      <CapacityWhatIfs {...props.whatIfs} />
    </div>
  );
}

/** Weeks as runs: 1, 2, 3, 5 → "1–3, 5". */
export function weekList(strings: Strings, format: Formatter, weeks: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const week of weeks) {
    const last = runs[runs.length - 1];
    if (last && week === last[1] + 1) last[1] = week;
    else runs.push([week, week]);
  }
  const c = strings.capacity;
  return runs
    .map(([first, last]) => (first === last ? format.count(first) : c.weekRange(format.count(first), format.count(last))))
    .join(c.listSeparator);
}

function CapacityFigures({ view, busy, onShowSheet }: { view: BuiltCapacityView; busy: boolean; onShowSheet: (sheetName: string) => void }) {
  const strings = useStrings();
  const c = strings.capacity;
  const format = useFormat();
  const styles = useSectionStyles();
  const s = view.result.summary;
  const money = (value: number | null) => (value === null ? "" : format.number(value, 0));
  const rows: [string, string][] = [
    [c.totalHires, format.count(s.totalHires)],
    [c.classes, format.count(s.classes)],
    [c.firstCoverable, format.count(s.firstCoverableWeek)],
    [c.uncovered, s.uncoveredWeeks.length === 0 ? c.uncoveredNone : weekList(strings, format, s.uncoveredWeeks)],
    [c.fteWeeksShort, format.number(s.fteWeeksShort, 1)],
    [c.peakGap, s.peakGapWeek === null ? format.number(0, 1) : c.peakGapAt(format.number(s.peakGap, 1), format.count(s.peakGapWeek))],
    [c.weeklyAttritionUsed, format.percent(s.weeklyAttrition, 2)],
  ];
  if (view.costed) rows.push([c.hiringCost, money(s.hiringCost)], [c.staffCost, money(s.staffCost)], [c.totalCost, money(s.totalCost)]);
  return (
    <FiguresCard heading={c.resultHeading(view.name)} rows={rows} testId="capacity-figures">
      {s.uncoveredWeeks.length > 0 && <Caption1 className={styles.muted}>{c.uncoveredExplain}</Caption1>}
      <PeriodTable
        heading={c.monthsHeading}
        headers={[c.month, c.hires]}
        rows={view.result.months.map((month) => ({ key: month.label, cells: [format.month(month.monthStart), format.count(month.hires)] }))}
        testId="capacity-months"
      />
      <div className={styles.actions}>
        <Button size="small" onClick={() => onShowSheet(view.sheetName)} disabledFocusable={busy}>
          {c.showSheet}
        </Button>
      </div>
    </FiguresCard>
  );
}
