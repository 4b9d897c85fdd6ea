/**
 * Which column holds what, for a table read by its headers: one choice per role, each saying
 * whether it was recognised or chosen by hand, and "read again" once a choice changes.
 */
import { Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../strings";
import { useSectionStyles } from "./styles";

export interface ColumnMappingProps<R extends string> {
  roles: readonly R[];
  roleLabel: Record<R, string>;
  headers: string[];
  mapping: Record<R, number | null>;
  recognised: Record<R, boolean>;
  busy: boolean;
  onApply: (mapping: Record<R, number | null>) => void;
}

export function ColumnMapping<R extends string>(props: ColumnMappingProps<R>) {
  const s = useStrings().source;
  const styles = useSectionStyles();
  const [mapping, setMapping] = useState(props.mapping);
  const changed = JSON.stringify(mapping) !== JSON.stringify(props.mapping);
  const count = Math.max(props.headers.length, ...props.roles.map((role) => (props.mapping[role] ?? -1) + 1));
  const columns = Array.from({ length: count }, (_, index) => index);
  return (
    <div className={styles.card}>
      <Subtitle2 as="h3" className={styles.subheading}>
        {s.mappingHeading}
      </Subtitle2>
      <Caption1>{s.mappingExplain}</Caption1>
      {props.roles.map((role) => (
        <Field
          key={role}
          label={props.roleLabel[role]}
          hint={mapping[role] === null ? undefined : mapping[role] === props.mapping[role] && props.recognised[role] ? s.recognised : s.chosenByHand}
        >
          <Select
            className={styles.fullWidth}
            value={mapping[role] === null ? "" : String(mapping[role])}
            onChange={(_event, data) => setMapping((current) => ({ ...current, [role]: data.value === "" ? null : Number(data.value) }))}
          >
            <option value="">{s.noColumn}</option>
            {columns.map((column) => (
              <option key={column} value={String(column)}>
                {s.columnOption(column + 1, props.headers[column] ?? "")}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {changed && (
        <div className={styles.actions}>
          <Button onClick={() => props.onApply(mapping)} disabledFocusable={props.busy}>
            {s.applyMapping}
          </Button>
        </div>
      )}
    </div>
  );
}
