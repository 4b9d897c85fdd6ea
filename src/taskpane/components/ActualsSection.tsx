/**
 * The Actuals step: what happened. The person reads an ACD export (the selection or a table), checks its
 * columns, chooses the scenario whose plan it is measured against and a period, and builds the
 * Performance sheet; its figures, why the service level moved and the intervals that could not
 * be matched show here.
 */
import { Body1, Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import {
  ACTUALS_ROLES,
  periodKey,
  type ActualsMapping,
  type ActualsRead,
  type ActualsRole,
  type PerformanceReport,
  type PeriodKind,
  type ReportPeriod,
  type Scenario,
} from "../../workbook/api";
import { describeActualsProblem, describePeriod } from "../messages";
import { stepNumber } from "../steps";
import { useFormat, useStrings } from "../strings";
import { ColumnMapping } from "./ColumnMapping";
import { PeriodTable } from "./PeriodTable";
import { ProblemList } from "./ProblemList";
import { SourcePicker, type SourcePickerProps } from "./SourcePicker";
import { FiguresCard } from "./FiguresCard";
import { ScenarioField } from "./ScenarioField";
import { useSectionStyles } from "./styles";

const KINDS: PeriodKind[] = ["day", "week", "month", "all"];
/** How many unmatched intervals the pane names; the sheet lists them all. */
const UNMATCHED_SHOWN = 8;

export interface PerformanceView {
  scenarioName: string;
  sheetName: string;
  report: PerformanceReport;
}

export interface ActualsSectionProps {
  picker: Omit<SourcePickerProps, "busy">;
  actuals: ActualsRead | null;
  scenarios: Scenario[];
  scenarioId: string;
  periodKind: PeriodKind;
  periods: Record<PeriodKind, ReportPeriod[]>;
  period: ReportPeriod | null;
  result: PerformanceView | null;
  busy: boolean;
  onMapping: (mapping: ActualsMapping) => void;
  onScenario: (scenarioId: string) => void;
  onPeriodKind: (kind: PeriodKind) => void;
  onPeriod: (key: string) => void;
  onBuild: () => void;
  onShowSheet: (sheetName: string) => void;
}

export function ActualsSection(props: ActualsSectionProps) {
  const strings = useStrings();
  const s = strings.actuals;
  const format = useFormat();
  const styles = useSectionStyles();
  const reading = props.actuals?.reading ?? null;
  const usable = reading !== null && reading.problems.length === 0;
  const roleLabel = s.roles as Record<ActualsRole, string>;

  return (
    <div className={styles.stack} data-testid="actuals-section">
      <Body1>{s.explain}</Body1>
      <SourcePicker {...props.picker} busy={props.busy} />
      {props.actuals === null || reading === null ? (
        <Caption1 className={styles.muted}>{s.none}</Caption1>
      ) : (
        <>
          <ActualsSummary read={props.actuals} />
          <ProblemList problems={reading.problems.map((problem) => describeActualsProblem(strings, format, problem))} testId="actuals-problems" />
          <ColumnMapping
            key={`${props.actuals.address}|${JSON.stringify(reading.mapping)}`}
            roles={ACTUALS_ROLES}
            roleLabel={roleLabel}
            headers={reading.headers}
            mapping={reading.mapping}
            recognised={reading.recognised}
            busy={props.busy}
            onApply={props.onMapping}
          />
        </>
      )}
      {usable &&
        (props.scenarios.length === 0 ? (
          <Caption1 className={styles.muted}>{s.needsScenario(format.count(stepNumber("plan")))}</Caption1>
        ) : (
          <div className={styles.card}>
            <ScenarioField label={s.scenario} scenarios={props.scenarios} value={props.scenarioId} onChange={props.onScenario} />
            <Field label={s.periodKind}>
              <Select className={styles.fullWidth} value={props.periodKind} onChange={(_event, data) => props.onPeriodKind(data.value as PeriodKind)}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {s.periodKinds[kind]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.period}>
              <Select
                className={styles.fullWidth}
                value={props.period ? periodKey(props.period) : ""}
                onChange={(_event, data) => props.onPeriod(data.value)}
              >
                {props.periods[props.periodKind].map((period) => (
                  <option key={periodKey(period)} value={periodKey(period)}>
                    {describePeriod(strings, format, period)}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={props.onBuild} disabled={props.period === null} disabledFocusable={props.busy}>
                {s.build}
              </Button>
            </div>
          </div>
        ))}
      {props.result && <PerformanceFigures view={props.result} busy={props.busy} onShowSheet={props.onShowSheet} />}
    </div>
  );
}

function ActualsSummary({ read }: { read: ActualsRead }) {
  const s = useStrings().actuals;
  const format = useFormat();
  const styles = useSectionStyles();
  const { reading } = read;
  const calls = reading.rows.reduce((sum, row) => sum + row.offered, 0);
  const parts = [
    s.chosen(read.address, reading.rows.length, format.count(reading.rows.length), reading.days, format.count(reading.days), format.count(calls)),
    reading.intervalMinutes !== null ? s.intervalsOf(format.number(reading.intervalMinutes, 2)) : "",
    ...Object.entries(reading.percentScales)
      .filter(([, scale]) => scale === "points")
      .map(([role]) => s.percentPoints(s.roles[role as ActualsRole])),
  ];
  return (
    <Body1 className={styles.wrap} data-testid="actuals-summary">
      {parts.filter((part) => part !== "").join(" ")}
    </Body1>
  );
}

function PerformanceFigures({ view, busy, onShowSheet }: { view: PerformanceView; busy: boolean; onShowSheet: (sheetName: string) => void }) {
  const strings = useStrings();
  const s = strings.actuals;
  const format = useFormat();
  const styles = useSectionStyles();
  const { report } = view;
  const summary = report.summary;
  const percent = (value: number | null) => (value === null || !Number.isFinite(value) ? strings.team.notAvailable : format.percent(value));
  const change = (value: number) => format.change(1 + value);
  const rows: [string, string][] = [
    [s.serviceLevel, percent(summary.serviceLevel)],
    [s.target, `${format.percent(report.targets.targetServiceLevel, 0)} · ${summary.met ? s.met : s.missed}`],
    ...(summary.asa === null ? [] : ([[s.asa, `${format.seconds(summary.asa)}${strings.units.seconds}`]] as [string, string][])),
    [s.abandonRate, percent(summary.abandonRate)],
    [s.intervalsMet, `${format.count(summary.intervalsMet)} / ${format.count(summary.intervalsMeasured)}`],
    [s.daysMet, `${format.count(summary.daysMet)} / ${format.count(summary.daysMeasured)}`],
    [s.wape, percent(summary.wape)],
    [s.bias, summary.bias === null ? strings.team.notAvailable : change(summary.bias)],
    [s.plannedHours, format.number(summary.plannedStaffHours, 1)],
    ...(report.staffingBasis === "asPlanned" ? [] : ([[s.actualHours, format.number(summary.actualStaffHours, 1)]] as [string, string][])),
  ];
  const mtd = report.monthToDate;
  if (mtd) {
    if (mtd.status === "needed") rows.push([s.needed, percent(mtd.needed)]);
    else if (mtd.status === "secured") rows.push([s.secured, format.percent(0)]);
    else if (mtd.status === "unreachable") rows.push([s.unreachable, strings.team.notAvailable]);
  }
  const e = summary.explanation;
  const steps = e
    ? ([
        ["planned", percent(e.planned)],
        ["volume", change(e.volume)],
        ["aht", change(e.aht)],
        ["staffing", change(e.staffing)],
        ["shrinkage", change(e.shrinkage)],
        ["adherence", change(e.adherence)],
        ["modelled", percent(e.modelled)],
        ["unexplained", change(e.unexplained)],
        ["measured", percent(e.measured)],
      ] as [keyof typeof s.steps, string][])
    : [];
  return (
    <FiguresCard
      heading={s.resultHeading(describePeriod(strings, format, report.period))}
      rows={rows}
      testId="performance-result"
      figuresTestId="performance-figures"
    >
      {mtd?.status === "complete" && <Caption1>{s.monthComplete}</Caption1>}
      <Caption1 className={styles.muted}>{s.staffing[report.staffingBasis]}</Caption1>
      {e ? (
        <PeriodTable
          heading={s.whyHeading}
          explain={s.whyExplain}
          headers={[s.stepHeader, s.pointsHeader]}
          rows={steps.map(([key, value]) => ({ key, cells: [s.steps[key], value] }))}
          testId="performance-why"
        />
      ) : (
        <Caption1>{s.noExplanation}</Caption1>
      )}
      {report.days.length > 1 && (
        <PeriodTable
          heading={s.daysHeading}
          headers={[s.day, s.daySl, s.dayMet]}
          rows={report.days.map((day) => ({
            key: String(day.day),
            cells: [describePeriod(strings, format, { kind: "day", first: day.day, last: day.day }), percent(day.serviceLevel), day.met === null ? "" : day.met ? s.met : s.missed],
          }))}
          testId="performance-days"
        />
      )}
      <Unmatched report={report} />
      <div className={styles.actions}>
        <Button size="small" onClick={() => onShowSheet(view.sheetName)} disabledFocusable={busy}>
          {strings.source.showSheet}
        </Button>
      </div>
    </FiguresCard>
  );
}

function Unmatched({ report }: { report: PerformanceReport }) {
  const s = useStrings().actuals;
  const format = useFormat();
  const styles = useSectionStyles();
  const list = (items: string[]) => (
    <ul className={styles.problemList}>
      {items.slice(0, UNMATCHED_SHOWN).map((item) => (
        <li key={item}>{item}</li>
      ))}
      {items.length > UNMATCHED_SHOWN && <li>{s.moreUnmatched(format.count(items.length - UNMATCHED_SHOWN))}</li>}
    </ul>
  );
  const withoutPlan = report.withoutPlan.map((row) => row.intervalLabel);
  const withoutActuals = report.withoutActuals.map(({ plan, day }) => (plan.day === null ? `${format.day(day)} ${plan.intervalLabel}` : plan.intervalLabel));
  return (
    <div className={styles.tightStack} data-testid="performance-unmatched">
      <Subtitle2 as="h4" className={styles.subheading}>
        {s.unmatchedHeading}
      </Subtitle2>
      <Caption1>{report.byDate ? s.byDate : s.byTime}</Caption1>
      {withoutPlan.length === 0 && withoutActuals.length === 0 && <Caption1>{s.allMatched}</Caption1>}
      {withoutPlan.length > 0 && (
        <>
          <Caption1>{s.withoutPlan(withoutPlan.length, format.count(withoutPlan.length))}</Caption1>
          {list(withoutPlan)}
        </>
      )}
      {withoutActuals.length > 0 && (
        <>
          <Caption1>{s.withoutActuals(withoutActuals.length, format.count(withoutActuals.length))}</Caption1>
          {list(withoutActuals)}
        </>
      )}
    </div>
  );
}
