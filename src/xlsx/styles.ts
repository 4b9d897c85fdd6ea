/**
 * The workbook's styles part (xl/styles.xml): each distinct cell look (number format, font, fill,
 * border, wrapping) becomes one cell format, numbered in the order first asked for, and each
 * conditional-format look one differential format (dxf).
 *
 * Number formats that Excel has built in under a fixed id (ECMA-376 Part 1, 18.8.30) use that id,
 * so every reader recognises them; all others are declared from id 164. The default font is
 * Calibri 11 with explicit colours, since the package has no theme part to refer to.
 */
import { argb, element, escapeXml, part } from "./xml";

export interface CellStyle {
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fillColor?: string;
  /** A thin border on every side, in this colour. */
  borderColor?: string;
  wrapText?: boolean;
  horizontal?: "left" | "center" | "right";
}

export interface DifferentialStyle {
  fillColor: string;
  fontColor: string;
}

const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

/** Interns a value's XML, returning its index in first-asked order. */
class Interned {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: string[] = []) {
    for (const item of initial) this.add(item);
  }

  add(xml: string): number {
    let found = this.index.get(xml);
    if (found === undefined) {
      found = this.items.length;
      this.items.push(xml);
      this.index.set(xml, found);
    }
    return found;
  }
}

function fontXml(style: Pick<CellStyle, "bold" | "italic" | "fontSize" | "fontColor">): string {
  return element(
    "font",
    {},
    (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      element("sz", { val: style.fontSize ?? DEFAULT_FONT.size }) +
      element("color", { rgb: argb(style.fontColor ?? "#000000") }) +
      element("name", { val: DEFAULT_FONT.name }) +
      element("family", { val: 2 }),
  );
}

function solidFill(color: string): string {
  return `<fill><patternFill patternType="solid">${element("fgColor", { rgb: argb(color) })}<bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(color: string | undefined): string {
  if (color === undefined) return "<border><left/><right/><top/><bottom/><diagonal/></border>";
  const side = (name: string) => element(name, { style: "thin" }, element("color", { rgb: argb(color) }));
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

export class StyleBook {
  private readonly numberFormats = new Map<string, number>();
  private readonly fonts = new Interned([fontXml({})]);
  // The first two fills are reserved by the format: none and gray125.
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Interned([borderXml(undefined)]);
  private readonly cellFormats = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly differential = new Interned();
  /** Cell formats already made, by a key of the look, so a sheet of thousands of cells builds each once. */
  private readonly byLook = new Map<string, number>();

  /** The index of the cell format (the `s` of a cell) for this look. */
  cellStyle(style: CellStyle): number {
    const key = [
      style.numberFormat,
      style.bold,
      style.italic,
      style.fontSize,
      style.fontColor,
      style.fillColor,
      style.borderColor,
      style.wrapText,
      style.horizontal,
    ].join("\u0001");
    let index = this.byLook.get(key);
    if (index === undefined) {
      index = this.newCellStyle(style);
      this.byLook.set(key, index);
    }
    return index;
  }

  private newCellStyle(style: CellStyle): number {
    const numFmtId = this.numberFormatId(style.numberFormat);
    const fontId = this.fonts.add(fontXml(style));
    const fillId = style.fillColor === undefined ? 0 : this.fills.add(solidFill(style.fillColor));
    const borderId = this.borders.add(borderXml(style.borderColor));
    const aligned = style.wrapText || style.horizontal !== undefined;
    const alignment = aligned ? element("alignment", { horizontal: style.horizontal, wrapText: style.wrapText ? true : undefined }) : "";
    return this.cellFormats.add(
      element(
        "xf",
        {
          numFmtId,
          fontId,
          fillId,
          borderId,
          xfId: 0,
          applyNumberFormat: numFmtId !== 0 ? true : undefined,
          applyFont: fontId !== 0 ? true : undefined,
          applyFill: fillId !== 0 ? true : undefined,
          applyBorder: borderId !== 0 ? true : undefined,
          applyAlignment: aligned ? true : undefined,
        },
        alignment,
      ),
    );
  }

  /** The index of the differential format (the `dxfId` of a conditional format) for this look. */
  differentialStyle(style: DifferentialStyle): number {
    return this.differential.add(
      `<dxf><font>${element("color", { rgb: argb(style.fontColor) })}</font>` +
        `<fill><patternFill>${element("bgColor", { rgb: argb(style.fillColor) })}</patternFill></fill></dxf>`,
    );
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numberFormats.get(code);
    if (id === undefined) {
      id = 164 + this.numberFormats.size;
      this.numberFormats.set(code, id);
    }
    return id;
  }

  toXml(): string {
    const list = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const formats = [...this.numberFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return part(
      `<styleSheet xmlns="${NAMESPACE}">` +
        (formats.length > 0 ? list("numFmts", formats) : "") +
        list("fonts", this.fonts.items) +
        list("fills", this.fills.items) +
        list("borders", this.borders.items) +
        list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
        list("cellXfs", this.cellFormats.items) +
        list("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
        list("dxfs", this.differential.items) +
        '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
        "</styleSheet>",
    );
  }
}
