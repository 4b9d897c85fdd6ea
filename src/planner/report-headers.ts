/**
 * Recognising the columns of an ACD export of actuals and of a team-metrics table by their
 * headers, in English, Estonian and Portuguese (terms as in the project's glossary, plus the
 * abbreviations ACD and WFM tools print). Matching is headers.ts's: a header is normalised
 * (lower case, accents and õ/ä/ö/ü folded, "(s)" and "[%]" dropped, punctuation as spaces) and
 * a phrase matches as whole words, or as the whole header where noted.
 *
 * Order matters: a phrase that contains another role's phrase goes first ("answered within"
 * before "answered", "abandoned within" before "abandoned", "staffed hours" before "staffed",
 * "QA evaluations" before "QA", "handle time" and "speed of answer" before "time").
 */
import { DATE, DATE_AND_TIME, PHRASES, type HeaderRule } from "./headers";

export type ActualsRole =
  | "date"
  | "interval"
  | "offered"
  | "answered"
  | "answeredWithin"
  | "serviceLevel"
  | "abandoned"
  | "abandonedWithin"
  | "aht"
  | "asa"
  | "staffScheduled"
  | "agentsLoggedIn"
  | "staffedHours"
  | "adherence"
  | "shrinkage";

export const ACTUALS_ROLES: readonly ActualsRole[] = [
  "date",
  "interval",
  "offered",
  "answered",
  "answeredWithin",
  "serviceLevel",
  "abandoned",
  "abandonedWithin",
  "aht",
  "asa",
  "staffScheduled",
  "agentsLoggedIn",
  "staffedHours",
  "adherence",
  "shrinkage",
];

const ANSWERED_WITHIN = [
  "answered within",
  "answered within target",
  "answered in target",
  "answered in time",
  "answered in sl",
  "answered in",
  "answered within sl",
  "calls answered within",
  "ans within",
  "within sl",
  "in sl",
  // Estonian: vastatud sihtaja jooksul / sihtajal (answered within the target time)
  "vastatud sihtaja jooksul",
  "vastatud sihtajal",
  "vastatud aja jooksul",
  "vastatud ajas",
  // Portuguese: atendidas no NS / dentro do NS / no prazo
  "atendidas no ns",
  "atendidas dentro do ns",
  "atendidas dentro do prazo",
  "atendidas no prazo",
  "atendidas dentro",
  "atendidas no tempo",
];

const ABANDONED_WITHIN = [
  "abandoned within",
  "abandoned within target",
  "abandoned in target",
  "abandoned in sl",
  "abandoned in",
  "aband within",
  "short abandons",
  "short abandoned",
  // Estonian: loobunud / katkestatud sihtaja jooksul, lühikesed katkestused (the add-in's own
  // sheets say "loobunud", as the pane and the help do)
  "loobunud sihtaja jooksul",
  "loobunud sihtajal",
  "katkestatud sihtaja jooksul",
  "katkestatud sihtajal",
  "luhikesed katkestused",
  // Portuguese: abandonadas no NS / dentro do NS, abandonos curtos
  "abandonadas no ns",
  "abandonadas dentro do ns",
  "abandonadas dentro",
  "abandonadas no prazo",
  "abandonos curtos",
];

const SERVICE_LEVEL = [
  "service level",
  "sl",
  "svc level",
  "sla",
  // Estonian: teenindustase / teenusetase
  "teenindustase",
  "teenusetase",
  // Portuguese: nível de serviço (NS)
  "nivel de servico",
  "ns",
];

const STAFFED_HOURS = [
  "staffed hours",
  "staffed time",
  "logged in hours",
  "login hours",
  "logged hours",
  "hours logged in",
  "hours logged",
  // Estonian: sisselogitud tunnid
  "sisselogitud tunnid",
  "sisse logitud tunnid",
  // Portuguese: horas logadas, tempo logado (Brazil), horas com sessão iniciada (Portugal)
  "horas logadas",
  "tempo logado",
  "horas com sessao iniciada",
];

const ASA = [
  "asa",
  "average speed of answer",
  "avg speed of answer",
  "speed of answer",
  "average answer time",
  "avg answer time",
  "avg wait",
  "average wait",
  // Estonian: keskmine vastamisaeg
  "keskmine vastamisaeg",
  "vastamisaeg",
  // Portuguese: TME (tempo médio de espera)
  "tme",
  "tempo medio de espera",
  "tempo de espera",
];

const OFFERED = [
  "offered",
  "calls offered",
  "offered calls",
  "contacts offered",
  "incoming",
  "incoming calls",
  "received",
  "calls received",
  "calls",
  "volume",
  // Estonian: pakutud kõned, sissetulnud kõned, kõned
  "pakutud koned",
  "sissetulnud koned",
  "sissetulnud",
  "koned",
  // Portuguese: chamadas oferecidas / recebidas
  "oferecidas",
  "chamadas oferecidas",
  "ofertadas",
  "recebidas",
  "chamadas recebidas",
  "chamadas",
];

const ANSWERED = [
  "answered",
  "calls answered",
  "answered calls",
  "handled",
  "calls handled",
  "acd calls",
  // Estonian: vastatud kõned
  "vastatud",
  "vastatud koned",
  // Portuguese: chamadas atendidas
  "atendidas",
  "chamadas atendidas",
];

const ABANDONED = [
  "abandoned",
  "abandons",
  "abandoned calls",
  "aban",
  "abn",
  "lost calls",
  // Estonian: katkestatud kõned
  "katkestatud",
  "katkestatud koned",
  "loobunud",
  // Portuguese: chamadas abandonadas
  "abandonadas",
  "chamadas abandonadas",
  "abandonos",
];

const STAFF_SCHEDULED = [
  "staff scheduled",
  "scheduled staff",
  "scheduled agents",
  "agents scheduled",
  "scheduled",
  "rostered",
  "rostered agents",
  "staff",
  // Estonian: graafikus töötajad
  "graafikus tootajad",
  "graafikus",
  "planeeritud tootajad",
  // Portuguese: pessoas escaladas
  "pessoas escaladas",
  "escalados",
  "agentes escalados",
  "operadores escalados",
];

const AGENTS_LOGGED_IN = [
  "agents logged in",
  "logged in agents",
  "logged in",
  "logged on",
  "agents staffed",
  "staffed agents",
  "staffed",
  "avg agents",
  "agents",
  // Estonian: sisselogitud klienditeenindajad
  "sisselogitud",
  "sisse logitud",
  "klienditeenindajad",
  // Portuguese: atendentes / operadores logados (Brazil), com sessão iniciada (Portugal)
  "logados",
  "agentes logados",
  "operadores logados",
  "atendentes logados",
  "com sessao iniciada",
  "sessao iniciada",
];

const ADHERENCE = [
  "adherence",
  "schedule adherence",
  "adh",
  // Estonian: graafikust kinnipidamine
  "graafikust kinnipidamine",
  "kinnipidamine",
  // Portuguese: aderência (à escala, ao horário)
  "aderencia",
  "aderencia a escala",
  "aderencia ao horario",
];

const SHRINKAGE = [
  "shrinkage",
  "shrink",
  // Estonian: tööaja kadu
  "tooaja kadu",
  // Portuguese: indisponibilidade
  "indisponibilidade",
];

/** The order in which the actuals' rules are tried (see the top of this file). */
export const ACTUALS_RULES: readonly HeaderRule<ActualsRole>[] = [
  ["answeredWithin", ANSWERED_WITHIN, "within"],
  ["abandonedWithin", ABANDONED_WITHIN, "within"],
  ["staffedHours", STAFFED_HOURS, "within"],
  ["aht", PHRASES.aht, "within"],
  ["asa", ASA, "within"],
  ["serviceLevel", SERVICE_LEVEL, "within"],
  ["adherence", ADHERENCE, "within"],
  ["shrinkage", SHRINKAGE, "within"],
  ["answered", ANSWERED, "within"],
  ["abandoned", ABANDONED, "within"],
  ["staffScheduled", STAFF_SCHEDULED, "within"],
  ["agentsLoggedIn", AGENTS_LOGGED_IN, "within"],
  ["offered", OFFERED, "within"],
  ["interval", DATE_AND_TIME, "within"],
  ["date", DATE, "whole"],
  ["interval", PHRASES.interval, "within"],
];

// ---------------------------------------------------------------------------------------------
// Team metrics

export type TeamRole =
  | "period"
  | "scheduledHours"
  | "workedHours"
  | "qualityScore"
  | "evaluations"
  | "complaints"
  | "contactsHandled"
  | "leavers";

export const TEAM_ROLES: readonly TeamRole[] = [
  "period",
  "scheduledHours",
  "workedHours",
  "qualityScore",
  "evaluations",
  "complaints",
  "contactsHandled",
  "leavers",
];

const PERIOD = [
  ...DATE,
  "week",
  "week starting",
  "week start",
  "week of",
  "week beginning",
  "period",
  "period start",
  // Estonian: nädal, nädala algus
  "nadal",
  "nadala algus",
  "periood",
  // Portuguese: semana, início da semana
  "semana",
  "inicio da semana",
  "semana de",
  "periodo",
];

const SCHEDULED_HOURS = [
  "scheduled hours",
  "hours scheduled",
  "planned hours",
  "rostered hours",
  "paid hours",
  // Estonian: graafikutunnid, graafiku tunnid, planeeritud tunnid
  "graafikutunnid",
  "graafiku tunnid",
  "planeeritud tunnid",
  "graafikus tunnid",
  // Portuguese: horas escaladas / programadas
  "horas escaladas",
  "horas programadas",
  "horas planejadas",
  "horas planeadas",
];

const WORKED_HOURS = [
  "worked hours",
  "hours worked",
  "actual hours",
  "attended hours",
  "hours attended",
  "present hours",
  // Estonian: töötatud tunnid
  "tootatud tunnid",
  "tegelikud tunnid",
  // Portuguese: horas trabalhadas
  "horas trabalhadas",
  "horas realizadas",
];

const EVALUATIONS = [
  "evaluations",
  "qa evaluations",
  "quality evaluations",
  "evaluated contacts",
  "monitorings",
  "number of evaluations",
  // Estonian: hindamised
  "hindamised",
  "hindamiste arv",
  "hinnangud",
  // Portuguese: avaliações, monitorias
  "avaliacoes",
  "monitorias",
  "monitorizacoes",
];

const QUALITY = [
  "quality",
  "quality score",
  "qa score",
  "qa",
  "quality average",
  // Estonian: kvaliteedihinne, kvaliteet
  "kvaliteedihinne",
  "kvaliteet",
  // Portuguese: nota de qualidade, qualidade
  "nota de qualidade",
  "qualidade",
  "nota qa",
];

const CONTACTS_HANDLED = [
  "contacts handled",
  "handled contacts",
  "calls handled",
  "handled",
  "contacts",
  "answered",
  // Estonian: käsitletud kontaktid, vastatud kõned
  "kasitletud kontaktid",
  "kasitletud",
  "vastatud koned",
  // Portuguese: contatos / contactos atendidos, atendimentos
  "contatos atendidos",
  "contactos atendidos",
  "atendimentos",
  "atendidas",
];

const COMPLAINTS = [
  "complaints",
  "complaint",
  // Estonian: kaebused
  "kaebused",
  "kaebuste arv",
  // Portuguese: reclamações
  "reclamacoes",
  "reclamacao",
];

const LEAVERS = [
  "leavers",
  "leaver",
  "attrition",
  "resignations",
  "exits",
  // Estonian: lahkunud, lahkujad
  "lahkunud",
  "lahkujad",
  // Portuguese: desligamentos, saídas
  "desligamentos",
  "saidas",
  "demissoes",
];

export const TEAM_RULES: readonly HeaderRule<TeamRole>[] = [
  ["scheduledHours", SCHEDULED_HOURS, "within"],
  ["workedHours", WORKED_HOURS, "within"],
  ["evaluations", EVALUATIONS, "within"],
  ["qualityScore", QUALITY, "within"],
  ["complaints", COMPLAINTS, "within"],
  ["contactsHandled", CONTACTS_HANDLED, "within"],
  ["leavers", LEAVERS, "within"],
  ["period", PERIOD, "whole"],
];
