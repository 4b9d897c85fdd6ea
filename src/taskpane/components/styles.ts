/**
 * Layout shared by the sections. The default task pane is 320 px wide, so everything stacks in
 * one column, controls take the full width and long words (sheet names, addresses) wrap instead
 * of widening the pane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  tightStack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  fullWidth: {
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
  },
  wrap: {
    overflowWrap: "anywhere",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  problemList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  problems: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
    "& dt": { overflowWrap: "anywhere" },
  },
  card: {
    // Narrower at the sides than above and below: a table of figures needs the width.
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  subheading: {
    margin: 0,
  },
  // Tables of figures: numbers on the right in even digits, their headers over them. Headers in
  // the caption size and cells with narrow padding leave room for longer words than English's
  // ("Stsenaarium", "Teenindustase" fit a 320 px pane whole).
  table: {
    tableLayout: "auto",
    width: "100%",
    "& th, & td": { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
    "& th": { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  numberCell: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // A header cell lays its text out in a flex box of its own; numbers' headers sit over the numbers.
  // A header wraps between its words; the table's first column (names) gives way first.
  numberHeader: {
    "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "end" },
  },
});
