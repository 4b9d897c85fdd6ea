/**
 * The arguments several worksheet functions share, declared once: the name Excel's tooltip
 * shows and every message uses, what a cell of it must hold, and the default of an optional one.
 */
import type { Parameter } from "./spill";

export const calls: Parameter = { name: "calls", expects: "a number of calls offered per interval" };
export const aht: Parameter = { name: "aht", expects: "an average handle time in seconds" };
export const agents: Parameter = { name: "agents", expects: "a number of agents" };
export const offeredTraffic: Parameter = { name: "traffic", expects: "a traffic in Erlangs" };
export const targetTime: Parameter = { name: "target_time", expects: "a target answer time in seconds" };
export const targetSl: Parameter = { name: "target_sl", expects: "a service level target as a fraction, such as 80% or 0.8" };
export const interval: Parameter = {
  name: "interval",
  expects: "an interval length in minutes (blank for 30)",
  optional: true,
  fallback: 30,
};
export const optionalPatience: Parameter = {
  name: "patience",
  expects: "a mean caller patience in seconds (blank for no abandonment, Erlang C)",
  optional: true,
  fallback: null,
};
/**
 * The patience of the functions about callers who hang up (ABANDON_RATE, AGENTS_FOR_ABANDON): last
 * in the tail like everywhere else, so optional to Excel, and the engine says it is needed when it
 * is left out.
 */
export const neededPatience: Parameter = {
  name: "patience",
  expects: "a mean caller patience in seconds",
  optional: true,
  fallback: null,
};
export const abandonRule: Parameter = {
  name: "abandon_rule",
  expects: "0, 1 or 2 (blank for 0)",
  optional: true,
  fallback: 0,
};
export const maxOccupancy: Parameter = {
  name: "max_occupancy",
  expects: "a largest occupancy as a fraction, such as 85% (blank for no cap)",
  optional: true,
  fallback: null,
};
