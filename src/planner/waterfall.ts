/**
 * A waterfall ("why the service level moved": planned SL, each effect, modelled SL, measured SL)
 * as the columns of a stacked column chart, which every spreadsheet draws: LibreOffice does not
 * draw Excel's own waterfall chart type (chartex), so a client would see an empty frame.
 *
 * Each bar is stacked on an invisible base. A total stands on the axis at its level. A change
 * floats between the level before and after it: its base is the lower of the two, and its height
 * the size of the change, in the increase or the decrease series so the two take their own
 * colours. Cells a bar does not use are blank (null), so no zero-height segment or "0" label shows.
 */

export type WaterfallStep =
  /** A level the chart shows whole (planned SL, modelled SL, measured SL); the next change starts here. */
  | { label: string; kind: "total"; level: number }
  /** A change from the level before (an effect, in the level's units: −0.031 for −3.1 points). */
  | { label: string; kind: "change"; change: number };

export interface WaterfallBar {
  label: string;
  kind: WaterfallStep["kind"];
  /** The level (totals) or the change (changes), as the reader should see it. */
  shown: number;
  /** Invisible base under a change. */
  base: number | null;
  increase: number | null;
  decrease: number | null;
  total: number | null;
}

/**
 * The bars of a waterfall. It must start with a total; levels must stay at or above 0 (a stacked
 * column cannot float a bar below the axis), and every value must be finite.
 */
export function waterfallBars(steps: readonly WaterfallStep[]): WaterfallBar[] {
  if (steps.length === 0 || steps[0].kind !== "total") throw new Error("A waterfall starts with a total.");
  let level = 0;
  return steps.map((step) => {
    const value = step.kind === "total" ? step.level : step.change;
    if (!Number.isFinite(value)) throw new RangeError(`The waterfall step "${step.label}" is not a finite number.`);
    if (step.kind === "total") {
      level = step.level;
      if (level < 0) throw new RangeError(`The waterfall level "${step.label}" is below 0.`);
      return { label: step.label, kind: step.kind, shown: level, base: null, increase: null, decrease: null, total: level };
    }
    const before = level;
    level = before + step.change;
    if (level < 0) throw new RangeError(`The waterfall falls below 0 at "${step.label}".`);
    return {
      label: step.label,
      kind: step.kind,
      shown: step.change,
      base: Math.min(before, level),
      increase: step.change > 0 ? step.change : null,
      decrease: step.change < 0 ? -step.change : null,
      total: null,
    };
  });
}
