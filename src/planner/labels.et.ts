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

  // Actuals, performance, team metrics and the client report. Terms: tegelikud andmed (actuals),
  // tulemused (performance), meeskonna näitajad (team metrics), kohalolek (attendance), töölt
  // puudumine (absenteeism, glossary: "puudumised / töölt puudumine": the rate, not the absences),
  // graafikust kinnipidamine (adherence, glossary "?", kept), kvaliteedihinne (quality score,
  // glossary "?", kept), kaebused, lahkunud töötajad (leavers), kuu algusest (month to date),
  // aruanne kliendile (client report).
  sampleActualsSheet: "Tegelike andmete näidis",
  sampleTeamSheet: "Meeskonna näitajate näidis",
  // Headers an Estonian ACD export would print, recognised by report-headers.ts.
  sampleActualsDate: "Kuupäev",
  sampleActualsTime: "Intervall",
  sampleActualsOffered: "Pakutud kõned",
  sampleActualsAnswered: "Vastatud kõned",
  sampleActualsAnsweredWithin: "Vastatud sihtaja jooksul (20 s)",
  sampleActualsAbandoned: "Loobunud kõned",
  sampleActualsAbandonedWithin: "Loobunud sihtaja jooksul (20 s)",
  sampleActualsAht: "Käsitlusaeg (s)",
  sampleActualsAsa: "Keskmine vastamisaeg (s)",
  sampleActualsStaff: "Graafikus töötajad",
  sampleActualsLoggedIn: "Sisselogitud klienditeenindajad",
  sampleActualsAdherence: "Graafikust kinnipidamine",
  sampleTeamWeek: "Nädala algus",
  sampleTeamScheduledHours: "Graafikutunnid",
  sampleTeamWorkedHours: "Töötatud tunnid",
  sampleTeamQuality: "Kvaliteedihinne",
  sampleTeamEvaluations: "Hindamised",
  sampleTeamComplaints: "Kaebused",
  sampleTeamContacts: "Käsitletud kontaktid",
  sampleTeamLeavers: "Lahkunud töötajad",

  performanceSheet: "Tulemused {period}",
  periodWeek: "nädal alates {date}",
  periodAll: "{first} kuni {last}",
  periodShortWeek: "näd {date}",
  periodShortAll: "kõik kuupäevad",
  performanceTitle: "Tulemused eesmärgi ja plaani suhtes: {scenario}, {period}",
  performanceNote:
    "Tegelikud andmed {actuals} võrrelduna stsenaariumi {scenario} plaaniga. Koostas WFM-lisandmoodul {date}. " +
    "Intervallide tabelis on tegelikud andmed ja plaan väärtustena; kõik selle kohal on elavad valemid selle tabeli põhjal. {staffing}",
  staffingScheduledAndShrinkage: "Tegelik mehitatus: graafikus töötajad ja tööaja kadu nagu eksporditud.",
  staffingScheduledAndLoggedIn:
    "Tegelik mehitatus: graafikus töötajad nagu eksporditud; tööaja kadu on nende osakaal, kes polnud sisse logitud (1 − sisselogitud ÷ graafikus).",
  staffingScheduled: "Tegelik mehitatus: graafikus töötajad nagu eksporditud; tööaja kadu nagu plaanis.",
  staffingLoggedIn:
    "Tegelik mehitatus: sisselogitud klienditeenindajad on töötajad, kes jäävad pärast tööaja kadu, seega töötajad = sisselogitud ÷ (1 − tööaja kadu); nii lühike graafik kui ka puudumised paistavad mehitatuses.",
  staffingAsPlanned:
    "Ekspordis pole mehitatuse andmeid: töötajad ja tööaja kadu võetakse plaanist, seega on nende mõju 0 ja see, mida need seletaksid, jääb veergu „Seletamata“.",
  perfServiceLevel: "Teenindustase perioodil (sihtaja jooksul vastatud, nagu leping seda arvestab)",
  perfTarget: "Teenindustaseme eesmärk (leping)",
  perfTargetMet: "Eesmärk perioodil täidetud",
  perfAsa: "Keskmine vastamisaeg sekundites (kaalutud vastatud kõnede arvuga)",
  perfAbandon: "Loobunud kõnede osakaal",
  perfOffered: "Pakutud kõned",
  perfIntervalsMet: "Eesmärgi täitnud intervallid (osakaal kõnedega intervallidest)",
  perfDaysMet: "Eesmärgi täitnud päevad (osakaal kõnedega päevadest)",
  perfWape: "Prognoosi viga (WAPE): plaanist erinenud kõned ÷ pakutud kõned, plaaniga intervallides",
  perfBias: "Prognoosi nihe: (plaanitud − pakutud) ÷ pakutud (positiivne: plaaniti rohkem kõnesid, kui tuli)",
  perfMatched: "Intervallid, millel on nii plaan kui ka tegelikud andmed",
  perfPlannedHours: "Plaanitud klienditeenindajatunnid (graafikus töötajad)",
  perfActualHours: "Tegelikud klienditeenindajatunnid (graafikus töötajad, nagu seletus neid arvestab)",
  perfPlannedPhoneHours: "Plaanitud klienditeenindajatunnid telefonidel (pärast tööaja kadu)",
  perfActualPhoneHours: "Tegelikud klienditeenindajatunnid telefonidel (pärast tööaja kadu ja graafikust kinnipidamist)",
  markMet: "Täidetud",
  markMissed: "Täitmata",
  mtdHeading: "Kuu algusest",
  mtdInputsHeading: "Ülejäänud kuu",
  mtdDaysLeft: "Kuus jäänud päevi pärast tegelike andmete viimast kuupäeva",
  mtdForecastRest: "Kõned, mida plaan prognoosib järelejäänud lahtiolekupäevadeks",
  mtdOffered: "Seni arvestatud kõned",
  mtdWithin: "Seni sihtaja jooksul vastatud kõned",
  mtdServiceLevel: "Senine teenindustase",
  mtdNeeded: "Teenindustase, mida ülejäänud kuu vajab, et eesmärk täita (0: juba kindlustatud)",
  mtdOutOfReach: "kättesaamatu: isegi 100% ei täidaks eesmärki",
  // Glossary: why we missed = "miks eesmärk jäi täitmata"; these say why the level moved from
  // the plan, which covers a month that met the target too.
  whyCaption:
    "Miks teenindustase plaanist erines: iga põhjus teenindustaseme protsendipunktides, intervallid kaalutud kõnedega, mida nende teenindustase arvestab",
  whyChartTitle: "Miks teenindustase plaanist erines",
  columnStep: "Samm",
  columnChange: "Teenindustase või muutus",
  columnLevel: "Tase pärast",
  columnBase: "Alus",
  columnFall: "Langetas",
  columnRise: "Tõstis",
  columnTotal: "Teenindustase",
  stepPlanned: "Plaanitud teenindustase",
  stepVolume: "Maht: pakutud kõned",
  stepAht: "Käsitlusaeg",
  stepStaffing: "Graafikus töötajad",
  stepShrinkage: "Tööaja kadu: puudumised, pausid, koolitus",
  stepAdherence: "Graafikust kinnipidamine",
  stepModelled: "Modelleeritud teenindustase toimunu põhjal",
  stepUnexplained: "Eelnevaga seletamata: juhus või mudel",
  stepMeasured: "Mõõdetud teenindustase",
  dailyChartTitle: "Teenindustase päevade kaupa eesmärgi suhtes",
  heatCaption: "Teenindustase kellaaja (read) ja kuupäeva (veerud) järgi",
  intervalsCaption: "Intervallid: plaan ja tegelik, koos iga muutuse põhjustega (WFM.SL_VARIANCE)",
  unmatchedCaption: "Sobitamata intervallid, plaaniga võrdlusest välja jäetud",
  unmatchedNoPlan: "Tegelikud andmed on, kuid ükski plaani intervall ei alga siit",
  unmatchedNoActuals: "Plaanitud, kuid tegelikke andmeid pole",
  columnTime: "Kellaaeg",
  columnWhy: "Põhjus",
  columnPlanCalls: "Plaanitud kõned",
  columnOffered: "Pakutud kõned",
  columnAnswered: "Vastatud",
  columnAnsweredWithin: "Vastatud sihtajaks",
  columnAbandoned: "Loobunud",
  columnAbandonedWithin: "Loobunud sihtaja jooksul",
  columnTarget: "Eesmärk",
  columnMet: "Eesmärk täidetud",
  columnPlanAht: "Plaanitud käsitlusaeg (s)",
  columnActualAht: "Käsitlusaeg (s)",
  columnPlanStaff: "Plaanitud töötajad",
  columnStaff: "Töötajad (nagu modelleeritud)",
  columnPlanShrinkage: "Plaanitud tööaja kadu",
  columnShrinkage: "Tööaja kadu (nagu modelleeritud)",
  columnAdherence: "Graafikust kinnipidamine",
  columnPlannedSl: "Plaanitud teenindustase",
  columnVolumeEffect: "Mahu mõju",
  columnAhtEffect: "Käsitlusaja mõju",
  columnStaffingEffect: "Mehitatuse mõju",
  columnShrinkageEffect: "Tööaja kao mõju",
  columnAdherenceEffect: "Graafikust kinnipidamise mõju",
  columnModelledSl: "Modelleeritud teenindustase",
  columnUnexplained: "Seletamata",
  columnWeight: "Seletuses arvestatud kõned",

  teamSheet: "Meeskonna näitajad",
  teamTitle: "Meeskonna näitajad, {first} kuni {last}",
  teamNote:
    "Loetud kohast {source}. Koostas WFM-lisandmoodul {date}. Nädalad on esmaspäevast pühapäevani; olek võrdleb iga näitajat selle eesmärgiga " +
    "(roheline: eesmärk täidetud või ületatud; kollane: kollane piir täidetud või ületatud; punane: halvem).",
  teamNoteContacts: "Käsitletud kontaktid on tegelike andmete {actuals} vastatud kõned.",
  teamTargetsHeading: "Eesmärgid (roheline, kui eesmärk on täidetud või ületatud; kollane kuni kollase piirini)",
  teamOverviewCaption: "Kogu perioodi kohta",
  teamWeeksCaption: "Nädalate kaupa",
  teamDaysCaption: "Päevade kaupa",
  teamTrendTitle: "Kohalolek, töölt puudumine ja kvaliteet nädalate kaupa",
  teamComplaintsTitle: "Kaebused 1000 käsitletud kontakti kohta nädalate kaupa",
  metricAttendance: "Kohalolek: töötatud tunnid ÷ graafikutunnid",
  metricAbsenteeism: "Töölt puudumine: 1 − kohalolek",
  metricQuality: "Kvaliteedihinne (keskmine, kaalutud hindamiste arvuga)",
  metricEvaluations: "Kvaliteedi hindamisi nädalas",
  metricComplaintsPer1000: "Kaebusi 1000 käsitletud kontakti kohta",
  metricLeavers: "Lahkunud töötajaid nädalas",
  teamTargetOf: "{metric}: eesmärk",
  teamAmberOf: "{metric}: kollane piir",
  // A traffic light's amber is kollane in Estonian.
  ragGreen: "Roheline",
  ragAmber: "Kollane",
  ragRed: "Punane",
  columnMetric: "Näitaja",
  columnValue: "Väärtus",
  columnAmber: "Kollane piir",
  columnStatus: "Olek",
  columnScheduledHours: "Graafikutunnid",
  columnWorkedHours: "Töötatud tunnid",
  columnAttendance: "Kohalolek",
  columnAbsenteeism: "Töölt puudumine",
  columnQuality: "Kvaliteedihinne",
  columnEvaluations: "Hindamised",
  columnComplaints: "Kaebused",
  columnContacts: "Käsitletud kontaktid",
  columnComplaintsPer1000: "Kaebusi 1000 kohta",
  columnLeavers: "Lahkunud töötajad",
  columnAttendanceStatus: "Kohaloleku olek",
  columnAbsenteeismStatus: "Töölt puudumise olek",
  columnQualityStatus: "Kvaliteedi olek",
  columnEvaluationsStatus: "Hindamiste olek",
  columnComplaintsStatus: "Kaebuste olek",
  columnLeaversStatus: "Lahkunute olek",

  // Glossary: client report = "aruanne kliendile". The sheet's name is the compound
  // "Kliendiaruanne", which leaves the period room in the 31 characters.
  clientReportSheet: "Kliendiaruanne {period}",
  clientReportTitle: "Teenuse aruanne: {period}",
  clientReportTitleFor: "Teenuse aruanne kliendile {client}: {period}",
  clientReportNote:
    "Andmed seisuga {date}. Teenindustase arvestab {seconds} sekundi jooksul vastatud kõnesid, eesmärk on {target}; " +
    "kõned, mille helistaja loobub {seconds} sekundi jooksul, {rule}. Need on väärtused: need ei arvutu ümber.",
  clientRuleMissed: "loetakse sihtajaks vastamata kõnedeks",
  clientRuleLeftOut: "jäetakse arvestusest välja",
  clientRuleMet: "loetakse sihtajaks vastatud kõnedeks",
  clientSummaryCaption: "Kokkuvõte",
  columnMeasure: "Mõõdik",
  columnActual: "Tegelik",
  columnResult: "Tulemus",
  clientServiceLevel: "Teenindustase: {seconds} sekundi jooksul vastatud kõned",
  clientAsa: "Keskmine vastamisaeg (sekundites)",
  clientAbandon: "Loobunud kõnede osakaal",
  clientOffered: "Pakutud kõned",
  clientAnsweredWithin: "{seconds} sekundi jooksul vastatud kõned",
  clientIntervalsMet: "Eesmärgi täitnud {minutes}-minutilised intervallid",
  clientDaysMet: "Eesmärgi täitnud päevad",
  clientWape: "Prognoosi viga: prognoosist erinenud kõned ÷ pakutud kõned",
  clientBias: "Prognoosi nihe: (prognoos − pakutud kõned) ÷ pakutud kõned",
  clientPlannedPhoneHours: "Klienditeenindajatunnid telefonidel, plaanitud",
  clientActualPhoneHours: "Klienditeenindajatunnid telefonidel, tegelikult",
  clientNeeded: "Teenindustase, mida ülejäänud kuu vajab, et eesmärk täita",
  clientNeededOutOfReach: "sel kuul kättesaamatu",
  clientWhyCaption: "Miks teenindustase plaanist erines (muutused teenindustaseme protsendipunktides)",
  clientDaysCaption: "Päevade kaupa",
  clientHeatCaption: "Teenindustase kellaaja (read) ja kuupäeva (veerud) järgi",
  clientTeamCaption: "Meeskond nädalate kaupa",

  // Client copies
  clientCopyNote:
    "Väärtused seisuga {date}, koostanud lisandmoodul WFM Erlangi mehitatus. Selles koopias pole valemeid: " +
    "selle arvud ei arvutu ümber.",

  // Estonian weekday letters (E, T, K, …) and the Estonian date order.
  dayFormat: "[$-425]ddd dd.mm.yyyy",
  dateTimeFormat: "dd.mm.yyyy hh:mm",
  monthFormat: "mm.yyyy",
} satisfies LabelTranslation;
