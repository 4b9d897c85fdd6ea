/** Problems of a table read, by cell: the first few listed, the rest counted (the sheet is where they get fixed). */
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useFormat, useStrings } from "../strings";
import { useSectionStyles } from "./styles";

const PROBLEMS_SHOWN = 20;

export interface ProblemListProps {
  problems: string[];
  testId: string;
  /** The heading, from the count and the count as shown; "… problems to fix …" unless a step words its own. */
  heading?: (count: number, shown: string) => string;
}

export function ProblemList({ problems, testId, heading }: ProblemListProps) {
  const s = useStrings().source;
  const format = useFormat();
  const styles = useSectionStyles();
  if (problems.length === 0) return null;
  return (
    <div className={styles.problems} data-testid={testId}>
      <Subtitle2 as="h3" className={styles.subheading}>
        {(heading ?? s.problemsHeading)(problems.length, format.count(problems.length))}
      </Subtitle2>
      <ul className={styles.problemList}>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
      {problems.length > PROBLEMS_SHOWN && <Caption1>{s.moreProblems(format.count(problems.length - PROBLEMS_SHOWN))}</Caption1>}
    </div>
  );
}
