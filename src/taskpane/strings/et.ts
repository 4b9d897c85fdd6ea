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

  forecast: {
    heading: "Prognoos",
    explain:
      "Valige prognoosi lahtrid koos päistega või valige Exceli tabel. Veerud leitakse päiste järgi: intervall või aeg, kõned või maht, käsitlusaeg või AHT (eesti, inglise või portugali keeles).",
    useSelection: "Kasuta valikut",
    tableLabel: "Exceli tabel",
    tablePlaceholder: "Valige tabel",
    noTables: "Selles töövihikus pole veel Exceli tabeleid.",
    useTable: "Kasuta tabelit",
    refreshTables: "Värskenda tabelite loendit",
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
    moreProblems: (count: string) => `…ja veel ${count}.`,
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
    cancel: "Loobu",
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
    comparisonPeak: "Tipp",
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
    chooseScenario: "Valige stsenaarium",
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
    cancel: "Loobu",
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
    days: " päeva",
    factor: "×",
    weeks: " nädalat",
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
      writePlan: "plaani kirjutamine",
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
      createClientCopy: "kliendi koopia avamine",
      getWorkbookCulture: "töövihiku arvuseadete lugemine",
    },
    otherOperation: "töö töövihikuga",
  },
} satisfies Translation<Strings>;
