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

  // Capacity plan (capacity-layout.ts). Terms as the pane and the function help: mahuplaan,
  // voolavus, värvatud, koolitus, juhendatud tööperiood, rühm (a class of hires), töötajad
  // (heads), puudujääk (the gap).
  capacitySheet: "Mahuplaan - {scenario}",
  capacityComparisonSheet: "Mahuplaanide võrdlus",
  capacityTitle: "Mahuplaan: {scenario}",
  capacityNote:
    "Vajalik täistööaja ekvivalent (FTE): {origin}. Koostas WFM-lisandmoodul {date}. Plaani lahtrites on elavad WFM-valemid. " +
    "Alustavad värvatud: lisandmooduli värbamisplaan, kirjutatud väärtustena: kirjutage nende peale oma rühmade suurused ja kuupäevad " +
    "või muutke vajalikku FTE-d või sisendeid, ja plaan arvutatakse uuesti. " +
    "Veerus „Koostamisel“ on lisandmooduli väärtused koostamise hetkel, loetavad ka ilma lisandmoodulita.",
  capacityClientNote: "Vajalik täistööaja ekvivalent (FTE): {origin}. Arvud seisuga {date}.",
  capacityOriginGrowth:
    "stsenaarium „{scenario}“ (prognoos {forecast}), mehitatud nädalate kaupa: 1. nädalal {calls} kõnet, " +
    "kasv {growth}% nädalas, {paidHours} tasustatud tundi täistööaja ekvivalendi kohta nädalas",
  capacityOriginVolumes:
    "stsenaarium „{scenario}“ (prognoos {forecast}), mehitatud nädalate kaupa vahemiku {column} nädala kõnede arvu järgi, " +
    "{paidHours} tasustatud tundi täistööaja ekvivalendi kohta nädalas",
  capacityOriginColumn: "veerg {column}",
  capacityInputsHeading: "Meeskond ja uute värvatute lisandumine",
  capacityHeadcount: "Produktiivseid töötajaid 1. nädalal",
  capacityAttritionRate: "Voolavus, nagu see on esitatud",
  capacityAttritionWeeks: "Voolavuse periood nädalates (52 = aasta, 4,33 = kuu)",
  capacityAttritionForm: "Voolavuse näitaja on",
  capacityAttritionFormFormat:
    '[=1]"voolavuse suhtarv (lahkunud ÷ keskmine töötajate arv): nädalale skaleeritud";"lahkujate osakaal meeskonnast: nädalale liitmäärana teisendatud"',
  capacityTrainWeeks: "Koolitusnädalad (koolitusel olijad kõnesid ei võta)",
  capacityNestingWeeks: "Juhendatud tööperioodi nädalad pärast koolitust",
  capacityNestingProductivity: "Tootlikkus juhendatud tööperioodis",
  capacityGraduationRate: "Iga rühma koolituse läbinute osakaal",
  capacityFtePerHead: "Ühe töötaja täistööaja ekvivalent (1: kõik täistööajaga)",
  capacityLeadWeeks: "Värbamise ettevalmistusaeg: nädalad, enne kui esimene rühm saab alustada",
  capacityMinClass: "Väikseim rühm",
  capacityMaxClass: "Suurim rühm (tühi: piiranguta)",
  capacityCostPerHire: "Kulu värvatu kohta",
  capacityCostPerFteWeek: "Ühe täistööaja ekvivalendi nädala palgakulu",
  capacityWeeklyAttrition: "Nädala voolavus (ülalolev näitaja, teisendatud funktsiooniga WFM.ATTRITION_CONVERT)",
  capacityWeeklyAttritionClient: "Nädala voolavus (ülalolev näitaja nädalale teisendatuna)",
  capacityTotalHires: "Värvatuid kokku",
  capacityClasses: "Nädalad, mil rühm alustab",
  capacityFirstCoverable: "Esimene nädal, mida uus rühm katta saab (1 + ettevalmistusaeg + koolitus + juhendatud tööperiood)",
  capacityWeeksShort:
    "Nädalad, mil vajalikust täistööaja ekvivalendist jääb puudu: värbamine ei jõua neid katta, seega on vaja ületunde või teist keskust",
  capacityFteWeeksShort: "Puuduvad täistööaja ekvivalendi nädalad (FTE-nädalad: mida ületunnid või teine keskus peavad andma)",
  capacityPeakGap: "Suurim puudujääk ühel nädalal täistööaja ekvivalentides (0, kui ühelgi nädalal puudu pole)",
  capacityHiringCost: "Värbamise kulu (värvatud × kulu värvatu kohta)",
  capacityStaffCost:
    "Personalikulu (koolitusel, juhendatud tööperioodis ja produktiivsed töötajad × täistööaja ekvivalent töötaja kohta × " +
    "täistööaja ekvivalendi nädala kulu)",
  capacityTotalCost: "Kogukulu (värbamine ja personal)",
  capacityMonthsCaption: "Värvatud kuude kaupa (rühm loetakse kuusse, milles algab selle nädal)",
  capacityWeeksCaption:
    "Nädalate kaupa, täistööaja ekvivalentides (FTE) ja töötajates. Kirjutage värvatute ja vajaliku FTE peale, et proovida oma varianti; " +
    "veerud alates veerust „Efektiivne FTE“ on üks WFM.CAPACITY_PLAN-valem.",
  capacityClientWeeksCaption: "Nädalate kaupa, täistööaja ekvivalentides (FTE) ja töötajates",
  columnWeek: "Nädal",
  columnMonth: "Kuu",
  columnRequiredFte: "Vajalik FTE",
  columnHires: "Alustavad värvatud",
  columnSuggestedHires: "Värbamisplaan (WFM.HIRING_PLAN)",
  columnEffectiveFte: "Efektiivne FTE",
  columnGap: "Puudujääk (vajalik − efektiivne)",
  columnInTraining: "Töötajad koolitusel",
  columnNesting: "Töötajad juhendatud tööperioodis",
  columnProductive: "Produktiivsed töötajad",
  columnLeavers: "Lahkujad",
  columnShort: "Puudu",
  capacityShortMark: "Puudu: ületunnid või teine keskus",
  capacityFigure: "Näitaja",
  capacityValue: "Väärtus",
  capacityChartTitle: "Vajalik ja efektiivne täistööaja ekvivalent (FTE) nädalate kaupa ning rühmade algus",
  capacityComparisonTitle: "Mahuplaanide võrdlus",
  capacityComparisonNote:
    "Arvutas WFM-lisandmoodul {date} iga mahuplaani sisendite põhjal, lisandmooduli värbamisplaaniga. " +
    "Need on väärtused: need ei arvutu ümber; pärast plaani muutmist võrrelge uuesti.",
  capacityComparisonTotals: "Kokku",
  capacityComparisonHires: "Alustavad värvatud nädalate kaupa",
  capacityComparisonGaps: "Puudujääk nädalate kaupa täistööaja ekvivalentides (vajalik − efektiivne; negatiivne tähendab ülejääki)",
  capacityComparisonChartTitle: "Alustavad värvatud nädalate kaupa",

  // Client copies
  clientCopyNote:
    "Väärtused seisuga {date}, koostanud lisandmoodul WFM Erlangi mehitatus. Selles koopias pole valemeid: " +
    "selle arvud ei arvutu ümber.",

  // Estonian weekday letters (E, T, K, …) and the Estonian date order.
  dayFormat: "[$-425]ddd dd.mm.yyyy",
  dateTimeFormat: "dd.mm.yyyy hh:mm",
  monthFormat: "mm.yyyy",
} satisfies LabelTranslation;
