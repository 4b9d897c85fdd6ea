/**
 * Beside a number field whose text could be read two ways ("1.000" where the workbook does not
 * group thousands with "."): one button per reading, which rewrites the field so that it can no
 * longer be misread ("1000" or "1"). The question itself is the field's message.
 */
import { Button } from "@fluentui/react-components";
import { ambiguityOf, disambiguate, type NumberCulture } from "../../workbook/api";
import { describeUnreadNumber } from "../messages";
import { useFormat, useStrings } from "../strings";
import { useSectionStyles } from "./styles";

export interface ReadingChoicesProps {
  text: string;
  culture: NumberCulture;
  onChoose: (text: string) => void;
}

export function ReadingChoices({ text, culture, onChoose }: ReadingChoicesProps) {
  const strings = useStrings();
  const format = useFormat();
  const styles = useSectionStyles();
  const ambiguity = ambiguityOf(text, culture);
  if (!ambiguity) return null;
  const question = describeUnreadNumber(strings, format, text, ambiguity);
  return (
    <div className={styles.actions} role="group" aria-label={question} data-testid="reading-choices">
      {(["grouped", "decimal"] as const).map((meaning) => (
        <Button key={meaning} size="small" onClick={() => onChoose(disambiguate(text, meaning, culture))}>
          {strings.problems.useReading(format.unambiguous(ambiguity[meaning]))}
        </Button>
      ))}
    </div>
  );
}
