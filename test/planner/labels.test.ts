/**
 * What the generated sheets say: plan, roster-check and comparison sheets are shared with
 * clients, who read them without a planner beside them.
 */
import { label, labels, type LabelId } from "../../src/planner/labels";

/**
 * Labels written only into the samples (forecast, ACD export of actuals, team metrics), whose
 * headers the readers must recognise: an ACD export says "AHT" and "ASA", so the sample does too.
 */
const SAMPLE: LabelId[] = [
  "sampleTitleInterval",
  "sampleTitleCalls",
  "sampleTitleAht",
  ...(Object.keys(labels) as LabelId[]).filter((id) => /^sample(Actuals|Team)[A-Z]/.test(id)),
];
const clientLabels = (Object.keys(labels) as LabelId[]).filter((id) => !SAMPLE.includes(id) && id !== "abandonRuleFormat");

test("no label codes a choice as numbers: the abandon rule says which calls count, in words", () => {
  expect(label("targetAbandonRule")).toBe("Calls that hang up before the answer time");
  for (const id of clientLabels) expect([id, /\(\d [a-z]+, \d/.test(labels[id])]).toEqual([id, false]);
  // The rule's cell holds 0, 1 or 2 for the formulas and shows its meaning.
  expect(labels.abandonRuleFormat).toMatch(/\[=0\]"count as not answered in time";\[=1\]"are left out of the service level";"count as answered in time"/);
});

test("planner shorthand is spelled out: no AHT, ASA or SL; FTE only beside 'full-time equivalents' or as a column under it", () => {
  for (const id of clientLabels) {
    expect([id, /\b(AHT|ASA|SL)\b/.test(labels[id])]).toEqual([id, false]);
  }
  const fteLabels = clientLabels.filter((id) => /\bFTE\b/.test(labels[id]));
  // Column headers under a caption that spells FTE out (the plan's weeks, the capacity plan's weeks).
  const underCaption: LabelId[] = ["columnFte", "targetPaidHours", "columnRequiredFte", "columnEffectiveFte"];
  for (const id of fteLabels) {
    expect([id, /full-time/i.test(labels[id]) || underCaption.includes(id)]).toEqual([id, true]);
  }
});

test("targets say what they are: a share, seconds, minutes; blanks say what they mean", () => {
  expect(label("targetMaxOccupancy")).toMatch(/share of agents' time on calls.*blank: no limit/);
  expect(label("targetPatience")).toMatch(/seconds.*blank: callers never hang up/);
  expect(label("targetShrinkage")).toMatch(/share of paid time off the phones/);
  expect(label("targetInterval")).toMatch(/minutes/);
});

test("figures over several days never say 'day'", () => {
  for (const id of ["summaryPeriodServiceLevel", "summaryPeriodAsa", "summaryPeriodAbandon", "summaryPeriodCost", "summaryWeekFte", "summaryPeakWeekFte"] as LabelId[]) {
    expect(label(id, { days: 7 })).not.toMatch(/\bday\b/i);
  }
});
