/**
 * The sample forecast: a realistic weekday of 48 half-hours for a mid-sized inbound centre.
 * Calls follow a quiet night, a morning peak around 10:30 and a slightly lower afternoon peak
 * around 14:30, with an evening shoulder; AHT is longer at night (complex calls, fewer agents
 * to consult) and shortest at the morning peak. Deterministic, so tests and demos agree.
 */
export interface SampleInterval {
  /** Start of the half-hour as a fraction of a day (Excel time serial): 0.3333… = 08:00. */
  start: number;
  calls: number;
  ahtSeconds: number;
}

function bump(hour: number, centre: number, width: number): number {
  return Math.exp(-(((hour - centre) / width) ** 2));
}

export function sampleDay(): SampleInterval[] {
  return Array.from({ length: 48 }, (_, i) => {
    const middle = i / 2 + 0.25;
    const calls = 4 + 260 * bump(middle, 10.5, 1.7) + 215 * bump(middle, 14.5, 1.9) + 60 * bump(middle, 19, 1.6);
    const aht = 300 + 45 * bump(middle, 2, 4) - 20 * bump(middle, 10.5, 2.5) + 10 * bump(middle, 16, 3);
    return { start: i / 48, calls: Math.round(calls), ahtSeconds: Math.round(aht) };
  });
}
