/**
 * The Team metrics step. The person reads a table by day or week, checks its columns, sets each
 * metric's target and amber limit (kept in the workbook), and builds the Team metrics sheet; the
 * whole period's figures and their red/amber/green statuses show here.
 */
import { Body1, Button, Caption1, Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import {
  HIGHER_IS_BETTER,
  PERCENT_METRICS,
  statusOf,
  TEAM_METRICS,
  TEAM_ROLES,
  type Granularity,
  type TeamMapping,
  type TeamMetric,
  type TeamRead,
  type TeamReport,
  type TeamRole,
  type TeamTargetField,
  type NumberCulture,
} from "../../workbook/api";
import { describeTeamProblem } from "../messages";
import { useFormat, useStrings } from "../strings";
import { ColumnMapping } from "./ColumnMapping";
import { NumberField } from "./NumberField";
import { ProblemList } from "./ProblemList";
import { SourcePicker, type SourcePickerProps } from "./SourcePicker";
import { FiguresCard } from "./FiguresCard";
import { useSectionStyles } from "./styles";

export interface TeamSectionProps {
  picker: Omit<SourcePickerProps, "busy">;
  team: TeamRead | null;
  granularity: Granularity | null;
  targetInputs: Record<TeamTargetField, string>;
  targetErrors: Partial<Record<TeamTargetField, string>>;
  /** The workbook's separators, which decide whether "1.000" needs asking about (as under Targets). */
  culture: NumberCulture;
  storedUnreadable: boolean;
  /** The table has complaints but no contacts: the actuals' calls answered will be used. */
  contactsFromActuals: boolean;
  result: { sheetName: string; report: TeamReport } | null;
  busy: boolean;
  onMapping: (mapping: TeamMapping) => void;
  onGranularity: (granularity: Granularity) => void;
  onTargetChange: (field: TeamTargetField, text: string) => void;
  onBuild: () => void;
  onShowSheet: (sheetName: string) => void;
}

export function TeamSection(props: TeamSectionProps) {
  const strings = useStrings();
  const s = strings.team;
  const format = useFormat();
  const styles = useSectionStyles();
  const reading = props.team?.reading ?? null;
  const usable = reading !== null && reading.problems.length === 0;
  const granularity = props.granularity ?? reading?.granularity ?? "week";

  return (
    <div className={styles.stack} data-testid="team-section">
      <Body1>{s.explain}</Body1>
      <SourcePicker {...props.picker} busy={props.busy} />
      {props.team === null || reading === null ? (
        <Caption1 className={styles.muted}>{s.none}</Caption1>
      ) : (
        <>
          <Body1 className={styles.wrap} data-testid="team-summary">
            {(reading.granularity === "day" ? s.chosenDays : s.chosenWeeks)(props.team.address, reading.rows.length, format.count(reading.rows.length))}
          </Body1>
          <ProblemList problems={reading.problems.map((problem) => describeTeamProblem(strings, format, problem))} testId="team-problems" />
          <ColumnMapping
            key={`${props.team.address}|${JSON.stringify(reading.mapping)}`}
            roles={TEAM_ROLES}
            roleLabel={s.roles as Record<TeamRole, string>}
            headers={reading.headers}
            mapping={reading.mapping}
            recognised={reading.recognised}
            busy={props.busy}
            onApply={props.onMapping}
          />
          <Field label={s.granularity}>
            <RadioGroup value={granularity} onChange={(_event, data) => props.onGranularity(data.value as Granularity)}>
              <Radio value="day" label={s.granularityDay} />
              <Radio value="week" label={s.granularityWeek} />
            </RadioGroup>
          </Field>
        </>
      )}
      <div className={styles.card}>
        <Subtitle2 as="h3" className={styles.subheading}>
          {s.targetsHeading}
        </Subtitle2>
        <Caption1>{s.targetsExplain}</Caption1>
        {props.storedUnreadable && <Caption1>{s.storedUnreadable}</Caption1>}
        {TEAM_METRICS.map((metric) => (
          <MetricTargetFields key={metric} metric={metric} {...props} />
        ))}
      </div>
      {usable && props.contactsFromActuals && <Caption1>{s.contactsFromActuals}</Caption1>}
      {usable && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={props.onBuild} disabledFocusable={props.busy}>
            {s.build}
          </Button>
        </div>
      )}
      {props.result && <TeamFigures result={props.result} busy={props.busy} onShowSheet={props.onShowSheet} />}
    </div>
  );
}

function MetricTargetFields({ metric, targetInputs, targetErrors, culture, onTargetChange }: { metric: TeamMetric } & TeamSectionProps) {
  const s = useStrings().team;
  const styles = useSectionStyles();
  const name = s.metrics[metric];
  const fields: { key: "target" | "amber"; label: string; hint: string | undefined }[] = [
    { key: "target", label: s.targetOf(name), hint: undefined },
    { key: "amber", label: s.amberOf(name), hint: HIGHER_IS_BETTER[metric] ? s.higherBetter : s.lowerBetter },
  ];
  const field = ({ key, label, hint }: (typeof fields)[number]) => {
    const id: TeamTargetField = `${metric}.${key}`;
    return (
      <NumberField
        key={key}
        label={label}
        hint={hint}
        value={targetInputs[id]}
        error={targetErrors[id]}
        culture={culture}
        onChange={(text) => onTargetChange(id, text)}
      />
    );
  };
  return (
    <div className={styles.tightStack}>{fields.map(field)}</div>
  );
}

function TeamFigures({ result, busy, onShowSheet }: { result: { sheetName: string; report: TeamReport }; busy: boolean; onShowSheet: (name: string) => void }) {
  const strings = useStrings();
  const s = strings.team;
  const format = useFormat();
  const styles = useSectionStyles();
  const { report } = result;
  const shown = (metric: TeamMetric, value: number | null) => {
    if (value === null) return s.notAvailable;
    if (PERCENT_METRICS.has(metric)) return format.percent(value);
    return format.number(value, metric === "complaintsPer1000" ? 2 : 1);
  };
  const status = (metric: TeamMetric, value: number | null) => (value === null ? "" : s.status[statusOf(metric, value, report.targets[metric])]);
  const redWeeks = report.weeks.filter((week) =>
    report.metrics.some((metric) => {
      const value = week.metrics[metric];
      return value !== null && statusOf(metric, value, report.targets[metric]) === "red";
    }),
  ).length;
  return (
    <FiguresCard
      heading={s.resultHeading}
      rows={report.metrics.map((metric) => [s.metrics[metric], `${shown(metric, report.overall[metric])} · ${status(metric, report.overall[metric])}`])}
      testId="team-result"
    >
      <Caption1>{s.weeksRed(format.count(redWeeks))}</Caption1>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onShowSheet(result.sheetName)} disabledFocusable={busy}>
          {strings.source.showSheet}
        </Button>
      </div>
    </FiguresCard>
  );
}
