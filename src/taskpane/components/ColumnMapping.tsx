/**
 * Which column holds what, for a table read by its headers: one choice per role, each saying
 * whether it was recognised or chosen by hand, and "read again" once a choice changes.
 *
 * The choices are Fluent drop-downs rather than native selects: a column is named by its header,
 * which is the export's own text and may be long ("Abandonadas dentro do tempo alvo (20 s)"),
 * and a native select shows its choice on one line, cut off in a 320 px pane; this one wraps.
 */
import { Button, Caption1, Dropdown, Field, makeStyles, mergeClasses, Option, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../strings";
import { useSectionStyles } from "./styles";

/** The option that means "no column": not a column index, so it cannot be taken for one. */
const NONE = "none";

const useStyles = makeStyles({
  // The chosen column's words wrap onto a second line instead of being cut off.
  choice: { "& > button": { whiteSpace: "normal", overflowWrap: "anywhere", height: "auto" } },
});

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
  const own = useStyles();
  const [mapping, setMapping] = useState(props.mapping);
  const changed = JSON.stringify(mapping) !== JSON.stringify(props.mapping);
  const count = Math.max(props.headers.length, ...props.roles.map((role) => (props.mapping[role] ?? -1) + 1));
  const columns = Array.from({ length: count }, (_, index) => index);
  const named = (column: number | null) => (column === null ? s.noColumn : s.columnOption(column + 1, props.headers[column] ?? ""));
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
          <Dropdown
            className={mergeClasses(styles.fullWidth, own.choice)}
            value={named(mapping[role])}
            selectedOptions={[mapping[role] === null ? NONE : String(mapping[role])]}
            // "None" is a choice of its own; Fluent's hidden clear button would add its English name to the page.
            clearButton={null}
            onOptionSelect={(_event, data) =>
              setMapping((current) => ({ ...current, [role]: data.optionValue === undefined || data.optionValue === NONE ? null : Number(data.optionValue) }))
            }
          >
            <Option value={NONE}>{s.noColumn}</Option>
            {columns.map((column) => (
              <Option key={column} value={String(column)}>
                {named(column)}
              </Option>
            ))}
          </Dropdown>
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
