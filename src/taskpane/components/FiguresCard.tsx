/**
 * A result's card: its heading, a list of figures (label, then the value on the right in even
 * digits) and whatever follows them (tables by week or month, a button to the sheet). The plan
 * and the capacity plan show their results in one.
 */
import { mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { Fragment, useId, type ReactNode } from "react";
import { useSectionStyles } from "./styles";

export function FiguresCard({
  heading,
  rows,
  testId,
  children,
}: {
  heading: string;
  /** Label and value, already formatted. */
  rows: [string, string][];
  testId: string;
  children?: ReactNode;
}) {
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid={testId}>
      <Subtitle2 as="h3" id={headingId} className={mergeClasses(styles.subheading, styles.wrap)}>
        {heading}
      </Subtitle2>
      <dl className={styles.figures}>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {children}
    </section>
  );
}
