/**
 * The task pane in Estonian: a translation of en.ts, key for key (translation.ts), with the same
 * values in each text. The terms are those of the sheets (src/planner/labels.et.ts), the
 * function help and docs/README.et.md, one per concept, from ../shared/glossary.md; where a term
 * differs from the glossary, a comment says why (the first use of the term).
 *
 * Counts: after a numeral other than one, Estonian puts the noun in the partitive singular
 * ("1 intervall", "2 intervalli", "5 kõnet"); `one` follows CLDR's plural rules for Estonian.
 */
import type { Strings } from "./en";
import type { Translation } from "./translation";

const rules = new Intl.PluralRules("et");
/** Whether a count takes the singular noun; a text that spells out "one" tests count === 1 instead. */
const one = (count: number) => rules.select(count) === "one";

export const et = {
  app: {
    // Glossary: "personaliplaan ? / mehitatuse plaan ?". Agents per interval is mehitatus;
    // personaliplaan reads as a headcount (HR) plan. The ribbon button says the same.
    title: "Mehitatuse planeerija",
    intro:
      "Koostage kõnede ja käsitlusaegade prognoosist mehitatuse plaani leht ning küsige siis, mis oleks, kui maht kasvab või eesmärk muutub, ja vaadake stsenaariume kõrvuti.",
    introSample: "Esimest korda? Looge näidisprognoos ja proovige kõik sammud minutiga läbi.",
    createSample: "Loo näidisprognoos",
    introSampleActuals:
      "Vaatate tagasi? Looge tegelike andmete näidis: kuu jagu ACD intervalle, mis järgivad näidisprognoosi, ja meeskonna näitajad nädalate kaupa.",
    createSampleActuals: "Loo tegelike andmete näidis",
    notInExcel: "Excel pole siin saadaval: avage see paan Exceli menüü Avaleht nupuga „Mehitatuse planeerija“.",
    busy: "Töö käib…",
    unexpectedFailure: (detail: string) => `Midagi läks ootamatult valesti: ${detail}. Proovige uuesti.`,
    dismissStatus: "Sulge teade",
    dismissGlyph: "×",
    sections: "Planeerimise sammud",
    stepHeading: (number: string, title: string) => `${number}. ${title}`,
    language: "Keel",
    languageAutomatic: (name: string) => `Nagu Office'is (${name})`,
  },

  sample: {
    working: "Kirjutan näidisprognoosi…",
    done: (sheetName: string, intervals: string) =>
      `Näidisprognoos kirjutati lehele „${sheetName}“ (${intervals} pooltundi). See on nüüd prognoos: seadke eesmärgid ja koostage plaan.`,
  },

  // Terms of the steps below: tegelikud andmed (actuals), tulemused (performance), meeskonna
  // näitajad (team metrics), kohalolek, töölt puudumine (absenteeism), kvaliteedihinne,
  // graafikust kinnipidamine (adherence), kaebused, lahkunud töötajad (leavers), aruanne kliendile
  // (client report): as the sheets say them (src/planner/labels.et.ts).
  sampleActuals: {
    working: "Kirjutan tegelike andmete ja meeskonna näitajate näidist…",
    done: (actualsSheet: string, teamSheet: string, intervals: string) =>
      `Tegelike andmete näidis kirjutati lehele „${actualsSheet}“ (${intervals} pooltundi 2025. aasta märtsist) ja meeskonna näitajad lehele „${teamSheet}“. Need on nüüd tegelikud andmed ja meeskonna tabel; valige jaotises „Tegelikud andmed“ stsenaarium ja periood.`,
  },

  forecast: {
    heading: "Prognoos",
    explain:
      "Valige prognoosi lahtrid koos päistega või valige Exceli tabel. Veerud leitakse päiste järgi: intervall või aeg, kõned või maht, käsitlusaeg või AHT (eesti, inglise või portugali keeles).",
    readingSelection: "Loen valitud lahtreid…",
    readingTable: (tableName: string) => `Loen tabelit ${tableName}…`,
    none: "Prognoosi pole veel valitud.",
    // Glossary: "pakutud kõned ? / sissetulnud kõned". Plain "kõned" where the count is of calls.
    chosen: (address: string, intervals: number, shownIntervals: string, shownCalls: string) =>
      `Prognoos ${address}: ${shownIntervals} ${one(intervals) ? "intervall" : "intervalli"}, kõnesid kokku ${shownCalls}.`,
    spansDays: (days: number, shownDays: string) => (days === 1 ? "Üks kuupäev." : `${shownDays} kuupäeva.`),
    intervalsOf: (minutes: string) => `Ridade algusaegade vahe on ${minutes} min.`,
    chosenWithProblems: (address: string, shownValid: string, shownTotal: string) =>
      `Prognoos ${address}: ${shownTotal} reast saab ${shownValid} kasutada nii, nagu need on.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Prognoos loetud: selle ainus rida on korras." : `Prognoos loetud: kõik ${shownRows} rida on korras.`,
    mappingHeading: "Veerud",
    mappingExplain: "Kontrollige, milline veerg mida sisaldab. Muutke valikut, kui päist ei tuntud ära.",
    dateColumn: "Kuupäeva veerg",
    noDateColumn: "Puudub",
    noDateColumnHint: "Ühe päeva muster või kuupäevad ja kellaajad intervalli veerus.",
    intervalColumn: "Intervalli veerg",
    callsColumn: "Kõnede veerg",
    // Glossary: "keskmine käsitlusaeg ? (also käitlemisaeg)". Käsitlusaeg, as the forecast
    // headers the add-in recognises (headers.ts) and the sheets say.
    ahtColumn: "Käsitlusaja veerg (sekundites)",
    noColumn: "Valimata",
    noAhtColumn: "Puudub",
    noAhtColumnHint: "Kõik read saavad allpool antud vaikimisi käsitlusaja.",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Veerg ${position}` : `${header} (veerg ${position})`,
    recognised: "Tuvastatud päise järgi.",
    chosenByHand: "Valitud käsitsi.",
    defaultAht: "Vaikimisi käsitlusaeg (sekundites)",
    defaultAhtProblem: (problem: string) => `Vaikimisi käsitlusaeg: ${problem}`,
    defaultAhtHint: "Ridadele, kus käsitlusaeg puudub, või kõigile ridadele, kui käsitlusaja veergu pole.",
    applyMapping: "Loe nende veergudega uuesti",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "probleem" : "probleemi"}, mis tuleb enne kirjutamist parandada`,
    problemsAnnounce: (count: number, shown: string) =>
      `Prognoosis on ${shown} ${one(count) ? "probleem" : "probleemi"}, need on loetletud lahtrite kaupa prognoosi all; midagi ei kirjutatud.`,
  },

  targets: {
    heading: "Eesmärgid",
    explain: "Kirjutage kümnendkohad koma või punktiga: 0,8 ja 0.8 on sama.",
    intervalMinutes: "Intervalli pikkus",
    intervalOption: (minutes: number) => `${minutes} minutit`,
    goal: "Eesmärk",
    goalServiceLevel: "Teenindustase: X% vastatud Y sekundi jooksul",
    goalAsa: "Keskmine vastamisaeg",
    targetServiceLevel: "Teenindustaseme eesmärk (%)",
    // Glossary: "vastamise sihtaeg ?", kept: the sheets and the help say it too.
    targetSeconds: "Vastamise sihtaeg (sekundites)",
    targetSecondsAsaHint: "Selle järgi näidatakse keskmise vastamisaja kõrval ka teenindustaset.",
    targetAsaSeconds: "Keskmise vastamisaja eesmärk (sekundites)",
    // Glossary: "koormus ?" (not hõivatus, which reads as employment). Kept.
    maxOccupancy: "Suurim koormus (%)",
    maxOccupancyHint: "Jätke tühjaks, kui piirangut pole.",
    patienceSeconds: "Ootekannatlikkus (sekundites, valikuline)",
    // Glossary: "katkestatud kõned ?", "katkestamise määr ?". Katkestatud reads as a line that was
    // cut; the caller gives up waiting, which Estonian says with loobuma: loobunud kõned,
    // loobumise määr (sheets, help and README alike).
    patienceHint: "Ootekannatlikkuse korral võivad helistajad ootamisest loobuda (Erlang A); tühi tähendab, et nad ootavad (Erlang C).",
    abandonRule: "Sihtaja jooksul loobunud kõned",
    abandonRuleMiss: "Loe sihtajaks vastamata kõnedeks",
    abandonRuleExclude: "Jäta teenindustasemest välja",
    abandonRuleMet: "Loe sihtajaks vastatud kõnedeks",
    // Glossary: "tööaja kadu ? (keep shrinkage in brackets)": so in the hint, and in the sheets.
    shrinkage: "Tööaja kadu (%)",
    shrinkageHint: "Tasustatud aeg, mil ei olda telefonil (shrinkage): pausid, koolitus, puudumised.",
    paidHours: "Tasustatud tunnid FTE kohta nädalas",
    operatingDays: "Lahtiolekupäevi nädalas",
    operatingDaysHint:
      "Päevad, mil keskus on avatud: ühe päeva prognoos arvestatakse FTE jaoks igale neist; pikema prognoosi osaline nädal arvestab neid kõige rohkem nii palju.",
    cost: "Klienditeenindajatunni maksumus (valikuline)",
    adjustmentsHeading: "Prognoosi korrigeerimine",
    volumeFactor: "Maht",
    volumeFactorHint: "1 või 100% on nagu prognoosis; +10% või 1,1 tähendab 10% rohkem kõnesid; 90% tähendab 90% neist.",
    ahtFactor: "Käsitlusaeg",
    ahtFactorHint: "1 või 100% on nagu prognoosis; −5% või 0,95 tähendab 5% lühemaid kõnesid.",
    factorResult: (factor: string) => `= ×${factor}`,
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Üks väli vajab parandamist; selle juures on kirjas, mis on valesti."
        : `${shown} välja vajab parandamist; iga välja juures on kirjas, mis on valesti.`,
  },

  plan: {
    heading: "Plaan",
    explain:
      "Koostab stsenaariumile uue lehe: kokkuvõtte, elavate WFM-valemitega tabeli ning vajalike klienditeenindajate ja graafikus töötajate diagrammi. Teisi lehti ei muudeta kunagi.",
    scenarioName: "Stsenaariumi nimi",
    defaultScenarioName: "Baas",
    build: "Koosta plaan",
    save: "Salvesta stsenaarium",
    needsForecast: (step: string) => `Valige kõigepealt prognoos (${step}. samm).`,
    building: (name: string) => `Koostan stsenaariumi ${name} plaani…`,
    saving: (name: string) => `Salvestan stsenaariumi ${name}…`,
    built: (sheetName: string) => `Plaan kirjutati lehele „${sheetName}“.`,
    rebuilt: (sheetName: string) => `Plaan koostati uuesti: leht „${sheetName}“ asendati.`,
    saved: (name: string) => `Stsenaarium „${name}“ salvestati töövihikusse.`,
    rebuildTitle: "Kas koostada plaan uuesti?",
    rebuildBody: (sheetName: string) =>
      `Lehel „${sheetName}“ on selle stsenaariumi plaan. Uuesti koostamine asendab ainult selle lehe; kõik, mida olete sellele lisanud, läheb kaotsi.`,
    rebuildConfirm: "Koosta uuesti",
    summaryHeading: (name: string) => `Plaan: ${name}`,
    showSheet: "Näita lehte",
    // Glossary: "klienditeenindajad (agendid)": klienditeenindajad throughout.
    peakAgents: "Vajalikke klienditeenindajaid tipus",
    // Glossary: "graafikus töötajad ?", kept.
    peakScheduled: "Graafikus töötajaid tipus",
    hoursScheduled: "Graafikus klienditeenindajatunnid",
    fte: "FTE",
    weekFte: "FTE, keskmine nädal",
    peakWeekFte: "FTE, kõige koormatum nädal",
    dayServiceLevel: "Päeva teenindustase",
    dayAsa: "Päeva keskmine vastamisaeg",
    dayAbandon: "Päeva loobumise määr",
    dayCost: "Päeva kulu",
    periodServiceLevel: (days: string) => `Teenindustase, ${days} päeva`,
    periodAsa: (days: string) => `Keskmine vastamisaeg, ${days} päeva`,
    periodAbandon: (days: string) => `Loobumise määr, ${days} päeva`,
    periodCost: (days: string) => `Kulu, ${days} päeva`,
    weeksHeading: "Nädalate kaupa",
    weeksExplain:
      "Nädal on 7 päeva alates esimesest kuupäevast. FTE = nädala graafikutunnid ÷ tasustatud tunnid FTE kohta nädalas; osaline nädal arvestab ainult selles olevaid lahtiolekupäevi.",
    weekStart: "Nädala algus",
    weekDays: "Päevi",
    daysHeading: "Päevade kaupa",
    day: "Kuupäev",
    dayHours: "Tunnid",
    daySl: "Teenindustase",
  },

  scenarios: {
    heading: "Stsenaariumid",
    explain: "Stsenaariumid salvestatakse töövihikusse, nii et need liiguvad failiga kaasa. Võrdlemiseks märkige kaks või rohkem.",
    none: (step: string) => `Stsenaariume veel pole: salvestage üks ${step}. sammus.`,
    listLabel: "Salvestatud stsenaariumid",
    actions: (name: string) => `Toimingud: ${name}`,
    actionsShort: "Toimingud",
    open: "Laadi vormi",
    build: "Koosta plaan",
    rename: "Nimeta ümber…",
    duplicate: "Tee muudatustega koopia…",
    remove: "Kustuta…",
    compare: "Võrdle valitud",
    compareHint: "Märkige vähemalt kaks stsenaariumi.",
    comparing: "Kirjutan võrdlust…",
    compared: (sheetName: string) => `Võrdlus kirjutati lehele „${sheetName}“.`,
    comparisonHeading: "Kõrvuti",
    comparisonScenario: "Stsenaarium",
    comparisonFte: "FTE",
    comparisonDifference: "Muutus",
    comparisonServiceLevel: "Teenindustase",
    loaded: (name: string) => `Stsenaarium „${name}“ laaditi vormi.`,
    describe: (goal: string, shrinkage: string, adjustments: string) =>
      [goal, `tööaja kadu ${shrinkage}`, adjustments].filter((part) => part !== "").join(" · "),
    describeServiceLevel: (percent: string, seconds: string) => `${percent} ${seconds} s jooksul`,
    describeAsa: (seconds: string) => `keskmine vastamisaeg ${seconds} s`,
    describeVolume: (change: string) => `maht ${change}`,
    describeAht: (change: string) => `käsitlusaeg ${change}`,
    renameTitle: "Stsenaariumi ümbernimetamine",
    renameLabel: "Uus nimi",
    renameConfirm: "Nimeta ümber",
    renamed: (from: string, to: string) => `Stsenaarium „${from}“ sai uue nime „${to}“.`,
    duplicateTitle: "Muudatustega koopia",
    duplicateExplain: "Koopia lähtub sellest stsenaariumist; jätke väli tühjaks, et väärtus jääks samaks.",
    duplicateName: "Koopia nimi",
    duplicateDefaultName: (name: string) => `${name} (koopia)`,
    volumeChange: "Mahu muutus (%)",
    volumeChangeHint: "Näiteks +10 või −5.",
    ahtChange: "Käsitlusaja muutus (%)",
    changeOutOfRange: "Peab olema suurem kui −100% ja kõige rohkem +400%.",
    targetServiceLevel: "Teenindustaseme eesmärk (%)",
    targetSeconds: "Vastamise sihtaeg (sekundites)",
    duplicateConfirm: "Salvesta koopia",
    duplicated: (name: string) => `Stsenaarium „${name}“ salvestati.`,
    deleteTitle: (name: string) => `Kas kustutada ${name}?`,
    deleteBody: "Stsenaarium eemaldatakse töövihikust. Selle lehed jäävad alles, kui te kasti ei märgi.",
    deleteSheets: "Kustuta ka ainult selle stsenaariumi jaoks koostatud lehed",
    deleteConfirm: "Kustuta",
    deleted: (name: string) => `Stsenaarium „${name}“ kustutati.`,
    cancel: "Loobu",
  },

  roster: {
    // Glossary: roster = "tööajagraafik"; the check of one is a graafikukontroll.
    heading: "Graafikukontroll",
    explain:
      "Valige graafikus olevate klienditeenindajate veerg, üks lahter intervalli kohta, et näha nendega saavutatavat teenindustaset, keskmist vastamisaega ja loobumise määra.",
    scenario: "Stsenaarium",
    address: "Graafiku lahtrid",
    addressPlaceholder: "Graafik!D2:D49",
    useSelection: "Kasuta valikut",
    basis: "Arvud on",
    basisScheduled: "Graafikus töötajad (enne tööaja kadu)",
    basisOnPhones: "Klienditeenindajad telefonidel",
    check: "Kontrolli graafikut",
    needsScenario: (step: string) => `Salvestage kõigepealt stsenaarium (${step}. samm).`,
    checking: "Kontrollin graafikut…",
    checked: (sheetName: string) => `Graafikukontroll kirjutati lehele „${sheetName}“.`,
    resultHeading: "Saavutatud päeva jooksul",
    resultHeadingDays: (days: string) => `Saavutatud ${days} päeva jooksul`,
    belowTarget: "Eesmärgist allapoole jäänud intervallid",
    dayBelow: "Alla",
  },

  capacity: {
    // Terms as the function help (src/functions/locales/et-EE.json) and docs/README.et.md chose
    // them: mahuplaan (capacity plan), värbamisplaan, voolavus (glossary: attrition / turnover),
    // värbamine and värvatud (hiring, hires), koolitus and juhendatud tööperiood (glossary:
    // training / nesting), rühm (a class of hires), töötajad (heads), puudujääk (the gap).
    heading: "Mahuplaan",
    explain:
      "Mitu inimest ja millal värvata, et leping oleks nädalast nädalasse mehitatud, kui töötajad lahkuvad ning uued värvatud on koolitusel ja juhendatud tööperioodis. Koostab elavate WFM-valemitega lehe koos värbamisplaaniga, mida saate muuta.",
    sourceLegend: "Vajalik FTE nädalate kaupa",
    sourceScenario: "Stsenaariumi plaan iga nädala mahuga",
    sourceColumn: "Vajaliku FTE veerg",
    sourceScenarioHint:
      "Igal nädalal skaleeritakse stsenaariumi intervallid selle nädala kõnede arvule ja mehitatus arvutatakse täpselt: kaks korda rohkem kõnesid vajab vähem kui kaks korda rohkem klienditeenindajaid.",
    scenario: "Stsenaarium",
    needsScenario: (step: string) => `Salvestage kõigepealt stsenaarium (${step}. samm) või võtke vajalik FTE veerust.`,
    volumes: "Nädalamahud",
    volumesGrowth: "Kasvab stsenaariumi enda mahust",
    volumesColumn: "Nädala kõnede veerg",
    weeklyGrowth: "Kasv nädalas (%)",
    weeklyGrowthHint: "0,5 tähendab igal nädalal 0,5% rohkem kõnesid; −1 tähendab 1% vähem; 0 hoiab stsenaariumi mahu.",
    weeks: "Planeeritavaid nädalaid",
    volumeAddress: "Kõned nädalas, üks lahter nädala kohta",
    fteAddress: "Vajalik FTE, üks lahter nädala kohta",
    addressPlaceholder: "Mahud!B2:B53",
    addressHint: "Päiselahter ülal jäetakse vahele; tühje lahtreid pärast viimast nädalat ei arvestata.",
    useSelection: "Kasuta valikut",
    paidHours: "Tasustatud tunnid FTE kohta nädalas",
    paidHoursHint: "Võetud stsenaariumist; muutke, kui FTE-d arvestatakse teistsuguse lepingu järgi.",
    firstWeek: "1. nädal algab",
    teamHeading: "Meeskond",
    headcount: "Produktiivseid töötajaid praegu",
    headcountHint: "Klienditeenindajad, kelle juhendatud tööperiood on läbi; uue kliendi puhul 0.",
    attritionRate: "Voolavus (%)",
    attritionPeriod: "Mõõtmisperiood",
    attritionYear: "Aasta",
    attritionMonth: "Kuu",
    attritionFigure: "Näitaja on",
    attritionTurnover: "Voolavuse suhtarv: lahkunud ÷ keskmine töötajate arv, nagu personaliosakond selle esitab (võib ületada 100%)",
    attritionShare: "Lahkujate osakaal: perioodi alguses olnud inimestest nende osa, kes on lõpuks lahkunud",
    weeklyAttrition: (rate: string) => `= ${rate} nädalas`,
    joiningHeading: "Uued värvatud",
    trainWeeks: "Koolitus (nädalat)",
    nestingWeeks: "Juhendatud tööperiood (nädalat)",
    nestingProductivity: "Tootlikkus juhendatud tööperioodis (%)",
    graduationRate: "Koolituse läbinute osakaal (%)",
    graduationRateHint: "Iga rühma osa, kes koolituse läbib.",
    ftePerHead: "FTE töötaja kohta",
    ftePerHeadHint: "1, kui kõik töötavad täistööajaga; 0,8 meeskonnale, kes töötab neli päeva nädalas.",
    leadWeeks: "Värbamise ettevalmistusaeg (nädalat)",
    leadWeeksHint: "Nädalad, enne kui esimene rühm saab alustada.",
    minClass: "Väikseim rühm",
    maxClass: "Suurim rühm (valikuline)",
    maxClassHint: "Tühi: piiranguta. Suurem vajadus jagatakse mitmeks rühmaks.",
    costsHeading: "Kulud (valikuline)",
    costPerHire: "Kulu värvatu kohta",
    costPerFteWeek: "FTE-nädala kulu",
    costPerFteWeekHint: "Arvesse läheb iga palgal olev töötaja, ka koolitusel olev.",
    name: "Mahuplaani nimi",
    defaultName: "Põhiplaan",
    build: "Koosta mahuplaan",
    save: "Salvesta",
    building: (name: string) => `Koostan mahuplaani ${name}…`,
    saving: (name: string) => `Salvestan mahuplaani ${name}…`,
    built: (sheetName: string) => `Mahuplaan kirjutati lehele „${sheetName}“.`,
    rebuilt: (sheetName: string) => `Mahuplaan koostati uuesti: leht „${sheetName}“ asendati.`,
    saved: (name: string) => `Mahuplaan „${name}“ salvestati töövihikusse.`,
    rebuildTitle: "Kas koostada mahuplaan uuesti?",
    rebuildBody: (sheetName: string) =>
      `Lehel „${sheetName}“ on see mahuplaan. Uuesti koostamine asendab ainult selle lehe, lisandmooduli värbamisplaaniga; rühmade suurused ja kuupäevad, mille sellele sisestasite, lähevad kaotsi.`,
    rebuildConfirm: "Koosta uuesti",
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Üks mahuplaani väli vajab parandamist; selle juures on kirjas, mis on valesti."
        : `${shown} mahuplaani välja vajab parandamist; iga välja juures on kirjas, mis on valesti.`,
    resultHeading: (name: string) => `Mahuplaan: ${name}`,
    totalHires: "Värvatuid kokku",
    classes: "Nädalaid, mil rühm alustab",
    firstCoverable: "Esimene nädal, mida uus rühm katta saab",
    uncovered: "Nädalad, mida värbamine katta ei saa",
    uncoveredNone: "Pole",
    uncoveredExplain: "Puudujääk enne, kui uus rühm jõuab produktiivseks saada: planeerige nendeks nädalateks ületunnid või teine keskus.",
    fteWeeksShort: "Puuduvaid FTE-nädalaid",
    peakGap: "Suurim puudujääk",
    peakGapAt: (gap: string, week: string) => `${gap} FTE ${week}. nädalal`,
    weeklyAttritionUsed: "Kasutatud nädala voolavus",
    hiringCost: "Värbamise kulu",
    staffCost: "Personalikulu",
    totalCost: "Kogukulu",
    monthsHeading: "Värvatud kuude kaupa",
    month: "Kuu",
    hires: "Värvatuid",
    weekRange: (first: string, last: string) => `${first}–${last}`,
    listSeparator: ", ",
    showSheet: "Näita lehte",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "lahter" : "lahtrit"}, mis tuleb enne kirjutamist parandada`,
    whatIfsHeading: "Mis oleks, kui",
    whatIfsExplain:
      "Mahuplaanid salvestatakse töövihikusse. Tehke mõnest muudatustega koopia, näiteks voolavus +5 protsendipunkti või 6 nädalat koolitust, ja võrrelge neid.",
    none: "Mahuplaane pole veel salvestatud: koostage või salvestage üks ülal.",
    listLabel: "Salvestatud mahuplaanid",
    describe: (headcount: string, attrition: string, training: string) =>
      `${headcount} töötajat · voolavus ${attrition} · ${training} nädalat koolitust`,
    attritionPer: { year: (rate: string) => `${rate} aastas`, month: (rate: string) => `${rate} kuus` },
    compare: "Võrdle valitud",
    comparing: "Kirjutan mahuplaanide võrdlust…",
    compared: (sheetName: string) => `Mahuplaanide võrdlus kirjutati lehele „${sheetName}“.`,
    comparisonHeading: "Kõrvuti",
    comparisonExplain: (first: string) => `Sulgudes: muutus võrreldes plaaniga „${first}“.`,
    comparedWith: (value: string, change: string) => `${value} (${change})`,
    comparisonHires: "Värvatuid kokku",
    comparisonUncovered: "Nädalad, mida värbamine katta ei saa",
    comparisonPeakGap: "Suurim puudujääk, FTE",
    comparisonCost: "Kogukulu",
    loaded: (name: string) => `Mahuplaan „${name}“ laaditi vormi.`,
    renamed: (from: string, to: string) => `Mahuplaan „${from}“ sai uue nime „${to}“.`,
    duplicateExplain: "Koopia lähtub sellest mahuplaanist; jätke väli tühjaks, et väärtus jääks samaks.",
    attritionChange: "Voolavuse muutus (protsendipunktides)",
    attritionChangeHint: "+5 lisab näitajale 5 protsendipunkti sama perioodi kohta: 60% aastas muutub 65%-ks.",
    duplicated: (name: string) => `Mahuplaan „${name}“ salvestati.`,
    deleted: (name: string) => `Mahuplaan „${name}“ kustutati.`,
  },

  source: {
    useSelection: "Kasuta valikut",
    tableLabel: "Exceli tabel",
    useTable: "Kasuta tabelit",
    noTables: "Selles töövihikus pole veel Exceli tabeleid.",
    readingSelection: "Loen valitud lahtreid…",
    readingTable: (tableName: string) => `Loen tabelit ${tableName}…`,
    mappingHeading: "Veerud",
    mappingExplain: "Kontrollige, milline veerg mida sisaldab. Muutke valikut, kui päist ei tuntud ära.",
    noColumn: "Puudub",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Veerg ${position}` : `${header} (veerg ${position})`,
    recognised: "Tuvastatud päise järgi.",
    chosenByHand: "Valitud käsitsi.",
    applyMapping: "Loe nende veergudega uuesti",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "probleem" : "probleemi"}, mis tuleb enne kirjutamist parandada`,
    moreProblems: (count: string) => `…ja veel ${count}.`,
    showSheet: "Näita lehte",
    replaceConfirm: "Asenda",
    cancel: "Loobu",
  },

  actuals: {
    heading: "Tegelikud andmed",
    explain:
      "Lugege toimunu ACD ekspordist, üks rida intervalli kohta: kuupäev ja kellaaeg, pakutud, vastatud, sihtaja jooksul vastatud (või teenindustase), loobunud, käsitlusaeg; mehitatuse veerud on valikulised. Päiseid tuntakse ära eesti, inglise ja portugali keeles.",
    none: "Tegelikke andmeid pole veel loetud.",
    chosen: (address: string, intervals: number, shownIntervals: string, days: number, shownDays: string, shownCalls: string) =>
      `Tegelikud andmed ${address}: ${shownIntervals} ${one(intervals) ? "intervall" : "intervalli"}, ${shownDays} ${one(days) ? "kuupäev" : "kuupäeva"}, pakutud kõnesid kokku ${shownCalls}.`,
    intervalsOf: (minutes: string) => `Ridade algusaegade vahe on ${minutes} min.`,
    percentPoints: (column: string) => `„${column}“ loeti protsendipunktides (92 tähendab 92%).`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Tegelikud andmed loetud: nende ainus rida on korras." : `Tegelikud andmed loetud: kõik ${shownRows} rida on korras.`,
    problemsAnnounce: (count: number, shown: string) =>
      `Tegelikes andmetes on ${shown} ${one(count) ? "probleem" : "probleemi"}, need on loetletud lahtrite kaupa jaotises „Tegelikud andmed“; midagi ei kirjutatud.`,
    roles: {
      date: "Kuupäev",
      interval: "Intervall (kellaaeg või kuupäev ja kellaaeg)",
      offered: "Pakutud kõned",
      answered: "Vastatud kõned",
      answeredWithin: "Sihtaja jooksul vastatud",
      serviceLevel: "Teenindustase (sihtaja jooksul vastatute asemel)",
      abandoned: "Loobunud kõned",
      abandonedWithin: "Sihtaja jooksul loobunud (valikuline)",
      aht: "Käsitlusaeg (sekundites)",
      asa: "Keskmine vastamisaeg (sekundites, valikuline)",
      staffScheduled: "Graafikus töötajad (valikuline)",
      agentsLoggedIn: "Sisselogitud klienditeenindajad (valikuline)",
      staffedHours: "Sisselogitud tunnid (valikuline)",
      // Glossary: adherence = "graafikust kinnipidamine ?", kept: the sheets and the help say it.
      adherence: "Graafikust kinnipidamine (valikuline)",
      shrinkage: "Tööaja kadu (valikuline)",
    },
    scenario: "Stsenaarium (selle plaan)",
    needsScenario: (step: string) => `Salvestage kõigepealt stsenaarium (${step}. samm): tegelikke andmeid võrreldakse selle plaaniga.`,
    periodKind: "Periood",
    periodKinds: { day: "Päev", week: "Nädal (esmaspäevast pühapäevani)", month: "Kuu", all: "Kogu imporditud periood" },
    periodWeek: (date: string) => `Nädal alates ${date}`,
    periodAll: (first: string, last: string) => `${first} kuni ${last}`,
    period: "Milline",
    build: "Koosta tulemuste leht",
    building: "Võrdlen tegelikke andmeid plaaniga…",
    built: (sheetName: string) => `Tulemused kirjutati lehele „${sheetName}“.`,
    rebuilt: (sheetName: string) => `Tulemused koostati uuesti: leht „${sheetName}“ asendati.`,
    replaceTitle: "Kas asendada tulemuste leht?",
    replaceBody: (sheetName: string) =>
      `Lehel „${sheetName}“ on selle stsenaariumi tulemused selle perioodi kohta. Uuesti koostamine asendab ainult selle lehe; kõik, mida olete sellele lisanud, läheb kaotsi.`,
    resultHeading: (period: string) => `Tulemused, ${period}`,
    serviceLevel: "Teenindustase",
    target: "Eesmärk",
    met: "Täidetud",
    missed: "Täitmata",
    asa: "Keskmine vastamisaeg",
    abandonRate: "Loobumise määr",
    intervalsMet: "Eesmärgi täitnud intervallid",
    daysMet: "Eesmärgi täitnud päevad",
    wape: "Prognoosi viga (WAPE)",
    bias: "Prognoosi nihe",
    // The figures' names share a 320 px row with values such as "80% · Täitmata": the agent-hours
    // (klienditeenindajatunnid, as the sheet says) are the team's work hours here, so one word
    // of 23 letters is not broken mid-word.
    plannedHours: "Plaanitud töötunnid",
    actualHours: "Tegelikud töötunnid",
    needed: "Kuu lõpuni vajalik teenindustase",
    secured: "Kuu eesmärk on kindlustatud",
    unreachable: "Sel kuul kättesaamatu",
    monthComplete: "Kuu on lõppenud.",
    whyHeading: "Miks teenindustase muutus",
    whyExplain: "Mitu teenindustaseme protsendipunkti iga põhjus seda plaanist nihutas, kaalutud kõnede arvuga.",
    steps: {
      planned: "Plaanitud",
      volume: "Maht",
      aht: "Käsitlusaeg",
      staffing: "Mehitatus",
      shrinkage: "Tööaja kadu",
      adherence: "Graafikust kinnipidamine",
      modelled: "Modelleeritud",
      unexplained: "Seletamata",
      measured: "Mõõdetud",
    },
    stepHeader: "Samm",
    pointsHeader: "Teenindustase / muutus",
    noExplanation: "Ühelgi intervallil pole korraga plaani ja vastatud kõnesid, seega muutust ei saa seletada.",
    daysHeading: "Päevade kaupa",
    day: "Kuupäev",
    daySl: "Teenindustase",
    dayMet: "Tulemus",
    unmatchedHeading: "Sobitamata",
    // The adessive ("intervallil") takes the singular after any numeral.
    withoutPlan: (_count: number, shown: string) => `${shown} tegelike andmete intervallil pole plaanis vastet:`,
    withoutActuals: (_count: number, shown: string) => `${shown} plaani intervallil pole tegelikke andmeid:`,
    allMatched: "Kõik tegelike andmete intervallid leidsid plaanist vaste.",
    moreUnmatched: (count: string) => `…ja veel ${count} (kõik on lehel loetletud).`,
    byDate: "Sobitatud kuupäeva ja kellaaja järgi.",
    byTime: "Plaan on ühe päeva muster: sobitatud iga kuupäeva kellaaja järgi.",
    staffing: {
      scheduledAndShrinkage: "Mehitatus: graafikus töötajad ja tööaja kadu ekspordist.",
      scheduledAndLoggedIn: "Mehitatus: graafikus töötajad; tööaja kadu on sisse logimata jäänute osakaal.",
      scheduled: "Mehitatus: graafikus töötajad ekspordist, tööaja kadu nagu plaanis.",
      loggedIn: "Mehitatus: sisselogitud klienditeenindajad on töötajad, kes jäävad pärast tööaja kadu.",
      asPlanned: "Ekspordis pole mehitatuse andmeid: mehitatus võetakse plaanist.",
    },
  },

  team: {
    heading: "Meeskonna näitajad",
    explain:
      "Lugege tabel päevade või nädalate kaupa: graafikutunnid ja töötatud tunnid ning soovi korral kvaliteedihinded ja hindamised, kaebused ja käsitletud kontaktid, lahkunud töötajad. Iga näitaja saab oma eesmärgi suhtes punase, kollase või rohelise oleku.",
    none: "Meeskonna tabelit pole veel loetud.",
    chosenDays: (address: string, rows: number, shownRows: string) =>
      `Meeskonna tabel ${address}: ${shownRows} ${one(rows) ? "päev" : "päeva"}.`,
    chosenWeeks: (address: string, rows: number, shownRows: string) =>
      `Meeskonna tabel ${address}: ${shownRows} ${one(rows) ? "nädal" : "nädalat"}.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Meeskonna näitajad loetud: nende ainus rida on korras." : `Meeskonna näitajad loetud: kõik ${shownRows} rida on korras.`,
    problemsAnnounce: (count: number, shown: string) =>
      `Meeskonna tabelis on ${shown} ${one(count) ? "probleem" : "probleemi"}, need on loetletud lahtrite kaupa jaotises „Meeskonna näitajad“; midagi ei kirjutatud.`,
    roles: {
      period: "Kuupäev või nädala algus",
      scheduledHours: "Graafikutunnid",
      workedHours: "Töötatud tunnid",
      qualityScore: "Kvaliteedihinne (valikuline)",
      evaluations: "Hindamised (valikuline)",
      complaints: "Kaebused (valikuline)",
      contactsHandled: "Käsitletud kontaktid (valikuline)",
      leavers: "Lahkunud töötajad (valikuline)",
    },
    granularity: "Iga rida on",
    granularityDay: "Päev",
    granularityWeek: "Nädal",
    targetsHeading: "Eesmärgid",
    targetsExplain:
      "Roheline, kui eesmärk on täidetud või ületatud, kollane kuni kollase piirini, punane sealt edasi. Protsendid kujul 95, 95% või 0,95. Salvestatakse töövihikusse.",
    metrics: {
      attendance: "Kohalolek (%)",
      // Glossary: "puudumised / töölt puudumine": the rate is töölt puudumine.
      absenteeism: "Töölt puudumine (%)",
      // Glossary: "kvaliteedihinne ?", kept: the sheets and the headers the add-in reads say it.
      quality: "Kvaliteedihinne (%)",
      evaluations: "Hindamisi nädalas",
      complaintsPer1000: "Kaebusi 1000 kontakti kohta",
      leavers: "Lahkunud töötajaid nädalas",
    },
    target: "Eesmärk",
    // A traffic light's amber is kollane in Estonian.
    amber: "Kollane piir",
    targetOf: (metric: string) => `${metric}: eesmärk`,
    amberOf: (metric: string) => `${metric}: kollane piir`,
    higherBetter: "Suurem on parem.",
    lowerBetter: "Väiksem on parem.",
    amberWrongSideHigher: "Kollane piir peab olema eesmärgiga võrdne või sellest väiksem.",
    amberWrongSideLower: "Kollane piir peab olema eesmärgiga võrdne või sellest suurem.",
    storedUnreadable: "Selles töövihikus salvestatud meeskonna eesmärke ei õnnestunud lugeda; näidatakse vaikeväärtusi.",
    contactsFromActuals:
      "Tabelis on kaebused, kuid pole käsitletud kontakte: kasutatakse jaotises „Tegelikud andmed“ loetud vastatud kõnesid.",
    build: "Koosta meeskonna näitajate leht",
    building: "Kirjutan meeskonna näitajaid…",
    built: (sheetName: string) => `Meeskonna näitajad kirjutati lehele „${sheetName}“; eesmärgid salvestati töövihikusse.`,
    rebuilt: (sheetName: string) => `Meeskonna näitajad koostati uuesti: leht „${sheetName}“ asendati.`,
    replaceTitle: "Kas asendada meeskonna näitajate leht?",
    replaceBody: (sheetName: string) =>
      `Lehel „${sheetName}“ on meeskonna näitajad. Uuesti koostamine asendab ainult selle lehe; kõik, mida olete sellele lisanud, läheb kaotsi.`,
    resultHeading: "Kogu perioodi kohta",
    status: { green: "Roheline", amber: "Kollane", red: "Punane" },
    weeksRed: (count: string) => `Punase olekuga nädalaid: ${count}.`,
    notAvailable: "—",
  },

  client: {
    // Glossary: client report = "aruanne kliendile".
    heading: "Aruanne kliendile",
    explain:
      "Aruanne kliendile jaotises „Tegelikud andmed“ valitud perioodi kohta: kokkuvõte eesmärgi suhtes, miks teenindustase muutus, päevad, meeskonna nädalad ja soojuskaart. Ainult väärtused ja ilma kuludeta, nii et see näeb kliendi Excelis ka ilma lisandmoodulita samasugune välja.",
    needsActuals: "Lugege kõigepealt tegelikud andmed ning valige jaotises „Tegelikud andmed“ stsenaarium ja periood.",
    language: "Aruande keel",
    languageHint: "Ainult selle aruande jaoks: teised lehed kirjutatakse töövihiku keeles.",
    clientName: "Kliendi nimi (valikuline, pealkirja jaoks)",
    includeTeam: "Lisa meeskonna nädalad (loetud jaotises „Meeskonna näitajad“)",
    write: "Kirjuta aruanne kliendile",
    writing: "Kirjutan aruannet kliendile…",
    written: (sheetName: string) => `Aruanne kliendile kirjutati lehele „${sheetName}“: ainult väärtused, valemeid pole.`,
    rewritten: (sheetName: string) => `Aruanne kliendile koostati uuesti: leht „${sheetName}“ asendati.`,
    replaceTitle: "Kas asendada aruanne kliendile?",
    replaceBody: (sheetName: string) =>
      `Lehel „${sheetName}“ on see aruanne kliendile. Uuesti kirjutamine asendab ainult selle lehe; kõik, mida olete sellele lisanud, läheb kaotsi.`,
    copyHeading: "Kliendi koopia",
    copyExplain:
      "Eraldi töövihik kliendile, mis avatakse Excelis: ainult märgitud lehed, väärtustena, ilma valemite, kulude, stsenaariumi seadete ja peidetud lehtedeta. Seda töövihikut ei muudeta.",
    copyReport: "Aruanne kliendile",
    copyPlan: (name: string) => `Plaan „${name}“ väärtustena, ilma kuludeta`,
    copyCapacity: (name: string) => `Mahuplaan „${name}“: nädalad ja värbamised väärtustena, ilma kuludeta`,
    makeCopy: "Tee kliendi koopia",
    making: "Teen kliendi koopiat…",
    made: (sheets: string, size: string) =>
      `Kliendi koopia avati uue töövihikuna: ${sheets} (${size} KB). Salvestage see ja saatke kliendile.`,
  },

  fields: {
    intervalMinutes: "Intervalli pikkus",
    targetServiceLevel: "Teenindustaseme eesmärk",
    targetSeconds: "Vastamise sihtaeg",
    targetAsaSeconds: "Keskmise vastamisaja eesmärk",
    maxOccupancy: "Suurim koormus",
    patienceSeconds: "Ootekannatlikkus",
    abandonRule: "Loobunud kõnede arvestus",
    shrinkage: "Tööaja kadu",
    paidHoursPerFteWeek: "Tasustatud tunnid FTE kohta nädalas",
    operatingDaysPerWeek: "Lahtiolekupäevi nädalas",
    costPerAgentHour: "Klienditeenindajatunni maksumus",
    defaultAhtSeconds: "Vaikimisi käsitlusaeg",
    volumeFactor: "Maht",
    ahtFactor: "Käsitlusaeg",
  },

  units: {
    percent: "%",
    seconds: " s",
    hours: " h",
    days: (count: number) => (one(count) ? " päev" : " päeva"),
    factor: "×",
    weeks: (count: number) => (one(count) ? " nädal" : " nädalat"),
    none: "",
  },

  problems: {
    required: "Sisestage väärtus.",
    notANumber: (value: string) => `„${value}“ ei ole arv. Kasutage numbreid ning kümnendkohtade jaoks koma või punkti.`,
    atLeast: (value: string) => `vähemalt ${value}`,
    moreThan: (value: string) => `suurem kui ${value}`,
    atMost: (value: string) => `kõige rohkem ${value}`,
    lessThan: (value: string) => `väiksem kui ${value}`,
    outOfRange: (lower: string, upper: string) => `Peab olema ${lower} ja ${upper}.`,
    atLeastOnly: (lower: string) => `Peab olema ${lower}.`,
    notWhole: (value: string) => `${value} ei ole täisarv; sisestage täisarv.`,
    notAllowed: (allowed: string) => `Valige üks neist: ${allowed}.`,
    listSeparator: ", ",
    ambiguousNumber: (value: string, grouped: string, decimal: string) =>
      `„${value}“ võib olla ${grouped} või ${decimal}. Kumba mõtlesite?`,
    useReading: (shown: string) => `See on ${shown}`,
  },

  forecastProblems: {
    // Genitive: every sentence below names "the calls' …" (kõnede väärtus, kõnede veerg).
    roles: { date: "kuupäeva", interval: "intervalli", calls: "kõnede", aht: "käsitlusaja" },
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: „${value}“ on tekst; ${column} väärtus peab olema arv.`,
    errorInCell: (cell: string, value: string) => `${cell}: lahtris on ${value}; parandage selle valem või sisestage väärtus.`,
    negativeCalls: (cell: string, value: string) => `${cell}: kõnede arv ei saa olla negatiivne (${value}).`,
    missingCalls: (cell: string) => `${cell}: kõnede arv puudub; sisestage 0, kui intervallis kõnesid pole.`,
    ahtIsTime: (cell: string, value: string, seconds: string) =>
      `${cell}: ${value} on kellaaeg, aga käsitlusaeg loetakse sekundites; sisestage selle asemel ${seconds} (sekundit).`,
    defaultAhtInvalid: (value: string, min: string, max: string) =>
      `Vaikimisi käsitlusaeg (${value}) peab olema sekundite arv vahemikus ${min} kuni ${max}.`,
    missingDate: (cell: string) => `${cell}: kuupäev puudub; selles prognoosis on kuupäevad, seega vajab iga rida oma kuupäeva.`,
    notADate: (cell: string, value: string) =>
      `${cell}: „${value}“ ei ole kuupäev ega kellaaeg, mida Excel tunneb; sisestage see kuupäevana (ja kellaajana).`,
    repeatedInterval: (cell: string, first: string) =>
      `${cell}: see intervall algab samal hetkel kui ${first}; iga intervall võib esineda ainult üks kord.`,
    repeatedTime: (cell: string, first: string) =>
      `${cell}: see kellaaeg on juba lahtris ${first}; mitme päeva prognoos vajab igale reale kuupäeva (kuupäeva veerg või kuupäevad ja kellaajad intervalli veerus).`,
    intervalStep: (cell: string, step: string, chosen: string) =>
      `${cell}: see intervall algab ${step} min pärast eelmist, kuid eesmärkide all valitud intervalli pikkus on ${chosen} min. Valige pikkus, mida prognoos kasutab, või parandage kellaajad.`,
    longerThanADay: (cell: string, rows: string, chosen: string) =>
      `${cell}: ${rows} intervalli pikkusega ${chosen} min on kokku rohkem kui üks päev; lisage ridadele kuupäevad (kuupäeva veerg või kuupäevad ja kellaajad intervalli veerus).`,
    ahtOutOfRange: (cell: string, value: string, min: string, max: string) =>
      `${cell}: käsitlusaeg peab olema ${min} kuni ${max} sekundit (${value}).`,
    missingAht: (cell: string) => `${cell}: käsitlusaeg puudub; sisestage see või andke eespool vaikimisi käsitlusaeg.`,
    missingInterval: (cell: string) => `${cell}: intervall puudub; sisestage selle algusaeg.`,
    columnNotFound: (column: string) => `Ei tuvastatud ${column} veergu; valige see jaotises „Veerud“.`,
    sameColumnTwice: (column: string, other: string) => `Valitud ${column} ja ${other} veerg on sama; valige erinevad veerud.`,
    noDataRows: "Päiste all pole andmeridu.",
    tooManyRows: (rows: string, limit: string) => `Prognoosis on ${rows} rida; planeerida saab kõige rohkem ${limit}.`,
  },

  capacityProblems: {
    weeklyAttritionTooHigh: (weekly: string) =>
      `See tähendab, et igal nädalal lahkub ${weekly} meeskonnast: rohkem kui kõik. Kontrollige näitajat ja selle perioodi (kas aastamäär on sisestatud kuumäärana?).`,
    minAboveMax: (min: string, max: string) => `Väikseim rühm (${min}) on suurem kui suurim (${max}).`,
    notADate: (value: string) => `„${value}“ ei ole kuupäev; valige kuupäev.`,
    notAnAddress: (value: string) =>
      `„${value}“ ei ole vahemik; kirjutage see kujul Leht!B2:B53 või valige lahtrid ja vajutage „Kasuta valikut“.`,
    addressWithoutSheet: (value: string) => `Öelge, milline leht: Leht!${value}, või valige lahtrid ja vajutage „Kasuta valikut“.`,
  },

  weeksProblems: {
    // Nominative: every sentence below names the column's figure as its subject.
    columns: { volume: "kõnede arv", fte: "vajalik FTE", hires: "värvatute arv" },
    weeksNotOneColumn: (address: string) => `${address} on rohkem kui üks veerg; andke üks veerg, üks lahter nädala kohta.`,
    noWeeks: (address: string) => `${address} ei sisalda ühtki nädalat: see on tühi.`,
    tooManyWeeks: (weeks: string, limit: string) => `See on ${weeks} nädalat; mahuplaanis saab olla kõige rohkem ${limit}.`,
    blankWeek: (cell: string, week: string, column: string) =>
      `${cell}: ${week}. nädalal puudub ${column}; sisestage arv (0, kui pole).`,
    textInWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: ${week}. nädala ${column} „${value}“ on tekst; sisestage arv.`,
    errorInWeek: (cell: string, week: string, value: string) =>
      `${cell}: ${week}. nädala lahtris on ${value}; parandage selle valem või sisestage väärtus.`,
    negativeWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: ${week}. nädala ${column} ei saa olla negatiivne (${value}).`,
  },

  actualsProblems: {
    actualsWithoutDates:
      "Tegelikes andmetes pole kuupäevi: valige jaotises „Veerud“ kuupäeva veerg või kuupäevade ja kellaaegadega veerg.",
    notATime: (cell: string, value: string) =>
      `${cell}: „${value}“ ei ole kellaaeg; tegelikud andmed sobitatakse plaaniga algusaegade järgi.`,
    secondsAsTime: (cell: string, column: string, value: string, seconds: string) =>
      `${cell}: ${value} on kellaaeg, aga „${column}“ loetakse sekundites; sisestage selle asemel ${seconds}.`,
    ahtNotPositive: (cell: string, value: string) =>
      `${cell}: kui kõnedele vastati, peab käsitlusaeg olema üle 0 sekundi (${value}).`,
    columnNotFound: (column: string) => `Veergu „${column}“ ei tuvastatud; valige see jaotises „Veerud“.`,
    answeredWithinNotFound:
      "Ei tuvastatud ei sihtaja jooksul vastatud kõnede ega teenindustaseme veergu; valige üks neist jaotises „Veerud“.",
    sameColumnTwice: (column: string, other: string) => `„${column}“ ja „${other}“ on sama veerg; valige erinevad veerud.`,
    noDataRows: "Päiste all pole andmeridu.",
    tooManyRows: (rows: string, limit: string) =>
      `Tegelikes andmetes on ${rows} rida; lugeda saab kõige rohkem ${limit} (kuu jagu veerandtunde).`,
  },

  teamProblems: {
    missingPeriod: (cell: string) => `${cell}: kuupäev puudub; iga rida vajab päeva või nädala esimest päeva.`,
    notADate: (cell: string, value: string) =>
      `${cell}: „${value}“ ei ole kuupäev, mida Excel tunneb; sisestage päev või nädala esimene päev.`,
    repeatedPeriod: (cell: string, first: string) =>
      `${cell}: see kuupäev on juba lahtris ${first}; iga päev või nädal võib esineda ainult üks kord.`,
    columnNotFound: (column: string) => `Veergu „${column}“ ei tuvastatud; valige see jaotises „Veerud“.`,
    sameColumnTwice: (column: string, other: string) => `„${column}“ ja „${other}“ on sama veerg; valige erinevad veerud.`,
    contactsNeeded:
      "Kaebusi arvestatakse 1000 käsitletud kontakti kohta: valige kontaktide veerg või lugege kõigepealt tegelikud andmed (kasutatakse nende vastatud kõnesid).",
    noDataRows: "Päiste all pole andmeridu.",
    tooManyRows: (rows: string, limit: string) => `Meeskonna tabelis on ${rows} rida; lugeda saab kõige rohkem ${limit}.`,
  },

  numberProblems: {
    missingValue: (cell: string, column: string) => `${cell}: „${column}“ puudub; sisestage 0, kui neid polnud.`,
    errorInCell: (cell: string, value: string) => `${cell}: lahtris on ${value}; parandage selle valem või sisestage väärtus.`,
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: „${value}“ on tekst; „${column}“ peab olema arv.`,
    negativeValue: (cell: string, column: string, value: string) => `${cell}: „${column}“ ei saa olla negatiivne (${value}).`,
    notAPercent: (cell: string, column: string, value: string) =>
      `${cell}: „${column}“ ${value} on üle 100%; sisestage protsent, näiteks 92% (või 0,92).`,
  },

  performanceProblems: {
    noActualsInPeriod: "Tegelikes andmetes pole selle perioodi intervalle; valige muu periood.",
    abandonedWithinNeeded:
      "Stsenaariumi leping jätab lühikesed loobumised teenindustasemest välja (või loeb need sihtajaks vastatuks), seega vajavad tegelikud andmed sihtaja jooksul loobunud kõnede veergu.",
    nothingToMeasure: "Ükski perioodi kõne ei lähe teenindustaseme arvestusse, seega teenindustaset pole.",
    intervalNotModelled: (cell: string, argument: string) =>
      `${cell}: selle intervalli ${argument} väärtus on väljaspool seda, mida järjekorramudel lubab; kontrollige rida.`,
    // Genitive, as errors.arguments: "plaanitud kõnede väärtus".
    arguments: {
      plan_calls: "plaanitud kõnede",
      actual_calls: "pakutud kõnede",
      plan_aht: "plaanitud käsitlusaja",
      actual_aht: "käsitlusaja",
      plan_staff: "plaanitud töötajate",
      actual_staff: "töötajate",
      plan_shrinkage: "plaanitud tööaja kao",
      actual_shrinkage: "tööaja kao",
      actual_adherence: "graafikust kinnipidamise",
      target_time: "vastamise sihtaja",
      interval: "intervalli pikkuse",
    },
  },

  rosterProblems: {
    rosterNotOneColumn: (address: string) => `${address} on rohkem kui üks veerg; valige üks klienditeenindajate veerg.`,
    rosterLengthMismatch: (rosterRows: string, forecastRows: string) =>
      `Graafiku lahtreid on ${rosterRows}, prognoosi intervalle ${forecastRows}; valige üks lahter intervalli kohta.`,
    textInRosterCell: (cell: string, value: string) => `${cell}: „${value}“ on tekst; sisestage klienditeenindajate arv.`,
    negativeRosterCell: (cell: string, value: string) => `${cell}: klienditeenindajate arv ei saa olla negatiivne (${value}).`,
    missingRosterCell: (cell: string) => `${cell}: tühi; sisestage 0, kui graafikus pole kedagi.`,
  },

  clientSafetyProblems: {
    formula: (place: string, text: string) => `${place} sisaldab endiselt valemit ${text}; kliendi koopias on ainult väärtused.`,
    formulaText: (place: string, text: string) => `${place} sisaldab teksti, mida Excel loeks valemiks (${text}).`,
    wfmReference: (place: string, text: string) =>
      `${place} viitab lisandmooduli funktsioonidele (${text}); ilma lisandmoodulita näitaks see #NAME?.`,
    notFinite: (place: string) => `${place} sisaldab arvu, mis ei ole lõplik.`,
    places: {
      cell: (address: string) => address,
      highlight: (address: string) => `Tingimusvorming vahemikus ${address}`,
      chart: (address: string) => `Diagramm kohas ${address}`,
      table: (address: string) => `Tabel kohas ${address}`,
    },
  },

  errors: {
    forecastProblems: (count: number, shown: string) =>
      `Prognoosis on ${shown} ${one(count) ? "probleem" : "probleemi"}; midagi ei kirjutatud.`,
    rosterProblems: (count: number, shown: string) =>
      `Graafikus on ${shown} ${one(count) ? "probleem" : "probleemi"}; midagi ei kirjutatud.`,
    invalidTargets: (count: number, shown: string) =>
      `${shown} ${one(count) ? "eesmärk" : "eesmärki"} vajab parandamist; midagi ei kirjutatud.`,
    targetUnreachable: (interval: string, cell: string) =>
      `Intervallis ${interval} (${cell}) ei täida eesmärki ükski mehitatus. Langetage eesmärki või tõstke suurimat koormust.`,
    trafficTooHigh: (interval: string, cell: string, erlangs: string, limit: string) =>
      `Intervallis ${interval} (${cell}) annavad kõned × käsitlusaeg ${erlangs} erlangit, rohkem kui lisandmooduli modelleeritav ${limit}; kontrollige prognoosi rida ja selle ühikuid.`,
    queueTooLong: (interval: string, cell: string, callers: string, limit: string) =>
      `Intervallis ${interval} (${cell}) saabuks ühe keskmise ootekannatlikkuse jooksul ${callers} helistajat, rohkem kui lisandmooduli jälgitav ${limit}; kasutage lühemat ootekannatlikkust või jätke see tühjaks.`,
    targetMetByAbandons: (interval: string, cell: string, share: string, target: string) =>
      `Intervallis ${interval} (${cell}) täidavad sihtaja jooksul loobuvad helistajad (${share} ootajatest) juba ${target} eesmärgi, kui loobunud kõned loetakse sihtajaks vastatuks, nii et klienditeenindajaid poleks vaja. Valige sihtaja jooksul loobunud kõnede jaoks muu arvestus.`,
    loadOutOfRange: (interval: string, cell: string, argument: string) =>
      `Intervalli ${interval} (${cell}) ${argument} väärtus on järjekorraarvutuse jaoks liiga suur; kontrollige prognoosi rida.`,
    arguments: { calls: "kõnede", aht: "käsitlusaja", traffic: "töömahu", agents: "klienditeenindajate", patience: "ootekannatlikkuse" },
    sheetExists: (sheetName: string) => `Leht „${sheetName}“ on juba olemas.`,
    notGenerated: (sheetName: string) =>
      `Leht nimega „${sheetName}“ on teie oma, mitte lisandmooduli koostatud, seega jäeti see puutumata. Nimetage ümber see leht või stsenaarium.`,
    sheetNotFound: (sheetName: string) => `Lehte „${sheetName}“ enam pole.`,
    tableNotFound: (tableName: string) => `Tabelit ${tableName} enam pole; valige prognoos uuesti.`,
    scenarioNotFound: "Seda stsenaariumi pole enam töövihikus; loendit värskendati.",
    scenarioNameTaken: (name: string) => `Stsenaarium nimega „${name}“ on juba olemas; valige teine nimi.`,
    scenarioNameEmpty: "Andke stsenaariumile nimi.",
    tooFewScenarios: "Võrdlemiseks märkige vähemalt kaks stsenaariumi.",
    selectionNotUsable: (address: string) =>
      `Valik ${address} ei ole andmeplokk. Valige prognoosi lahtrid koos päistega ja proovige uuesti.`,
    invalidAddress: (address: string) => `„${address}“ ei ole selle töövihiku vahemik.`,
    storedScenariosUnreadable:
      "Selles töövihikus salvestatud stsenaariume ei õnnestunud lugeda. Stsenaariumi salvestamine alustab uut loendit.",
    weeksProblems: (count: number, shown: string) =>
      `Nädalate veerus on ${shown} ${one(count) ? "probleem" : "probleemi"}; midagi ei kirjutatud.`,
    invalidCapacityInputs: (count: number, shown: string) =>
      `${shown} ${one(count) ? "mahuplaani sisend" : "mahuplaani sisendit"} vajab parandamist; midagi ei kirjutatud.`,
    sourceScenarioNotFound: (name: string) =>
      `Stsenaariumi, mille järgi mahuplaan „${name}“ mehitatust arvutab, pole enam töövihikus; laadige plaan ja valige teine stsenaarium.`,
    // Töömaht, not koormus: the glossary gives koormus to occupancy.
    weekNotComputable: (week: string, calls: string, interval: string) =>
      `${week}. nädalat (${calls} kõnet) ei saa mehitada: intervallis ${interval} on eesmärk kättesaamatu või töömaht liiga suur. Kontrollige selle nädala mahtu.`,
    patternWithoutCalls: (name: string) =>
      `Stsenaariumi „${name}“ prognoosis pole kõnesid, seega ei saa seda nädala mahule skaleerida.`,
    capacityNotComputable:
      "Ühe nädala puudujäägi katmiseks oleks vaja üle 10 miljoni värvatu: kontrollige voolavuse näitajat ja selle perioodi ning seda, et vajalik FTE on tõesti FTE.",
    storedCapacityUnreadable:
      "Selles töövihikus salvestatud mahuplaane ei õnnestunud lugeda. Mahuplaani salvestamine alustab uut loendit.",
    capacitySheetChanged: (sheetName: string) =>
      `Lehe „${sheetName}“ nädalate tabel pole enam seal, kuhu lisandmoodul selle kirjutas; koostage mahuplaan uuesti.`,
    actualsProblems: (count: number, shown: string) =>
      `Tegelikes andmetes on ${shown} ${one(count) ? "probleem" : "probleemi"}; midagi ei kirjutatud.`,
    performanceProblems: (count: number, shown: string) =>
      `Tegelikke andmeid ei saa selle plaaniga võrrelda (${shown} ${one(count) ? "probleem" : "probleemi"}); midagi ei kirjutatud.`,
    teamProblems: (count: number, shown: string) =>
      `Meeskonna tabelis on ${shown} ${one(count) ? "probleem" : "probleemi"}; midagi ei kirjutatud.`,
    clientCopyEmpty: "Märkige vähemalt üks leht, mis kliendi koopiasse panna.",
    invalidTeamTargets: (count: number, shown: string) =>
      `${shown} meeskonna ${one(count) ? "eesmärk" : "eesmärki"} vajab parandamist; midagi ei kirjutatud.`,
    excelFailed: (operation: string, detail: string) => `Excel keeldus sammust (${operation}): ${detail}.`,
    rolledBack: "Pooleli jäänud leht eemaldati; töövihik on endine.",
    clientCopyNotSupported: (requirement: string) =>
      `See Exceli versioon ei saa lisandmoodulist uut töövihikut avada (selleks on vaja ${requirement}: Excel 2019 või uuem, Microsoft 365 või Exceli veebirakendus). Midagi ei loodud.`,
    clientCopyUnsafe: (count: number, shown: string) =>
      `Kliendi koopiat ei tehtud: ${shown} ${one(count) ? "koht ei ole" : "kohta ei ole"} ainult väärtused. Midagi ei loodud.`,
    clientCopyInvalid: (detail: string) => `Kliendi koopiat ei saanud koostada: ${detail}. Midagi ei loodud.`,
    operations: {
      createSampleForecast: "näidisprognoosi kirjutamine",
      readForecast: "prognoosi lugemine",
      buildPlan: "plaani kirjutamine",
      compareScenarios: "võrdluse kirjutamine",
      checkRoster: "graafiku kontrollimine",
      saveScenarios: "stsenaariumide salvestamine",
      loadScenarios: "stsenaariumide lugemine",
      listTables: "tabelite loetlemine",
      buildCapacityPlan: "mahuplaani kirjutamine",
      compareCapacityScenarios: "mahuplaanide võrdluse kirjutamine",
      previewCapacityPlan: "mahuplaani arvutamine",
      capacityClientCopy: "mahuplaani lugemine",
      saveCapacityScenario: "mahuplaani salvestamine",
      loadCapacityScenarios: "mahuplaanide lugemine",
      createSampleActuals: "tegelike andmete näidise kirjutamine",
      readActuals: "tegelike andmete lugemine",
      buildPerformance: "tulemuste lehe kirjutamine",
      readTeamMetrics: "meeskonna näitajate lugemine",
      loadTeamTargets: "meeskonna eesmärkide lugemine",
      buildTeamMetrics: "meeskonna näitajate kirjutamine",
      makeClientCopy: "kliendi koopia tegemine",
      buildClientReport: "kliendile aruande kirjutamine",
      createClientCopy: "kliendi koopia avamine",
      getWorkbookCulture: "töövihiku arvuseadete lugemine",
    },
    otherOperation: "töö töövihikuga",
  },
} satisfies Translation<Strings>;
