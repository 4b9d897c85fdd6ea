/**
 * The generated sheets in Estonian (labels.ts has the English table and the rules). One term per
 * concept, as in the pane (src/taskpane/strings/et.ts), the function help and docs/README.et.md;
 * the glossary (../shared/glossary.md) is followed except where a comment says why not.
 */
import type { LabelTranslation } from "./labels";

export const et = {
  sampleSheet: "Näidisprognoos",
  planSheet: "Plaan - {scenario}",
  comparisonSheet: "Võrdlus",
  // "Graafikukontroll" (one compound word) leaves the scenario's name more of the 31 characters.
  rosterSheet: "Graafikukontroll - {scenario}",

  // Recognised by headers.ts: "intervall", "kõned", "käsitlusaeg".
  sampleTitleInterval: "Intervall",
  sampleTitleCalls: "Kõned",
  sampleTitleAht: "Käsitlusaeg (s)",

  // Glossary: "personaliplaan ? / mehitatuse plaan ?". "Personaliplaan" reads as a headcount
  // (HR) plan; this is agents per interval, which Estonian calls mehitatus.
  planTitle: "Mehitatuse plaan: {scenario}",
  planNote:
    "Prognoos {forecast}, maht ×{volumeFactor}, käsitlusaeg ×{ahtFactor}. Koostas WFM-lisandmoodul {date}. " +
    "Tabelite lahtrites on elavad valemid: muutke prognoosi või eesmärke ja need arvutatakse uuesti. " +
    "Veerus „Koostamisel“ on lisandmooduli arvutatud väärtused koostamise hetkel, loetavad ka ilma lisandmoodulita.",
  comparisonTitle: "Stsenaariumide võrdlus",
  comparisonNote:
    "Arvutas WFM-lisandmoodul {date} iga stsenaariumi prognoosi ja eesmärkide põhjal. Need on väärtused, " +
    "mitte valemid: need ei arvutu ümber; pärast stsenaariumi muutmist võrrelge uuesti.",
  rosterTitle: "Graafikukontroll: {scenario}",
  rosterNote:
    "Tööajagraafik {roster} ({basis}) võrrelduna prognoosiga {forecast}. Koostas WFM-lisandmoodul {date}. " +
    "Eesmärgist maha jäävad intervallid on esile tõstetud.",
  rosterBasisScheduled: "graafikus töötajad, enne tööaja kadu",
  rosterBasisOnPhones: "klienditeenindajad telefonidel",

  targetsHeading: "Eesmärgid",
  targetInterval: "Intervalli pikkus (minutites)",
  targetGoal: "Mehitatuse eesmärk",
  goalServiceLevel: "Teenindustase: kindla aja jooksul vastatud kõnede osakaal",
  goalAsa: "Keskmine vastamisaeg: vastatud kõnede keskmine ooteaeg",
  targetServiceLevel: "Teenindustaseme eesmärk (sihtaja jooksul vastatud kõnede osakaal)",
  targetSeconds: "Vastamise sihtaeg (sekundites)",
  targetAsa: "Keskmise vastamisaja eesmärk (sekundites)",
  targetMaxOccupancy: "Suurim koormus: kõnedele kuluv osa klienditeenindajate ajast (tühi: piiranguta)",
  targetPatience:
    "Ootekannatlikkus: mitu sekundit helistajad keskmiselt ootavad, enne kui loobuvad (tühi: helistajad ei loobu kunagi)",
  // Glossary: "katkestatud kõned ?", "katkestamise määr ?". "Katkestatud" reads as a line that was
  // cut off; the concept is a caller who gives up waiting, which Estonian says with loobuma:
  // "loobunud kõned", "loobumise määr" (pane, help and README alike).
  targetAbandonRule: "Kõned, mille helistaja loobub enne sihtaega",
  abandonRuleFormat:
    '[=0]"loetakse sihtajaks vastamata kõnedeks";[=1]"jäetakse teenindustasemest välja";"loetakse sihtajaks vastatud kõnedeks"',
  targetShrinkage: "Tööaja kadu (shrinkage): tasustatud aja osa, mil ei olda telefonil (pausid, koolitus, puudumised)",
  targetPaidHours: "Tasustatud tunnid täistööajaga töötaja kohta nädalas",
  targetOperatingDays: "Keskuse lahtiolekupäevi nädalas",
  targetCost: "Graafikus oleva klienditeenindajatunni maksumus",
  targetDefaultAht: "Käsitlusaeg ridadele, kus see puudub (sekundites)",

  summaryHeading: "Kokkuvõte",
  summaryLive: "Jooksev",
  summaryAsBuilt: "Koostamisel",
  summaryTotalCalls: "Kõnesid kokku",
  summaryDayServiceLevel: "Päeva teenindustase (kaalutud kõnede arvuga)",
  summaryPeriodServiceLevel: "Teenindustase kogu perioodil, {days} päeva (kaalutud kõnede arvuga)",
  summaryDayAsa: "Päeva keskmine vastamisaeg sekundites (kaalutud vastatud kõnede arvuga)",
  summaryPeriodAsa: "Keskmine vastamisaeg kogu perioodil, {days} päeva, sekundites (kaalutud vastatud kõnede arvuga)",
  summaryDayAbandon: "Loobunud kõnede osakaal päeva jooksul",
  summaryPeriodAbandon: "Loobunud kõnede osakaal kogu perioodil, {days} päeva",
  summaryPeakAgents: "Suurim vajalik klienditeenindajate arv ühes intervallis",
  summaryPeakScheduled: "Suurim graafikus töötajate arv ühes intervallis",
  summaryAgentHoursRequired: "Vajalikud klienditeenindajatunnid (klienditeenindajad telefonidel)",
  summaryAgentHoursScheduled: "Graafikus klienditeenindajatunnid (tööaja kadu arvestatud)",
  summaryFte:
    "Täistööaja ekvivalent (FTE): selle päeva graafikutunnid igal nädala lahtiolekupäeval ÷ tasustatud tunnid FTE kohta nädalas",
  summaryWeekFte: "Täistööaja ekvivalent (FTE), keskmine nädal: graafikutunnid ÷ tasustatud tunnid FTE kohta nädalas",
  summaryPeakWeekFte: "Täistööaja ekvivalent (FTE), kõige koormatum nädal",
  summaryDayCost: "Päeva kulu (graafikutunnid × klienditeenindajatunni maksumus)",
  summaryPeriodCost: "Kogu perioodi kulu, {days} päeva (graafikutunnid × klienditeenindajatunni maksumus)",
  summaryIntervalsBelowTarget: "Eesmärgist allapoole jäänud intervallid",

  columnDate: "Kuupäev",
  columnInterval: "Intervall",
  columnCalls: "Kõned",
  columnAht: "Käsitlusaeg (s)",
  // Not "koormus": the glossary gives that word to occupancy.
  columnTraffic: "Töömaht (erlangites)",
  columnAgentsRequired: "Vajalikud klienditeenindajad",
  columnServiceLevel: "Teenindustase",
  columnAsa: "Keskmine vastamisaeg (s)",
  columnAbandon: "Loobunute osakaal",
  columnOccupancy: "Koormus",
  columnScheduledStaff: "Graafikus töötajad",
  columnRosteredAgents: "Graafikujärgsed klienditeenindajad",
  columnAgentsOnPhones: "Klienditeenindajad telefonidel",
  columnBelowTarget: "Alla eesmärgi",
  belowTargetMark: "Alla eesmärgi",
  asaNeverAnswered: "järjekord kasvab piiramatult",

  daysCaption: "Päevade kaupa",
  weeksCaption:
    "Nädalate kaupa: 7-päevased nädalad alates esimesest kuupäevast. Osalist nädalat võrreldakse selles olevate lahtiolekupäevade tasustatud tundidega.",
  columnWeekStart: "Nädala algus",
  columnCalendarDays: "Päevi prognoosis",
  columnOpenDays: "Arvestatud lahtiolekupäevi",
  columnAgentHoursRequired: "Vajalikud klienditeenindajatunnid",
  columnAgentHoursScheduled: "Graafikus klienditeenindajatunnid",
  columnPeakAgents: "Suurim vajalik klienditeenindajate arv",
  columnFte: "FTE",
  columnCost: "Kulu",
  columnIntervalsBelowTarget: "Intervalle alla eesmärgi",

  chartTitle: "Vajalikud klienditeenindajad ja graafikus töötajad intervallide kaupa",
  comparisonChartTitle: "Vajalikud klienditeenindajad intervallide kaupa",

  comparisonTotalsHeading: "Kokku",
  comparisonIntervalsHeading: "Vajalikud klienditeenindajad intervallide kaupa",
  comparisonDaysHeading: "Graafikus klienditeenindajatunnid päevade kaupa",
  comparisonWeeksHeading: "Täistööaja ekvivalent (FTE) nädalate kaupa",
  comparisonDifference: "{scenario} − {first}",

  // Client copies
  clientCopyNote:
    "Väärtused seisuga {date}, koostanud lisandmoodul WFM Erlangi mehitatus. Selles koopias pole valemeid: " +
    "selle arvud ei arvutu ümber.",

  // Estonian weekday letters (E, T, K, …) and the Estonian date order.
  dayFormat: "[$-425]ddd dd.mm.yyyy",
  dateTimeFormat: "dd.mm.yyyy hh:mm",
} satisfies LabelTranslation;
