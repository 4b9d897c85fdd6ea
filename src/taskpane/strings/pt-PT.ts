/**
 * The task pane in European Portuguese: a translation of en.ts, key for key (translation.ts),
 * with the same values in each text, in the 1990 spelling agreement and Excel's own words in
 * Portugal (folha, livro, separador Base, guardar, eliminar). The terms are those of the sheets
 * (src/planner/labels.pt-PT.ts), the function help and docs/README.pt.md, one per concept, from
 * ../shared/glossary.md; where a term differs from the glossary, a comment says why. Where it
 * differs from pt-BR: objetivos (not metas), operadores (not atendentes), ETI (not FTE),
 * formação (not treinamento), tempo-alvo, "a + infinitive" (not the gerund).
 *
 * Counts: `one` follows CLDR's plural rules for European Portuguese (only 1 is singular).
 */
import type { Strings } from "./en";
import type { Translation } from "./translation";

const rules = new Intl.PluralRules("pt-PT");
/** Whether a count takes the singular noun; a text that spells out "one" tests count === 1 instead. */
const one = (count: number) => rules.select(count) === "one";

export const ptPT = {
  app: {
    // Glossary: staffing plan = "dimensionamento".
    title: "Planeador de dimensionamento",
    intro:
      "Transforme uma previsão de chamadas e tempos de atendimento numa folha de dimensionamento e depois pergunte «e se»: mais volume, outro objetivo; veja os cenários lado a lado.",
    introSample: "Primeira vez? Crie uma previsão de exemplo e experimente todos os passos num minuto.",
    createSample: "Criar previsão de exemplo",
    introSampleActuals:
      "A olhar para trás? Crie dados reais de exemplo: um mês de intervalos do ACD que seguem a previsão de exemplo, e indicadores da equipa por semana.",
    createSampleActuals: "Criar dados reais de exemplo",
    notInExcel:
      "O Excel não está disponível aqui: abra este painel no botão Planeador de dimensionamento do separador Base do Excel.",
    busy: "A trabalhar…",
    unexpectedFailure: (detail: string) => `Ocorreu um erro inesperado: ${detail}. Tente novamente.`,
    dismissStatus: "Fechar mensagem",
    dismissGlyph: "×",
    sections: "Passos do planeamento",
    stepHeading: (number: string, title: string) => `${number}. ${title}`,
    language: "Idioma",
    languageAutomatic: (name: string) => `Como no Office (${name})`,
  },

  sample: {
    working: "A gravar a previsão de exemplo…",
    done: (sheetName: string, intervals: string) =>
      `Previsão de exemplo gravada na folha «${sheetName}» (${intervals} meias horas). É agora a previsão; defina os objetivos e gere o dimensionamento.`,
  },

  // Terms of the steps below: dados reais (actuals), desempenho (performance), indicadores da
  // equipa (team metrics), assiduidade, absentismo, nota de qualidade, aderência ao horário,
  // reclamações, saídas (leavers), relatório para o cliente: as the sheets and the function help
  // say them (src/planner/labels.pt-PT.ts).
  sampleActuals: {
    working: "A gravar os dados reais e os indicadores da equipa de exemplo…",
    done: (actualsSheet: string, teamSheet: string, intervals: string) =>
      `Dados reais de exemplo gravados em «${actualsSheet}» (${intervals} meias horas de março de 2025) e indicadores da equipa em «${teamSheet}». São agora os dados reais e a tabela da equipa; escolha um cenário e um período em Dados reais.`,
  },

  forecast: {
    heading: "Previsão",
    explain:
      "Selecione as células da previsão, com os cabeçalhos, ou escolha uma tabela do Excel. As colunas são encontradas pelos cabeçalhos: intervalo ou hora, chamadas ou volume, TMA ou tempo de atendimento (em português, inglês ou estoniano).",
    readingSelection: "A ler as células selecionadas…",
    readingTable: (tableName: string) => `A ler a tabela ${tableName}…`,
    none: "Nenhuma previsão escolhida ainda.",
    // Glossary: "chamadas oferecidas / recebidas"; plain "chamadas" where they are counted.
    chosen: (address: string, intervals: number, shownIntervals: string, shownCalls: string) =>
      `Previsão ${address}: ${shownIntervals} ${one(intervals) ? "intervalo" : "intervalos"}, total de chamadas ${shownCalls}.`,
    spansDays: (days: number, shownDays: string) => (days === 1 ? "Uma data." : `${shownDays} datas.`),
    intervalsOf: (minutes: string) => `As linhas começam a cada ${minutes} min.`,
    chosenWithProblems: (address: string, shownValid: string, shownTotal: string) =>
      `Previsão ${address}: ${shownValid} de ${shownTotal} linhas podem ser usadas como estão.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Previsão lida: a única linha é válida." : `Previsão lida: todas as ${shownRows} linhas são válidas.`,
    mappingHeading: "Colunas",
    mappingExplain: "Verifique que coluna contém o quê. Mude a escolha se um cabeçalho não tiver sido reconhecido.",
    dateColumn: "Coluna de data",
    noDateColumn: "Nenhuma",
    noDateColumnHint: "Padrão de um só dia, ou datas e horas na coluna de intervalo.",
    intervalColumn: "Coluna de intervalo",
    callsColumn: "Coluna de chamadas",
    // Glossary: AHT = "tempo médio de atendimento (TMA)"; TMA in the pane, as planners say it.
    ahtColumn: "Coluna de TMA (segundos)",
    noColumn: "Não escolhida",
    noAhtColumn: "Nenhuma",
    noAhtColumnHint: "Todas as linhas usam o TMA padrão abaixo.",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Coluna ${position}` : `${header} (coluna ${position})`,
    recognised: "Reconhecida pelo cabeçalho.",
    chosenByHand: "Escolhida manualmente.",
    defaultAht: "TMA padrão (segundos)",
    defaultAhtProblem: (problem: string) => `TMA padrão: ${problem}`,
    defaultAhtHint: "Para as linhas sem TMA, ou para todas quando não há coluna de TMA.",
    applyMapping: "Ler novamente com estas colunas",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "problema" : "problemas"} a corrigir antes de gravar qualquer coisa`,
    problemsAnnounce: (count: number, shown: string) =>
      `A previsão tem ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Previsão; nada foi gravado.`,
  },

  targets: {
    heading: "Objetivos",
    explain: "Escreva as casas decimais com vírgula ou ponto: 0,8 e 0.8 são a mesma coisa.",
    intervalMinutes: "Duração do intervalo",
    intervalOption: (minutes: number) => `${minutes} minutos`,
    goal: "Objetivo",
    goalServiceLevel: "Nível de serviço: X% atendidas em Y segundos",
    // Glossary: ASA = "tempo médio de espera (TME)".
    goalAsa: "Tempo médio de espera (TME)",
    targetServiceLevel: "Objetivo de nível de serviço (%)",
    targetSeconds: "Tempo-alvo de atendimento (segundos)",
    targetSecondsAsaHint: "Serve para mostrar o nível de serviço ao lado do TME.",
    targetAsaSeconds: "Objetivo de TME (segundos)",
    maxOccupancy: "Taxa de ocupação máxima (%)",
    maxOccupancyHint: "Deixe em branco para não limitar.",
    patienceSeconds: "Paciência do cliente (segundos, opcional)",
    patienceHint: "Com uma paciência, os clientes podem desligar enquanto esperam (Erlang A); em branco, supõe-se que esperam (Erlang C).",
    abandonRule: "Chamadas abandonadas dentro do tempo-alvo",
    abandonRuleMiss: "Contar como não atendidas no tempo",
    abandonRuleExclude: "Deixar fora do nível de serviço",
    abandonRuleMet: "Contar como atendidas no tempo",
    // Glossary: "shrinkage / indisponibilidade ?". The Portuguese word is the term; the English
    // one, which Portuguese WFM teams also use, is given in brackets where it is explained.
    shrinkage: "Indisponibilidade (%)",
    shrinkageHint: "Tempo pago fora do atendimento (shrinkage): pausas, formação, ausências.",
    paidHours: "Horas pagas por ETI por semana",
    operatingDays: "Dias de funcionamento por semana",
    operatingDaysHint:
      "Dias em que a operação funciona: uma previsão de um dia é aplicada a cada um deles para os ETI; uma semana incompleta de uma previsão mais longa conta no máximo esse número.",
    // Glossary: agents = "operadores / assistentes"; operadores throughout.
    cost: "Custo por hora de operador (opcional)",
    adjustmentsHeading: "Ajustar a previsão",
    volumeFactor: "Volume de chamadas",
    volumeFactorHint: "1 ou 100% é como previsto; +10% ou 1,1 significa 10% mais chamadas; 90% significa 90% delas.",
    ahtFactor: "TMA",
    ahtFactorHint: "1 ou 100% é como previsto; −5% ou 0,95 significa chamadas 5% mais curtas.",
    factorResult: (factor: string) => `= ×${factor}`,
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Um campo tem de ser corrigido; indica o que está errado."
        : `${shown} campos têm de ser corrigidos; cada um indica o que está errado.`,
  },

  plan: {
    heading: "Dimensionamento",
    explain:
      "Gera uma nova folha para o cenário: um resumo, uma tabela de fórmulas WFM vivas e um gráfico de operadores necessários e pessoas escaladas. As outras folhas nunca são alteradas.",
    scenarioName: "Nome do cenário",
    defaultScenarioName: "Cenário base",
    build: "Gerar dimensionamento",
    save: "Guardar cenário",
    needsForecast: (step: string) => `Escolha primeiro uma previsão (passo ${step}).`,
    building: (name: string) => `A gerar o dimensionamento de ${name}…`,
    saving: (name: string) => `A guardar o cenário ${name}…`,
    built: (sheetName: string) => `Dimensionamento gravado na folha «${sheetName}».`,
    rebuilt: (sheetName: string) => `Dimensionamento gerado novamente: a folha «${sheetName}» foi substituída.`,
    saved: (name: string) => `Cenário «${name}» guardado no livro.`,
    rebuildTitle: "Gerar novamente o dimensionamento?",
    rebuildBody: (sheetName: string) =>
      `A folha «${sheetName}» contém o dimensionamento deste cenário. Gerar novamente substitui apenas essa folha; tudo o que lhe tiver acrescentado perde-se.`,
    rebuildConfirm: "Gerar novamente",
    summaryHeading: (name: string) => `Dimensionamento: ${name}`,
    showSheet: "Mostrar a folha",
    peakAgents: "Pico de operadores necessários",
    // Glossary: staff scheduled = "pessoas escaladas ?", kept: escala is the roster here too.
    peakScheduled: "Pico de pessoas escaladas",
    hoursScheduled: "Horas de operador escaladas",
    // Glossary: FTE = "ETI (equivalente a tempo inteiro)".
    fte: "ETI",
    weekFte: "ETI, semana média",
    peakWeekFte: "ETI, semana de maior volume",
    dayServiceLevel: "Nível de serviço do dia",
    dayAsa: "TME do dia",
    dayAbandon: "Taxa de abandono do dia",
    dayCost: "Custo do dia",
    periodServiceLevel: (days: string) => `Nível de serviço, ${days} dias`,
    periodAsa: (days: string) => `TME, ${days} dias`,
    periodAbandon: (days: string) => `Taxa de abandono, ${days} dias`,
    periodCost: (days: string) => `Custo dos ${days} dias`,
    weeksHeading: "Por semana",
    weeksExplain:
      "As semanas têm 7 dias a partir da primeira data. ETI = horas escaladas da semana ÷ horas pagas por ETI por semana; uma semana incompleta conta apenas os dias de funcionamento que contém.",
    weekStart: "Semana de",
    weekDays: "Dias",
    daysHeading: "Por dia",
    day: "Data",
    dayHours: "Horas",
    daySl: "NS",
  },

  scenarios: {
    heading: "Cenários",
    explain: "Os cenários são guardados dentro do livro e acompanham o ficheiro. Marque dois ou mais para comparar.",
    none: (step: string) => `Ainda não há cenários: guarde um no passo ${step}.`,
    listLabel: "Cenários guardados",
    actions: (name: string) => `Ações de ${name}`,
    actionsShort: "Ações",
    open: "Carregar no formulário",
    build: "Gerar dimensionamento",
    rename: "Mudar o nome…",
    duplicate: "Duplicar com alterações…",
    remove: "Eliminar…",
    compare: "Comparar selecionados",
    compareHint: "Marque pelo menos dois cenários.",
    comparing: "A gravar a comparação…",
    compared: (sheetName: string) => `Comparação gravada na folha «${sheetName}».`,
    comparisonHeading: "Lado a lado",
    comparisonScenario: "Cenário",
    comparisonFte: "ETI",
    comparisonDifference: "Variação",
    comparisonServiceLevel: "NS",
    loaded: (name: string) => `Cenário «${name}» carregado no formulário.`,
    describe: (goal: string, shrinkage: string, adjustments: string) =>
      [goal, `indisponibilidade ${shrinkage}`, adjustments].filter((part) => part !== "").join(" · "),
    describeServiceLevel: (percent: string, seconds: string) => `${percent} em ${seconds} s`,
    describeAsa: (seconds: string) => `TME ${seconds} s`,
    describeVolume: (change: string) => `volume de chamadas ${change}`,
    describeAht: (change: string) => `TMA ${change}`,
    renameTitle: "Mudar o nome do cenário",
    renameLabel: "Novo nome",
    renameConfirm: "Mudar o nome",
    renamed: (from: string, to: string) => `O cenário «${from}» passou a chamar-se «${to}».`,
    duplicateTitle: "Duplicar com alterações",
    duplicateExplain: "A cópia parte deste cenário; deixe um campo em branco para manter o respetivo valor.",
    duplicateName: "Nome da cópia",
    duplicateDefaultName: (name: string) => `${name} (cópia)`,
    volumeChange: "Variação do volume (%)",
    volumeChangeHint: "Por exemplo +10 ou −5.",
    ahtChange: "Variação do TMA (%)",
    changeOutOfRange: "Deve ser maior que −100% e no máximo +400%.",
    targetServiceLevel: "Objetivo de nível de serviço (%)",
    targetSeconds: "Tempo-alvo de atendimento (segundos)",
    duplicateConfirm: "Guardar a cópia",
    duplicated: (name: string) => `Cenário «${name}» guardado.`,
    deleteTitle: (name: string) => `Eliminar ${name}?`,
    deleteBody: "O cenário é removido do livro. As respetivas folhas mantêm-se, a não ser que marque a caixa.",
    deleteSheets: "Eliminar também as folhas geradas apenas para este cenário",
    deleteConfirm: "Eliminar",
    deleted: (name: string) => `Cenário «${name}» eliminado.`,
    cancel: "Cancelar",
  },

  roster: {
    // Glossary: roster = "escala / horário"; escala, as the roster a check compares.
    heading: "Verificação da escala",
    explain:
      "Indique uma coluna de operadores escalados, uma célula por intervalo, para ver o nível de serviço, o TME e a taxa de abandono que alcançam.",
    scenario: "Cenário",
    address: "Células da escala",
    addressPlaceholder: "Escala!D2:D49",
    useSelection: "Usar seleção",
    basis: "Os números são",
    basisScheduled: "Pessoas escaladas (antes da indisponibilidade)",
    basisOnPhones: "Operadores em atendimento",
    check: "Verificar escala",
    needsScenario: (step: string) => `Guarde primeiro um cenário (passo ${step}).`,
    checking: "A verificar a escala…",
    checked: (sheetName: string) => `Verificação da escala gravada na folha «${sheetName}».`,
    resultHeading: "Resultado do dia",
    resultHeadingDays: (days: string) => `Resultado dos ${days} dias`,
    belowTarget: "Intervalos abaixo do objetivo",
    dayBelow: "Abaixo",
  },

  capacity: {
    // Terms as the function help (src/functions/locales/pt-PT.json) and docs/README.pt.md chose
    // them: plano de capacidade, plano de contratação, rotatividade (glossary), contratação and
    // contratados (glossary: hiring = "recrutamento / contratação"; recrutamento only for the
    // recruiting lead time, as the help says it), formação and nesting (glossary: "formação /
    // nesting ?": nesting, as Portuguese contact centres say it), turma (a class of hires),
    // pessoas (heads), efetivos (glossary: headcount), saídas (leavers: "desligamentos" is
    // Brazilian HR usage), falta (the gap, always with ETI or "em falta", never "faltas", which
    // reads as absences).
    heading: "Plano de capacidade",
    explain:
      "Quantas pessoas contratar, e quando, para manter o contrato com a equipa necessária semana a semana, à medida que há saídas e os contratados fazem a formação e o nesting. Gera uma folha de fórmulas WFM vivas com um plano de contratação que pode alterar.",
    sourceLegend: "ETI necessários por semana",
    sourceScenario: "O dimensionamento de um cenário com o volume de cada semana",
    sourceColumn: "Uma coluna de ETI necessários",
    sourceScenarioHint:
      "Em cada semana, os intervalos do cenário são ajustados às chamadas dessa semana e dimensionados com exatidão: o dobro das chamadas precisa de menos do dobro dos operadores.",
    scenario: "Cenário",
    needsScenario: (step: string) => `Guarde primeiro um cenário (passo ${step}) ou use uma coluna de ETI necessários.`,
    volumes: "Volumes semanais",
    volumesGrowth: "Crescer a partir do volume do próprio cenário",
    volumesColumn: "Uma coluna de chamadas por semana",
    weeklyGrowth: "Crescimento por semana (%)",
    weeklyGrowthHint: "0,5 significa mais 0,5% de chamadas em cada semana; −1 significa menos 1%; 0 mantém o volume do cenário.",
    weeks: "Semanas a planear",
    volumeAddress: "Chamadas por semana, uma célula por semana",
    fteAddress: "ETI necessários, uma célula por semana",
    addressPlaceholder: "Chamadas!B2:B53",
    addressHint: "Uma célula de cabeçalho no topo é ignorada, tal como as células em branco depois da última semana.",
    useSelection: "Usar seleção",
    paidHours: "Horas pagas por ETI por semana",
    paidHoursHint: "Vem do cenário; altere-as se os ETI forem contados com outro contrato de trabalho.",
    firstWeek: "A semana 1 começa em",
    teamHeading: "A equipa",
    headcount: "Pessoas produtivas atualmente",
    headcountHint: "Operadores que já concluíram o nesting; 0 para uma operação nova.",
    attritionRate: "Rotatividade (%)",
    attritionPeriod: "Período de medição",
    attritionYear: "Um ano",
    attritionMonth: "Um mês",
    attritionFigure: "O valor é",
    attritionTurnover: "Uma taxa de rotatividade: saídas ÷ efetivos médios, como os recursos humanos a reportam (pode ultrapassar 100%)",
    attritionShare: "Uma percentagem da equipa que sai: das pessoas presentes no início, a percentagem que saiu até ao fim",
    weeklyAttrition: (rate: string) => `= ${rate} por semana`,
    joiningHeading: "Novos contratados",
    trainWeeks: "Formação (semanas)",
    nestingWeeks: "Nesting (semanas)",
    nestingProductivity: "Produtividade durante o nesting (%)",
    graduationRate: "Taxa de conclusão da formação (%)",
    graduationRateHint: "A percentagem de cada turma que conclui a formação.",
    ftePerHead: "ETI por pessoa",
    ftePerHeadHint: "1 quando todos trabalham a tempo inteiro; 0,8 para uma equipa que trabalha quatro dias por semana.",
    leadWeeks: "Prazo de recrutamento (semanas)",
    leadWeeksHint: "Semanas até a primeira turma poder começar.",
    minClass: "Menor turma",
    maxClass: "Maior turma (opcional)",
    maxClassHint: "Em branco: sem limite. Uma necessidade maior é dividida em várias turmas.",
    costsHeading: "Custos (opcional)",
    costPerHire: "Custo por contratação",
    costPerFteWeek: "Custo por ETI-semana",
    costPerFteWeekHint: "Conta cada pessoa com vencimento, incluindo as que estão em formação.",
    name: "Nome do plano de capacidade",
    defaultName: "Capacidade",
    build: "Gerar plano de capacidade",
    save: "Guardar",
    building: (name: string) => `A gerar o plano de capacidade ${name}…`,
    saving: (name: string) => `A guardar o plano de capacidade ${name}…`,
    built: (sheetName: string) => `Plano de capacidade gravado na folha «${sheetName}».`,
    rebuilt: (sheetName: string) => `Plano de capacidade gerado novamente: a folha «${sheetName}» foi substituída.`,
    saved: (name: string) => `Plano de capacidade «${name}» guardado no livro.`,
    rebuildTitle: "Gerar novamente o plano de capacidade?",
    rebuildBody: (sheetName: string) =>
      `A folha «${sheetName}» contém este plano de capacidade. Gerar novamente substitui apenas essa folha, com o plano de contratação do suplemento; a dimensão e as datas das turmas que escreveu nela perdem-se.`,
    rebuildConfirm: "Gerar novamente",
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Um campo do plano de capacidade tem de ser corrigido; indica o que está errado."
        : `${shown} campos do plano de capacidade têm de ser corrigidos; cada um indica o que está errado.`,
    resultHeading: (name: string) => `Plano de capacidade: ${name}`,
    totalHires: "Total de contratados",
    classes: "Semanas com início de turma",
    firstCoverable: "Primeira semana que uma nova turma consegue cobrir",
    uncovered: "Semanas que a contratação não consegue cobrir",
    uncoveredNone: "Nenhuma",
    uncoveredExplain:
      "Faltam ETI antes de uma nova turma poder ser produtiva: planeie horas extraordinárias ou outro centro para essas semanas.",
    fteWeeksShort: "ETI-semanas em falta",
    peakGap: "Maior falta de ETI",
    peakGapAt: (gap: string, week: string) => `${gap} ETI na semana ${week}`,
    weeklyAttritionUsed: "Rotatividade semanal usada",
    hiringCost: "Custo de contratação",
    staffCost: "Custo de pessoal",
    totalCost: "Custo total",
    monthsHeading: "Contratados por mês",
    month: "Mês",
    hires: "Contratados",
    weekRange: (first: string, last: string) => `${first}–${last}`,
    listSeparator: ", ",
    showSheet: "Mostrar a folha",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "célula" : "células"} a corrigir antes de gravar qualquer coisa`,
    whatIfsHeading: "Simulações",
    whatIfsExplain:
      "Os planos de capacidade são guardados no livro. Duplique um com alterações, como rotatividade +5 pontos ou 6 semanas de formação, e compare-os.",
    none: "Ainda não há planos de capacidade guardados: gere ou guarde um acima.",
    listLabel: "Planos de capacidade guardados",
    describe: (headcount: string, attrition: string, training: string) =>
      `${headcount} pessoas · rotatividade ${attrition} · ${training} semanas de formação`,
    attritionPer: { year: (rate: string) => `${rate} ao ano`, month: (rate: string) => `${rate} ao mês` },
    compare: "Comparar selecionados",
    comparing: "A gravar a comparação dos planos de capacidade…",
    compared: (sheetName: string) => `Comparação dos planos de capacidade gravada na folha «${sheetName}».`,
    comparisonHeading: "Lado a lado",
    comparisonExplain: (first: string) => `Entre parênteses: a variação em relação a «${first}».`,
    comparedWith: (value: string, change: string) => `${value} (${change})`,
    comparisonHires: "Total de contratados",
    comparisonUncovered: "Semanas que a contratação não consegue cobrir",
    comparisonPeakGap: "Maior falta de ETI",
    comparisonCost: "Custo total",
    loaded: (name: string) => `Plano de capacidade «${name}» carregado no formulário.`,
    renamed: (from: string, to: string) => `O plano de capacidade «${from}» passou a chamar-se «${to}».`,
    duplicateExplain: "A cópia parte deste plano de capacidade; deixe um campo em branco para manter o respetivo valor.",
    attritionChange: "Variação da rotatividade (pontos percentuais)",
    attritionChangeHint: "+5 soma 5 pontos ao valor, no respetivo período: 60% ao ano passa a 65%.",
    duplicated: (name: string) => `Plano de capacidade «${name}» guardado.`,
    deleted: (name: string) => `Plano de capacidade «${name}» eliminado.`,
  },

  source: {
    useSelection: "Usar seleção",
    tableLabel: "Tabela do Excel",
    useTable: "Usar tabela",
    noTables: "Este livro ainda não tem tabelas do Excel.",
    readingSelection: "A ler as células selecionadas…",
    readingTable: (tableName: string) => `A ler a tabela ${tableName}…`,
    mappingHeading: "Colunas",
    mappingExplain: "Verifique que coluna contém o quê. Mude a escolha se um cabeçalho não tiver sido reconhecido.",
    noColumn: "Nenhuma",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Coluna ${position}` : `${header} (coluna ${position})`,
    recognised: "Reconhecida pelo cabeçalho.",
    chosenByHand: "Escolhida manualmente.",
    applyMapping: "Ler novamente com estas colunas",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "problema" : "problemas"} a corrigir antes de gravar qualquer coisa`,
    moreProblems: (count: string) => `…e mais ${count}.`,
    showSheet: "Mostrar a folha",
    replaceConfirm: "Substituir",
    cancel: "Cancelar",
  },

  actuals: {
    heading: "Dados reais",
    explain:
      "Leia o que aconteceu a partir de uma exportação do ACD, uma linha por intervalo: data e hora, oferecidas, atendidas, atendidas dentro do tempo-alvo (ou um nível de serviço), abandonadas, TMA; as colunas de pessoal são opcionais. São reconhecidos cabeçalhos em português, inglês ou estónio.",
    none: "Ainda não foram lidos dados reais.",
    chosen: (address: string, intervals: number, shownIntervals: string, days: number, shownDays: string, shownCalls: string) =>
      `Dados reais ${address}: ${shownIntervals} ${one(intervals) ? "intervalo" : "intervalos"} em ${shownDays} ${one(days) ? "data" : "datas"}, total de chamadas oferecidas ${shownCalls}.`,
    intervalsOf: (minutes: string) => `As linhas começam a cada ${minutes} min.`,
    percentPoints: (column: string) => `A coluna «${column}» foi lida em pontos percentuais (92 significa 92%).`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Dados reais lidos: a única linha é válida." : `Dados reais lidos: todas as ${shownRows} linhas são válidas.`,
    problemsAnnounce: (count: number, shown: string) =>
      `Os dados reais têm ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Dados reais; nada foi gravado.`,
    roles: {
      date: "Data",
      interval: "Intervalo (hora, ou data e hora)",
      offered: "Chamadas oferecidas",
      answered: "Chamadas atendidas",
      answeredWithin: "Atendidas dentro do tempo-alvo",
      serviceLevel: "Nível de serviço (em vez das atendidas dentro do tempo)",
      abandoned: "Chamadas abandonadas",
      abandonedWithin: "Abandonadas dentro do tempo-alvo (opcional)",
      aht: "TMA (segundos)",
      asa: "TME (segundos, opcional)",
      staffScheduled: "Pessoas escaladas (opcional)",
      // "Logado" is Brazilian; in Portugal an operator has a session started.
      agentsLoggedIn: "Operadores com sessão iniciada (opcional)",
      staffedHours: "Horas com sessão iniciada (opcional)",
      adherence: "Aderência ao horário (opcional)",
      shrinkage: "Indisponibilidade (opcional)",
    },
    scenario: "Cenário (o respetivo dimensionamento)",
    needsScenario: (step: string) => `Guarde primeiro um cenário (passo ${step}): os dados reais são comparados com o respetivo dimensionamento.`,
    periodKind: "Período",
    periodKinds: { day: "Um dia", week: "Uma semana (de segunda a domingo)", month: "Um mês", all: "Toda a importação" },
    periodWeek: (date: string) => `Semana de ${date}`,
    periodAll: (first: string, last: string) => `${first} a ${last}`,
    period: "Qual",
    build: "Gerar folha de desempenho",
    building: "A comparar os dados reais com o dimensionamento…",
    built: (sheetName: string) => `Desempenho gravado na folha «${sheetName}».`,
    rebuilt: (sheetName: string) => `Desempenho gerado novamente: a folha «${sheetName}» foi substituída.`,
    replaceTitle: "Substituir a folha de desempenho?",
    replaceBody: (sheetName: string) =>
      `A folha «${sheetName}» contém o desempenho deste cenário neste período. Gerar novamente substitui apenas essa folha; tudo o que lhe tiver acrescentado perde-se.`,
    resultHeading: (period: string) => `Desempenho, ${period}`,
    serviceLevel: "Nível de serviço",
    target: "Objetivo",
    // The target (o objetivo) was met or not.
    met: "Atingido",
    missed: "Não atingido",
    asa: "TME",
    abandonRate: "Taxa de abandono",
    intervalsMet: "Intervalos no objetivo",
    daysMet: "Dias no objetivo",
    wape: "Erro da previsão (WAPE)",
    bias: "Viés da previsão",
    plannedHours: "Horas de operador planeadas",
    actualHours: "Horas de operador reais",
    needed: "NS necessário no resto do mês",
    secured: "Objetivo do mês garantido",
    unreachable: "Fora de alcance este mês",
    monthComplete: "O mês está completo.",
    whyHeading: "Porque é que o nível de serviço mudou",
    whyExplain: "Pontos de nível de serviço que cada causa o afastou do planeado, ponderados pelas chamadas.",
    steps: {
      planned: "Planeado",
      volume: "Volume de chamadas",
      aht: "TMA",
      staffing: "Pessoas escaladas",
      shrinkage: "Indisponibilidade",
      adherence: "Aderência ao horário",
      modelled: "Modelado",
      unexplained: "Não explicado",
      measured: "Medido",
    },
    stepHeader: "Passo",
    pointsHeader: "NS / variação",
    noExplanation: "Nenhum intervalo tem simultaneamente dimensionamento e chamadas atendidas, pelo que a variação não pode ser explicada.",
    daysHeading: "Por dia",
    day: "Data",
    daySl: "NS",
    dayMet: "Resultado",
    unmatchedHeading: "Sem correspondência",
    withoutPlan: (count: number, shown: string) =>
      one(count)
        ? `${shown} intervalo dos dados reais não tem intervalo no dimensionamento:`
        : `${shown} intervalos dos dados reais não têm intervalo no dimensionamento:`,
    withoutActuals: (count: number, shown: string) =>
      one(count) ? `${shown} intervalo do dimensionamento não tem dados reais:` : `${shown} intervalos do dimensionamento não têm dados reais:`,
    allMatched: "Todos os intervalos dos dados reais têm correspondência no dimensionamento.",
    moreUnmatched: (count: string) => `…e mais ${count} (listados na folha).`,
    byDate: "Correspondência por data e hora.",
    byTime: "O dimensionamento é o padrão de um dia: correspondência pela hora do dia em todas as datas.",
    staffing: {
      scheduledAndShrinkage: "Pessoal: pessoas escaladas e indisponibilidade da exportação.",
      scheduledAndLoggedIn: "Pessoal: pessoas escaladas; a indisponibilidade é a percentagem sem sessão iniciada.",
      scheduled: "Pessoal: pessoas escaladas da exportação, indisponibilidade como planeada.",
      loggedIn: "Pessoal: os operadores com sessão iniciada são as pessoas que restam depois da indisponibilidade.",
      asPlanned: "Sem dados de pessoal na exportação: pessoal considerado como planeado.",
    },
  },

  team: {
    heading: "Indicadores da equipa",
    explain:
      "Leia uma tabela por dia ou por semana: horas escaladas e trabalhadas e, se existirem, notas de qualidade e avaliações, reclamações e contactos atendidos, saídas. Cada indicador recebe uma situação vermelha, amarela ou verde face ao respetivo objetivo.",
    none: "Ainda não foi lida nenhuma tabela da equipa.",
    chosenDays: (address: string, rows: number, shownRows: string) =>
      `Tabela da equipa ${address}: ${shownRows} ${one(rows) ? "dia" : "dias"}.`,
    chosenWeeks: (address: string, rows: number, shownRows: string) =>
      `Tabela da equipa ${address}: ${shownRows} ${one(rows) ? "semana" : "semanas"}.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Indicadores da equipa lidos: a única linha é válida." : `Indicadores da equipa lidos: todas as ${shownRows} linhas são válidas.`,
    problemsAnnounce: (count: number, shown: string) =>
      `A tabela da equipa tem ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Indicadores da equipa; nada foi gravado.`,
    roles: {
      period: "Data ou início da semana",
      scheduledHours: "Horas escaladas",
      workedHours: "Horas trabalhadas",
      qualityScore: "Nota de qualidade (opcional)",
      evaluations: "Avaliações (opcional)",
      complaints: "Reclamações (opcional)",
      contactsHandled: "Contactos atendidos (opcional)",
      leavers: "Saídas (opcional)",
    },
    granularity: "Cada linha é",
    granularityDay: "Um dia",
    granularityWeek: "Uma semana",
    targetsHeading: "Objetivos",
    targetsExplain:
      "Verde no objetivo ou melhor, amarelo até ao limite amarelo, vermelho para lá dele. Percentagens como 95, 95% ou 0,95. Guardados no livro.",
    metrics: {
      attendance: "Assiduidade (%)",
      absenteeism: "Absentismo (%)",
      quality: "Nota de qualidade (%)",
      evaluations: "Avaliações por semana",
      complaintsPer1000: "Reclamações por 1000 contactos",
      // Glossary: attrition = "rotatividade" (a rate); leavers are the people: saídas.
      leavers: "Saídas por semana",
    },
    target: "Objetivo",
    // A traffic light's amber is amarelo.
    amber: "Limite amarelo",
    targetOf: (metric: string) => `${metric}: objetivo`,
    amberOf: (metric: string) => `${metric}: limite amarelo`,
    higherBetter: "Quanto maior, melhor.",
    lowerBetter: "Quanto menor, melhor.",
    amberWrongSideHigher: "O limite amarelo tem de ser igual ou inferior ao objetivo.",
    amberWrongSideLower: "O limite amarelo tem de ser igual ou superior ao objetivo.",
    storedUnreadable: "Não foi possível ler os objetivos da equipa guardados neste livro; são mostrados os valores padrão.",
    contactsFromActuals:
      "A tabela tem reclamações, mas não contactos atendidos: são usadas as chamadas atendidas dos dados reais lidos em Dados reais.",
    build: "Gerar folha de indicadores da equipa",
    building: "A gravar os indicadores da equipa…",
    built: (sheetName: string) => `Indicadores da equipa gravados na folha «${sheetName}»; os objetivos foram guardados no livro.`,
    rebuilt: (sheetName: string) => `Indicadores da equipa gerados novamente: a folha «${sheetName}» foi substituída.`,
    replaceTitle: "Substituir a folha de indicadores da equipa?",
    replaceBody: (sheetName: string) =>
      `A folha «${sheetName}» contém os indicadores da equipa. Gerar novamente substitui apenas essa folha; tudo o que lhe tiver acrescentado perde-se.`,
    resultHeading: "No período inteiro",
    status: { green: "Verde", amber: "Amarelo", red: "Vermelho" },
    weeksRed: (count: string) => `Semanas com situação vermelha: ${count}.`,
    notAvailable: "—",
  },

  client: {
    heading: "Relatório para o cliente",
    explain:
      "Um relatório para o cliente do período escolhido em Dados reais: o resumo face ao objetivo, porque é que o nível de serviço mudou, os dias, as semanas da equipa e o mapa de calor. Apenas valores e sem custos, para que se leia da mesma forma no Excel do cliente sem o suplemento.",
    needsActuals: "Leia primeiro os dados reais e escolha um cenário e um período em Dados reais.",
    language: "Idioma do relatório",
    languageHint: "Apenas para este relatório: as outras folhas são gravadas no idioma do livro.",
    clientName: "Nome do cliente (opcional, para o título)",
    includeTeam: "Incluir as semanas da equipa (lidas em Indicadores da equipa)",
    write: "Gravar relatório para o cliente",
    writing: "A gravar o relatório para o cliente…",
    written: (sheetName: string) => `Relatório para o cliente gravado na folha «${sheetName}»: apenas valores, sem fórmulas.`,
    rewritten: (sheetName: string) => `Relatório para o cliente gerado novamente: a folha «${sheetName}» foi substituída.`,
    replaceTitle: "Substituir o relatório para o cliente?",
    replaceBody: (sheetName: string) =>
      `A folha «${sheetName}» contém este relatório para o cliente. Gravar novamente substitui apenas essa folha; tudo o que lhe tiver acrescentado perde-se.`,
    copyHeading: "Cópia para o cliente",
    copyExplain:
      "Um livro à parte para o cliente, aberto no Excel: apenas as folhas marcadas, como valores, sem fórmulas, sem custos, sem definições de cenários e sem folhas ocultas. Este livro não é alterado.",
    copyReport: "O relatório para o cliente",
    copyPlan: (name: string) => `Dimensionamento «${name}», como valores sem custos`,
    copyCapacity: (name: string) => `Plano de capacidade «${name}»: semanas e contratações, como valores sem custos`,
    makeCopy: "Fazer cópia para o cliente",
    making: "A fazer a cópia para o cliente…",
    made: (sheets: string, size: string) =>
      `Cópia para o cliente aberta como novo livro: ${sheets} (${size} KB). Guarde-a e envie-a ao cliente.`,
  },

  fields: {
    intervalMinutes: "Duração do intervalo",
    targetServiceLevel: "Objetivo de nível de serviço",
    targetSeconds: "Tempo-alvo de atendimento",
    targetAsaSeconds: "Objetivo de TME",
    maxOccupancy: "Taxa de ocupação máxima",
    patienceSeconds: "Paciência do cliente",
    abandonRule: "Regra de abandono",
    shrinkage: "Indisponibilidade",
    paidHoursPerFteWeek: "Horas pagas por ETI por semana",
    operatingDaysPerWeek: "Dias de funcionamento por semana",
    costPerAgentHour: "Custo por hora de operador",
    defaultAhtSeconds: "TMA padrão",
    volumeFactor: "Volume de chamadas",
    ahtFactor: "TMA",
  },

  units: {
    percent: "%",
    seconds: " s",
    hours: " h",
    days: (count: number) => (one(count) ? " dia" : " dias"),
    factor: "×",
    weeks: (count: number) => (one(count) ? " semana" : " semanas"),
    none: "",
  },

  problems: {
    required: "Indique um valor.",
    notANumber: (value: string) => `«${value}» não é um número. Use algarismos, com vírgula ou ponto para as casas decimais.`,
    atLeast: (value: string) => `no mínimo ${value}`,
    moreThan: (value: string) => `maior que ${value}`,
    atMost: (value: string) => `no máximo ${value}`,
    lessThan: (value: string) => `menor que ${value}`,
    outOfRange: (lower: string, upper: string) => `Deve ser ${lower} e ${upper}.`,
    atLeastOnly: (lower: string) => `Deve ser ${lower}.`,
    notWhole: (value: string) => `${value} não é um número inteiro; escreva um número inteiro.`,
    notAllowed: (allowed: string) => `Escolha um destes: ${allowed}.`,
    listSeparator: ", ",
    ambiguousNumber: (value: string, grouped: string, decimal: string) =>
      `«${value}» pode ser ${grouped} ou ${decimal}. Qual era a sua intenção?`,
    useReading: (shown: string) => `É ${shown}`,
  },

  forecastProblems: {
    // Said as "a coluna de chamadas", "o valor de TMA".
    roles: { date: "data", interval: "intervalo", calls: "chamadas", aht: "TMA" },
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: «${value}» é texto; o valor de ${column} tem de ser um número.`,
    errorInCell: (cell: string, value: string) => `${cell}: a célula mostra ${value}; corrija a fórmula ou escreva um valor.`,
    negativeCalls: (cell: string, value: string) => `${cell}: o número de chamadas não pode ser negativo (${value}).`,
    missingCalls: (cell: string) => `${cell}: faltam as chamadas; escreva 0 num intervalo sem chamadas.`,
    ahtIsTime: (cell: string, value: string, seconds: string) =>
      `${cell}: ${value} está em formato de hora, mas o TMA é lido em segundos; escreva ${seconds} (segundos).`,
    defaultAhtInvalid: (value: string, min: string, max: string) =>
      `O TMA padrão (${value}) tem de ser um número de segundos entre ${min} e ${max}.`,
    missingDate: (cell: string) => `${cell}: falta a data; esta previsão tem datas, pelo que cada linha precisa da sua.`,
    notADate: (cell: string, value: string) =>
      `${cell}: «${value}» não é uma data ou hora que o Excel reconheça; escreva-a como data (e hora).`,
    repeatedInterval: (cell: string, first: string) =>
      `${cell}: este intervalo começa no mesmo momento que ${first}; cada intervalo pode aparecer uma só vez.`,
    repeatedTime: (cell: string, first: string) =>
      `${cell}: esta hora já aparece em ${first}; uma previsão de vários dias precisa de uma data em cada linha (uma coluna de data, ou datas e horas na coluna de intervalo).`,
    intervalStep: (cell: string, step: string, chosen: string) =>
      `${cell}: este intervalo começa ${step} min depois do anterior, mas a duração do intervalo em Objetivos é de ${chosen} min. Escolha a duração que a previsão usa ou corrija as horas.`,
    longerThanADay: (cell: string, rows: string, chosen: string) =>
      `${cell}: ${rows} intervalos de ${chosen} min passam de um dia; dê datas às linhas (uma coluna de data, ou datas e horas na coluna de intervalo).`,
    ahtOutOfRange: (cell: string, value: string, min: string, max: string) =>
      `${cell}: o TMA tem de estar entre ${min} e ${max} segundos (${value}).`,
    missingAht: (cell: string) => `${cell}: falta o TMA; escreva-o ou indique um TMA padrão acima.`,
    missingInterval: (cell: string) => `${cell}: falta o intervalo; escreva a hora de início.`,
    columnNotFound: (column: string) => `Nenhuma coluna de ${column} foi reconhecida; escolha-a em Colunas.`,
    sameColumnTwice: (column: string, other: string) =>
      `As colunas de ${column} e de ${other} são a mesma; escolha colunas diferentes.`,
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) => `A previsão tem ${rows} linhas; no máximo ${limit} podem ser planeadas.`,
  },

  capacityProblems: {
    weeklyAttritionTooHigh: (weekly: string) =>
      `Isso dá ${weekly} da equipa a sair em cada semana: mais do que todos. Verifique o valor e o período (uma taxa anual escrita como mensal?).`,
    minAboveMax: (min: string, max: string) => `A menor turma (${min}) é maior do que a maior (${max}).`,
    notADate: (value: string) => `«${value}» não é uma data; escolha uma.`,
    notAnAddress: (value: string) =>
      `«${value}» não é um intervalo de células; escreva-o como Folha!B2:B53 ou selecione as células e clique em Usar seleção.`,
    addressWithoutSheet: (value: string) => `Indique a folha: Folha!${value}, ou selecione as células e clique em Usar seleção.`,
  },

  weeksProblems: {
    // Said as "o valor de chamadas", "sem valor de ETI necessários".
    columns: { volume: "chamadas", fte: "ETI necessários", hires: "contratados" },
    weeksNotOneColumn: (address: string) => `${address} tem mais de uma coluna; indique uma coluna, uma célula por semana.`,
    noWeeks: (address: string) => `${address} não contém semanas: está vazio.`,
    tooManyWeeks: (weeks: string, limit: string) => `São ${weeks} semanas; um plano de capacidade comporta no máximo ${limit}.`,
    blankWeek: (cell: string, week: string, column: string) =>
      `${cell}: a semana ${week} está sem valor de ${column}; escreva um número (0 se não houver).`,
    textInWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: o valor de ${column} da semana ${week}, «${value}», é texto; escreva um número.`,
    errorInWeek: (cell: string, week: string, value: string) =>
      `${cell}: a semana ${week} mostra ${value}; corrija a fórmula ou escreva um valor.`,
    negativeWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: o valor de ${column} da semana ${week} não pode ser negativo (${value}).`,
  },

  actualsProblems: {
    actualsWithoutDates: "Os dados reais não têm datas: escolha em Colunas a coluna de data, ou uma coluna de datas e horas.",
    notATime: (cell: string, value: string) =>
      `${cell}: «${value}» não é uma hora; os dados reais são comparados com o dimensionamento pelas horas de início.`,
    secondsAsTime: (cell: string, column: string, value: string, seconds: string) =>
      `${cell}: ${value} está em formato de hora, mas «${column}» é lido em segundos; escreva ${seconds}.`,
    ahtNotPositive: (cell: string, value: string) =>
      `${cell}: onde houve chamadas atendidas, o TMA tem de ser superior a 0 segundos (${value}).`,
    columnNotFound: (column: string) => `Nenhuma coluna «${column}» foi reconhecida; escolha-a em Colunas.`,
    answeredWithinNotFound:
      "Não foi reconhecida nenhuma coluna de chamadas atendidas dentro do tempo-alvo nem de nível de serviço; escolha uma em Colunas.",
    sameColumnTwice: (column: string, other: string) => `«${column}» e «${other}» são a mesma coluna; escolha colunas diferentes.`,
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) =>
      `Os dados reais têm ${rows} linhas; podem ser lidas no máximo ${limit} (um mês de quartos de hora).`,
  },

  teamProblems: {
    missingPeriod: (cell: string) => `${cell}: falta a data; cada linha precisa do dia ou do primeiro dia da semana.`,
    notADate: (cell: string, value: string) =>
      `${cell}: «${value}» não é uma data que o Excel reconheça; escreva o dia ou o primeiro dia da semana.`,
    repeatedPeriod: (cell: string, first: string) =>
      `${cell}: esta data já aparece em ${first}; cada dia ou semana pode aparecer uma só vez.`,
    columnNotFound: (column: string) => `Nenhuma coluna «${column}» foi reconhecida; escolha-a em Colunas.`,
    sameColumnTwice: (column: string, other: string) => `«${column}» e «${other}» são a mesma coluna; escolha colunas diferentes.`,
    contactsNeeded:
      "As reclamações são contadas por 1000 contactos atendidos: escolha uma coluna de contactos, ou leia antes os dados reais (são usadas as respetivas chamadas atendidas).",
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) => `A tabela da equipa tem ${rows} linhas; podem ser lidas no máximo ${limit}.`,
  },

  numberProblems: {
    missingValue: (cell: string, column: string) => `${cell}: falta o valor de «${column}»; escreva 0 se foi zero.`,
    errorInCell: (cell: string, value: string) => `${cell}: a célula mostra ${value}; corrija a fórmula ou escreva um valor.`,
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: «${value}» é texto; escreva «${column}» como número.`,
    negativeValue: (cell: string, column: string, value: string) =>
      `${cell}: o valor de «${column}» não pode ser negativo (${value}).`,
    notAPercent: (cell: string, column: string, value: string) =>
      `${cell}: o valor ${value} de «${column}» passa de 100%; escreva uma percentagem como 92% (ou 0,92).`,
  },

  performanceProblems: {
    noActualsInPeriod: "Os dados reais não têm intervalos nesse período; escolha outro.",
    abandonedWithinNeeded:
      "O contrato do cenário deixa os abandonos curtos fora do nível de serviço (ou conta-os como atendidos no tempo), pelo que os dados reais precisam de uma coluna de chamadas abandonadas dentro do tempo-alvo.",
    nothingToMeasure: "Nenhuma chamada do período entra no nível de serviço, pelo que este não existe.",
    intervalNotModelled: (cell: string, argument: string) =>
      `${cell}: o valor de ${argument} deste intervalo está fora do que o modelo de filas aceita; verifique a linha.`,
    arguments: {
      plan_calls: "chamadas planeadas",
      actual_calls: "chamadas oferecidas",
      plan_aht: "TMA planeado",
      actual_aht: "TMA",
      plan_staff: "pessoas escaladas planeadas",
      actual_staff: "pessoas escaladas",
      plan_shrinkage: "indisponibilidade planeada",
      actual_shrinkage: "indisponibilidade",
      actual_adherence: "aderência ao horário",
      target_time: "tempo-alvo de atendimento",
      interval: "duração do intervalo",
    },
  },

  rosterProblems: {
    rosterNotOneColumn: (address: string) => `${address} tem mais de uma coluna; selecione uma coluna de operadores.`,
    rosterLengthMismatch: (rosterRows: string, forecastRows: string) =>
      `A escala tem ${rosterRows} células, mas a previsão tem ${forecastRows} intervalos; selecione uma célula por intervalo.`,
    textInRosterCell: (cell: string, value: string) => `${cell}: «${value}» é texto; escreva um número de operadores.`,
    negativeRosterCell: (cell: string, value: string) => `${cell}: o número de operadores não pode ser negativo (${value}).`,
    missingRosterCell: (cell: string) => `${cell}: vazia; escreva 0 onde não houver ninguém escalado.`,
  },

  clientSafetyProblems: {
    formula: (place: string, text: string) => `${place} ainda contém a fórmula ${text}; uma cópia para o cliente contém apenas valores.`,
    formulaText: (place: string, text: string) => `${place} contém texto que o Excel leria como fórmula (${text}).`,
    wfmReference: (place: string, text: string) =>
      `${place} usa as funções do suplemento (${text}); sem o suplemento, mostraria #NAME?.`,
    notFinite: (place: string) => `${place} contém um número que não é finito.`,
    places: {
      cell: (address: string) => address,
      highlight: (address: string) => `A formatação condicional em ${address}`,
      chart: (address: string) => `O gráfico em ${address}`,
      table: (address: string) => `A tabela em ${address}`,
    },
  },

  errors: {
    forecastProblems: (count: number, shown: string) =>
      `A previsão tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    rosterProblems: (count: number, shown: string) =>
      `A escala tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    invalidTargets: (count: number, shown: string) =>
      one(count)
        ? `${shown} objetivo tem de ser corrigido; nada foi gravado.`
        : `${shown} objetivos têm de ser corrigidos; nada foi gravado.`,
    targetUnreachable: (interval: string, cell: string) =>
      `Nenhum dimensionamento atinge o objetivo no intervalo ${interval} (${cell}). Reduza o objetivo ou aumente a taxa de ocupação máxima.`,
    trafficTooHigh: (interval: string, cell: string, erlangs: string, limit: string) =>
      `No intervalo ${interval} (${cell}) chamadas × TMA dão ${erlangs} Erlangs, mais do que os ${limit} que o suplemento modela; verifique a linha da previsão e as unidades.`,
    queueTooLong: (interval: string, cell: string, callers: string, limit: string) =>
      `No intervalo ${interval} (${cell}) chegariam ${callers} clientes dentro de uma paciência média, mais do que os ${limit} que o suplemento acompanha; use uma paciência mais curta, ou nenhuma.`,
    targetMetByAbandons: (interval: string, cell: string, share: string, target: string) =>
      `No intervalo ${interval} (${cell}) os clientes que desligam dentro do tempo-alvo (${share} dos que esperam) já atingem o objetivo de ${target} quando contam como atendidas no tempo, e nenhum operador seria necessário. Escolha outra regra para as chamadas abandonadas dentro do tempo-alvo.`,
    loadOutOfRange: (interval: string, cell: string, argument: string) =>
      `O valor de ${argument} no intervalo ${interval} (${cell}) excede o que os cálculos de fila suportam; verifique a linha da previsão.`,
    arguments: { calls: "chamadas", aht: "TMA", traffic: "tráfego", agents: "operadores", patience: "paciência" },
    sheetExists: (sheetName: string) => `A folha «${sheetName}» já existe.`,
    notGenerated: (sheetName: string) =>
      `A folha «${sheetName}» é sua, não do suplemento, por isso não foi alterada. Mude o nome dessa folha ou do cenário.`,
    sheetNotFound: (sheetName: string) => `A folha «${sheetName}» já não existe.`,
    tableNotFound: (tableName: string) => `A tabela ${tableName} já não existe; escolha novamente a previsão.`,
    scenarioNotFound: "Esse cenário já não está no livro; a lista foi atualizada.",
    scenarioNameTaken: (name: string) => `Já existe um cenário chamado «${name}»; escolha outro nome.`,
    scenarioNameEmpty: "Dê um nome ao cenário.",
    tooFewScenarios: "Marque pelo menos dois cenários para comparar.",
    selectionNotUsable: (address: string) =>
      `A seleção ${address} não é um bloco de dados. Selecione as células da previsão, com os cabeçalhos, e tente novamente.`,
    invalidAddress: (address: string) => `«${address}» não é um intervalo de células deste livro.`,
    storedScenariosUnreadable:
      "Não foi possível ler os cenários guardados neste livro. Guardar um cenário começa uma nova lista.",
    weeksProblems: (count: number, shown: string) =>
      `A coluna de semanas tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    invalidCapacityInputs: (count: number, shown: string) =>
      one(count)
        ? `${shown} dado do plano de capacidade tem de ser corrigido; nada foi gravado.`
        : `${shown} dados do plano de capacidade têm de ser corrigidos; nada foi gravado.`,
    sourceScenarioNotFound: (name: string) =>
      `O cenário que o plano de capacidade «${name}» dimensiona já não está no livro; carregue o plano e escolha outro cenário.`,
    weekNotComputable: (week: string, calls: string, interval: string) =>
      `A semana ${week} (${calls} chamadas) não pode ser dimensionada: no intervalo ${interval} o objetivo é inatingível ou o tráfego é demasiado grande. Verifique o volume dessa semana.`,
    patternWithoutCalls: (name: string) =>
      `A previsão do cenário «${name}» não tem chamadas, por isso não pode ser ajustada ao volume de uma semana.`,
    capacityNotComputable:
      "Cobrir a falta de uma semana exigiria mais de 10 milhões de contratados: verifique o valor da rotatividade e o período, e se os ETI necessários estão mesmo em ETI.",
    storedCapacityUnreadable:
      "Não foi possível ler os planos de capacidade guardados neste livro. Guardar um plano começa uma nova lista.",
    capacitySheetChanged: (sheetName: string) =>
      `A tabela de semanas da folha «${sheetName}» já não está onde o suplemento a gravou; gere novamente o plano de capacidade.`,
    actualsProblems: (count: number, shown: string) =>
      `Os dados reais têm ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    performanceProblems: (count: number, shown: string) =>
      `Os dados reais não podem ser comparados com este dimensionamento (${shown} ${one(count) ? "problema" : "problemas"}); nada foi gravado.`,
    teamProblems: (count: number, shown: string) =>
      `A tabela da equipa tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    clientCopyEmpty: "Marque pelo menos uma folha para pôr na cópia para o cliente.",
    invalidTeamTargets: (count: number, shown: string) =>
      one(count)
        ? `${shown} objetivo da equipa tem de ser corrigido; nada foi gravado.`
        : `${shown} objetivos da equipa têm de ser corrigidos; nada foi gravado.`,
    excelFailed: (operation: string, detail: string) => `O Excel recusou um passo ao ${operation}: ${detail}.`,
    rolledBack: "A folha gravada a meio foi removida; o livro está como estava.",
    clientCopyNotSupported: (requirement: string) =>
      `Esta versão do Excel não consegue abrir um novo livro a partir do suplemento (isso requer ${requirement}: Excel 2019 ou posterior, Microsoft 365 ou Excel para a Web). Nada foi criado.`,
    clientCopyUnsafe: (count: number, shown: string) =>
      `A cópia para o cliente não foi feita: ${shown} ${one(count) ? "local não contém" : "locais não contêm"} apenas valores. Nada foi criado.`,
    clientCopyInvalid: (detail: string) => `Não foi possível gerar a cópia para o cliente: ${detail}. Nada foi criado.`,
    operations: {
      createSampleForecast: "gravar a previsão de exemplo",
      readForecast: "ler a previsão",
      buildPlan: "gravar o dimensionamento",
      compareScenarios: "gravar a comparação",
      checkRoster: "verificar a escala",
      saveScenarios: "guardar os cenários",
      loadScenarios: "ler os cenários",
      listTables: "listar as tabelas",
      buildCapacityPlan: "gravar o plano de capacidade",
      compareCapacityScenarios: "gravar a comparação dos planos de capacidade",
      previewCapacityPlan: "calcular o plano de capacidade",
      capacityClientCopy: "ler o plano de capacidade",
      saveCapacityScenario: "guardar o plano de capacidade",
      loadCapacityScenarios: "ler os planos de capacidade",
      createSampleActuals: "gravar os dados reais de exemplo",
      readActuals: "ler os dados reais",
      buildPerformance: "gravar a folha de desempenho",
      readTeamMetrics: "ler os indicadores da equipa",
      loadTeamTargets: "ler os objetivos da equipa",
      buildTeamMetrics: "gravar os indicadores da equipa",
      makeClientCopy: "fazer a cópia para o cliente",
      buildClientReport: "gravar o relatório para o cliente",
      createClientCopy: "abrir a cópia para o cliente",
      getWorkbookCulture: "ler as definições numéricas do livro",
    },
    otherOperation: "trabalhar no livro",
  },
} satisfies Translation<Strings>;
