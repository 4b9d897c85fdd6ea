/**
 * A number field as every form of the pane has it (targets, capacity, the two "duplicate with
 * changes" dialogs): the text stays as typed, with a decimal keyboard; its message sits beside
 * it; what the number comes to may show at its end ("= ×0.90", "= 1.15% a week"); and when the
 * text could be read two ways in the workbook's culture ("1.000"), a button for each reading sits
 * under it (ReadingChoices), so no form reads an ambiguous entry silently.
 */
import { Field, Input, type InputProps } from "@fluentui/react-components";
import type { NumberCulture } from "../../workbook/api";
import { ReadingChoices } from "./ReadingChoices";
import { useSectionStyles } from "./styles";

export interface NumberFieldProps {
  label: string;
  hint?: string;
  value: string;
  /** The message to show now; undefined while there is none to show. */
  error?: string;
  /** The workbook's separators, which decide whether the text needs asking about. */
  culture: NumberCulture;
  onChange: (text: string) => void;
  onBlur?: () => void;
  /** What the number comes to, at the field's end; `testId` names it for tests. */
  after?: { id: string; text: string; testId: string };
  /** More of the input's own props: a date field's type, a placeholder, data attributes. */
  input?: Partial<InputProps> & { [attribute: `data-${string}`]: string };
}

export function NumberField({ label, hint, value, error, culture, onChange, onBlur, after, input }: NumberFieldProps) {
  const styles = useSectionStyles();
  return (
    <div className={styles.tightStack}>
      <Field label={label} hint={hint} validationMessage={error} validationState={error ? "error" : "none"}>
        <Input
          className={styles.fullWidth}
          inputMode="decimal"
          autoComplete="off"
          {...input}
          value={value}
          onChange={(_event, data) => onChange(data.value)}
          onBlur={onBlur}
          aria-describedby={after?.id}
          contentAfter={
            after && (
              <span id={after.id} className={styles.muted} data-testid={after.testId}>
                {after.text}
              </span>
            )
          }
        />
      </Field>
      {error && <ReadingChoices text={value} culture={culture} onChoose={onChange} />}
    </div>
  );
}
