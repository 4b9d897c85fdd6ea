/**
 * A small table of figures per day or per week, for plans and roster checks of forecasts that
 * span several days: a first column of dates, then numbers aligned on the right. A month has 31
 * rows, so the table scrolls inside its card rather than lengthening the pane.
 */
import {
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  scroller: { maxHeight: "260px", overflowY: "auto", minWidth: 0 },
  dateCell: { whiteSpace: "nowrap" },
  explain: { color: tokens.colorNeutralForeground3 },
});

export interface PeriodTableProps {
  heading: string;
  explain?: string;
  /** Column headers; the first is the dates'. */
  headers: string[];
  /** One row per day or week, already formatted; the first cell is the date. */
  rows: { key: string; cells: string[] }[];
  testId: string;
}

export function PeriodTable({ heading, explain, headers, rows, testId }: PeriodTableProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const headingId = useId();
  return (
    <div className={section.tightStack} data-testid={testId}>
      <Subtitle2 as="h4" id={headingId} className={section.subheading}>
        {heading}
      </Subtitle2>
      {explain && <Caption1 className={styles.explain}>{explain}</Caption1>}
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby={headingId}>
        <Table size="extra-small" className={section.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              {headers.map((header, index) => (
                <TableHeaderCell key={header} className={index === 0 ? undefined : section.numberHeader}>
                  {header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                {row.cells.map((cell, index) => (
                  <TableCell key={headers[index]} className={index === 0 ? styles.dateCell : section.numberCell}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
