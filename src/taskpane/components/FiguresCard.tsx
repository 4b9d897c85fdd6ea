/**
 * A result's card: its heading, a list of figures (label, then the value on the right in even
 * digits) and whatever follows them (tables by week or month, a button to the sheet). The plan
 * and the capacity plan, the roster check, the performance and the team metrics show their
 * results in one; FigureList is the list alone.
 */
import { mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { Fragment, useId, type ReactNode } from "react";
import { useSectionStyles } from "./styles";

/** A list of figures: each label, then its value on the right in even digits. */
export function FigureList({ rows, testId }: { rows: [string, string][]; testId?: string }) {
  const styles = useSectionStyles();
  return (
    <dl className={styles.figures} data-testid={testId}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function FiguresCard({
  heading,
  rows,
  testId,
  figuresTestId,
  children,
}: {
  heading: string;
  /** Label and value, already formatted. */
  rows: [string, string][];
  testId: string;
  /** A test id for the list of figures alone. */
  figuresTestId?: string;
  children?: ReactNode;
}) {
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid={testId}>
      <Subtitle2 as="h3" id={headingId} className={mergeClasses(styles.subheading, styles.wrap)}>
        {heading}
      </Subtitle2>
      <FigureList rows={rows} testId={figuresTestId} />
      {children}
    </section>
  );
}
