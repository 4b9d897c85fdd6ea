import { agentsRequired, queueMeasures, scheduledStaff } from "../../src/engine";
import { computePlan, IntervalNotComputable, summarise } from "../../src/planner/plan";
import { defaultTargets } from "../../src/planner/targets";
import type { ForecastRow, PlanRow, PlanTargets } from "../../src/planner/types";
import { undatedRow } from "../support/planner-fixtures";

const AS_FORECAST = { volumeFactor: 1, ahtFactor: 1 };

function rows(calls: number[], aht = 300): ForecastRow[] {
  return calls.map((c, i) => undatedRow(i, { interval: i / 48, intervalLabel: `i${i}`, callsOffered: c, averageHandleSeconds: aht }));
}

const targets: PlanTargets = { ...defaultTargets(), maxOccupancy: null, shrinkage: 0.25, costPerAgentHour: 20 };

describe("plans", () => {
  test("each interval is staffed by the engine with the scenario's targets", () => {
    const plan = computePlan(rows([100, 250, 0]), targets, AS_FORECAST);
    for (const [i, calls] of [100, 250, 0].entries()) {
      const load = { callsOffered: calls, averageHandleSeconds: 300, intervalMinutes: 30 };
      const agents = agentsRequired(load, { targetServiceLevel: 0.8, targetSeconds: 20 });
      const m = queueMeasures(load, agents, 20);
      expect(plan.rows[i]).toEqual({
        interval: i / 48,
        intervalLabel: `i${i}`,
        day: null,
        callsOffered: calls,
        averageHandleSeconds: 300,
        traffic: m.traffic,
        agentsRequired: agents,
        serviceLevel: m.serviceLevel,
        averageSpeedOfAnswer: m.averageSpeedOfAnswer,
        abandonRate: 0,
        occupancy: m.occupancy,
        scheduledStaff: scheduledStaff(agents, 0.25),
      });
    }
    expect(plan.rows[2]).toMatchObject({ agentsRequired: 0, serviceLevel: 1, scheduledStaff: 0 });
  });

  test("the day's service level is weighted by calls, not averaged over intervals", () => {
    const plan = computePlan(rows([10, 400]), targets, AS_FORECAST);
    const [a, b] = plan.rows;
    const weighted = (10 * a.serviceLevel + 400 * b.serviceLevel) / 410;
    expect(plan.summary.serviceLevel).toBeCloseTo(weighted, 12);
    expect(Math.abs(plan.summary.serviceLevel - (a.serviceLevel + b.serviceLevel) / 2)).toBeGreaterThan(1e-6);
  });

  test("agent-hours, FTE and cost follow the stated conventions", () => {
    const plan = computePlan(rows([100, 250, 40, 0]), targets, AS_FORECAST);
    const agents = plan.rows.reduce((s, r) => s + r.agentsRequired, 0);
    const scheduled = plan.rows.reduce((s, r) => s + r.scheduledStaff, 0);
    expect(plan.summary.agentHoursRequired).toBeCloseTo(agents * 0.5, 12);
    expect(plan.summary.agentHoursScheduled).toBeCloseTo(scheduled * 0.5, 12);
    expect(plan.summary.agentHoursScheduled).toBeCloseTo(plan.summary.agentHoursRequired / 0.75, 12);
    // FTE: the day's scheduled hours on each of 5 operating days, over 37.5 paid hours a week.
    expect(plan.summary.fte).toBeCloseTo((scheduled * 0.5 * 5) / 37.5, 12);
    expect(plan.summary.cost).toBeCloseTo(scheduled * 0.5 * 20, 9);
    expect(plan.summary.peakAgentsRequired).toBe(Math.max(...plan.rows.map((r) => r.agentsRequired)));
    expect(plan.summary.totalCalls).toBe(390);
    expect(computePlan(rows([100]), { ...targets, costPerAgentHour: null }, AS_FORECAST).summary.cost).toBeNull();
  });

  test("15-minute intervals count a quarter hour each", () => {
    const plan = computePlan(rows([50, 50]), { ...targets, intervalMinutes: 15 }, AS_FORECAST);
    expect(plan.summary.agentHoursRequired).toBeCloseTo(plan.rows[0].agentsRequired * 0.5, 12);
    expect(plan.rows[0].traffic).toBeCloseTo((50 * 300) / 900, 12);
  });

  test("the volume and AHT factors apply to the forecast, and more work never needs fewer agents", () => {
    const base = computePlan(rows([100, 200, 300]), targets, AS_FORECAST);
    const busier = computePlan(rows([100, 200, 300]), targets, { volumeFactor: 1.1, ahtFactor: 1 });
    const faster = computePlan(rows([100, 200, 300]), targets, { volumeFactor: 1, ahtFactor: 0.95 });
    expect(busier.rows[1].callsOffered).toBeCloseTo(220, 12);
    expect(faster.rows[1].averageHandleSeconds).toBeCloseTo(285, 12);
    busier.rows.forEach((r, i) => expect(r.agentsRequired).toBeGreaterThanOrEqual(base.rows[i].agentsRequired));
    faster.rows.forEach((r, i) => expect(r.agentsRequired).toBeLessThanOrEqual(base.rows[i].agentsRequired));
    expect(busier.summary.fte).toBeGreaterThan(base.summary.fte);
  });

  test("a 90/20 target needs at least as many agents as 80/20", () => {
    const base = computePlan(rows([100, 200]), targets, AS_FORECAST);
    const strict = computePlan(rows([100, 200]), { ...targets, targetServiceLevel: 0.9 }, AS_FORECAST);
    strict.rows.forEach((r, i) => expect(r.agentsRequired).toBeGreaterThanOrEqual(base.rows[i].agentsRequired));
    expect(strict.summary.serviceLevel).toBeGreaterThanOrEqual(0.9);
  });

  test("the occupancy cap can raise staffing", () => {
    const capped = computePlan(rows([400]), { ...targets, maxOccupancy: 0.8 }, AS_FORECAST);
    expect(capped.rows[0].occupancy).toBeLessThanOrEqual(0.8);
  });

  test("an ASA goal staffs for the ASA, then for the occupancy cap on offered traffic", () => {
    const asa: PlanTargets = { ...targets, goal: "asa", targetAsaSeconds: 15, maxOccupancy: null };
    const plan = computePlan(rows([200]), asa, AS_FORECAST);
    expect(plan.rows[0].averageSpeedOfAnswer).toBeLessThanOrEqual(15);
    const fewer = queueMeasures({ callsOffered: 200, averageHandleSeconds: 300, intervalMinutes: 30 }, plan.rows[0].agentsRequired - 1, 20);
    expect(fewer.averageSpeedOfAnswer).toBeGreaterThan(15);
    const capped = computePlan(rows([200]), { ...asa, maxOccupancy: 0.7 }, AS_FORECAST);
    expect(capped.rows[0].agentsRequired).toBe(Math.max(plan.rows[0].agentsRequired, Math.ceil(plan.rows[0].traffic / 0.7)));
  });

  test("with patience the plan uses Erlang A: abandons appear and the abandon rule counts", () => {
    const erlangA = { ...targets, patienceSeconds: 120 };
    const plan = computePlan(rows([300]), erlangA, AS_FORECAST);
    expect(plan.rows[0].abandonRate).toBeGreaterThan(0);
    expect(plan.summary.abandonRate).toBeCloseTo(plan.rows[0].abandonRate, 12);
    const lenient = computePlan(rows([300]), { ...erlangA, abandonRule: 2 }, AS_FORECAST);
    expect(lenient.rows[0].agentsRequired).toBeLessThanOrEqual(plan.rows[0].agentsRequired);
  });

  test("a day without calls has a perfect service level and no staff", () => {
    const plan = computePlan(rows([0, 0]), targets, AS_FORECAST);
    expect(plan.summary).toMatchObject({ totalCalls: 0, serviceLevel: 1, agentHoursRequired: 0, fte: 0, averageSpeedOfAnswer: 0 });
  });

  test("an interval the engine refuses names its row", () => {
    expect.assertions(3);
    try {
      computePlan(rows([100, 5e9]), targets, AS_FORECAST);
    } catch (error) {
      expect(error).toBeInstanceOf(IntervalNotComputable);
      expect((error as IntervalNotComputable).rowIndex).toBe(1);
      expect((error as IntervalNotComputable).kind).toBe("range");
    }
  });

  test("abandon rule 2 with a target that abandons alone make is refused with that reason, not staffed with 0", () => {
    expect.assertions(3);
    try {
      computePlan(rows([100]), { ...targets, patienceSeconds: 5, abandonRule: 2 }, AS_FORECAST);
    } catch (error) {
      expect(error).toBeInstanceOf(IntervalNotComputable);
      expect((error as IntervalNotComputable).kind).toBe("unreachable");
      expect((error as IntervalNotComputable).problem).toMatchObject({ code: "metByAbandons", target: 0.8 });
    }
  });

  test("summaries of hand-made rows", () => {
    const row = (calls: number, sl: number, asa: number, abandon: number, agents: number): PlanRow => ({
      interval: 0,
      intervalLabel: "",
      day: null,
      callsOffered: calls,
      averageHandleSeconds: 300,
      traffic: 0,
      agentsRequired: agents,
      serviceLevel: sl,
      averageSpeedOfAnswer: asa,
      abandonRate: abandon,
      occupancy: 0,
      scheduledStaff: agents / 0.8,
    });
    const s = summarise([row(100, 0.9, 10, 0.1, 10), row(300, 0.7, 30, 0, 20)], { ...targets, shrinkage: 0.2 });
    expect(s.serviceLevel).toBeCloseTo((90 + 210) / 400, 12);
    expect(s.averageSpeedOfAnswer).toBeCloseTo((90 * 10 + 300 * 30) / 390, 12);
    expect(s.abandonRate).toBeCloseTo(10 / 400, 12);
    expect(s.peakScheduledStaff).toBeCloseTo(25, 12);
  });
});
