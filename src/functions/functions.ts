/**
 * The WFM.* worksheet functions of the queueing models; the reporting functions (reporting.ts)
 * and the capacity-planning functions (capacity.ts) are bundled through the imports below. Each
 * one only names its arguments, says which are optional and with what default, and hands one
 * cell's numbers to the engine; reading cells, broadcasting ranges and turning failures into
 * #VALUE!/#N/A is spill.ts's job (with messages.ts's words), the maths is the engine's.
 *
 * Every function that has them ends with the same optional tail, in the same order:
 * [interval], [patience], then anything only it needs ([max_occupancy], [abandon_rule]). A
 * planner who learns one signature can type the next without looking, and a formula copied from
 * one function to another never reads a patience as an interval (ABANDON_RATE(120, 300, 20, 15,
 * 120) in the old order, patience before interval, gave 1.6e−7 instead of 0.50 without an error).
 * So even the functions that need patience take it in that place, and say so when it is missing.
 *
 * The JSDoc blocks are the functions' metadata: custom-functions-metadata-plugin reads them to
 * write dist/functions.json (descriptions, help links, parameters). Parameters are `any[][]` so
 * that Excel passes every argument as a matrix and any argument may be a range. Their names are
 * snake_case because Excel shows them in the formula tooltip and the README documents them so.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel cells hold numbers, text, booleans or errors */
import * as engine from "../engine";
import type { AbandonRule } from "../engine";
import { CAPACITY_FUNCTIONS } from "./capacity";
import { notAvailableError, registerWithExcel } from "./excel-runtime";
import {
  abandonRule,
  agents,
  aht,
  calls,
  interval,
  maxOccupancy,
  neededPatience,
  offeredTraffic,
  optionalPatience,
  targetSl,
  targetTime,
} from "./parameters";
import { REPORTING_FUNCTIONS } from "./reporting";
import { CellNumbers, CellValue, defineFunction, evaluate, type WorksheetFunction } from "./spill";

/** The interval's load from the numbers of cells laid out calls, aht, …, interval, patience. */
function load(numbers: CellNumbers, intervalAt: number, patienceAt: number): engine.IntervalLoad {
  return {
    callsOffered: numbers[0] as number,
    averageHandleSeconds: numbers[1] as number,
    intervalMinutes: numbers[intervalAt] as number,
    patienceSeconds: numbers[patienceAt],
  };
}

function formatErlangs(traffic: number): string {
  return String(Number(traffic.toPrecision(6)));
}

const TRAFFIC = defineFunction({
  name: "TRAFFIC",
  parameters: [calls, aht, interval],
  kernel: (n) => engine.trafficErlangs(n[0] as number, n[1] as number, n[2] as number),
});

/**
 * Offered traffic in Erlangs: calls × aht / (interval × 60), the average number of calls in progress.
 * @customfunction TRAFFIC
 * @helpurl https://localhost:3000/help.html#wfmtraffic
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds (talk + hold + wrap-up).
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @returns Offered traffic in Erlangs.
 */
export function traffic(calls: any[][], aht: any[][], interval?: any[][]): any[][] {
  return evaluate(TRAFFIC, [calls, aht, interval]);
}

const ERLANG_B = defineFunction({
  name: "ERLANG_B",
  parameters: [
    { name: "servers", expects: "a number of servers (lines or agents)" },
    offeredTraffic,
  ],
  kernel: (n) => engine.erlangB(n[0] as number, n[1] as number),
});

/**
 * Erlang B blocking probability: the chance a call finds every line busy and is lost (no queue).
 * @customfunction ERLANG_B
 * @helpurl https://localhost:3000/help.html#wfmerlang_b
 * @param servers Number of lines or agents; fractional values interpolate smoothly.
 * @param traffic Offered traffic in Erlangs (see WFM.TRAFFIC).
 * @returns Blocking probability as a fraction from 0 to 1.
 */
export function erlangB(servers: any[][], traffic: any[][]): any[][] {
  return evaluate(ERLANG_B, [servers, traffic]);
}

const ERLANG_C = defineFunction({
  name: "ERLANG_C",
  parameters: [agents, offeredTraffic],
  kernel: (n) => engine.erlangC(n[0] as number, n[1] as number),
});

/**
 * Erlang C probability that a call has to wait (callers queue and never hang up); 1 when agents ≤ traffic.
 * @customfunction ERLANG_C
 * @helpurl https://localhost:3000/help.html#wfmerlang_c
 * @param agents Number of agents on the phones; fractional values interpolate smoothly.
 * @param traffic Offered traffic in Erlangs (see WFM.TRAFFIC).
 * @returns Probability of waiting as a fraction from 0 to 1.
 */
export function erlangC(agents: any[][], traffic: any[][]): any[][] {
  return evaluate(ERLANG_C, [agents, traffic]);
}

const SERVICE_LEVEL = defineFunction({
  name: "SERVICE_LEVEL",
  parameters: [calls, aht, agents, targetTime, interval, optionalPatience, abandonRule],
  kernel: (n) => engine.serviceLevel(load(n, 4, 5), n[2] as number, n[3] as number, n[6] as AbandonRule),
});

/**
 * Service level: the fraction of offered calls answered within target_time, for a number of agents.
 * @customfunction SERVICE_LEVEL
 * @helpurl https://localhost:3000/help.html#wfmservice_level
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param agents Number of agents on the phones (after shrinkage).
 * @param target_time Target answer time in seconds (the 20 in "80% in 20 seconds").
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @param [abandon_rule] How calls abandoned within target_time count: 0 (default) as misses, 1 left out of the total, 2 as met.
 * @returns Service level as a fraction from 0 to 1.
 */
export function serviceLevel(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  target_time: any[][],
  interval?: any[][],
  patience?: any[][],
  abandon_rule?: any[][],
): any[][] {
  return evaluate(SERVICE_LEVEL, [calls, aht, agents, target_time, interval, patience, abandon_rule]);
}

const ASA = defineFunction({
  name: "ASA",
  parameters: [calls, aht, agents, interval, optionalPatience],
  kernel: (n) => engine.averageSpeedOfAnswer(load(n, 3, 4), n[2] as number),
  explainNonFinite: (n) => {
    if (n[4] === null) {
      const erlangs = engine.trafficErlangs(n[0] as number, n[1] as number, n[3] as number);
      return notAvailableError(
        `agents must exceed the traffic (${formatErlangs(erlangs)} Erlangs) when patience is blank: the queue never empties.`,
      );
    }
    return notAvailableError("agents must be above 0: with no agents no call is ever answered, so there is no answer time.");
  },
});

/**
 * Average speed of answer: the mean wait, in seconds, of the calls that are answered.
 * @customfunction ASA
 * @helpurl https://localhost:3000/help.html#wfmasa
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param agents Number of agents on the phones (after shrinkage).
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Mean wait of answered calls in seconds.
 */
export function asa(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(ASA, [calls, aht, agents, interval, patience]);
}

const WAIT_PROBABILITY = defineFunction({
  name: "WAIT_PROBABILITY",
  parameters: [calls, aht, agents, interval, optionalPatience],
  kernel: (n) => engine.waitProbability(load(n, 3, 4), n[2] as number),
});

/**
 * Probability that a call has to wait at all before it is answered (or abandons).
 * @customfunction WAIT_PROBABILITY
 * @helpurl https://localhost:3000/help.html#wfmwait_probability
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param agents Number of agents on the phones (after shrinkage).
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Probability of waiting as a fraction from 0 to 1.
 */
export function waitProbability(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(WAIT_PROBABILITY, [calls, aht, agents, interval, patience]);
}

const ABANDON_RATE = defineFunction({
  name: "ABANDON_RATE",
  parameters: [calls, aht, agents, interval, neededPatience],
  kernel: (n) => engine.abandonRate(load(n, 3, 4), n[2] as number),
});

/**
 * Abandon rate: the fraction of offered calls that hang up before they are answered (Erlang A).
 * @customfunction ABANDON_RATE
 * @helpurl https://localhost:3000/help.html#wfmabandon_rate
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param agents Number of agents on the phones (after shrinkage).
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds: how long callers wait on average before hanging up. Needed here.
 * @returns Abandon rate as a fraction of offered calls, from 0 to 1.
 */
export function abandonRate(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(ABANDON_RATE, [calls, aht, agents, interval, patience]);
}

const OCCUPANCY = defineFunction({
  name: "OCCUPANCY",
  parameters: [calls, aht, agents, interval, optionalPatience],
  kernel: (n) => engine.occupancy(load(n, 3, 4), n[2] as number),
});

/**
 * Occupancy: the fraction of the agents' time spent handling calls (carried traffic / agents).
 * @customfunction OCCUPANCY
 * @helpurl https://localhost:3000/help.html#wfmoccupancy
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param agents Number of agents on the phones (after shrinkage).
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Occupancy as a fraction from 0 to 1.
 */
export function occupancy(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(OCCUPANCY, [calls, aht, agents, interval, patience]);
}

const AGENTS_REQUIRED = defineFunction({
  name: "AGENTS_REQUIRED",
  parameters: [calls, aht, targetSl, targetTime, interval, optionalPatience, maxOccupancy, abandonRule],
  kernel: (n) =>
    engine.agentsRequired(load(n, 4, 5), {
      targetServiceLevel: n[2] as number,
      targetSeconds: n[3] as number,
      maxOccupancy: n[6],
      abandonRule: n[7] as AbandonRule,
    }),
});

/**
 * Agents required: the least whole number of agents on the phones that meets the service level target.
 * @customfunction AGENTS_REQUIRED
 * @helpurl https://localhost:3000/help.html#wfmagents_required
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param target_sl Service level target as a fraction, such as 80% or 0.8.
 * @param target_time Target answer time in seconds (the 20 in "80% in 20 seconds").
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @param [max_occupancy] Largest occupancy allowed as a fraction, such as 85%; blank or omitted means no cap.
 * @param [abandon_rule] How calls abandoned within target_time count: 0 (default) as misses, 1 left out of the total, 2 as met.
 * @returns Least whole number of agents (before shrinkage).
 */
export function agentsRequired(
  calls: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  patience?: any[][],
  max_occupancy?: any[][],
  abandon_rule?: any[][],
): any[][] {
  return evaluate(AGENTS_REQUIRED, [
    calls,
    aht,
    target_sl,
    target_time,
    interval,
    patience,
    max_occupancy,
    abandon_rule,
  ]);
}

const AGENTS_FOR_ASA = defineFunction({
  name: "AGENTS_FOR_ASA",
  parameters: [calls, aht, { name: "target_asa", expects: "a target average speed of answer in seconds" }, interval, optionalPatience],
  kernel: (n) => engine.agentsForAsa(load(n, 3, 4), n[2] as number),
});

/**
 * Agents for an ASA target: the least whole number of agents whose average speed of answer is at most target_asa.
 * @customfunction AGENTS_FOR_ASA
 * @helpurl https://localhost:3000/help.html#wfmagents_for_asa
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param target_asa Longest average speed of answer allowed, in seconds.
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Least whole number of agents (before shrinkage).
 */
export function agentsForAsa(
  calls: any[][],
  aht: any[][],
  target_asa: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(AGENTS_FOR_ASA, [calls, aht, target_asa, interval, patience]);
}

const AGENTS_FOR_ABANDON = defineFunction({
  name: "AGENTS_FOR_ABANDON",
  parameters: [
    calls,
    aht,
    { name: "max_abandon", expects: "a largest abandon rate as a fraction, such as 5% or 0.05" },
    interval,
    neededPatience,
  ],
  kernel: (n) => engine.agentsForAbandonRate(load(n, 3, 4), n[2] as number),
});

/**
 * Agents for an abandon target: the least whole number of agents whose abandon rate is at most max_abandon.
 * @customfunction AGENTS_FOR_ABANDON
 * @helpurl https://localhost:3000/help.html#wfmagents_for_abandon
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param max_abandon Largest abandon rate allowed as a fraction of offered calls, such as 5% or 0.05.
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds: how long callers wait on average before hanging up. Needed here.
 * @returns Least whole number of agents (before shrinkage).
 */
export function agentsForAbandon(
  calls: any[][],
  aht: any[][],
  max_abandon: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(AGENTS_FOR_ABANDON, [calls, aht, max_abandon, interval, patience]);
}

const FRACTIONAL_AGENTS = defineFunction({
  name: "FRACTIONAL_AGENTS",
  parameters: [calls, aht, targetSl, targetTime, interval, optionalPatience],
  kernel: (n) =>
    engine.fractionalAgents(load(n, 4, 5), { targetServiceLevel: n[2] as number, targetSeconds: n[3] as number }),
});

/**
 * Fractional agents: the real-valued number of agents at which the service level equals the target exactly.
 * @customfunction FRACTIONAL_AGENTS
 * @helpurl https://localhost:3000/help.html#wfmfractional_agents
 * @param calls Calls offered in the interval (a number of calls per interval).
 * @param aht Average handle time in seconds.
 * @param target_sl Service level target as a fraction, such as 80% or 0.8.
 * @param target_time Target answer time in seconds (the 20 in "80% in 20 seconds").
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Agents as a real number (before shrinkage), for summing over intervals.
 */
export function fractionalAgents(
  calls: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(FRACTIONAL_AGENTS, [calls, aht, target_sl, target_time, interval, patience]);
}

const CALL_CAPACITY = defineFunction({
  name: "CALL_CAPACITY",
  parameters: [agents, aht, targetSl, targetTime, interval, optionalPatience],
  kernel: (n) =>
    engine.callCapacity(
      n[0] as number,
      n[1] as number,
      { targetServiceLevel: n[2] as number, targetSeconds: n[3] as number },
      n[4] as number,
      n[5],
    ),
});

/**
 * Call capacity: the most whole calls per interval that a number of agents can take and still meet the target.
 * @customfunction CALL_CAPACITY
 * @helpurl https://localhost:3000/help.html#wfmcall_capacity
 * @param agents Number of agents on the phones (after shrinkage).
 * @param aht Average handle time in seconds.
 * @param target_sl Service level target as a fraction, such as 80% or 0.8.
 * @param target_time Target answer time in seconds (the 20 in "80% in 20 seconds").
 * @param [interval] Interval length in minutes; blank or omitted means 30.
 * @param [patience] Mean caller patience in seconds (Erlang A); blank or omitted means callers never hang up (Erlang C).
 * @returns Most whole calls per interval.
 */
export function callCapacity(
  agents: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  patience?: any[][],
): any[][] {
  return evaluate(CALL_CAPACITY, [agents, aht, target_sl, target_time, interval, patience]);
}

const LINES_REQUIRED = defineFunction({
  name: "LINES_REQUIRED",
  parameters: [
    offeredTraffic,
    { name: "max_blocking", expects: "a largest blocking probability as a fraction, such as 1% or 0.01" },
  ],
  kernel: (n) => engine.linesRequired(n[0] as number, n[1] as number),
});

/**
 * Lines required: the least whole number of trunks (lines) whose Erlang B blocking is at most max_blocking.
 * @customfunction LINES_REQUIRED
 * @helpurl https://localhost:3000/help.html#wfmlines_required
 * @param traffic Offered traffic in Erlangs (see WFM.TRAFFIC), usually for the busy hour.
 * @param max_blocking Largest blocking probability allowed as a fraction, such as 1% or 0.01.
 * @returns Least whole number of lines.
 */
export function linesRequired(traffic: any[][], max_blocking: any[][]): any[][] {
  return evaluate(LINES_REQUIRED, [traffic, max_blocking]);
}

const SCHEDULED_STAFF = defineFunction({
  name: "SCHEDULED_STAFF",
  parameters: [agents, { name: "shrinkage", expects: "a shrinkage as a fraction, such as 30% or 0.3" }],
  kernel: (n) => engine.scheduledStaff(n[0] as number, n[1] as number),
});

/**
 * Scheduled staff: agents / (1 − shrinkage), the staff to schedule so that enough remain on the phones.
 * @customfunction SCHEDULED_STAFF
 * @helpurl https://localhost:3000/help.html#wfmscheduled_staff
 * @param agents Agents needed on the phones (for example from WFM.AGENTS_REQUIRED).
 * @param shrinkage Fraction of paid time lost to breaks, training, absence and so on, such as 30% or 0.3.
 * @returns Staff to schedule, as a real number (round up for whole people).
 */
export function scheduledStaff(agents: any[][], shrinkage: any[][]): any[][] {
  return evaluate(SCHEDULED_STAFF, [agents, shrinkage]);
}

const PATIENCE_ESTIMATE = defineFunction({
  name: "PATIENCE_ESTIMATE",
  parameters: [
    { name: "abandoned", expects: "a number of abandoned calls" },
    { name: "total_wait_seconds", expects: "a total waiting time in seconds" },
  ],
  kernel: (n) => engine.patienceEstimate(n[0] as number, n[1] as number),
});

/**
 * Patience estimate: mean caller patience in seconds from interval data, the total wait of all calls divided by the abandoned calls.
 * @customfunction PATIENCE_ESTIMATE
 * @helpurl https://localhost:3000/help.html#wfmpatience_estimate
 * @param abandoned Number of calls that abandoned in the period.
 * @param total_wait_seconds Total time in seconds that all calls (answered and abandoned) spent waiting in the period.
 * @returns Mean patience in seconds, to use as the patience argument.
 */
export function patienceEstimate(abandoned: any[][], total_wait_seconds: any[][]): any[][] {
  return evaluate(PATIENCE_ESTIMATE, [abandoned, total_wait_seconds]);
}

/** Every worksheet function by its id, for registration and for tests that check none is missing. */
export const WORKSHEET_FUNCTIONS: Readonly<Record<string, (...args: any[][][]) => CellValue[][]>> = {
  TRAFFIC: traffic,
  ERLANG_B: erlangB,
  ERLANG_C: erlangC,
  SERVICE_LEVEL: serviceLevel,
  ASA: asa,
  WAIT_PROBABILITY: waitProbability,
  ABANDON_RATE: abandonRate,
  OCCUPANCY: occupancy,
  AGENTS_REQUIRED: agentsRequired,
  AGENTS_FOR_ASA: agentsForAsa,
  AGENTS_FOR_ABANDON: agentsForAbandon,
  FRACTIONAL_AGENTS: fractionalAgents,
  CALL_CAPACITY: callCapacity,
  LINES_REQUIRED: linesRequired,
  SCHEDULED_STAFF: scheduledStaff,
  PATIENCE_ESTIMATE: patienceEstimate,
  ...REPORTING_FUNCTIONS,
  ...CAPACITY_FUNCTIONS,
};

/** Every worksheet function's definition (name, parameters, kernel) by its id, for tests. */
export const WORKSHEET_DEFINITIONS: Readonly<Record<string, WorksheetFunction>> = {
  TRAFFIC,
  ERLANG_B,
  ERLANG_C,
  SERVICE_LEVEL,
  ASA,
  WAIT_PROBABILITY,
  ABANDON_RATE,
  OCCUPANCY,
  AGENTS_REQUIRED,
  AGENTS_FOR_ASA,
  AGENTS_FOR_ABANDON,
  FRACTIONAL_AGENTS,
  CALL_CAPACITY,
  LINES_REQUIRED,
  SCHEDULED_STAFF,
  PATIENCE_ESTIMATE,
};

/**
 * Registration. custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", fn);`
 * for every @customfunction of this file when webpack bundles it, so dist/functions.js registers
 * each function under its id as it loads. Those appended lines resolve to this module's binding
 * rather than the global, which forwards to Excel's runtime only when one is loaded: the bundle
 * then loads without a ReferenceError anywhere else. Calling associate here as well would
 * register every function twice.
 */
export const CustomFunctions = { associate: registerWithExcel };
