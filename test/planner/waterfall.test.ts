import { waterfallBars } from "../../src/planner/waterfall";

describe("waterfallBars", () => {
  test("totals stand on the axis; changes float between the levels before and after them", () => {
    const bars = waterfallBars([
      { label: "Planned", kind: "total", level: 0.84 },
      { label: "Volume", kind: "change", change: -0.03 },
      { label: "Adherence", kind: "change", change: 0.01 },
      { label: "No effect", kind: "change", change: 0 },
      { label: "Modelled", kind: "total", level: 0.82 },
    ]);
    const rounded = bars.map((b) => ({ ...b, base: b.base === null ? null : Number(b.base.toFixed(12)) }));
    expect(rounded).toEqual([
      { label: "Planned", kind: "total", shown: 0.84, base: null, increase: null, decrease: null, total: 0.84 },
      { label: "Volume", kind: "change", shown: -0.03, base: 0.81, increase: null, decrease: 0.03, total: null },
      { label: "Adherence", kind: "change", shown: 0.01, base: 0.81, increase: 0.01, decrease: null, total: null },
      { label: "No effect", kind: "change", shown: 0, base: 0.82, increase: null, decrease: null, total: null },
      { label: "Modelled", kind: "total", shown: 0.82, base: null, increase: null, decrease: null, total: 0.82 },
    ]);
  });

  test("each change's base plus its bar spans exactly the levels before and after it", () => {
    const changes = [-0.031, -0.012, 0.006, -0.021, 0.033];
    const bars = waterfallBars([{ label: "Start", kind: "total", level: 0.842 }, ...changes.map((change, i) => ({ label: `c${i}`, kind: "change" as const, change }))]);
    let level = 0.842;
    bars.slice(1).forEach((bar, i) => {
      const after = level + changes[i];
      expect(bar.base).toBeCloseTo(Math.min(level, after), 15);
      expect((bar.base as number) + (bar.increase ?? bar.decrease ?? 0)).toBeCloseTo(Math.max(level, after), 15);
      level = after;
    });
  });

  test("refuses what a stacked column cannot draw", () => {
    expect(() => waterfallBars([])).toThrow(/starts with a total/);
    expect(() => waterfallBars([{ label: "Volume", kind: "change", change: 0.1 }])).toThrow(/starts with a total/);
    expect(() => waterfallBars([{ label: "Start", kind: "total", level: 0.05 }, { label: "Drop", kind: "change", change: -0.1 }])).toThrow(/below 0 at "Drop"/);
    expect(() => waterfallBars([{ label: "Start", kind: "total", level: NaN }])).toThrow(/not a finite number/);
  });
});
