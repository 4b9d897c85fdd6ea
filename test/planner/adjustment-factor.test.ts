/**
 * The volume and AHT adjustment fields, as planners type them. "Volume 90%" means 90% of the
 * forecast (×0.9), not +90%; a sign makes a change ("+10%", "-5%", "−5%"); a bare number is the
 * factor itself, with either decimal separator.
 */
import { defaultTargets, parseTargetInputs, readAdjustmentFactor, targetsToInputs } from "../../src/planner/targets";

describe("an adjustment field's text as a factor on the forecast", () => {
  test.each([
    ["90%", 0.9],
    ["90 %", 0.9],
    ["100%", 1],
    ["110%", 1.1],
    ["90,5%", 0.905],
    ["+10%", 1.1],
    ["+ 10 %", 1.1],
    ["-5%", 0.95],
    ["\u22125%", 0.95],
    ["\u22125", 0.95],
    ["+0%", 1],
    ["1,1", 1.1],
    ["1.1", 1.1],
    ["0,95", 0.95],
    ["1", 1],
    ["\u00D71,1", 1.1],
    ["x 0.9", 0.9],
  ])("%j is ×%d", (text, factor) => {
    expect(readAdjustmentFactor(text)).toEqual({ kind: "number", value: expect.closeTo(factor, 12) });
  });

  test.each(["", "lots", "90%%", "\u00D710%", "%", "+"])("%j is not a factor", (text) => {
    expect(readAdjustmentFactor(text).kind).not.toBe("number");
  });

  test("the form reads a share as a share and refuses a factor of 0 or above 5 by field", () => {
    const form = (volumeFactor: string, ahtFactor = "1") =>
      parseTargetInputs({ ...targetsToInputs(defaultTargets()), volumeFactor, ahtFactor });
    expect(form("90%").volumeFactor).toBeCloseTo(0.9, 12);
    expect(form("1", "\u22125%").ahtFactor).toBeCloseTo(0.95, 12);
    expect(form("0%").problems).toEqual([{ field: "volumeFactor", code: "outOfRange", value: 0, min: 0, max: 5, minOpen: true }]);
    expect(form("1", "600%").problems).toEqual([
      { field: "ahtFactor", code: "outOfRange", value: 6, min: 0, max: 5, minOpen: true },
    ]);
    expect(form("90%%").problems).toEqual([{ field: "volumeFactor", code: "notANumber", value: "90%%" }]);
  });
});
