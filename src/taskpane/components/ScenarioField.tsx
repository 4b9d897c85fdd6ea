/**
 * A choice of one of the workbook's stored scenarios, by name: the roster check, the actuals and
 * the capacity plan each ask which scenario they are about.
 */
import { Field, Select } from "@fluentui/react-components";
import type { Scenario } from "../../workbook/api";
import { useSectionStyles } from "./styles";

export function ScenarioField({
  label,
  hint,
  scenarios,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  scenarios: Scenario[];
  /** The chosen scenario's id. */
  value: string;
  onChange: (scenarioId: string) => void;
}) {
  const styles = useSectionStyles();
  return (
    <Field label={label} hint={hint}>
      <Select className={styles.fullWidth} value={value} onChange={(_event, data) => onChange(data.value)}>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
