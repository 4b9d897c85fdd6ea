/**
 * The task pane in Brazilian Portuguese: a translation of en.ts, key for key (translation.ts),
 * with the same values in each text, in Excel's own Brazilian words (planilha, pasta de trabalho,
 * guia Página Inicial, salvar, excluir). The terms are those of the sheets
 * (src/planner/labels.pt-BR.ts), the function help and docs/README.pt.md, one per concept, from
 * ../shared/glossary.md; where a term differs from the glossary, a comment says why.
 *
 * Counts: `one` follows CLDR's plural rules for Portuguese (0 and 1 are singular in Brazil).
 */
import type { Strings } from "./en";
import type { Translation } from "./translation";

const rules = new Intl.PluralRules("pt-BR");
/** Whether a count takes the singular noun; a text that spells out "one" tests count === 1 instead. */
const one = (count: number) => rules.select(count) === "one";

export const ptBR = {
  app: {
    // Glossary: staffing plan = "dimensionamento".
    title: "Planejador de dimensionamento",
    intro:
      "Transforme uma previsão de chamadas e tempos de atendimento em uma planilha de dimensionamento e depois pergunte “e se”: mais volume, outra meta; veja os cenários lado a lado.",
    introSample: "Primeira vez? Crie uma previsão de exemplo e experimente todas as etapas em um minuto.",
    createSample: "Criar previsão de exemplo",
    introSampleActuals:
      "Olhando para trás? Crie dados reais de exemplo: um mês de intervalos do ACD que seguem a previsão de exemplo, e indicadores da equipe por semana.",
    createSampleActuals: "Criar dados reais de exemplo",
    notInExcel:
      "O Excel não está disponível aqui: abra este painel pelo botão Planejador de dimensionamento da guia Página Inicial do Excel.",
    busy: "Trabalhando…",
    unexpectedFailure: (detail: string) => `Algo inesperado deu errado: ${detail}. Tente de novo.`,
    dismissStatus: "Fechar mensagem",
    dismissGlyph: "×",
    sections: "Etapas do planejamento",
    stepHeading: (number: string, title: string) => `${number}. ${title}`,
    language: "Idioma",
    languageAutomatic: (name: string) => `Como no Office (${name})`,
  },

  sample: {
    working: "Gravando a previsão de exemplo…",
    done: (sheetName: string, intervals: string) =>
      `Previsão de exemplo gravada na planilha “${sheetName}” (${intervals} meias horas). Ela agora é a previsão; defina as metas e gere o dimensionamento.`,
  },

  // Terms of the steps below: dados reais (actuals), desempenho (performance), indicadores da
  // equipe (team metrics), assiduidade, absenteísmo, nota de qualidade, aderência à escala,
  // reclamações, desligamentos (leavers), relatório para o cliente: as the sheets say them
  // (src/planner/labels.pt-BR.ts).
  sampleActuals: {
    working: "Gravando os dados reais e os indicadores da equipe de exemplo…",
    done: (actualsSheet: string, teamSheet: string, intervals: string) =>
      `Dados reais de exemplo gravados em “${actualsSheet}” (${intervals} meias horas de março de 2025) e indicadores da equipe em “${teamSheet}”. Eles agora são os dados reais e a tabela da equipe; escolha um cenário e um período em Dados reais.`,
  },

  forecast: {
    heading: "Previsão",
    explain:
      "Selecione as células da previsão, com os cabeçalhos, ou escolha uma tabela do Excel. As colunas são encontradas pelos cabeçalhos: intervalo ou hora, chamadas ou volume, TMA ou tempo de atendimento (em português, inglês ou estoniano).",
    readingSelection: "Lendo as células selecionadas…",
    readingTable: (tableName: string) => `Lendo a tabela ${tableName}…`,
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
    mappingExplain: "Confira qual coluna contém o quê. Mude a escolha se um cabeçalho não foi reconhecido.",
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
    applyMapping: "Ler de novo com estas colunas",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "problema" : "problemas"} a corrigir antes de gravar qualquer coisa`,
    problemsAnnounce: (count: number, shown: string) =>
      `A previsão tem ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Previsão; nada foi gravado.`,
  },

  targets: {
    heading: "Metas",
    explain: "Digite os decimais com vírgula ou ponto: 0,8 e 0.8 são a mesma coisa.",
    intervalMinutes: "Duração do intervalo",
    intervalOption: (minutes: number) => `${minutes} minutos`,
    goal: "Meta",
    goalServiceLevel: "Nível de serviço: X% atendidas em até Y segundos",
    // Glossary: ASA = "tempo médio de espera (TME)".
    goalAsa: "Tempo médio de espera (TME)",
    targetServiceLevel: "Meta de nível de serviço (%)",
    targetSeconds: "Tempo alvo de atendimento (segundos)",
    targetSecondsAsaHint: "Usado para mostrar o nível de serviço junto com o TME.",
    targetAsaSeconds: "Meta de TME (segundos)",
    maxOccupancy: "Taxa de ocupação máxima (%)",
    maxOccupancyHint: "Deixe em branco para não limitar.",
    patienceSeconds: "Paciência do cliente (segundos, opcional)",
    patienceHint: "Com uma paciência, os clientes podem desligar enquanto esperam (Erlang A); em branco, supõe-se que esperam (Erlang C).",
    abandonRule: "Chamadas abandonadas dentro do tempo alvo",
    abandonRuleMiss: "Contar como não atendidas no tempo",
    abandonRuleExclude: "Deixar fora do nível de serviço",
    abandonRuleMet: "Contar como atendidas no tempo",
    // Glossary: "shrinkage / indisponibilidade ?". The Portuguese word is the term; the English
    // one, which Brazilian WFM teams also use, is given in brackets where it is explained.
    shrinkage: "Indisponibilidade (%)",
    shrinkageHint: "Tempo pago fora do atendimento (shrinkage): pausas, treinamento, ausências.",
    paidHours: "Horas pagas por FTE por semana",
    operatingDays: "Dias de funcionamento por semana",
    operatingDaysHint:
      "Dias em que a operação funciona: uma previsão de um dia é aplicada a cada um deles para o FTE; uma semana incompleta de uma previsão mais longa conta no máximo esse número.",
    // Glossary: agents = "atendentes / operadores"; atendentes throughout.
    cost: "Custo por hora de atendente (opcional)",
    adjustmentsHeading: "Ajustar a previsão",
    volumeFactor: "Volume de chamadas",
    volumeFactorHint: "1 ou 100% é como previsto; +10% ou 1,1 significa 10% mais chamadas; 90% significa 90% delas.",
    ahtFactor: "TMA",
    ahtFactorHint: "1 ou 100% é como previsto; −5% ou 0,95 significa chamadas 5% mais curtas.",
    factorResult: (factor: string) => `= ×${factor}`,
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Um campo precisa ser corrigido; ele diz o que está errado."
        : `${shown} campos precisam ser corrigidos; cada um diz o que está errado.`,
  },

  plan: {
    heading: "Dimensionamento",
    explain:
      "Gera uma nova planilha para o cenário: um resumo, uma tabela de fórmulas WFM vivas e um gráfico de atendentes necessários e pessoas escaladas. As outras planilhas nunca são alteradas.",
    scenarioName: "Nome do cenário",
    defaultScenarioName: "Cenário base",
    build: "Gerar dimensionamento",
    save: "Salvar cenário",
    needsForecast: (step: string) => `Escolha primeiro uma previsão (etapa ${step}).`,
    building: (name: string) => `Gerando o dimensionamento de ${name}…`,
    saving: (name: string) => `Salvando o cenário ${name}…`,
    built: (sheetName: string) => `Dimensionamento gravado na planilha “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Dimensionamento gerado de novo: a planilha “${sheetName}” foi substituída.`,
    saved: (name: string) => `Cenário “${name}” salvo na pasta de trabalho.`,
    rebuildTitle: "Gerar o dimensionamento de novo?",
    rebuildBody: (sheetName: string) =>
      `A planilha “${sheetName}” contém o dimensionamento deste cenário. Gerar de novo substitui só essa planilha; tudo o que você acrescentou a ela será perdido.`,
    rebuildConfirm: "Gerar de novo",
    summaryHeading: (name: string) => `Dimensionamento: ${name}`,
    showSheet: "Mostrar a planilha",
    peakAgents: "Pico de atendentes necessários",
    // Glossary: staff scheduled = "pessoas escaladas".
    peakScheduled: "Pico de pessoas escaladas",
    hoursScheduled: "Horas de atendente escaladas",
    fte: "FTE",
    weekFte: "FTE, semana média",
    peakWeekFte: "FTE, semana de maior volume",
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
      "As semanas têm 7 dias a partir da primeira data. FTE = horas escaladas da semana ÷ horas pagas por FTE por semana; uma semana incompleta conta só os dias de funcionamento que contém.",
    weekStart: "Semana de",
    weekDays: "Dias",
    daysHeading: "Por dia",
    day: "Data",
    dayHours: "Horas",
    daySl: "NS",
  },

  scenarios: {
    heading: "Cenários",
    explain: "Os cenários são salvos dentro da pasta de trabalho e vão junto com o arquivo. Marque dois ou mais para comparar.",
    none: (step: string) => `Ainda não há cenários: salve um na etapa ${step}.`,
    listLabel: "Cenários salvos",
    actions: (name: string) => `Ações de ${name}`,
    actionsShort: "Ações",
    open: "Carregar no formulário",
    build: "Gerar dimensionamento",
    rename: "Renomear…",
    duplicate: "Duplicar com alterações…",
    remove: "Excluir…",
    compare: "Comparar selecionados",
    compareHint: "Marque pelo menos dois cenários.",
    comparing: "Gravando a comparação…",
    compared: (sheetName: string) => `Comparação gravada na planilha “${sheetName}”.`,
    comparisonHeading: "Lado a lado",
    comparisonScenario: "Cenário",
    comparisonFte: "FTE",
    comparisonDifference: "Variação",
    comparisonServiceLevel: "NS",
    loaded: (name: string) => `Cenário “${name}” carregado no formulário.`,
    describe: (goal: string, shrinkage: string, adjustments: string) =>
      [goal, `indisponibilidade ${shrinkage}`, adjustments].filter((part) => part !== "").join(" · "),
    describeServiceLevel: (percent: string, seconds: string) => `${percent} em ${seconds} s`,
    describeAsa: (seconds: string) => `TME ${seconds} s`,
    describeVolume: (change: string) => `volume de chamadas ${change}`,
    describeAht: (change: string) => `TMA ${change}`,
    renameTitle: "Renomear cenário",
    renameLabel: "Novo nome",
    renameConfirm: "Renomear",
    renamed: (from: string, to: string) => `Cenário “${from}” renomeado para “${to}”.`,
    duplicateTitle: "Duplicar com alterações",
    duplicateExplain: "A cópia parte deste cenário; deixe um campo em branco para manter o valor dele.",
    duplicateName: "Nome da cópia",
    duplicateDefaultName: (name: string) => `${name} (cópia)`,
    volumeChange: "Variação do volume (%)",
    volumeChangeHint: "Por exemplo +10 ou −5.",
    ahtChange: "Variação do TMA (%)",
    changeOutOfRange: "Deve ser maior que −100% e no máximo +400%.",
    targetServiceLevel: "Meta de nível de serviço (%)",
    targetSeconds: "Tempo alvo de atendimento (segundos)",
    duplicateConfirm: "Salvar a cópia",
    duplicated: (name: string) => `Cenário “${name}” salvo.`,
    deleteTitle: (name: string) => `Excluir ${name}?`,
    deleteBody: "O cenário é removido da pasta de trabalho. As planilhas dele ficam, a menos que você marque a caixa.",
    deleteSheets: "Excluir também as planilhas geradas só para este cenário",
    deleteConfirm: "Excluir",
    deleted: (name: string) => `Cenário “${name}” excluído.`,
    cancel: "Cancelar",
  },

  roster: {
    // Glossary: roster = "escala".
    heading: "Verificação da escala",
    explain:
      "Aponte para uma coluna de atendentes escalados, uma célula por intervalo, para ver o nível de serviço, o TME e a taxa de abandono que eles alcançam.",
    scenario: "Cenário",
    address: "Células da escala",
    addressPlaceholder: "Escala!D2:D49",
    useSelection: "Usar seleção",
    basis: "Os números são",
    basisScheduled: "Pessoas escaladas (antes da indisponibilidade)",
    basisOnPhones: "Atendentes em atendimento",
    check: "Verificar escala",
    needsScenario: (step: string) => `Salve primeiro um cenário (etapa ${step}).`,
    checking: "Verificando a escala…",
    checked: (sheetName: string) => `Verificação da escala gravada na planilha “${sheetName}”.`,
    resultHeading: "Resultado do dia",
    resultHeadingDays: (days: string) => `Resultado dos ${days} dias`,
    belowTarget: "Intervalos abaixo da meta",
    dayBelow: "Abaixo",
  },

  capacity: {
    // Terms as the function help (src/functions/locales/pt-BR.json) and docs/README.pt.md chose
    // them: plano de capacidade, plano de contratação, rotatividade (glossary: "turnover /
    // rotatividade": the Portuguese word), contratação and contratados (hiring, hires),
    // treinamento and nesting (glossary: "treinamento / nesting (operação assistida)"), turma (a
    // class of hires), pessoas (heads), headcount (glossary: "headcount / quadro de pessoal", as
    // HR reports it), desligamentos (leavers), falta (the gap: always "falta de FTE" or beside
    // FTE, never the plural "faltas", which reads as absences).
    heading: "Plano de capacidade",
    explain:
      "Quantas pessoas contratar, e quando, para manter o contrato com a equipe necessária semana a semana enquanto pessoas saem e os contratados passam pelo treinamento e pelo nesting. Gera uma planilha de fórmulas WFM vivas com um plano de contratação que você pode alterar.",
    sourceLegend: "FTE necessário por semana",
    sourceScenario: "O dimensionamento de um cenário com o volume de cada semana",
    sourceColumn: "Uma coluna de FTE necessário",
    // "Ajustados", not "escalados": escala is the roster here.
    sourceScenarioHint:
      "A cada semana, os intervalos do cenário são ajustados às chamadas dessa semana e dimensionados com exatidão: o dobro de chamadas precisa de menos do que o dobro de atendentes.",
    scenario: "Cenário",
    needsScenario: (step: string) => `Salve primeiro um cenário (etapa ${step}) ou use uma coluna de FTE necessário.`,
    volumes: "Volumes semanais",
    volumesGrowth: "Crescer a partir do volume do próprio cenário",
    volumesColumn: "Uma coluna de chamadas por semana",
    weeklyGrowth: "Crescimento por semana (%)",
    weeklyGrowthHint: "0,5 significa 0,5% mais chamadas a cada semana; −1 significa 1% menos; 0 mantém o volume do cenário.",
    weeks: "Semanas a planejar",
    volumeAddress: "Chamadas por semana, uma célula por semana",
    fteAddress: "FTE necessário, uma célula por semana",
    addressPlaceholder: "Chamadas!B2:B53",
    addressHint: "Uma célula de cabeçalho no topo é ignorada, assim como as células em branco depois da última semana.",
    useSelection: "Usar seleção",
    paidHours: "Horas pagas por FTE por semana",
    paidHoursHint: "Vem do cenário; altere se o FTE for contado com outro contrato de trabalho.",
    firstWeek: "A semana 1 começa em",
    teamHeading: "A equipe",
    headcount: "Pessoas produtivas hoje",
    headcountHint: "Atendentes que já passaram do nesting; 0 para uma operação nova.",
    attritionRate: "Rotatividade (%)",
    attritionPeriod: "Período de medição",
    attritionYear: "Um ano",
    attritionMonth: "Um mês",
    attritionFigure: "O valor é",
    attritionTurnover: "Uma taxa de rotatividade: desligamentos ÷ headcount médio, como o RH a informa (pode passar de 100%)",
    attritionShare: "Uma parcela da equipe que sai: das pessoas presentes no início, a parcela que saiu até o fim",
    weeklyAttrition: (rate: string) => `= ${rate} por semana`,
    joiningHeading: "Novos contratados",
    trainWeeks: "Treinamento (semanas)",
    nestingWeeks: "Nesting (semanas)",
    nestingProductivity: "Produtividade no nesting (%)",
    graduationRate: "Taxa de conclusão do treinamento (%)",
    graduationRateHint: "A parcela de cada turma que conclui o treinamento.",
    ftePerHead: "FTE por pessoa",
    ftePerHeadHint: "1 quando todos trabalham em tempo integral; 0,8 para uma equipe que trabalha quatro dias por semana.",
    leadWeeks: "Prazo de recrutamento (semanas)",
    leadWeeksHint: "Semanas até a primeira turma poder começar.",
    minClass: "Menor turma",
    maxClass: "Maior turma (opcional)",
    maxClassHint: "Em branco: sem limite. Uma necessidade maior é dividida em várias turmas.",
    costsHeading: "Custos (opcional)",
    costPerHire: "Custo por contratação",
    costPerFteWeek: "Custo por FTE-semana",
    costPerFteWeekHint: "Conta cada pessoa na folha de pagamento, inclusive em treinamento.",
    name: "Nome do plano de capacidade",
    defaultName: "Capacidade",
    build: "Gerar plano de capacidade",
    save: "Salvar",
    building: (name: string) => `Gerando o plano de capacidade ${name}…`,
    saving: (name: string) => `Salvando o plano de capacidade ${name}…`,
    built: (sheetName: string) => `Plano de capacidade gravado na planilha “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Plano de capacidade gerado novamente: a planilha “${sheetName}” foi substituída.`,
    saved: (name: string) => `Plano de capacidade “${name}” salvo na pasta de trabalho.`,
    rebuildTitle: "Gerar novamente o plano de capacidade?",
    rebuildBody: (sheetName: string) =>
      `A planilha “${sheetName}” contém este plano de capacidade. Gerar novamente substitui apenas essa planilha, com o plano de contratação do suplemento; os tamanhos e as datas de turma que você digitou nela serão perdidos.`,
    rebuildConfirm: "Gerar novamente",
    fixFields: (count: number, shown: string) =>
      count === 1
        ? "Um campo do plano de capacidade precisa ser corrigido; ele indica o que está errado."
        : `${shown} campos do plano de capacidade precisam ser corrigidos; cada um indica o que está errado.`,
    resultHeading: (name: string) => `Plano de capacidade: ${name}`,
    totalHires: "Total de contratados",
    classes: "Semanas com início de turma",
    firstCoverable: "Primeira semana que uma nova turma consegue cobrir",
    uncovered: "Semanas que a contratação não consegue cobrir",
    uncoveredNone: "Nenhuma",
    uncoveredExplain: "Falta FTE antes que uma nova turma possa ser produtiva: planeje horas extras ou outro site para essas semanas.",
    fteWeeksShort: "FTE-semanas em falta",
    peakGap: "Maior falta de FTE",
    peakGapAt: (gap: string, week: string) => `${gap} FTE na semana ${week}`,
    weeklyAttritionUsed: "Rotatividade semanal usada",
    hiringCost: "Custo de contratação",
    staffCost: "Custo de pessoal",
    totalCost: "Custo total",
    monthsHeading: "Contratados por mês",
    month: "Mês",
    hires: "Contratados",
    weekRange: (first: string, last: string) => `${first}–${last}`,
    listSeparator: ", ",
    showSheet: "Mostrar a planilha",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "célula" : "células"} a corrigir antes de gravar qualquer coisa`,
    whatIfsHeading: "Simulações",
    whatIfsExplain:
      "Os planos de capacidade são salvos na pasta de trabalho. Duplique um com alterações, como rotatividade +5 pontos ou 6 semanas de treinamento, e compare-os.",
    none: "Ainda não há planos de capacidade salvos: gere ou salve um acima.",
    listLabel: "Planos de capacidade salvos",
    describe: (headcount: string, attrition: string, training: string) =>
      `${headcount} pessoas · rotatividade ${attrition} · ${training} semanas de treinamento`,
    attritionPer: { year: (rate: string) => `${rate} ao ano`, month: (rate: string) => `${rate} ao mês` },
    compare: "Comparar selecionados",
    comparing: "Gravando a comparação dos planos de capacidade…",
    compared: (sheetName: string) => `Comparação dos planos de capacidade gravada na planilha “${sheetName}”.`,
    comparisonHeading: "Lado a lado",
    comparisonExplain: (first: string) => `Entre parênteses: a variação em relação a “${first}”.`,
    comparedWith: (value: string, change: string) => `${value} (${change})`,
    comparisonHires: "Total de contratados",
    comparisonUncovered: "Semanas que a contratação não consegue cobrir",
    comparisonPeakGap: "Maior falta de FTE",
    comparisonCost: "Custo total",
    loaded: (name: string) => `Plano de capacidade “${name}” carregado no formulário.`,
    renamed: (from: string, to: string) => `Plano de capacidade “${from}” renomeado para “${to}”.`,
    duplicateExplain: "A cópia parte deste plano de capacidade; deixe um campo em branco para manter o valor dele.",
    attritionChange: "Variação da rotatividade (pontos percentuais)",
    attritionChangeHint: "+5 soma 5 pontos ao valor, no próprio período: 60% ao ano passa a 65%.",
    duplicated: (name: string) => `Plano de capacidade “${name}” salvo.`,
    deleted: (name: string) => `Plano de capacidade “${name}” excluído.`,
  },

  source: {
    useSelection: "Usar seleção",
    tableLabel: "Tabela do Excel",
    useTable: "Usar tabela",
    noTables: "Esta pasta de trabalho ainda não tem tabelas do Excel.",
    readingSelection: "Lendo as células selecionadas…",
    readingTable: (tableName: string) => `Lendo a tabela ${tableName}…`,
    mappingHeading: "Colunas",
    mappingExplain: "Confira qual coluna contém o quê. Mude a escolha se um cabeçalho não foi reconhecido.",
    noColumn: "Nenhuma",
    columnOption: (position: number, header: string) =>
      header.trim() === "" ? `Coluna ${position}` : `${header} (coluna ${position})`,
    recognised: "Reconhecida pelo cabeçalho.",
    chosenByHand: "Escolhida manualmente.",
    applyMapping: "Ler de novo com estas colunas",
    problemsHeading: (count: number, shown: string) =>
      `${shown} ${one(count) ? "problema" : "problemas"} a corrigir antes de gravar qualquer coisa`,
    moreProblems: (count: string) => `…e mais ${count}.`,
    showSheet: "Mostrar a planilha",
    replaceConfirm: "Substituir",
    cancel: "Cancelar",
  },

  actuals: {
    heading: "Dados reais",
    explain:
      "Leia o que aconteceu a partir de uma exportação do ACD, uma linha por intervalo: data e hora, oferecidas, atendidas, atendidas dentro do tempo alvo (ou um nível de serviço), abandonadas, TMA; as colunas de pessoal são opcionais. Cabeçalhos em português, inglês ou estoniano são reconhecidos.",
    none: "Nenhum dado real lido ainda.",
    chosen: (address: string, intervals: number, shownIntervals: string, days: number, shownDays: string, shownCalls: string) =>
      `Dados reais ${address}: ${shownIntervals} ${one(intervals) ? "intervalo" : "intervalos"} em ${shownDays} ${one(days) ? "data" : "datas"}, total de chamadas oferecidas ${shownCalls}.`,
    intervalsOf: (minutes: string) => `As linhas começam a cada ${minutes} min.`,
    percentPoints: (column: string) => `A coluna “${column}” foi lida em pontos percentuais (92 significa 92%).`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Dados reais lidos: a única linha é válida." : `Dados reais lidos: todas as ${shownRows} linhas são válidas.`,
    problemsAnnounce: (count: number, shown: string) =>
      `Os dados reais têm ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Dados reais; nada foi gravado.`,
    roles: {
      date: "Data",
      interval: "Intervalo (hora, ou data e hora)",
      offered: "Chamadas oferecidas",
      answered: "Chamadas atendidas",
      answeredWithin: "Atendidas dentro do tempo alvo",
      serviceLevel: "Nível de serviço (em vez das atendidas dentro do tempo)",
      abandoned: "Chamadas abandonadas",
      abandonedWithin: "Abandonadas dentro do tempo alvo (opcional)",
      aht: "TMA (segundos)",
      asa: "TME (segundos, opcional)",
      staffScheduled: "Pessoas escaladas (opcional)",
      agentsLoggedIn: "Atendentes logados (opcional)",
      staffedHours: "Horas logadas (opcional)",
      adherence: "Aderência à escala (opcional)",
      shrinkage: "Indisponibilidade (opcional)",
    },
    scenario: "Cenário (o dimensionamento dele)",
    needsScenario: (step: string) => `Salve primeiro um cenário (etapa ${step}): os dados reais são comparados com o dimensionamento dele.`,
    periodKind: "Período",
    periodKinds: { day: "Um dia", week: "Uma semana (de segunda a domingo)", month: "Um mês", all: "Toda a importação" },
    periodWeek: (date: string) => `Semana de ${date}`,
    periodAll: (first: string, last: string) => `${first} a ${last}`,
    period: "Qual",
    build: "Gerar planilha de desempenho",
    building: "Comparando os dados reais com o dimensionamento…",
    built: (sheetName: string) => `Desempenho gravado na planilha “${sheetName}”.`,
    rebuilt: (sheetName: string) => `Desempenho gerado de novo: a planilha “${sheetName}” foi substituída.`,
    replaceTitle: "Substituir a planilha de desempenho?",
    replaceBody: (sheetName: string) =>
      `A planilha “${sheetName}” contém o desempenho deste cenário neste período. Gerar de novo substitui só essa planilha; tudo o que você acrescentou a ela será perdido.`,
    resultHeading: (period: string) => `Desempenho, ${period}`,
    serviceLevel: "Nível de serviço",
    target: "Meta",
    // The target (a meta) was met or not.
    met: "Atingida",
    missed: "Não atingida",
    asa: "TME",
    abandonRate: "Taxa de abandono",
    intervalsMet: "Intervalos na meta",
    daysMet: "Dias na meta",
    wape: "Erro da previsão (WAPE)",
    bias: "Viés da previsão",
    plannedHours: "Horas de atendente planejadas",
    actualHours: "Horas de atendente reais",
    needed: "NS necessário no resto do mês",
    secured: "Meta do mês garantida",
    unreachable: "Fora de alcance neste mês",
    monthComplete: "O mês está completo.",
    whyHeading: "Por que o nível de serviço mudou",
    whyExplain: "Pontos de nível de serviço que cada causa o afastou do planejado, ponderados pelas chamadas.",
    steps: {
      planned: "Planejado",
      volume: "Volume de chamadas",
      aht: "TMA",
      staffing: "Pessoas escaladas",
      shrinkage: "Indisponibilidade",
      adherence: "Aderência à escala",
      modelled: "Modelado",
      unexplained: "Não explicado",
      measured: "Medido",
    },
    stepHeader: "Etapa",
    pointsHeader: "NS / variação",
    noExplanation: "Nenhum intervalo tem ao mesmo tempo dimensionamento e chamadas atendidas, por isso a variação não pode ser explicada.",
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
    moreUnmatched: (count: string) => `…e mais ${count} (listados na planilha).`,
    byDate: "Correspondência por data e hora.",
    byTime: "O dimensionamento é o padrão de um dia: correspondência pela hora do dia em todas as datas.",
    staffing: {
      scheduledAndShrinkage: "Pessoal: pessoas escaladas e indisponibilidade da exportação.",
      scheduledAndLoggedIn: "Pessoal: pessoas escaladas; a indisponibilidade é a parcela que não estava logada.",
      scheduled: "Pessoal: pessoas escaladas da exportação, indisponibilidade como planejada.",
      loggedIn: "Pessoal: os atendentes logados são as pessoas que restam depois da indisponibilidade.",
      asPlanned: "Sem dados de pessoal na exportação: pessoal considerado como planejado.",
    },
  },

  team: {
    heading: "Indicadores da equipe",
    explain:
      "Leia uma tabela por dia ou por semana: horas escaladas e trabalhadas e, se houver, notas de qualidade e avaliações, reclamações e contatos atendidos, desligamentos. Cada indicador recebe uma situação vermelha, amarela ou verde em relação à sua meta.",
    none: "Nenhuma tabela da equipe lida ainda.",
    chosenDays: (address: string, rows: number, shownRows: string) =>
      `Tabela da equipe ${address}: ${shownRows} ${one(rows) ? "dia" : "dias"}.`,
    chosenWeeks: (address: string, rows: number, shownRows: string) =>
      `Tabela da equipe ${address}: ${shownRows} ${one(rows) ? "semana" : "semanas"}.`,
    ready: (rows: number, shownRows: string) =>
      rows === 1 ? "Indicadores da equipe lidos: a única linha é válida." : `Indicadores da equipe lidos: todas as ${shownRows} linhas são válidas.`,
    problemsAnnounce: (count: number, shown: string) =>
      `A tabela da equipe tem ${shown} ${one(count) ? "problema, listado" : "problemas, listados"} por célula em Indicadores da equipe; nada foi gravado.`,
    roles: {
      period: "Data ou início da semana",
      scheduledHours: "Horas escaladas",
      workedHours: "Horas trabalhadas",
      qualityScore: "Nota de qualidade (opcional)",
      evaluations: "Avaliações (opcional)",
      complaints: "Reclamações (opcional)",
      contactsHandled: "Contatos atendidos (opcional)",
      leavers: "Desligamentos (opcional)",
    },
    granularity: "Cada linha é",
    granularityDay: "Um dia",
    granularityWeek: "Uma semana",
    targetsHeading: "Metas",
    targetsExplain:
      "Verde na meta ou melhor, amarelo até o limite amarelo, vermelho além dele. Percentuais como 95, 95% ou 0,95. Salvas na pasta de trabalho.",
    metrics: {
      // Glossary: attendance = "assiduidade / presença"; the first, as the sheets say.
      attendance: "Assiduidade (%)",
      absenteeism: "Absenteísmo (%)",
      quality: "Nota de qualidade (%)",
      evaluations: "Avaliações por semana",
      complaintsPer1000: "Reclamações por 1.000 contatos",
      leavers: "Desligamentos por semana",
    },
    target: "Meta",
    // A traffic light's amber is amarelo.
    amber: "Limite amarelo",
    targetOf: (metric: string) => `${metric}: meta`,
    amberOf: (metric: string) => `${metric}: limite amarelo`,
    higherBetter: "Quanto maior, melhor.",
    lowerBetter: "Quanto menor, melhor.",
    amberWrongSideHigher: "O limite amarelo deve ser igual ou menor que a meta.",
    amberWrongSideLower: "O limite amarelo deve ser igual ou maior que a meta.",
    storedUnreadable: "Não foi possível ler as metas da equipe guardadas nesta pasta de trabalho; são mostrados os valores padrão.",
    contactsFromActuals:
      "A tabela tem reclamações, mas não contatos atendidos: são usadas as chamadas atendidas dos dados reais lidos em Dados reais.",
    build: "Gerar planilha de indicadores da equipe",
    building: "Gravando os indicadores da equipe…",
    built: (sheetName: string) => `Indicadores da equipe gravados na planilha “${sheetName}”; as metas foram salvas na pasta de trabalho.`,
    rebuilt: (sheetName: string) => `Indicadores da equipe gerados de novo: a planilha “${sheetName}” foi substituída.`,
    replaceTitle: "Substituir a planilha de indicadores da equipe?",
    replaceBody: (sheetName: string) =>
      `A planilha “${sheetName}” contém os indicadores da equipe. Gerar de novo substitui só essa planilha; tudo o que você acrescentou a ela será perdido.`,
    resultHeading: "No período todo",
    status: { green: "Verde", amber: "Amarelo", red: "Vermelho" },
    weeksRed: (count: string) => `Semanas com situação vermelha: ${count}.`,
    notAvailable: "—",
  },

  client: {
    heading: "Relatório para o cliente",
    explain:
      "Um relatório para o cliente do período escolhido em Dados reais: o resumo em relação à meta, por que o nível de serviço mudou, os dias, as semanas da equipe e o mapa de calor. Só valores e sem custos, para que fique igual no Excel do cliente sem o suplemento.",
    needsActuals: "Leia os dados reais e escolha um cenário e um período em Dados reais primeiro.",
    language: "Idioma do relatório",
    languageHint: "Só para este relatório: as outras planilhas são gravadas no idioma da pasta de trabalho.",
    clientName: "Nome do cliente (opcional, para o título)",
    includeTeam: "Incluir as semanas da equipe (lidas em Indicadores da equipe)",
    write: "Gravar relatório para o cliente",
    writing: "Gravando o relatório para o cliente…",
    written: (sheetName: string) => `Relatório para o cliente gravado na planilha “${sheetName}”: só valores, sem fórmulas.`,
    rewritten: (sheetName: string) => `Relatório para o cliente gerado de novo: a planilha “${sheetName}” foi substituída.`,
    replaceTitle: "Substituir o relatório para o cliente?",
    replaceBody: (sheetName: string) =>
      `A planilha “${sheetName}” contém este relatório para o cliente. Gravar de novo substitui só essa planilha; tudo o que você acrescentou a ela será perdido.`,
    copyHeading: "Cópia para o cliente",
    copyExplain:
      "Uma pasta de trabalho separada para o cliente, aberta no Excel: só as planilhas marcadas, como valores, sem fórmulas, sem custos, sem configurações de cenário e sem planilhas ocultas. Esta pasta de trabalho não é alterada.",
    copyReport: "O relatório para o cliente",
    copyPlan: (name: string) => `Dimensionamento “${name}”, como valores sem custos`,
    copyCapacity: (name: string) => `Plano de capacidade “${name}”: semanas e contratações, como valores sem custos`,
    makeCopy: "Fazer cópia para o cliente",
    making: "Fazendo a cópia para o cliente…",
    made: (sheets: string, size: string) =>
      `Cópia para o cliente aberta como nova pasta de trabalho: ${sheets} (${size} KB). Salve-a e envie-a ao cliente.`,
  },

  fields: {
    intervalMinutes: "Duração do intervalo",
    targetServiceLevel: "Meta de nível de serviço",
    targetSeconds: "Tempo alvo de atendimento",
    targetAsaSeconds: "Meta de TME",
    maxOccupancy: "Taxa de ocupação máxima",
    patienceSeconds: "Paciência do cliente",
    abandonRule: "Regra de abandono",
    shrinkage: "Indisponibilidade",
    paidHoursPerFteWeek: "Horas pagas por FTE por semana",
    operatingDaysPerWeek: "Dias de funcionamento por semana",
    costPerAgentHour: "Custo por hora de atendente",
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
    required: "Informe um valor.",
    notANumber: (value: string) => `“${value}” não é um número. Use algarismos, com vírgula ou ponto para os decimais.`,
    atLeast: (value: string) => `no mínimo ${value}`,
    moreThan: (value: string) => `maior que ${value}`,
    atMost: (value: string) => `no máximo ${value}`,
    lessThan: (value: string) => `menor que ${value}`,
    outOfRange: (lower: string, upper: string) => `Deve ser ${lower} e ${upper}.`,
    atLeastOnly: (lower: string) => `Deve ser ${lower}.`,
    notWhole: (value: string) => `${value} não é um número inteiro; digite um número inteiro.`,
    notAllowed: (allowed: string) => `Escolha um destes: ${allowed}.`,
    listSeparator: ", ",
    ambiguousNumber: (value: string, grouped: string, decimal: string) =>
      `“${value}” pode ser ${grouped} ou ${decimal}. Qual você quis dizer?`,
    useReading: (shown: string) => `É ${shown}`,
  },

  forecastProblems: {
    // Said as "a coluna de chamadas", "o valor de TMA".
    roles: { date: "data", interval: "intervalo", calls: "chamadas", aht: "TMA" },
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: “${value}” é texto; o valor de ${column} deve ser um número.`,
    errorInCell: (cell: string, value: string) => `${cell}: a célula mostra ${value}; corrija a fórmula ou digite um valor.`,
    negativeCalls: (cell: string, value: string) => `${cell}: o número de chamadas não pode ser negativo (${value}).`,
    missingCalls: (cell: string) => `${cell}: faltam as chamadas; digite 0 para um intervalo sem chamadas.`,
    ahtIsTime: (cell: string, value: string, seconds: string) =>
      `${cell}: ${value} está em formato de hora, mas o TMA é lido em segundos; digite ${seconds} (segundos).`,
    defaultAhtInvalid: (value: string, min: string, max: string) =>
      `O TMA padrão (${value}) deve ser um número de segundos de ${min} a ${max}.`,
    missingDate: (cell: string) => `${cell}: falta a data; esta previsão tem datas, então cada linha precisa da sua.`,
    notADate: (cell: string, value: string) =>
      `${cell}: “${value}” não é uma data ou hora que o Excel reconheça; digite-a como data (e hora).`,
    repeatedInterval: (cell: string, first: string) =>
      `${cell}: este intervalo começa no mesmo momento que ${first}; cada intervalo pode aparecer uma só vez.`,
    repeatedTime: (cell: string, first: string) =>
      `${cell}: esta hora já aparece em ${first}; uma previsão de vários dias precisa de uma data em cada linha (uma coluna de data, ou datas e horas na coluna de intervalo).`,
    intervalStep: (cell: string, step: string, chosen: string) =>
      `${cell}: este intervalo começa ${step} min depois do anterior, mas a duração do intervalo em Metas é de ${chosen} min. Escolha a duração que a previsão usa ou corrija as horas.`,
    longerThanADay: (cell: string, rows: string, chosen: string) =>
      `${cell}: ${rows} intervalos de ${chosen} min passam de um dia; dê datas às linhas (uma coluna de data, ou datas e horas na coluna de intervalo).`,
    ahtOutOfRange: (cell: string, value: string, min: string, max: string) =>
      `${cell}: o TMA deve ser de ${min} a ${max} segundos (${value}).`,
    missingAht: (cell: string) => `${cell}: falta o TMA; digite-o ou informe um TMA padrão acima.`,
    missingInterval: (cell: string) => `${cell}: falta o intervalo; digite a hora de início.`,
    columnNotFound: (column: string) => `Nenhuma coluna de ${column} foi reconhecida; escolha-a em Colunas.`,
    sameColumnTwice: (column: string, other: string) =>
      `As colunas de ${column} e de ${other} são a mesma; escolha colunas diferentes.`,
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) => `A previsão tem ${rows} linhas; no máximo ${limit} podem ser planejadas.`,
  },

  capacityProblems: {
    weeklyAttritionTooHigh: (weekly: string) =>
      `Isso dá ${weekly} da equipe saindo a cada semana: mais do que todos. Confira o valor e o período (uma taxa anual digitada como mensal?).`,
    minAboveMax: (min: string, max: string) => `A menor turma (${min}) é maior do que a maior (${max}).`,
    notADate: (value: string) => `“${value}” não é uma data; escolha uma.`,
    notAnAddress: (value: string) =>
      `“${value}” não é um intervalo de células; digite-o como Planilha!B2:B53 ou selecione as células e clique em Usar seleção.`,
    addressWithoutSheet: (value: string) =>
      `Indique a planilha: Planilha!${value}, ou selecione as células e clique em Usar seleção.`,
  },

  weeksProblems: {
    // Said as "o valor de chamadas", "sem valor de FTE necessário".
    columns: { volume: "chamadas", fte: "FTE necessário", hires: "contratados" },
    weeksNotOneColumn: (address: string) => `${address} tem mais de uma coluna; indique uma coluna, uma célula por semana.`,
    noWeeks: (address: string) => `${address} não contém semanas: está vazio.`,
    tooManyWeeks: (weeks: string, limit: string) => `São ${weeks} semanas; um plano de capacidade comporta no máximo ${limit}.`,
    blankWeek: (cell: string, week: string, column: string) =>
      `${cell}: a semana ${week} está sem valor de ${column}; digite um número (0 se não houver).`,
    textInWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: o valor de ${column} da semana ${week}, “${value}”, é texto; digite um número.`,
    errorInWeek: (cell: string, week: string, value: string) =>
      `${cell}: a semana ${week} mostra ${value}; corrija a fórmula ou digite um valor.`,
    negativeWeek: (cell: string, week: string, value: string, column: string) =>
      `${cell}: o valor de ${column} da semana ${week} não pode ser negativo (${value}).`,
  },

  actualsProblems: {
    actualsWithoutDates: "Os dados reais não têm datas: escolha em Colunas a coluna de data, ou uma coluna de datas e horas.",
    notATime: (cell: string, value: string) =>
      `${cell}: “${value}” não é uma hora; os dados reais são comparados com o dimensionamento pelas horas de início.`,
    secondsAsTime: (cell: string, column: string, value: string, seconds: string) =>
      `${cell}: ${value} está em formato de hora, mas “${column}” é lido em segundos; digite ${seconds}.`,
    ahtNotPositive: (cell: string, value: string) =>
      `${cell}: onde houve chamadas atendidas, o TMA deve ser maior que 0 segundos (${value}).`,
    columnNotFound: (column: string) => `Nenhuma coluna “${column}” foi reconhecida; escolha-a em Colunas.`,
    answeredWithinNotFound:
      "Não foi reconhecida nenhuma coluna de chamadas atendidas dentro do tempo alvo nem de nível de serviço; escolha uma em Colunas.",
    sameColumnTwice: (column: string, other: string) => `“${column}” e “${other}” são a mesma coluna; escolha colunas diferentes.`,
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) =>
      `Os dados reais têm ${rows} linhas; no máximo ${limit} (um mês de quartos de hora) podem ser lidas.`,
  },

  teamProblems: {
    missingPeriod: (cell: string) => `${cell}: falta a data; cada linha precisa do dia ou do primeiro dia da semana.`,
    notADate: (cell: string, value: string) =>
      `${cell}: “${value}” não é uma data que o Excel reconheça; digite o dia ou o primeiro dia da semana.`,
    repeatedPeriod: (cell: string, first: string) =>
      `${cell}: esta data já aparece em ${first}; cada dia ou semana pode aparecer uma só vez.`,
    columnNotFound: (column: string) => `Nenhuma coluna “${column}” foi reconhecida; escolha-a em Colunas.`,
    sameColumnTwice: (column: string, other: string) => `“${column}” e “${other}” são a mesma coluna; escolha colunas diferentes.`,
    contactsNeeded:
      "As reclamações são contadas por 1.000 contatos atendidos: escolha uma coluna de contatos, ou leia antes os dados reais (as chamadas atendidas deles são usadas).",
    noDataRows: "Não há linhas de dados abaixo dos cabeçalhos.",
    tooManyRows: (rows: string, limit: string) => `A tabela da equipe tem ${rows} linhas; no máximo ${limit} podem ser lidas.`,
  },

  numberProblems: {
    missingValue: (cell: string, column: string) => `${cell}: falta o valor de “${column}”; digite 0 se foi zero.`,
    errorInCell: (cell: string, value: string) => `${cell}: a célula mostra ${value}; corrija a fórmula ou digite um valor.`,
    textInNumberColumn: (cell: string, column: string, value: string) =>
      `${cell}: “${value}” é texto; digite “${column}” como número.`,
    negativeValue: (cell: string, column: string, value: string) =>
      `${cell}: o valor de “${column}” não pode ser negativo (${value}).`,
    notAPercent: (cell: string, column: string, value: string) =>
      `${cell}: o valor ${value} de “${column}” passa de 100%; digite um percentual como 92% (ou 0,92).`,
  },

  performanceProblems: {
    noActualsInPeriod: "Os dados reais não têm intervalos nesse período; escolha outro.",
    abandonedWithinNeeded:
      "O contrato do cenário deixa os abandonos curtos fora do nível de serviço (ou os conta como atendidos no tempo), por isso os dados reais precisam de uma coluna de chamadas abandonadas dentro do tempo alvo.",
    nothingToMeasure: "Nenhuma chamada do período entra no nível de serviço, por isso ele não existe.",
    intervalNotModelled: (cell: string, argument: string) =>
      `${cell}: o valor de ${argument} deste intervalo está fora do que o modelo de filas aceita; confira a linha.`,
    arguments: {
      plan_calls: "chamadas planejadas",
      actual_calls: "chamadas oferecidas",
      plan_aht: "TMA planejado",
      actual_aht: "TMA",
      plan_staff: "pessoas escaladas planejadas",
      actual_staff: "pessoas escaladas",
      plan_shrinkage: "indisponibilidade planejada",
      actual_shrinkage: "indisponibilidade",
      actual_adherence: "aderência à escala",
      target_time: "tempo alvo de atendimento",
      interval: "duração do intervalo",
    },
  },

  rosterProblems: {
    rosterNotOneColumn: (address: string) => `${address} tem mais de uma coluna; selecione uma coluna de atendentes.`,
    rosterLengthMismatch: (rosterRows: string, forecastRows: string) =>
      `A escala tem ${rosterRows} células, mas a previsão tem ${forecastRows} intervalos; selecione uma célula por intervalo.`,
    textInRosterCell: (cell: string, value: string) => `${cell}: “${value}” é texto; digite um número de atendentes.`,
    negativeRosterCell: (cell: string, value: string) => `${cell}: o número de atendentes não pode ser negativo (${value}).`,
    missingRosterCell: (cell: string) => `${cell}: vazia; digite 0 onde não há ninguém escalado.`,
  },

  clientSafetyProblems: {
    formula: (place: string, text: string) => `${place} ainda contém a fórmula ${text}; uma cópia para o cliente contém só valores.`,
    formulaText: (place: string, text: string) => `${place} contém um texto que o Excel leria como fórmula (${text}).`,
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
        ? `${shown} meta precisa ser corrigida; nada foi gravado.`
        : `${shown} metas precisam ser corrigidas; nada foi gravado.`,
    targetUnreachable: (interval: string, cell: string) =>
      `Nenhum dimensionamento atinge a meta no intervalo ${interval} (${cell}). Reduza a meta ou aumente a taxa de ocupação máxima.`,
    trafficTooHigh: (interval: string, cell: string, erlangs: string, limit: string) =>
      `No intervalo ${interval} (${cell}) chamadas × TMA dão ${erlangs} Erlangs, mais do que os ${limit} que o suplemento modela; confira a linha da previsão e as unidades.`,
    queueTooLong: (interval: string, cell: string, callers: string, limit: string) =>
      `No intervalo ${interval} (${cell}) chegariam ${callers} clientes dentro de uma paciência média, mais do que os ${limit} que o suplemento acompanha; use uma paciência menor, ou nenhuma.`,
    targetMetByAbandons: (interval: string, cell: string, share: string, target: string) =>
      `No intervalo ${interval} (${cell}) os clientes que desligam dentro do tempo alvo (${share} dos que esperam) já atingem a meta de ${target} quando contam como atendidas no tempo, e nenhum atendente seria necessário. Escolha outra regra para as chamadas abandonadas dentro do tempo alvo.`,
    loadOutOfRange: (interval: string, cell: string, argument: string) =>
      `O valor de ${argument} no intervalo ${interval} (${cell}) é maior do que os cálculos de fila suportam; confira a linha da previsão.`,
    arguments: { calls: "chamadas", aht: "TMA", traffic: "tráfego", agents: "atendentes", patience: "paciência" },
    sheetExists: (sheetName: string) => `A planilha “${sheetName}” já existe.`,
    notGenerated: (sheetName: string) =>
      `A planilha “${sheetName}” é sua, não do suplemento, por isso não foi alterada. Renomeie essa planilha ou o cenário.`,
    sheetNotFound: (sheetName: string) => `A planilha “${sheetName}” não existe mais.`,
    tableNotFound: (tableName: string) => `A tabela ${tableName} não existe mais; escolha a previsão de novo.`,
    scenarioNotFound: "Esse cenário não está mais na pasta de trabalho; a lista foi atualizada.",
    scenarioNameTaken: (name: string) => `Já existe um cenário chamado “${name}”; escolha outro nome.`,
    scenarioNameEmpty: "Dê um nome ao cenário.",
    tooFewScenarios: "Marque pelo menos dois cenários para comparar.",
    selectionNotUsable: (address: string) =>
      `A seleção ${address} não é um bloco de dados. Selecione as células da previsão, com os cabeçalhos, e tente de novo.`,
    invalidAddress: (address: string) => `“${address}” não é um intervalo de células desta pasta de trabalho.`,
    storedScenariosUnreadable:
      "Não foi possível ler os cenários guardados nesta pasta de trabalho. Salvar um cenário começará uma nova lista.",
    weeksProblems: (count: number, shown: string) =>
      `A coluna de semanas tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    invalidCapacityInputs: (count: number, shown: string) =>
      one(count)
        ? `${shown} dado do plano de capacidade precisa ser corrigido; nada foi gravado.`
        : `${shown} dados do plano de capacidade precisam ser corrigidos; nada foi gravado.`,
    sourceScenarioNotFound: (name: string) =>
      `O cenário que o plano de capacidade “${name}” dimensiona não está mais na pasta de trabalho; carregue o plano e escolha outro cenário.`,
    weekNotComputable: (week: string, calls: string, interval: string) =>
      `A semana ${week} (${calls} chamadas) não pode ser dimensionada: no intervalo ${interval} a meta é inatingível ou o tráfego é grande demais. Confira o volume dessa semana.`,
    patternWithoutCalls: (name: string) =>
      `A previsão do cenário “${name}” não tem chamadas, por isso não pode ser ajustada ao volume de uma semana.`,
    capacityNotComputable:
      "Cobrir a falta de uma semana exigiria mais de 10 milhões de contratados: confira o valor da rotatividade e o período, e se o FTE necessário está mesmo em FTE.",
    storedCapacityUnreadable:
      "Não foi possível ler os planos de capacidade guardados nesta pasta de trabalho. Salvar um plano começará uma nova lista.",
    capacitySheetChanged: (sheetName: string) =>
      `A tabela de semanas da planilha “${sheetName}” não está mais onde o suplemento a gravou; gere o plano de capacidade novamente.`,
    actualsProblems: (count: number, shown: string) =>
      `Os dados reais têm ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    performanceProblems: (count: number, shown: string) =>
      `Os dados reais não podem ser comparados com este dimensionamento (${shown} ${one(count) ? "problema" : "problemas"}); nada foi gravado.`,
    teamProblems: (count: number, shown: string) =>
      `A tabela da equipe tem ${shown} ${one(count) ? "problema" : "problemas"}; nada foi gravado.`,
    clientCopyEmpty: "Marque pelo menos uma planilha para pôr na cópia para o cliente.",
    invalidTeamTargets: (count: number, shown: string) =>
      one(count)
        ? `${shown} meta da equipe precisa ser corrigida; nada foi gravado.`
        : `${shown} metas da equipe precisam ser corrigidas; nada foi gravado.`,
    excelFailed: (operation: string, detail: string) => `O Excel recusou uma etapa ao ${operation}: ${detail}.`,
    rolledBack: "A planilha gravada pela metade foi removida; a pasta de trabalho está como estava.",
    clientCopyNotSupported: (requirement: string) =>
      `Esta versão do Excel não consegue abrir uma nova pasta de trabalho a partir do suplemento (isso exige ${requirement}: Excel 2019 ou posterior, Microsoft 365 ou Excel para a Web). Nada foi criado.`,
    clientCopyUnsafe: (count: number, shown: string) =>
      `A cópia para o cliente não foi feita: ${shown} ${one(count) ? "lugar não contém" : "lugares não contêm"} só valores. Nada foi criado.`,
    clientCopyInvalid: (detail: string) => `Não foi possível gerar a cópia para o cliente: ${detail}. Nada foi criado.`,
    operations: {
      createSampleForecast: "gravar a previsão de exemplo",
      readForecast: "ler a previsão",
      buildPlan: "gravar o dimensionamento",
      compareScenarios: "gravar a comparação",
      checkRoster: "verificar a escala",
      saveScenarios: "salvar os cenários",
      loadScenarios: "ler os cenários",
      listTables: "listar as tabelas",
      buildCapacityPlan: "gravar o plano de capacidade",
      compareCapacityScenarios: "gravar a comparação dos planos de capacidade",
      previewCapacityPlan: "calcular o plano de capacidade",
      capacityClientCopy: "ler o plano de capacidade",
      saveCapacityScenario: "salvar o plano de capacidade",
      loadCapacityScenarios: "ler os planos de capacidade",
      createSampleActuals: "gravar os dados reais de exemplo",
      readActuals: "ler os dados reais",
      buildPerformance: "gravar a planilha de desempenho",
      readTeamMetrics: "ler os indicadores da equipe",
      loadTeamTargets: "ler as metas da equipe",
      buildTeamMetrics: "gravar os indicadores da equipe",
      makeClientCopy: "fazer a cópia para o cliente",
      buildClientReport: "gravar o relatório para o cliente",
      createClientCopy: "abrir a cópia para o cliente",
      getWorkbookCulture: "ler as configurações numéricas da pasta de trabalho",
    },
    otherOperation: "trabalhar na pasta de trabalho",
  },
} satisfies Translation<Strings>;
