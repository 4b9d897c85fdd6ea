import { defaultTargets, parseDecimal, parseTargetInputs, targetProblems, targetsToInputs } from "../../src/planner/targets";
import { LIMITS, agentsRequired } from "../../src/engine";
import type { PlanTargets, TargetInputs } from "../../src/planner/types";

function inputs(changes: Partial<TargetInputs> = {}): TargetInputs {
  return { ...targetsToInputs(defaultTargets()), ...changes };
}

describe("numbers typed with either decimal separator", () => {
  test.each([
    ["0.8", 0.8],
    ["0,8", 0.8],
    [" 12 ", 12],
    ["1 234,5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1,000,000", 1_000_000],
    ["1.000.000", 1_000_000],
    ["1,000", 1],
    ["-5", -5],
    ["\u22125", -5],
    ["+10", 10],
    [",5", 0.5],
    ["7.", 7],
  ])("%j is %d", (text, value) => {
    expect(parseDecimal(text)).toBeCloseTo(value, 12);
  });

  test.each(["", "abc", "1,2,3.4.5", "12abc", "1e3", "--1", "."])("%j is not a number", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe("target inputs", () => {
  test("the defaults read back as the defaults", () => {
    const parsed = parseTargetInputs(inputs());
    expect(parsed.problems).toEqual([]);
    expect(parsed.targets).toEqual(defaultTargets());
    expect(targetProblems(defaultTargets())).toEqual([]);
  });

  test("percent fields take 80, 80%, 0,8 and 0.8 alike", () => {
    for (const typed of ["80", "80%", "0,8", "0.8", "80,0 %"]) {
      expect(parseTargetInputs(inputs({ targetServiceLevel: typed })).targets?.targetServiceLevel).toBeCloseTo(0.8, 12);
    }
    expect(parseTargetInputs(inputs({ maxOccupancy: "0,85" })).targets?.maxOccupancy).toBeCloseTo(0.85, 12);
    expect(parseTargetInputs(inputs({ shrinkage: "32,5" })).targets?.shrinkage).toBeCloseTo(0.325, 12);
    expect(parseTargetInputs(inputs({ shrinkage: "0,5%" })).targets?.shrinkage).toBeCloseTo(0.005, 12);
  });

  test("the shown inputs use the person's decimal separator", () => {
    const shown = targetsToInputs({ ...defaultTargets(), paidHoursPerFteWeek: 37.5, maxOccupancy: 0.855 }, 280.5, { volumeFactor: 1.1, ahtFactor: 1 }, ",");
    expect(shown).toMatchObject({ paidHoursPerFteWeek: "37,5", maxOccupancy: "85,5", defaultAhtSeconds: "280,5", volumeFactor: "1,1" });
    expect(parseTargetInputs(shown).problems).toEqual([]);
  });

  test("optional fields may be blank; required ones may not", () => {
    const parsed = parseTargetInputs(inputs({ maxOccupancy: "", patienceSeconds: "", costPerAgentHour: "", defaultAhtSeconds: "" }));
    expect(parsed.targets).toMatchObject({ maxOccupancy: null, patienceSeconds: null, costPerAgentHour: null });
    expect(parsed.defaultAhtSeconds).toBeNull();
    expect(parseTargetInputs(inputs({ shrinkage: " ", targetSeconds: "" })).problems).toEqual([
      { field: "targetSeconds", code: "required" },
      { field: "shrinkage", code: "required" },
    ]);
  });

  test("nonsense is refused field by field, with the allowed range", () => {
    const parsed = parseTargetInputs(
      inputs({
        intervalMinutes: "45",
        targetServiceLevel: "abc",
        shrinkage: "100",
        maxOccupancy: "0",
        paidHoursPerFteWeek: "-3",
        patienceSeconds: "0",
        abandonRule: "3",
      }),
    );
    expect(parsed.targets).toBeNull();
    expect(parsed.problems).toEqual([
      { field: "intervalMinutes", code: "notAllowed", value: "45", allowed: ["15", "30", "60"] },
      { field: "targetServiceLevel", code: "notANumber", value: "abc" },
      { field: "maxOccupancy", code: "outOfRange", value: 0, min: 0, max: 100, minOpen: true },
      { field: "patienceSeconds", code: "outOfRange", value: 0, min: 1, max: 86_400 },
      { field: "abandonRule", code: "notAllowed", value: "3", allowed: ["0", "1", "2"] },
      { field: "shrinkage", code: "outOfRange", value: 100, min: 0, max: 100, maxOpen: true },
      { field: "paidHoursPerFteWeek", code: "outOfRange", value: -3, min: 0, max: 168, minOpen: true },
    ]);
  });

  test("fields that are engine arguments refuse what the engine refuses, with its limits", () => {
    // A patience of 0.5 s used to pass here, then fail in the plan as "the forecast row is too large".
    expect(parseTargetInputs(inputs({ patienceSeconds: "0,5" })).problems).toEqual([
      { field: "patienceSeconds", code: "outOfRange", value: 0.5, min: LIMITS.patience.low, max: LIMITS.patience.high },
    ]);
    expect(parseTargetInputs(inputs({ patienceSeconds: "90000" })).problems).toEqual([
      { field: "patienceSeconds", code: "outOfRange", value: 90_000, min: 1, max: 86_400 },
    ]);
    expect(parseTargetInputs(inputs({ defaultAhtSeconds: "0,5" })).problems).toEqual([
      { field: "defaultAhtSeconds", code: "outOfRange", value: 0.5, min: 1, max: 86_400 },
    ]);
    expect(parseTargetInputs(inputs({ goal: "asa", targetAsaSeconds: "0,5" })).problems).toEqual([
      { field: "targetAsaSeconds", code: "outOfRange", value: 0.5, min: 1, max: 86_400 },
    ]);
    // A target time is 0 (answered without waiting) or at least a second, up to a day.
    expect(parseTargetInputs(inputs({ targetSeconds: "0" })).problems).toEqual([]);
    expect(parseTargetInputs(inputs({ targetSeconds: "7200" })).problems).toEqual([]);
    expect(parseTargetInputs(inputs({ targetSeconds: "0,5" })).problems).toEqual([
      { field: "targetSeconds", code: "outOfRange", value: 0.5, min: 1, max: 86_400 },
    ]);
  });

  test("every value the form accepts is one the engine computes", () => {
    const parsed = parseTargetInputs(
      inputs({ patienceSeconds: "1", targetSeconds: "86400", maxOccupancy: "0,01", shrinkage: "99,9" }),
    );
    expect(parsed.problems).toEqual([]);
    const targets = parsed.targets as PlanTargets;
    const load = { callsOffered: 100, averageHandleSeconds: 1, intervalMinutes: 30, patienceSeconds: targets.patienceSeconds };
    expect(() =>
      agentsRequired(load, {
        targetServiceLevel: targets.targetServiceLevel,
        targetSeconds: targets.targetSeconds,
        maxOccupancy: targets.maxOccupancy,
      }),
    ).not.toThrow();
  });

  test("a 100% service level is refused: no queue answers every call in time", () => {
    expect(parseTargetInputs(inputs({ targetServiceLevel: "100" })).problems).toEqual([
      { field: "targetServiceLevel", code: "outOfRange", value: 100, min: 0, max: 100, minOpen: true, maxOpen: true },
    ]);
  });

  test("an ASA goal needs an ASA target and not a service level", () => {
    const parsed = parseTargetInputs(inputs({ goal: "asa", targetServiceLevel: "", targetAsaSeconds: "25" }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.targets).toMatchObject({ goal: "asa", targetAsaSeconds: 25 });
    expect(parseTargetInputs(inputs({ goal: "asa", targetAsaSeconds: "" })).problems).toEqual([
      { field: "targetAsaSeconds", code: "required" },
    ]);
  });

  test("volume and AHT take a factor or a change in percent", () => {
    expect(parseTargetInputs(inputs({ volumeFactor: "+10%" })).volumeFactor).toBeCloseTo(1.1, 12);
    expect(parseTargetInputs(inputs({ volumeFactor: "1,1" })).volumeFactor).toBeCloseTo(1.1, 12);
    expect(parseTargetInputs(inputs({ ahtFactor: "-5%" })).ahtFactor).toBeCloseTo(0.95, 12);
    expect(parseTargetInputs(inputs({ ahtFactor: "\u22125" })).ahtFactor).toBeCloseTo(0.95, 12);
    expect(parseTargetInputs(inputs({ volumeFactor: "" })).volumeFactor).toBe(1);
    expect(parseTargetInputs(inputs({ volumeFactor: "-100%" })).problems).toEqual([
      { field: "volumeFactor", code: "outOfRange", value: 0, min: 0, max: 5, minOpen: true },
    ]);
  });

  test("stored targets are checked without going through text", () => {
    expect(targetProblems({ ...defaultTargets(), shrinkage: 0.004 })).toEqual([]);
    expect(targetProblems({ ...defaultTargets(), shrinkage: 1 })).toEqual([
      { field: "shrinkage", code: "outOfRange", value: 100, min: 0, max: 100, maxOpen: true },
    ]);
    expect(targetProblems({ ...defaultTargets(), intervalMinutes: 20 as never })[0]).toMatchObject({ code: "notAllowed" });
    expect(targetProblems({ ...defaultTargets(), patienceSeconds: 0.5 })).toEqual([
      { field: "patienceSeconds", code: "outOfRange", value: 0.5, min: 1, max: 86_400 },
    ]);
  });
});
