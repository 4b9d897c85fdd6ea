/**
 * The generated sheets in European Portuguese (labels.ts has the English table and the rules),
 * in the 1990 spelling agreement that Microsoft's own pt-PT Office uses. One term per concept, as
 * in the pane (src/taskpane/strings/pt-PT.ts), the function help and docs/README.pt.md; the
 * glossary (../shared/glossary.md) is followed except where a comment says why not. Where it
 * differs from pt-BR: objetivos (not metas), operadores (not atendentes), ETI (not FTE), folha
 * (not planilha), formação (not treinamento), tempo-alvo.
 */
import type { LabelTranslation } from "./labels";

export const ptPT = {
  sampleSheet: "Previsão de exemplo",
  planSheet: "Dimensionamento - {scenario}",
  comparisonSheet: "Comparação",
  // Short, like "Roster check - ", so a scenario's name keeps most of the 31 characters.
  rosterSheet: "Verif. da escala - {scenario}",

  // Recognised by headers.ts: "intervalo", "chamadas", "tma".
  sampleTitleInterval: "Intervalo",
  sampleTitleCalls: "Chamadas",
  sampleTitleAht: "TMA (s)",

  planTitle: "Dimensionamento: {scenario}",
  planNote:
    "Previsão {forecast}, volume ×{volumeFactor}, tempo médio de atendimento ×{ahtFactor}. Gerado em {date} pelo suplemento WFM. " +
    "As células das tabelas são fórmulas vivas: altere a previsão ou os objetivos e são recalculadas. " +
    "A coluna \"Ao gerar\" guarda os valores calculados pelo suplemento ao gerar a folha, legíveis sem o suplemento.",
  comparisonTitle: "Comparação de cenários",
  comparisonNote:
    "Calculado pelo suplemento WFM em {date} a partir da previsão e dos objetivos de cada cenário. São valores, " +
    "não fórmulas: não são recalculados; volte a comparar depois de alterar um cenário.",
  rosterTitle: "Verificação da escala: {scenario}",
  rosterNote:
    "Escala {roster} ({basis}) comparada com a previsão {forecast}. Gerado em {date} pelo suplemento WFM. " +
    "Os intervalos que não atingem o objetivo estão realçados.",
  rosterBasisScheduled: "pessoas escaladas, antes da indisponibilidade",
  rosterBasisOnPhones: "operadores em atendimento",

  targetsHeading: "Objetivos",
  targetInterval: "Duração do intervalo (minutos)",
  targetGoal: "Objetivo de dimensionamento",
  goalServiceLevel: "Nível de serviço: percentagem das chamadas atendidas dentro de um tempo",
  goalAsa: "Tempo médio de espera: a espera média das chamadas atendidas",
  targetServiceLevel: "Objetivo de nível de serviço (percentagem das chamadas atendidas no tempo)",
  targetSeconds: "Tempo-alvo de atendimento (segundos)",
  targetAsa: "Objetivo de tempo médio de espera (segundos)",
  targetMaxOccupancy: "Taxa de ocupação máxima: percentagem do tempo dos operadores em chamadas (em branco: sem limite)",
  targetPatience:
    "Paciência: segundos que os clientes esperam, em média, antes de desligar (em branco: os clientes nunca desligam)",
  targetAbandonRule: "Chamadas abandonadas antes do tempo-alvo",
  abandonRuleFormat:
    '[=0]"contam como não atendidas no tempo";[=1]"ficam fora do nível de serviço";"contam como atendidas no tempo"',
  // Glossary: "shrinkage / indisponibilidade ?". The Portuguese word leads and the English one,
  // which Portuguese WFM teams also say, follows in brackets where it is explained.
  targetShrinkage:
    "Indisponibilidade (shrinkage): percentagem do tempo pago fora do atendimento (pausas, formação, ausências)",
  targetPaidHours: "Horas pagas por trabalhador a tempo inteiro por semana",
  targetOperatingDays: "Dias por semana em que a operação funciona",
  targetCost: "Custo por hora escalada de operador",
  targetDefaultAht: "Tempo médio de atendimento das linhas que não o têm (segundos)",

  summaryHeading: "Resumo",
  summaryLive: "Atual",
  summaryAsBuilt: "Ao gerar",
  summaryTotalCalls: "Total de chamadas",
  summaryDayServiceLevel: "Nível de serviço do dia (ponderado pelas chamadas)",
  summaryPeriodServiceLevel: "Nível de serviço dos {days} dias (ponderado pelas chamadas)",
  summaryDayAsa: "Tempo médio de espera do dia, em segundos (ponderado pelas chamadas atendidas)",
  summaryPeriodAsa: "Tempo médio de espera dos {days} dias, em segundos (ponderado pelas chamadas atendidas)",
  summaryDayAbandon: "Percentagem das chamadas abandonadas no dia",
  summaryPeriodAbandon: "Percentagem das chamadas abandonadas nos {days} dias",
  summaryPeakAgents: "Máximo de operadores necessários num intervalo",
  summaryPeakScheduled: "Máximo de pessoas escaladas num intervalo",
  summaryAgentHoursRequired: "Horas de operador necessárias (operadores em atendimento)",
  summaryAgentHoursScheduled: "Horas de operador escaladas (com a indisponibilidade)",
  summaryFte:
    "Equivalentes a tempo inteiro (ETI): as horas escaladas deste dia em cada dia de funcionamento da semana ÷ horas pagas por ETI por semana",
  summaryWeekFte: "Equivalentes a tempo inteiro (ETI), semana média: horas escaladas ÷ horas pagas por ETI por semana",
  summaryPeakWeekFte: "Equivalentes a tempo inteiro (ETI), semana de maior volume",
  summaryDayCost: "Custo do dia (horas escaladas × custo por hora de operador)",
  summaryPeriodCost: "Custo dos {days} dias (horas escaladas × custo por hora de operador)",
  summaryIntervalsBelowTarget: "Intervalos abaixo do objetivo",

  columnDate: "Data",
  columnInterval: "Intervalo",
  columnCalls: "Chamadas",
  columnAht: "Tempo médio de atendimento (s)",
  columnTraffic: "Tráfego (Erlangs)",
  columnAgentsRequired: "Operadores necessários",
  columnServiceLevel: "Nível de serviço",
  columnAsa: "Tempo médio de espera (s)",
  columnAbandon: "Percentagem abandonada",
  columnOccupancy: "Taxa de ocupação",
  columnScheduledStaff: "Pessoas escaladas",
  columnRosteredAgents: "Operadores na escala",
  columnAgentsOnPhones: "Operadores em atendimento",
  columnBelowTarget: "Abaixo do objetivo",
  belowTargetMark: "Abaixo do objetivo",
  asaNeverAnswered: "a fila cresce sem limite",

  daysCaption: "Por dia",
  weeksCaption:
    "Por semana: semanas de 7 dias a partir da primeira data. Uma semana incompleta é comparada com as horas pagas dos dias de funcionamento que contém.",
  columnWeekStart: "Início da semana",
  columnCalendarDays: "Dias na previsão",
  columnOpenDays: "Dias de funcionamento contados",
  columnAgentHoursRequired: "Horas de operador necessárias",
  columnAgentHoursScheduled: "Horas de operador escaladas",
  columnPeakAgents: "Máximo de operadores necessários",
  columnFte: "ETI",
  columnCost: "Custo",
  columnIntervalsBelowTarget: "Intervalos abaixo do objetivo",

  chartTitle: "Operadores necessários e pessoas escaladas por intervalo",
  comparisonChartTitle: "Operadores necessários por intervalo",

  comparisonTotalsHeading: "Totais",
  comparisonIntervalsHeading: "Operadores necessários por intervalo",
  comparisonDaysHeading: "Horas de operador escaladas por dia",
  comparisonWeeksHeading: "Equivalentes a tempo inteiro (ETI) por semana",
  comparisonDifference: "{scenario} − {first}",

  // Capacity plan (capacity-layout.ts). Terms as the pane and the function help: plano de
  // capacidade, rotatividade, contratados, formação, nesting, turma, pessoas (heads), efetivos
  // (headcount), saídas (leavers), falta (the gap).
  // Short, like "Dimensionamento - ", so a scenario's name keeps most of the 31 characters.
  capacitySheet: "Capacidade - {scenario}",
  capacityComparisonSheet: "Comparação de capacidade",
  capacityTitle: "Plano de capacidade: {scenario}",
  capacityNote:
    "Equivalentes a tempo inteiro (ETI) necessários: {origin}. Gerado em {date} pelo suplemento WFM. As células do plano são fórmulas WFM vivas. " +
    "Contratados que começam: o plano de contratação do suplemento, gravado como valores: escreva por cima a dimensão e as datas das suas turmas, " +
    "ou altere os ETI necessários ou os dados de entrada, e o plano é recalculado. " +
    "A coluna \"Ao gerar\" guarda os valores calculados pelo suplemento ao gerar a folha, legíveis sem o suplemento.",
  capacityClientNote: "Equivalentes a tempo inteiro (ETI) necessários: {origin}. Valores conforme planeados em {date}.",
  capacityOriginGrowth:
    "cenário «{scenario}» (previsão {forecast}) dimensionado semana a semana com {calls} chamadas na semana 1, " +
    "a crescer {growth}% por semana, com {paidHours} horas pagas por equivalente a tempo inteiro por semana",
  capacityOriginVolumes:
    "cenário «{scenario}» (previsão {forecast}) dimensionado semana a semana com as chamadas por semana de {column}, " +
    "com {paidHours} horas pagas por equivalente a tempo inteiro por semana",
  capacityOriginColumn: "a coluna {column}",
  capacityInputsHeading: "A equipa e a entrada dos novos contratados",
  capacityHeadcount: "Pessoas produtivas na semana 1",
  capacityAttritionRate: "Rotatividade, conforme reportada",
  capacityAttritionWeeks: "Período da rotatividade em semanas (52 = um ano, 4,33 = um mês)",
  capacityAttritionForm: "O valor da rotatividade é",
  capacityAttritionFormFormat:
    '[=1]"uma taxa de rotatividade (saídas ÷ efetivos médios): proporcional à semana";"uma percentagem da equipa que sai: composta para a semana"',
  capacityTrainWeeks: "Semanas de formação (quem está em formação não atende chamadas)",
  capacityNestingWeeks: "Semanas de nesting (operação assistida) depois da formação",
  capacityNestingProductivity: "Produtividade durante o nesting",
  capacityGraduationRate: "Percentagem de cada turma que conclui a formação",
  capacityFtePerHead: "Equivalentes a tempo inteiro que uma pessoa assegura (1: todos a tempo inteiro)",
  capacityLeadWeeks: "Prazo de recrutamento: semanas até a primeira turma poder começar",
  capacityMinClass: "Menor turma",
  capacityMaxClass: "Maior turma (em branco: sem limite)",
  capacityCostPerHire: "Custo por contratação",
  capacityCostPerFteWeek: "Custo de um equivalente a tempo inteiro pago durante uma semana",
  capacityWeeklyAttrition: "Rotatividade semanal (o valor acima convertido com WFM.ATTRITION_CONVERT)",
  capacityWeeklyAttritionClient: "Rotatividade semanal (o valor acima convertido para uma semana)",
  capacityTotalHires: "Total de contratados",
  capacityClasses: "Semanas em que uma turma começa",
  capacityFirstCoverable: "Primeira semana que uma nova turma consegue cobrir (1 + prazo de recrutamento + formação + nesting)",
  capacityWeeksShort:
    "Semanas com falta de equivalentes a tempo inteiro: a contratação não as consegue cobrir, por isso precisam de horas extraordinárias ou de outro centro",
  capacityFteWeeksShort:
    "Semanas de equivalente a tempo inteiro em falta (ETI-semanas: o que horas extraordinárias ou outro centro têm de assegurar)",
  capacityPeakGap: "Maior falta numa semana, em equivalentes a tempo inteiro (0 quando nenhuma semana tem falta)",
  capacityHiringCost: "Custo de contratação (contratados × custo por contratação)",
  capacityStaffCost:
    "Custo de pessoal (pessoas em formação, em nesting e produtivas × equivalentes a tempo inteiro por pessoa × " +
    "custo por semana de equivalente a tempo inteiro)",
  capacityTotalCost: "Custo total (contratação e pessoal)",
  capacityMonthsCaption: "Contratados por mês (uma turma conta no mês em que a sua semana começa)",
  capacityWeeksCaption:
    "Semana a semana, em equivalentes a tempo inteiro (ETI) e pessoas. Escreva por cima dos contratados e dos ETI necessários para experimentar os seus; " +
    "as colunas a partir de ETI efetivos são uma única fórmula WFM.CAPACITY_PLAN.",
  capacityClientWeeksCaption: "Semana a semana, em equivalentes a tempo inteiro (ETI) e pessoas",
  columnWeek: "Semana",
  columnMonth: "Mês",
  columnRequiredFte: "ETI necessários",
  columnHires: "Contratados que começam",
  columnSuggestedHires: "Plano de contratação (WFM.HIRING_PLAN)",
  columnEffectiveFte: "ETI efetivos",
  columnGap: "Falta (necessários − efetivos)",
  columnInTraining: "Pessoas em formação",
  columnNesting: "Pessoas em nesting",
  columnProductive: "Pessoas produtivas",
  columnLeavers: "Saídas",
  columnShort: "Em falta",
  capacityShortMark: "Em falta: horas extraordinárias ou outro centro",
  capacityFigure: "Indicador",
  capacityValue: "Valor",
  capacityChartTitle: "Equivalentes a tempo inteiro (ETI) necessários e efetivos por semana, com o início das turmas",
  capacityComparisonTitle: "Comparação de planos de capacidade",
  capacityComparisonNote:
    "Calculado pelo suplemento WFM em {date} a partir dos dados de cada plano de capacidade, com o plano de contratação do suplemento. " +
    "São valores: não são recalculados; volte a comparar depois de alterar um plano.",
  capacityComparisonTotals: "Totais",
  capacityComparisonHires: "Contratados que começam por semana",
  capacityComparisonGaps: "Falta por semana em equivalentes a tempo inteiro (necessários − efetivos; negativo é excedente)",
  capacityComparisonChartTitle: "Contratados que começam por semana",

  // Actuals, performance, team metrics and the client report. Terms: dados reais (actuals;
  // glossary: actual vs target = "real vs objetivo"), desempenho (performance), indicadores da
  // equipa (team metrics), assiduidade, absentismo, aderência ao horário (glossary "?", kept:
  // the function help says it too), nota de qualidade, reclamações, saídas (leavers; glossary:
  // attrition = "rotatividade", the rate, not the people), acumulado do mês (month to date),
  // relatório para o cliente.
  sampleActualsSheet: "Dados reais de exemplo",
  sampleTeamSheet: "Equipa de exemplo",
  // Headers a Portuguese ACD export would print, recognised by report-headers.ts.
  sampleActualsDate: "Data",
  sampleActualsTime: "Intervalo",
  sampleActualsOffered: "Chamadas oferecidas",
  sampleActualsAnswered: "Chamadas atendidas",
  sampleActualsAnsweredWithin: "Atendidas dentro do tempo-alvo (20 s)",
  sampleActualsAbandoned: "Chamadas abandonadas",
  sampleActualsAbandonedWithin: "Abandonadas dentro do tempo-alvo (20 s)",
  sampleActualsAht: "TMA (s)",
  sampleActualsAsa: "TME (s)",
  sampleActualsStaff: "Pessoas escaladas",
  // "Logado" is Brazilian; in Portugal an operator has a session started.
  sampleActualsLoggedIn: "Operadores com sessão iniciada",
  sampleActualsAdherence: "Aderência ao horário",
  sampleTeamWeek: "Início da semana",
  sampleTeamScheduledHours: "Horas escaladas",
  sampleTeamWorkedHours: "Horas trabalhadas",
  sampleTeamQuality: "Nota de qualidade",
  sampleTeamEvaluations: "Avaliações",
  sampleTeamComplaints: "Reclamações",
  sampleTeamContacts: "Contactos atendidos",
  sampleTeamLeavers: "Saídas",

  performanceSheet: "Desempenho {period}",
  periodWeek: "semana de {date}",
  periodAll: "{first} a {last}",
  periodShortWeek: "sem {date}",
  periodShortAll: "todas as datas",
  performanceTitle: "Desempenho face ao objetivo e ao dimensionamento: {scenario}, {period}",
  performanceNote:
    "Dados reais {actuals} comparados com o dimensionamento do cenário {scenario}. Gerado em {date} pelo suplemento WFM. " +
    "A tabela de intervalos guarda os dados reais e o dimensionamento como valores; tudo o que está acima dela são fórmulas vivas sobre essa tabela. {staffing}",
  staffingScheduledAndShrinkage: "Pessoal real: pessoas escaladas e indisponibilidade, tal como exportadas.",
  staffingScheduledAndLoggedIn:
    "Pessoal real: pessoas escaladas tal como exportadas; a indisponibilidade é a percentagem delas sem sessão iniciada (1 − com sessão ÷ escaladas).",
  staffingScheduled: "Pessoal real: pessoas escaladas tal como exportadas; indisponibilidade como planeada.",
  staffingLoggedIn:
    "Pessoal real: os operadores com sessão iniciada são as pessoas que restam depois da indisponibilidade, pelo que pessoas = com sessão ÷ (1 − indisponibilidade); uma escala curta e as ausências aparecem ambas no pessoal.",
  staffingAsPlanned:
    "A exportação não tem dados de pessoal: as pessoas escaladas e a indisponibilidade são tomadas como planeadas, pelo que os respetivos efeitos são 0 e o que explicariam fica em \"Não explicado\".",
  perfServiceLevel: "Nível de serviço do período (atendidas dentro do tempo-alvo, como o contrato as conta)",
  perfTarget: "Objetivo de nível de serviço (contrato)",
  perfTargetMet: "Objetivo atingido no período",
  perfAsa: "Tempo médio de espera, em segundos (ponderado pelas chamadas atendidas)",
  perfAbandon: "Percentagem das chamadas abandonadas",
  perfOffered: "Chamadas oferecidas",
  perfIntervalsMet: "Intervalos que atingiram o objetivo (percentagem dos intervalos com chamadas)",
  perfDaysMet: "Dias que atingiram o objetivo (percentagem dos dias com chamadas)",
  perfWape: "Erro da previsão (WAPE): chamadas fora do planeado ÷ chamadas oferecidas, nos intervalos com dimensionamento",
  perfBias: "Viés da previsão: (planeadas − oferecidas) ÷ oferecidas (positivo: foram planeadas mais chamadas do que as que chegaram)",
  perfMatched: "Intervalos com dimensionamento e dados reais",
  perfPlannedHours: "Horas de operador planeadas (pessoas escaladas)",
  perfActualHours: "Horas de operador reais (pessoas escaladas, tal como a explicação as considera)",
  perfPlannedPhoneHours: "Horas de operador em atendimento planeadas (depois da indisponibilidade)",
  perfActualPhoneHours: "Horas de operador em atendimento reais (depois da indisponibilidade e da aderência ao horário)",
  // The target (o objetivo) was met or not.
  markMet: "Atingido",
  markMissed: "Não atingido",
  mtdHeading: "Acumulado do mês",
  mtdInputsHeading: "O resto do mês",
  mtdDaysLeft: "Dias que faltam no mês depois da última data dos dados reais",
  mtdForecastRest: "Chamadas que o dimensionamento prevê para os dias de funcionamento que faltam",
  mtdOffered: "Chamadas contadas até agora",
  mtdWithin: "Chamadas atendidas dentro do tempo-alvo até agora",
  mtdServiceLevel: "Nível de serviço até agora",
  mtdNeeded: "Nível de serviço de que o resto do mês precisa para terminar no objetivo (0: já garantido)",
  mtdOutOfReach: "fora de alcance: nem 100% atingiria o objetivo",
  // Glossary: why we missed = "porque não atingimos o objetivo"; these say why the level moved
  // from the plan, which covers a month that met the target too.
  whyCaption:
    "Porque é que o nível de serviço se afastou do planeado: cada causa em pontos de nível de serviço, intervalos ponderados pelas chamadas que o respetivo nível de serviço conta",
  whyChartTitle: "Porque é que o nível de serviço se afastou do planeado",
  columnStep: "Passo",
  columnChange: "Nível de serviço ou variação",
  columnLevel: "Nível depois",
  columnBase: "Base do gráfico",
  columnFall: "Reduziu",
  columnRise: "Aumentou",
  columnTotal: "Nível de serviço",
  stepPlanned: "Nível de serviço planeado",
  stepVolume: "Volume: chamadas oferecidas",
  stepAht: "Tempo médio de atendimento",
  stepStaffing: "Pessoas escaladas",
  stepShrinkage: "Indisponibilidade: ausências, pausas, formação",
  stepAdherence: "Aderência ao horário",
  stepModelled: "Nível de serviço modelado, com o que aconteceu",
  stepUnexplained: "Não explicado pelo que está acima: acaso, ou o modelo",
  stepMeasured: "Nível de serviço medido",
  dailyChartTitle: "Nível de serviço por dia face ao objetivo",
  heatCaption: "Nível de serviço por hora do dia (linhas) e data (colunas)",
  intervalsCaption: "Intervalos: planeado e real, com o motivo de cada variação (WFM.SL_VARIANCE)",
  unmatchedCaption: "Intervalos sem correspondência, deixados fora da comparação com o dimensionamento",
  unmatchedNoPlan: "Dados reais, mas nenhum intervalo do dimensionamento começa aqui",
  unmatchedNoActuals: "Planeado, mas sem dados reais",
  columnTime: "Hora",
  columnWhy: "Motivo",
  columnPlanCalls: "Chamadas planeadas",
  columnOffered: "Chamadas oferecidas",
  columnAnswered: "Atendidas",
  columnAnsweredWithin: "Atendidas no tempo",
  columnAbandoned: "Abandonadas",
  columnAbandonedWithin: "Abandonadas no tempo",
  columnTarget: "Objetivo",
  columnMet: "Objetivo atingido",
  columnPlanAht: "Tempo médio de atendimento planeado (s)",
  columnActualAht: "Tempo médio de atendimento (s)",
  columnPlanStaff: "Pessoas planeadas",
  columnStaff: "Pessoas (como modeladas)",
  columnPlanShrinkage: "Indisponibilidade planeada",
  columnShrinkage: "Indisponibilidade (como modelada)",
  columnAdherence: "Aderência ao horário",
  columnPlannedSl: "Nível de serviço planeado",
  columnVolumeEffect: "Efeito do volume",
  columnAhtEffect: "Efeito do tempo de atendimento",
  columnStaffingEffect: "Efeito das pessoas escaladas",
  columnShrinkageEffect: "Efeito da indisponibilidade",
  columnAdherenceEffect: "Efeito da aderência",
  columnModelledSl: "Nível de serviço modelado",
  columnUnexplained: "Não explicado",
  columnWeight: "Chamadas contadas na explicação",

  teamSheet: "Indicadores da equipa",
  teamTitle: "Indicadores da equipa, {first} a {last}",
  teamNote:
    "Lido de {source}. Gerado em {date} pelo suplemento WFM. As semanas vão de segunda a domingo; a situação compara cada valor com o respetivo objetivo " +
    "(verde: no objetivo ou melhor; amarelo: no limite amarelo ou melhor; vermelho: pior).",
  teamNoteContacts: "Os contactos atendidos são as chamadas atendidas dos dados reais {actuals}.",
  teamTargetsHeading: "Objetivos (verde no objetivo ou melhor, amarelo até ao limite amarelo)",
  teamOverviewCaption: "No período inteiro",
  teamWeeksCaption: "Por semana",
  teamDaysCaption: "Por dia",
  teamTrendTitle: "Assiduidade, absentismo e qualidade por semana",
  teamComplaintsTitle: "Reclamações por 1000 contactos atendidos por semana",
  metricAttendance: "Assiduidade: horas trabalhadas ÷ horas escaladas",
  metricAbsenteeism: "Absentismo: 1 − assiduidade",
  metricQuality: "Nota de qualidade (média, ponderada pelas avaliações)",
  metricEvaluations: "Avaliações de qualidade por semana",
  metricComplaintsPer1000: "Reclamações por 1000 contactos atendidos",
  metricLeavers: "Saídas por semana",
  teamTargetOf: "{metric}: objetivo",
  teamAmberOf: "{metric}: limite amarelo",
  // A traffic light's amber is amarelo in Portuguese; a RAG status is a "situação".
  ragGreen: "Verde",
  ragAmber: "Amarelo",
  ragRed: "Vermelho",
  columnMetric: "Indicador",
  columnValue: "Valor",
  columnAmber: "Limite amarelo",
  columnStatus: "Situação",
  columnScheduledHours: "Horas escaladas",
  columnWorkedHours: "Horas trabalhadas",
  columnAttendance: "Assiduidade",
  columnAbsenteeism: "Absentismo",
  columnQuality: "Nota de qualidade",
  columnEvaluations: "Avaliações",
  columnComplaints: "Reclamações",
  columnContacts: "Contactos atendidos",
  columnComplaintsPer1000: "Reclamações por 1000",
  columnAttendanceStatus: "Situação da assiduidade",
  columnAbsenteeismStatus: "Situação do absentismo",
  columnQualityStatus: "Situação da qualidade",
  columnEvaluationsStatus: "Situação das avaliações",
  columnComplaintsStatus: "Situação das reclamações",
  columnLeaversStatus: "Situação das saídas",

  // "Relatório para o cliente" and a week's period make more than a sheet name's 31 characters.
  clientReportSheet: "Rel. cliente {period}",
  clientReportTitle: "Relatório de serviço: {period}",
  clientReportTitleFor: "Relatório de serviço para {client}: {period}",
  clientReportNote:
    "Valores de {date}. O nível de serviço conta as chamadas atendidas em {seconds} segundos, face a um objetivo de {target}; " +
    "as chamadas abandonadas em {seconds} segundos {rule}. São valores: não são recalculados.",
  clientRuleMissed: "contam como não atendidas no tempo",
  clientRuleLeftOut: "ficam fora da contagem",
  clientRuleMet: "contam como atendidas no tempo",
  clientSummaryCaption: "Resumo",
  columnMeasure: "Medida",
  columnActual: "Real",
  columnResult: "Resultado",
  clientServiceLevel: "Nível de serviço: chamadas atendidas em {seconds} segundos",
  clientAsa: "Tempo médio de espera (segundos)",
  clientAbandon: "Percentagem das chamadas abandonadas",
  clientOffered: "Chamadas oferecidas",
  clientAnsweredWithin: "Chamadas atendidas em {seconds} segundos",
  clientIntervalsMet: "Intervalos de {minutes} minutos que atingiram o objetivo",
  clientDaysMet: "Dias que atingiram o objetivo",
  clientWape: "Erro da previsão: chamadas fora da previsão ÷ chamadas oferecidas",
  clientBias: "Viés da previsão: (previsão − chamadas oferecidas) ÷ chamadas oferecidas",
  clientPlannedPhoneHours: "Horas de operador em atendimento, planeadas",
  clientActualPhoneHours: "Horas de operador em atendimento, realizadas",
  clientNeeded: "Nível de serviço de que o resto do mês precisa para terminar no objetivo",
  clientNeededOutOfReach: "fora de alcance este mês",
  clientWhyCaption: "Porque é que o nível de serviço se afastou do planeado (variações em pontos de nível de serviço)",
  clientDaysCaption: "Por dia",
  clientHeatCaption: "Nível de serviço por hora do dia (linhas) e data (colunas)",
  clientTeamCaption: "Equipa por semana",

  // Client copies
  clientCopyNote:
    "Valores de {date}, gerados pelo suplemento WFM Dimensionamento Erlang. Esta cópia não contém fórmulas: " +
    "os números não são recalculados.",

  // Weekdays in Portuguese (seg, ter, …) and the Portuguese date order.
  dayFormat: "[$-816]ddd dd/mm/yyyy",
  dateTimeFormat: "dd/mm/yyyy hh:mm",
  monthFormat: "mm/yyyy",
} satisfies LabelTranslation;
