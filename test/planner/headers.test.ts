import { normaliseHeader, recogniseHeaders, roleOfHeader } from "../../src/planner/headers";

describe("header recognition", () => {
  test.each([
    // English
    ["Interval", "interval"],
    ["Interval start", "interval"],
    ["Time", "interval"],
    ["Start time", "interval"],
    ["Calls", "calls"],
    ["Calls offered", "calls"],
    ["Offered", "calls"],
    ["Volume", "calls"],
    ["AHT", "aht"],
    ["AHT (s)", "aht"],
    ["Average handle time (sec)", "aht"],
    ["Handle time", "aht"],
    // Estonian
    ["Intervall", "interval"],
    ["Kellaaeg", "interval"],
    ["Aeg", "interval"],
    ["Kõned", "calls"],
    ["Kõnede arv", "calls"],
    ["Käsitlusaeg", "aht"],
    ["Keskmine käsitlusaeg (s)", "aht"],
    // Portuguese
    ["Intervalo", "interval"],
    ["Horário", "interval"],
    ["Chamadas", "calls"],
    ["Chamadas oferecidas", "calls"],
    ["Ligações", "calls"],
    ["TMA", "aht"],
    ["TMA (seg)", "aht"],
    ["Tempo médio de atendimento", "aht"],
  ])("%s is %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each(["", "Notes", "Agents", "Date created", "Käsitleja"])("%j names no role", (header) => {
    expect(roleOfHeader(header)).toBeNull();
  });

  test("handle time is AHT, not an interval, although it contains 'time'", () => {
    expect(roleOfHeader("Handle time")).toBe("aht");
    expect(roleOfHeader("Tempo de atendimento")).toBe("aht");
  });

  test("Käsitlusaeg (handle time) does not match aeg (time) inside the word", () => {
    expect(recogniseHeaders(["Käsitlusaeg", "Kõned", "Aeg"])).toEqual({ date: null, interval: 2, calls: 1, aht: 0 });
  });

  test("normalisation folds accents and Estonian letters, drops units in brackets", () => {
    expect(normaliseHeader("  Kõnede ARV (tk) ")).toBe("konede arv");
    expect(normaliseHeader("Duração média [s]")).toBe("duracao media");
  });

  test("the first column of each role wins and a column takes one role", () => {
    expect(recogniseHeaders(["Interval", "Calls", "Volume", "AHT", "TMA"])).toEqual({ date: null, interval: 0, calls: 1, aht: 3 });
  });

  test("unrecognised headers leave the role empty", () => {
    expect(recogniseHeaders(["When", "How many", "How long"])).toEqual({ date: null, interval: null, calls: null, aht: null });
  });

  test.each([
    [["Date", "Time", "Calls", "AHT"], { date: 0, interval: 1, calls: 2, aht: 3 }],
    [["Kuupäev", "Kellaaeg", "Kõned", "Käsitlusaeg"], { date: 0, interval: 1, calls: 2, aht: 3 }],
    [["Data", "Hora", "Chamadas", "TMA"], { date: 0, interval: 1, calls: 2, aht: 3 }],
    [["Date/time", "Calls", "AHT"], { date: null, interval: 0, calls: 1, aht: 2 }],
    [["Kuupäev ja kellaaeg", "Kõned", "Käsitlusaeg"], { date: null, interval: 0, calls: 1, aht: 2 }],
    [["Data e hora", "Chamadas", "TMA"], { date: null, interval: 0, calls: 1, aht: 2 }],
  ])("dates in English, Estonian and Portuguese: %j", (headers, mapping) => {
    expect(recogniseHeaders(headers)).toEqual(mapping);
  });
});
