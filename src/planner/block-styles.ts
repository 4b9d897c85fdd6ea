/**
 * How each block style of a SheetSpec looks, as data: the Excel adapter applies it to ranges and
 * the .xlsx writer (src/xlsx/) turns it into cell styles, so a sheet written by the add-in and
 * the same sheet in a client copy look alike.
 */
import type { CellBlock } from "./layout";

type BlockStyle = NonNullable<CellBlock["style"]>;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  /** Points; absent: the workbook's default (11). */
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** "#RRGGBB" solid fill. */
  fillColor?: string;
  wrapText?: boolean;
}

export const BLOCK_LOOKS: Record<BlockStyle, CellLook> = {
  title: { bold: true, fontSize: 14 },
  note: { italic: true, fontColor: "#605E5C" },
  heading: { bold: true, fillColor: "#DDEBF7" },
  label: { wrapText: true },
  input: { fillColor: "#FFF2CC" },
  value: {},
};
