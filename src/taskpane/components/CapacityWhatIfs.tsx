/**
 * The capacity step's what-ifs: the capacity plans stored in the workbook, each with an Actions
 * menu (load into the form, build its sheet, rename, duplicate with changes such as "attrition +5
 * points, training 6 weeks", delete), and the side-by-side comparison of the ticked ones: total
 * hires, weeks hiring cannot cover, the largest shortfall and cost.
 */
import { Body1, Body1Strong, Caption1, Field, Input, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  ambiguityOf,
  capacityToInputs,
  fieldText,
  parseCapacityInputs,
  parseDecimal,
  scenarioNameProblem,
  type CapacityChanges,
  type CapacityComparison,
  type CapacityScenario,
  type NumberCulture,
} from "../../workbook/api";
import { capacityProblemsByField, describeUnreadNumber, describeWorkbookError } from "../messages";
import { useFormat, useStrings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";
import { NumberField } from "./NumberField";
import { ListDialogs, SavedList, type ListDialog } from "./SavedList";
import { FigureList } from "./FiguresCard";
import { useSectionStyles } from "./styles";

export interface CapacityWhatIfsProps {
  plans: CapacityScenario[];
  selectedIds: string[];
  comparison: CapacityComparison | null;
  busy: boolean;
  /** The workbook's separators, for reading the numbers typed in "Duplicate with changes". */
  culture: NumberCulture;
  onToggle: (id: string, selected: boolean) => void;
  onOpen: (plan: CapacityScenario) => void;
  onBuild: (plan: CapacityScenario) => void;
  onRename: (plan: CapacityScenario, newName: string) => void;
  onDuplicate: (plan: CapacityScenario, changes: CapacityChanges) => void;
  onDelete: (plan: CapacityScenario, deleteSheets: boolean) => void;
  onCompare: () => void;
}

export function CapacityWhatIfs(props: CapacityWhatIfsProps) {
  const strings = useStrings();
  const c = strings.capacity;
  const s = strings.scenarios;
  const format = useFormat();
  const styles = useSectionStyles();
  const [dialog, setDialog] = useState<ListDialog<CapacityScenario>>(null);
  const byId = (id: string) => props.plans.find((plan) => plan.id === id) as CapacityScenario;
  const describe = (plan: CapacityScenario) => {
    const { settings } = plan;
    const attrition = c.attritionPer[settings.attrition.period](format.percent(settings.attrition.rate, 1));
    return c.describe(format.number(settings.headcount, 1), attrition, format.count(settings.trainWeeks));
  };

  return (
    <div className={styles.stack}>
      <Body1>{c.whatIfsExplain}</Body1>
      {props.plans.length === 0 ? (
        <Caption1 className={styles.muted}>{c.none}</Caption1>
      ) : (
        <SavedList
          items={props.plans.map((plan) => ({ id: plan.id, name: plan.name, description: describe(plan) }))}
          selectedIds={props.selectedIds}
          busy={props.busy}
          actions={[
            { label: s.open, onSelect: (id) => props.onOpen(byId(id)) },
            { label: c.build, onSelect: (id) => props.onBuild(byId(id)) },
            { label: s.rename, onSelect: (id) => setDialog({ kind: "rename", item: byId(id) }) },
            { label: s.duplicate, onSelect: (id) => setDialog({ kind: "duplicate", item: byId(id) }) },
            { label: s.remove, onSelect: (id) => setDialog({ kind: "delete", item: byId(id) }) },
          ]}
          onToggle={props.onToggle}
          onCompare={props.onCompare}
          text={{ ...s, listLabel: c.listLabel, compare: c.compare }}
          testId="capacity-list"
        />
      )}
      {props.comparison && <CapacityComparisonTable comparison={props.comparison} />}

      <ListDialogs
        dialog={dialog}
        items={props.plans}
        onClose={() => setDialog(null)}
        onRename={props.onRename}
        onDuplicate={props.onDuplicate}
        onDelete={props.onDelete}
        renderDuplicate={(plan, done, cancel) => (
          <DuplicateCapacityDialog plan={plan} plans={props.plans} culture={props.culture} onCancel={cancel} onDuplicate={done} />
        )}
      />
    </div>
  );
}

/**
 * The plans side by side, one block of figures each (a table of five columns would not fit the
 * 320-pixel pane): each later plan's figures say how far they are from the first's.
 */
function CapacityComparisonTable({ comparison }: { comparison: CapacityComparison }) {
  const c = useStrings().capacity;
  const format = useFormat();
  const styles = useSectionStyles();
  const headingId = useId();
  const costed = comparison.totals.some((t) => t.totalCost !== null);
  const withChange = (value: string, change: number | null | undefined, digits: number, index: number) =>
    index === 0 || change === null || change === undefined ? value : c.comparedWith(value, format.signed(change, digits));
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="capacity-comparison">
      <Subtitle2 as="h3" id={headingId} className={styles.subheading}>
        {c.comparisonHeading}
      </Subtitle2>
      {comparison.totals.length > 1 && <Caption1 className={styles.muted}>{c.comparisonExplain(comparison.totals[0].scenarioName)}</Caption1>}
      {comparison.totals.map((totals, index) => {
        const difference = comparison.differences[index];
        const rows: [string, string][] = [
          [c.comparisonHires, withChange(format.count(totals.totalHires), difference?.totalHires, 0, index)],
          [c.comparisonUncovered, withChange(format.count(totals.uncoveredWeeks), difference?.uncoveredWeeks, 0, index)],
          [c.comparisonPeakGap, withChange(format.number(totals.peakGap, 1), difference?.peakGap, 1, index)],
        ];
        if (costed) {
          rows.push([c.comparisonCost, totals.totalCost === null ? "" : withChange(format.number(totals.totalCost, 0), difference?.totalCost, 0, index)]);
        }
        return (
          <div key={totals.scenarioId} className={styles.tightStack} data-testid="capacity-compared" data-plan={totals.scenarioName}>
            <Body1Strong as="h4" className={mergeClasses(styles.subheading, styles.wrap)}>
              {totals.scenarioName}
            </Body1Strong>
            <FigureList rows={rows} />
          </div>
        );
      })}
    </section>
  );
}

/**
 * Changes in points typed as "+5", "5", "−3" or "5 %": the number of percentage points, read in
 * the workbook's culture (null when it is not a number, or could be read two ways).
 */
function points(text: string, culture: NumberCulture): number | null {
  const trimmed = text.trim().replace(/%$/, "").trim().replace(/^\+/, "");
  return trimmed === "" ? 0 : parseDecimal(trimmed, culture);
}

/**
 * A copy with changes: each box blank keeps the plan's value. The copy's figures go through the
 * same reading as the form (parseCapacityInputs), so its limits and messages are the form's.
 */
function DuplicateCapacityDialog({
  plan,
  plans,
  culture,
  onCancel,
  onDuplicate,
}: {
  plan: CapacityScenario;
  plans: CapacityScenario[];
  culture: NumberCulture;
  onCancel: () => void;
  onDuplicate: (changes: CapacityChanges) => void;
}) {
  const strings = useStrings();
  const s = strings.scenarios;
  const c = strings.capacity;
  const format = useFormat();
  const styles = useSectionStyles();
  const [name, setName] = useState(s.duplicateDefaultName(plan.name));
  const [typed, setTyped] = useState({ attritionChange: "", trainWeeks: "", nestingWeeks: "", graduationRate: "", leadWeeks: "", weeklyGrowth: "" });
  const [submitted, setSubmitted] = useState(false);

  const base = capacityToInputs(plan.source, plan.firstWeek, plan.settings, format.decimalSeparator);
  const change = points(typed.attritionChange, culture);
  const keep = (field: keyof typeof typed, value: string) => (typed[field].trim() === "" ? value : typed[field]);
  // The changed figure written as the form's own field would show it, so no culture misreads it.
  const changedRate = (added: number) => `${fieldText(plan.settings.attrition.rate * 100 + added, format.decimalSeparator)}%`;
  const parsed = parseCapacityInputs(
    {
      ...base,
      attritionRate: change === null ? base.attritionRate : changedRate(change),
    trainWeeks: keep("trainWeeks", base.trainWeeks),
    nestingWeeks: keep("nestingWeeks", base.nestingWeeks),
    graduationRate: keep("graduationRate", base.graduationRate),
      leadWeeks: keep("leadWeeks", base.leadWeeks),
      weeklyGrowth: keep("weeklyGrowth", base.weeklyGrowth),
    },
    culture,
  );
  const messages = capacityProblemsByField(strings, format, parsed.problems);
  const attritionMessage =
    change !== null
      ? messages.attritionRate
      : describeUnreadNumber(strings, format, typed.attritionChange, ambiguityOf(typed.attritionChange, culture));
  const nameProblem = scenarioNameProblem(name, plans);
  const nameError = nameProblem ? describeWorkbookError(strings, format, nameProblem) : undefined;
  const growing = plan.source.kind === "scenario" && plan.source.volumes.kind === "growth";
  const show = (error: string | undefined) => (submitted ? error : undefined);

  const confirm = () => {
    setSubmitted(true);
    const { settings, source } = parsed;
    if (nameProblem || change === null || settings === null || source === null) return;
    const changed = (field: keyof typeof typed) => typed[field].trim() !== "";
    onDuplicate({
      name: name.trim(),
      attritionChange: change / 100,
      ...(changed("trainWeeks") ? { trainWeeks: settings.trainWeeks } : {}),
      ...(changed("nestingWeeks") ? { nestingWeeks: settings.nestingWeeks } : {}),
      ...(changed("graduationRate") ? { graduationRate: settings.graduationRate } : {}),
      ...(changed("leadWeeks") ? { leadWeeks: settings.leadWeeks } : {}),
      ...(changed("weeklyGrowth") && source.kind === "scenario" && source.volumes.kind === "growth"
        ? { weeklyGrowth: source.volumes.weeklyGrowth }
        : {}),
    });
  };

  const setBox = (field: keyof typeof typed, value: string) => setTyped((current) => ({ ...current, [field]: value }));
  const box = (field: keyof typeof typed, label: string, error: string | undefined, hint?: string) => (
    <NumberField
      label={label}
      hint={hint}
      value={typed[field]}
      error={show(error)}
      culture={culture}
      onChange={(text) => setBox(field, text)}
    />
  );

  return (
    <ConfirmDialog open title={s.duplicateTitle} confirmLabel={s.duplicateConfirm} cancelLabel={s.cancel} onCancel={onCancel} onConfirm={confirm}>
      <div className={styles.stack}>
        <Body1>{c.duplicateExplain}</Body1>
        <Field label={s.duplicateName} required validationMessage={show(nameError)} validationState={show(nameError) ? "error" : "none"}>
          <Input className={styles.fullWidth} value={name} onChange={(_event, data) => setName(data.value)} />
        </Field>
        {box("attritionChange", c.attritionChange, attritionMessage, c.attritionChangeHint)}
        {box("trainWeeks", c.trainWeeks, messages.trainWeeks)}
        {box("nestingWeeks", c.nestingWeeks, messages.nestingWeeks)}
        {box("graduationRate", c.graduationRate, messages.graduationRate)}
        {box("leadWeeks", c.leadWeeks, messages.leadWeeks)}
        {growing && box("weeklyGrowth", c.weeklyGrowth, messages.weeklyGrowth)}
      </div>
    </ConfirmDialog>
  );
}
