/**
 * The Scenarios step: the scenarios stored in the workbook. Each can be loaded into the form, built, renamed,
 * duplicated with changes or deleted; ticking two or more and choosing Compare writes a
 * comparison sheet and shows the day's totals side by side here.
 */
import {
  Body1,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  parseTargetInputs,
  scenarioNameProblem,
  targetsToInputs,
  type Comparison,
  type InputProblem,
  type NumberCulture,
  type Scenario,
  type ScenarioChanges,
} from "../../workbook/api";
import type { Formatter } from "../format";
import { describeInputProblem, describeWorkbookError } from "../messages";
import { stepNumber } from "../steps";
import { useFormat, useStrings, type Strings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";
import { NumberField } from "./NumberField";
import { ListDialogs, SavedList, type ListDialog } from "./SavedList";
import { useSectionStyles } from "./styles";

export interface ScenariosSectionProps {
  scenarios: Scenario[];
  selectedIds: string[];
  comparison: Comparison | null;
  busy: boolean;
  /** The workbook's separators, for reading the numbers typed in "Duplicate with changes". */
  culture: NumberCulture;
  onToggle: (scenarioId: string, selected: boolean) => void;
  onOpen: (scenario: Scenario) => void;
  onBuild: (scenario: Scenario) => void;
  onRename: (scenario: Scenario, newName: string) => void;
  onDuplicate: (scenario: Scenario, changes: ScenarioChanges) => void;
  onDelete: (scenario: Scenario, deleteSheets: boolean) => void;
  onCompare: () => void;
}

export function describeScenario(strings: Strings, format: Formatter, scenario: Scenario): string {
  const s = strings.scenarios;
  const { targets, adjustments } = scenario;
  const goal =
    targets.goal === "serviceLevel"
      ? s.describeServiceLevel(format.percent(targets.targetServiceLevel, 0), format.number(targets.targetSeconds, 0))
      : s.describeAsa(format.number(targets.targetAsaSeconds, 0));
  const changes = [
    adjustments.volumeFactor !== 1 ? s.describeVolume(format.change(adjustments.volumeFactor)) : "",
    adjustments.ahtFactor !== 1 ? s.describeAht(format.change(adjustments.ahtFactor)) : "",
  ]
    .filter((part) => part !== "")
    .join(strings.problems.listSeparator);
  return s.describe(goal, format.percent(targets.shrinkage, 0), changes);
}

export function ScenariosSection(props: ScenariosSectionProps) {
  const strings = useStrings();
  const s = strings.scenarios;
  const format = useFormat();
  const section = useSectionStyles();
  const [dialog, setDialog] = useState<ListDialog<Scenario>>(null);
  const byId = (id: string) => props.scenarios.find((scenario) => scenario.id === id) as Scenario;

  return (
    <div className={section.stack}>
      <Body1>{s.explain}</Body1>
      {props.scenarios.length === 0 ? (
        <Caption1 className={section.muted}>{s.none(format.count(stepNumber("plan")))}</Caption1>
      ) : (
        <SavedList
          items={props.scenarios.map((scenario) => ({ ...scenario, description: describeScenario(strings, format, scenario) }))}
          selectedIds={props.selectedIds}
          busy={props.busy}
          actions={[
            { label: s.open, onSelect: (id) => props.onOpen(byId(id)) },
            { label: s.build, onSelect: (id) => props.onBuild(byId(id)) },
            { label: s.rename, onSelect: (id) => setDialog({ kind: "rename", item: byId(id) }) },
            { label: s.duplicate, onSelect: (id) => setDialog({ kind: "duplicate", item: byId(id) }) },
            { label: s.remove, onSelect: (id) => setDialog({ kind: "delete", item: byId(id) }) },
          ]}
          onToggle={props.onToggle}
          onCompare={props.onCompare}
          text={s}
          testId="scenario-list"
        />
      )}
      {props.comparison && <ComparisonTotals comparison={props.comparison} />}

      <ListDialogs
        dialog={dialog}
        items={props.scenarios}
        onClose={() => setDialog(null)}
        onRename={props.onRename}
        onDuplicate={props.onDuplicate}
        onDelete={props.onDelete}
        renderDuplicate={(scenario, done, cancel) => (
          <DuplicateDialog
            scenario={scenario}
            scenarios={props.scenarios}
            culture={props.culture}
            onCancel={cancel}
            onDuplicate={done}
          />
        )}
      />
    </div>
  );
}

function ComparisonTotals({ comparison }: { comparison: Comparison }) {
  const s = useStrings().scenarios;
  const format = useFormat();
  const section = useSectionStyles();
  const headingId = useId();
  return (
    <section className={section.card} aria-labelledby={headingId} data-testid="comparison">
      <Subtitle2 as="h3" id={headingId} className={section.subheading}>
        {s.comparisonHeading}
      </Subtitle2>
      <Table size="extra-small" className={section.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={section.wrap}>{s.comparisonScenario}</TableHeaderCell>
            <TableHeaderCell className={section.numberHeader}>{s.comparisonFte}</TableHeaderCell>
            <TableHeaderCell className={section.numberHeader}>{s.comparisonDifference}</TableHeaderCell>
            <TableHeaderCell className={section.numberHeader}>{s.comparisonServiceLevel}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.totals.map((totals, index) => (
            <TableRow key={totals.scenarioId}>
              <TableCell className={section.wrap}>{totals.scenarioName}</TableCell>
              <TableCell className={section.numberCell}>{format.number(totals.fte, 1)}</TableCell>
              <TableCell className={section.numberCell}>
                {index === 0 ? "" : format.signed(comparison.differences[index]?.fte ?? 0, 1)}
              </TableCell>
              <TableCell className={section.numberCell}>{format.percent(totals.serviceLevel)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * A change in percent typed as "+10", "10", "-5" or "−5 %", as the planner's factor text. The
 * sign is added where missing: in the planner "10%" alone is a share of the forecast (×0.1), but
 * in a field labelled "change (%)" it means +10%.
 */
function asChange(text: string): string {
  const trimmed = text.trim().replace(/%$/, "").trim();
  if (trimmed === "") return "";
  return /^[+\-\u2212]/.test(trimmed) ? `${trimmed}%` : `+${trimmed}%`;
}

function DuplicateDialog({
  scenario,
  scenarios,
  culture,
  onCancel,
  onDuplicate,
}: {
  scenario: Scenario;
  scenarios: Scenario[];
  culture: NumberCulture;
  onCancel: () => void;
  onDuplicate: (changes: ScenarioChanges) => void;
}) {
  const strings = useStrings();
  const s = strings.scenarios;
  const format = useFormat();
  const styles = useSectionStyles();
  const [name, setName] = useState(s.duplicateDefaultName(scenario.name));
  const [volume, setVolume] = useState("");
  const [aht, setAht] = useState("");
  const [serviceLevel, setServiceLevel] = useState("");
  const [seconds, setSeconds] = useState("");
  const [submitted, setSubmitted] = useState(false);

  // The source's own targets, with the overrides typed here, go through the same parser as the
  // main form, so "90", "90%" and "0,9" all mean 90% here too.
  const base = targetsToInputs(scenario.targets, scenario.forecast.defaultAhtSeconds, undefined, format.decimalSeparator);
  const parsed = parseTargetInputs({
    ...base,
    goal: serviceLevel.trim() !== "" ? "serviceLevel" : base.goal,
    targetServiceLevel: serviceLevel.trim() !== "" ? serviceLevel : base.targetServiceLevel,
    targetSeconds: seconds.trim() !== "" ? seconds : base.targetSeconds,
    volumeFactor: asChange(volume),
    ahtFactor: asChange(aht),
  }, culture);
  const nameProblem = scenarioNameProblem(name, scenarios);
  const message = (field: InputProblem["field"]) => {
    const problem = parsed.problems.find((p) => p.field === field);
    if (!problem) return undefined;
    if (problem.code === "outOfRange" && (field === "volumeFactor" || field === "ahtFactor")) {
      return s.changeOutOfRange;
    }
    return describeInputProblem(strings, format, problem);
  };
  const show = (error: string | undefined) => (submitted ? error : undefined);
  const nameError = nameProblem ? describeWorkbookError(strings, format, nameProblem) : undefined;

  const confirm = () => {
    setSubmitted(true);
    if (nameProblem || parsed.problems.length > 0 || parsed.targets === null) return;
    const targets: ScenarioChanges["targets"] = {};
    if (serviceLevel.trim() !== "") {
      targets.goal = "serviceLevel";
      targets.targetServiceLevel = parsed.targets.targetServiceLevel;
    }
    if (seconds.trim() !== "") targets.targetSeconds = parsed.targets.targetSeconds;
    onDuplicate({
      name: name.trim(),
      volumeChange: parsed.volumeFactor - 1,
      ahtChange: parsed.ahtFactor - 1,
      targets,
    });
  };

  const field = (label: string, value: string, setValue: (value: string) => void, error?: string, hint?: string) => (
    <NumberField label={label} hint={hint} value={value} error={show(error)} culture={culture} onChange={setValue} />
  );

  return (
    <ConfirmDialog
      open
      title={s.duplicateTitle}
      confirmLabel={s.duplicateConfirm}
      cancelLabel={s.cancel}
      onCancel={onCancel}
      onConfirm={confirm}
    >
      <div className={styles.stack}>
        <Body1>{s.duplicateExplain}</Body1>
        <Field
          label={s.duplicateName}
          required
          validationMessage={show(nameError)}
          validationState={show(nameError) ? "error" : "none"}
        >
          <Input className={styles.fullWidth} value={name} onChange={(_event, data) => setName(data.value)} />
        </Field>
        {field(s.volumeChange, volume, setVolume, message("volumeFactor"), s.volumeChangeHint)}
        {field(s.ahtChange, aht, setAht, message("ahtFactor"))}
        {field(s.targetServiceLevel, serviceLevel, setServiceLevel, message("targetServiceLevel"))}
        {field(s.targetSeconds, seconds, setSeconds, message("targetSeconds"))}
      </div>
    </ConfirmDialog>
  );
}

