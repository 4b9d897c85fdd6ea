/** Every piece of text the task pane shows, in one place so it can be reviewed and translated. */
export const strings = {
  title: "WFM Erlang Staffing",
  summary:
    "Staffing maths for contact-centre planners: how many agents each interval needs to hit a service-level, speed-of-answer or abandonment target, from call volume and handle time.",
  howToUseHeading: "Worksheet functions",
  howToUse:
    "Type =WFM. in any cell to see the functions. Each takes numbers or whole ranges and spills one result per interval.",
  models:
    "Erlang C assumes callers wait for ever, Erlang A adds abandonment from caller patience, and Erlang B is for lost-call systems such as trunk lines.",
  loadingFunctions: "Loading the function list…",
  functionsUnavailable: (reason: string) =>
    `The function list could not be loaded (${reason}). The functions still work: type =WFM. in a cell.`,
  functionListLabel: "WFM functions",
} as const;

export type Strings = typeof strings;
