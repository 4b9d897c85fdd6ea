/** Shapes shared by the engine modules; every time is in seconds unless the name says minutes. */

/** What arrives in one interval and how long it takes to handle. */
export interface IntervalLoad {
  /** Calls offered in the interval (may be fractional: a forecast). */
  callsOffered: number;
  /** Average handle time, seconds. */
  averageHandleSeconds: number;
  /** Interval length, minutes (30 for half-hours). */
  intervalMinutes: number;
  /** Mean caller patience, seconds. Absent or null: callers never abandon (Erlang C). */
  patienceSeconds?: number | null;
}

/**
 * How calls abandoned before `targetSeconds` count in the service level.
 * 0: they are misses; 1: they leave the denominator; 2: they count as met.
 */
export type AbandonRule = 0 | 1 | 2;

export interface ServiceTarget {
  /** Fraction of calls to answer within targetSeconds, 0 ≤ x < 1. */
  targetServiceLevel: number;
  targetSeconds: number;
  /** Most occupancy allowed (0 < x ≤ 1); absent or null: no cap. */
  maxOccupancy?: number | null;
  abandonRule?: AbandonRule;
}

/** Every steady-state measure of one interval at one staffing level. */
export interface QueueMeasures {
  traffic: number;
  agents: number;
  /** False only for Erlang C with agents ≤ traffic: the queue never empties. */
  stable: boolean;
  waitProbability: number;
  /** Fraction of ALL offered calls answered within the target time (abandons are misses). */
  serviceLevel: number;
  serviceLevelExcludingShortAbandons: number;
  serviceLevelShortAbandonsMet: number;
  /** Mean wait of answered calls, seconds; Infinity when the queue is unstable or nobody is answered. */
  averageSpeedOfAnswer: number;
  /** Fraction of offered calls that abandon (0 for Erlang C). */
  abandonRate: number;
  /** Carried traffic / agents. */
  occupancy: number;
}
