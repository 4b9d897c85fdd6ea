/**
 * The client report step: what the client receives. The report of the period chosen under
 * Actuals, in the language chosen for it (the workbook's at first), written into this workbook
 * to check; and the client copy, a separate workbook of the sheets ticked (the report, plans and
 * capacity plans as values, all in that language), opened by Excel.
 */
import { Body1, Button, Caption1, Checkbox, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { LANGUAGES, LOCALE_OF, type CapacityScenario, type Language, type Scenario } from "../../workbook/api";
import { LANGUAGE_NAMES, useStrings } from "../strings";
import { useSectionStyles } from "./styles";

export interface ClientSectionProps {
  /** Actuals, a scenario and a period are chosen under Actuals. */
  ready: boolean;
  /** A team table is read and its targets are valid. */
  teamReady: boolean;
  language: Language;
  clientName: string;
  includeTeam: boolean;
  scenarios: Scenario[];
  copyReport: boolean;
  copyPlans: string[];
  /** The capacity scenarios stored in the workbook, and those whose capacity plans go in the copy. */
  capacityPlans: CapacityScenario[];
  copyCapacity: string[];
  busy: boolean;
  onLanguage: (language: Language) => void;
  onClientName: (name: string) => void;
  onIncludeTeam: (include: boolean) => void;
  onCopyReport: (include: boolean) => void;
  onCopyPlan: (scenarioId: string, include: boolean) => void;
  onCopyCapacity: (capacityScenarioId: string, include: boolean) => void;
  onWrite: () => void;
  onMakeCopy: () => void;
}

export function ClientSection(props: ClientSectionProps) {
  const s = useStrings().client;
  const styles = useSectionStyles();
  return (
    <div className={styles.stack} data-testid="client-section">
      <Body1>{s.explain}</Body1>
      {!props.ready && <Caption1 className={styles.muted}>{s.needsActuals}</Caption1>}
      <Field label={s.language} hint={s.languageHint}>
        <Select className={styles.fullWidth} value={props.language} onChange={(_event, data) => props.onLanguage(data.value as Language)}>
          {LANGUAGES.map((language) => (
            // Each language by its own name, as the pane's language menu lists them.
            <option key={language} value={language} lang={LOCALE_OF[language]}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.clientName}>
        <Input className={styles.fullWidth} value={props.clientName} onChange={(_event, data) => props.onClientName(data.value)} />
      </Field>
      {props.teamReady && <Checkbox checked={props.includeTeam} onChange={(_event, data) => props.onIncludeTeam(data.checked === true)} label={s.includeTeam} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onWrite} disabled={!props.ready} disabledFocusable={props.busy}>
          {s.write}
        </Button>
      </div>
      <div className={styles.card}>
        <Subtitle2 as="h3" className={styles.subheading}>
          {s.copyHeading}
        </Subtitle2>
        <Caption1>{s.copyExplain}</Caption1>
        <Checkbox checked={props.copyReport && props.ready} disabled={!props.ready} onChange={(_event, data) => props.onCopyReport(data.checked === true)} label={s.copyReport} />
        {props.scenarios.map((scenario) => (
          <Checkbox
            key={scenario.id}
            checked={props.copyPlans.includes(scenario.id)}
            onChange={(_event, data) => props.onCopyPlan(scenario.id, data.checked === true)}
            label={s.copyPlan(scenario.name)}
          />
        ))}
        {props.capacityPlans.map((plan) => (
          <Checkbox
            key={plan.id}
            checked={props.copyCapacity.includes(plan.id)}
            onChange={(_event, data) => props.onCopyCapacity(plan.id, data.checked === true)}
            label={s.copyCapacity(plan.name)}
          />
        ))}
        <div className={styles.actions}>
          <Button onClick={props.onMakeCopy} disabledFocusable={props.busy}>
            {s.makeCopy}
          </Button>
        </div>
      </div>
    </div>
  );
}
