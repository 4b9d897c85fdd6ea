/**
 * The Scenarios step: the scenarios stored in the workbook. Each can be loaded into the form, built, renamed,
 * duplicated with changes or deleted; ticking two or more and choosing Compare writes a
 * comparison sheet and shows the day's totals side by side here.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
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
import { ReadingChoices } from "./ReadingChoices";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: {
    gridColumn: "1 / span 2",
    paddingLeft: "32px",
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  checkbox: { overflowWrap: "anywhere", minWidth: 0 },
});

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

type OpenDialog =
  | { kind: "rename"; scenario: Scenario }
  | { kind: "duplicate"; scenario: Scenario }
  | { kind: "delete"; scenario: Scenario }
  | null;

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
  const styles = useStyles();
  const section = useSectionStyles();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const listId = useId();
  const selectedCount = props.selectedIds.filter((id) => props.scenarios.some((sc) => sc.id === id)).length;

  return (
    <div className={section.stack}>
      <Body1>{s.explain}</Body1>
      {props.scenarios.length === 0 ? (
        <Caption1 className={section.muted}>{s.none(stepNumber("plan"))}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={s.listLabel} id={listId} data-testid="scenario-list">
          {props.scenarios.map((scenario) => (
            <li key={scenario.id} className={styles.item} data-scenario={scenario.name}>
              <Checkbox
                className={styles.checkbox}
                label={scenario.name}
                checked={props.selectedIds.includes(scenario.id)}
                onChange={(_event, data) => props.onToggle(scenario.id, data.checked === true)}
                aria-describedby={`${listId}-${scenario.id}`}
              />
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <MenuButton size="small" aria-label={s.actions(scenario.name)} disabledFocusable={props.busy}>
                    {s.actionsShort}
                  </MenuButton>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    <MenuItem onClick={() => props.onOpen(scenario)}>{s.open}</MenuItem>
                    <MenuItem onClick={() => props.onBuild(scenario)}>{s.build}</MenuItem>
                    <MenuItem onClick={() => setDialog({ kind: "rename", scenario })}>{s.rename}</MenuItem>
                    <MenuItem onClick={() => setDialog({ kind: "duplicate", scenario })}>{s.duplicate}</MenuItem>
                    <MenuItem onClick={() => setDialog({ kind: "delete", scenario })}>{s.remove}</MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
              <Caption1 id={`${listId}-${scenario.id}`} className={styles.description}>
                {describeScenario(strings, format, scenario)}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {props.scenarios.length > 0 && (
        <div className={section.actions}>
          <Button appearance="primary" onClick={props.onCompare} disabled={selectedCount < 2} disabledFocusable={props.busy}>
            {s.compare}
          </Button>
          {selectedCount < 2 && <Caption1 className={section.muted}>{s.compareHint}</Caption1>}
        </div>
      )}
      {props.comparison && <ComparisonTotals comparison={props.comparison} />}

      {dialog?.kind === "rename" && (
        <RenameDialog
          scenario={dialog.scenario}
          scenarios={props.scenarios}
          onCancel={() => setDialog(null)}
          onRename={(name) => {
            setDialog(null);
            props.onRename(dialog.scenario, name);
          }}
        />
      )}
      {dialog?.kind === "duplicate" && (
        <DuplicateDialog
          scenario={dialog.scenario}
          scenarios={props.scenarios}
          culture={props.culture}
          onCancel={() => setDialog(null)}
          onDuplicate={(changes) => {
            setDialog(null);
            props.onDuplicate(dialog.scenario, changes);
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <DeleteDialog
          scenario={dialog.scenario}
          onCancel={() => setDialog(null)}
          onDelete={(deleteSheets) => {
            setDialog(null);
            props.onDelete(dialog.scenario, deleteSheets);
          }}
        />
      )}
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

function RenameDialog({
  scenario,
  scenarios,
  onCancel,
  onRename,
}: {
  scenario: Scenario;
  scenarios: Scenario[];
  onCancel: () => void;
  onRename: (name: string) => void;
}) {
  const strings = useStrings();
  const s = strings.scenarios;
  const format = useFormat();
  const styles = useSectionStyles();
  const [name, setName] = useState(scenario.name);
  const problem = scenarioNameProblem(name, scenarios, scenario.id);
  return (
    <ConfirmDialog
      open
      title={s.renameTitle}
      confirmLabel={s.renameConfirm}
      cancelLabel={s.cancel}
      onCancel={onCancel}
      onConfirm={() => onRename(name.trim())}
      confirmDisabled={problem !== null}
    >
      <Field
        label={s.renameLabel}
        required
        validationMessage={problem ? describeWorkbookError(strings, format, problem) : undefined}
      >
        <Input className={styles.fullWidth} value={name} onChange={(_event, data) => setName(data.value)} />
      </Field>
    </ConfirmDialog>
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
    <div className={styles.tightStack}>
      <Field label={label} hint={hint} validationMessage={show(error)} validationState={show(error) ? "error" : "none"}>
        <Input
          className={styles.fullWidth}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(_event, data) => setValue(data.value)}
        />
      </Field>
      {show(error) && <ReadingChoices text={value} culture={culture} onChoose={setValue} />}
    </div>
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

function DeleteDialog({
  scenario,
  onCancel,
  onDelete,
}: {
  scenario: Scenario;
  onCancel: () => void;
  onDelete: (deleteSheets: boolean) => void;
}) {
  const s = useStrings().scenarios;
  const styles = useSectionStyles();
  const [deleteSheets, setDeleteSheets] = useState(false);
  return (
    <ConfirmDialog
      open
      title={s.deleteTitle(scenario.name)}
      confirmLabel={s.deleteConfirm}
      cancelLabel={s.cancel}
      onCancel={onCancel}
      onConfirm={() => onDelete(deleteSheets)}
    >
      <div className={styles.stack}>
        <Body1>{s.deleteBody}</Body1>
        <Checkbox
          label={s.deleteSheets}
          checked={deleteSheets}
          onChange={(_event, data) => setDeleteSheets(data.checked === true)}
        />
      </div>
    </ConfirmDialog>
  );
}
