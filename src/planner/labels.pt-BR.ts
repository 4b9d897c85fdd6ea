/**
 * The generated sheets in Brazilian Portuguese (labels.ts has the English table and the rules).
 * One term per concept, as in the pane (src/taskpane/strings/pt-BR.ts), the function help and
 * docs/README.pt.md; the glossary (../shared/glossary.md) is followed except where a comment
 * says why not.
 */
import type { LabelTranslation } from "./labels";

export const ptBR = {
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
    "As células das tabelas são fórmulas vivas: altere a previsão ou as metas e elas são recalculadas. " +
    "A coluna \"Ao gerar\" guarda os valores calculados pelo suplemento ao gerar a planilha, legíveis sem o suplemento.",
  comparisonTitle: "Comparação de cenários",
  comparisonNote:
    "Calculado pelo suplemento WFM em {date} a partir da previsão e das metas de cada cenário. São valores, " +
    "não fórmulas: não são recalculados; compare de novo depois de alterar um cenário.",
  rosterTitle: "Verificação da escala: {scenario}",
  rosterNote:
    "Escala {roster} ({basis}) comparada com a previsão {forecast}. Gerado em {date} pelo suplemento WFM. " +
    "Os intervalos que não atingem a meta estão destacados.",
  rosterBasisScheduled: "pessoas escaladas, antes da indisponibilidade",
  rosterBasisOnPhones: "atendentes em atendimento",

  targetsHeading: "Metas",
  targetInterval: "Duração do intervalo (minutos)",
  targetGoal: "Meta de dimensionamento",
  goalServiceLevel: "Nível de serviço: parcela das chamadas atendidas dentro de um tempo",
  goalAsa: "Tempo médio de espera: a espera média das chamadas atendidas",
  targetServiceLevel: "Meta de nível de serviço (parcela das chamadas atendidas no tempo)",
  targetSeconds: "Tempo alvo de atendimento (segundos)",
  targetAsa: "Meta de tempo médio de espera (segundos)",
  targetMaxOccupancy: "Taxa de ocupação máxima: parcela do tempo dos atendentes em chamadas (em branco: sem limite)",
  targetPatience:
    "Paciência: segundos que os clientes esperam, em média, antes de desligar (em branco: os clientes nunca desligam)",
  targetAbandonRule: "Chamadas abandonadas antes do tempo alvo",
  abandonRuleFormat:
    '[=0]"contam como não atendidas no tempo";[=1]"ficam fora do nível de serviço";"contam como atendidas no tempo"',
  // Glossary: "shrinkage / indisponibilidade ?". The Portuguese word leads and the English one,
  // which Brazilian WFM teams also say, follows in brackets where it is explained.
  targetShrinkage:
    "Indisponibilidade (shrinkage): parcela do tempo pago fora do atendimento (pausas, treinamento, ausências)",
  targetPaidHours: "Horas pagas por funcionário em tempo integral por semana",
  targetOperatingDays: "Dias por semana em que a operação funciona",
  targetCost: "Custo por hora escalada de atendente",
  targetDefaultAht: "Tempo médio de atendimento das linhas que não o têm (segundos)",

  summaryHeading: "Resumo",
  summaryLive: "Atual",
  summaryAsBuilt: "Ao gerar",
  summaryTotalCalls: "Total de chamadas",
  summaryDayServiceLevel: "Nível de serviço do dia (ponderado pelas chamadas)",
  summaryPeriodServiceLevel: "Nível de serviço dos {days} dias (ponderado pelas chamadas)",
  summaryDayAsa: "Tempo médio de espera do dia, em segundos (ponderado pelas chamadas atendidas)",
  summaryPeriodAsa: "Tempo médio de espera dos {days} dias, em segundos (ponderado pelas chamadas atendidas)",
  summaryDayAbandon: "Parcela das chamadas abandonadas no dia",
  summaryPeriodAbandon: "Parcela das chamadas abandonadas nos {days} dias",
  summaryPeakAgents: "Máximo de atendentes necessários em um intervalo",
  summaryPeakScheduled: "Máximo de pessoas escaladas em um intervalo",
  summaryAgentHoursRequired: "Horas de atendente necessárias (atendentes em atendimento)",
  summaryAgentHoursScheduled: "Horas de atendente escaladas (com a indisponibilidade)",
  summaryFte:
    "Equivalentes de tempo integral (FTE): as horas escaladas deste dia em cada dia de funcionamento da semana ÷ horas pagas por FTE por semana",
  summaryWeekFte: "Equivalentes de tempo integral (FTE), semana média: horas escaladas ÷ horas pagas por FTE por semana",
  summaryPeakWeekFte: "Equivalentes de tempo integral (FTE), semana de maior volume",
  summaryDayCost: "Custo do dia (horas escaladas × custo por hora de atendente)",
  summaryPeriodCost: "Custo dos {days} dias (horas escaladas × custo por hora de atendente)",
  summaryIntervalsBelowTarget: "Intervalos abaixo da meta",

  columnDate: "Data",
  columnInterval: "Intervalo",
  columnCalls: "Chamadas",
  columnAht: "Tempo médio de atendimento (s)",
  columnTraffic: "Tráfego (Erlangs)",
  columnAgentsRequired: "Atendentes necessários",
  columnServiceLevel: "Nível de serviço",
  columnAsa: "Tempo médio de espera (s)",
  columnAbandon: "Parcela abandonada",
  columnOccupancy: "Taxa de ocupação",
  columnScheduledStaff: "Pessoas escaladas",
  columnRosteredAgents: "Atendentes na escala",
  columnAgentsOnPhones: "Atendentes em atendimento",
  columnBelowTarget: "Abaixo da meta",
  belowTargetMark: "Abaixo da meta",
  asaNeverAnswered: "a fila cresce sem limite",

  daysCaption: "Por dia",
  weeksCaption:
    "Por semana: semanas de 7 dias a partir da primeira data. Uma semana incompleta é comparada com as horas pagas dos dias de funcionamento que contém.",
  columnWeekStart: "Início da semana",
  columnCalendarDays: "Dias na previsão",
  columnOpenDays: "Dias de funcionamento contados",
  columnAgentHoursRequired: "Horas de atendente necessárias",
  columnAgentHoursScheduled: "Horas de atendente escaladas",
  columnPeakAgents: "Máximo de atendentes necessários",
  columnFte: "FTE",
  columnCost: "Custo",
  columnIntervalsBelowTarget: "Intervalos abaixo da meta",

  chartTitle: "Atendentes necessários e pessoas escaladas por intervalo",
  comparisonChartTitle: "Atendentes necessários por intervalo",

  comparisonTotalsHeading: "Totais",
  comparisonIntervalsHeading: "Atendentes necessários por intervalo",
  comparisonDaysHeading: "Horas de atendente escaladas por dia",
  comparisonWeeksHeading: "Equivalentes de tempo integral (FTE) por semana",
  comparisonDifference: "{scenario} − {first}",

  // Capacity plan (capacity-layout.ts). Terms as the pane and the function help: plano de
  // capacidade, rotatividade, contratados, treinamento, nesting, turma, pessoas (heads),
  // headcount, desligamentos (leavers), falta (the gap).
  // Short, like "Dimensionamento - ", so a scenario's name keeps most of the 31 characters.
  capacitySheet: "Capacidade - {scenario}",
  capacityComparisonSheet: "Comparação de capacidade",
  capacityTitle: "Plano de capacidade: {scenario}",
  capacityNote:
    "Equivalentes de tempo integral (FTE) necessários: {origin}. Gerado em {date} pelo suplemento WFM. As células do plano são fórmulas WFM vivas. " +
    "Contratados que começam: o plano de contratação do suplemento, gravado como valores: digite por cima os tamanhos e as datas das suas turmas, " +
    "ou altere o FTE necessário ou os dados de entrada, e o plano é recalculado. " +
    "A coluna \"Ao gerar\" guarda os valores calculados pelo suplemento ao gerar a planilha, legíveis sem o suplemento.",
  capacityClientNote: "Equivalentes de tempo integral (FTE) necessários: {origin}. Números conforme planejados em {date}.",
  capacityOriginGrowth:
    "cenário “{scenario}” (previsão {forecast}) dimensionado semana a semana com {calls} chamadas na semana 1, " +
    "crescendo {growth}% por semana, com {paidHours} horas pagas por equivalente de tempo integral por semana",
  capacityOriginVolumes:
    "cenário “{scenario}” (previsão {forecast}) dimensionado semana a semana com as chamadas por semana de {column}, " +
    "com {paidHours} horas pagas por equivalente de tempo integral por semana",
  capacityOriginColumn: "a coluna {column}",
  capacityInputsHeading: "A equipe e a entrada dos novos contratados",
  capacityHeadcount: "Pessoas produtivas na semana 1",
  capacityAttritionRate: "Rotatividade, conforme informada",
  capacityAttritionWeeks: "Período da rotatividade em semanas (52 = um ano, 4,33 = um mês)",
  capacityAttritionForm: "O valor da rotatividade é",
  capacityAttritionFormFormat:
    '[=1]"uma taxa de rotatividade (desligamentos ÷ headcount médio): proporcional à semana";"uma parcela da equipe que sai: composta para a semana"',
  capacityTrainWeeks: "Semanas de treinamento (quem está em treinamento não atende chamadas)",
  capacityNestingWeeks: "Semanas de nesting (operação assistida) depois do treinamento",
  capacityNestingProductivity: "Produtividade no nesting",
  capacityGraduationRate: "Parcela de cada turma que conclui o treinamento",
  capacityFtePerHead: "Equivalentes de tempo integral que uma pessoa entrega (1: todos em tempo integral)",
  capacityLeadWeeks: "Prazo de recrutamento: semanas até a primeira turma poder começar",
  capacityMinClass: "Menor turma",
  capacityMaxClass: "Maior turma (em branco: sem limite)",
  capacityCostPerHire: "Custo por contratação",
  capacityCostPerFteWeek: "Custo de um equivalente de tempo integral na folha de pagamento por uma semana",
  capacityWeeklyAttrition: "Rotatividade semanal (o valor acima convertido com WFM.ATTRITION_CONVERT)",
  capacityWeeklyAttritionClient: "Rotatividade semanal (o valor acima convertido para uma semana)",
  capacityTotalHires: "Total de contratados",
  capacityClasses: "Semanas em que uma turma começa",
  capacityFirstCoverable: "Primeira semana que uma nova turma consegue cobrir (1 + prazo de recrutamento + treinamento + nesting)",
  capacityWeeksShort:
    "Semanas com falta de equivalentes de tempo integral: a contratação não consegue cobri-las, por isso precisam de horas extras ou de outro site",
  capacityFteWeeksShort:
    "Semanas de equivalente de tempo integral em falta (FTE-semanas: o que horas extras ou outro site precisam suprir)",
  capacityPeakGap: "Maior falta em uma semana, em equivalentes de tempo integral (0 quando nenhuma semana tem falta)",
  capacityHiringCost: "Custo de contratação (contratados × custo por contratação)",
  capacityStaffCost:
    "Custo de pessoal (pessoas em treinamento, em nesting e produtivas × equivalentes de tempo integral por pessoa × " +
    "custo por semana de equivalente de tempo integral)",
  capacityTotalCost: "Custo total (contratação e pessoal)",
  capacityMonthsCaption: "Contratados por mês (uma turma conta no mês em que a sua semana começa)",
  capacityWeeksCaption:
    "Semana a semana, em equivalentes de tempo integral (FTE) e pessoas. Digite por cima dos contratados e do FTE necessário para testar os seus; " +
    "as colunas a partir de FTE efetivo são uma única fórmula WFM.CAPACITY_PLAN.",
  capacityClientWeeksCaption: "Semana a semana, em equivalentes de tempo integral (FTE) e pessoas",
  columnWeek: "Semana",
  columnMonth: "Mês",
  columnRequiredFte: "FTE necessário",
  columnHires: "Contratados que começam",
  columnSuggestedHires: "Plano de contratação (WFM.HIRING_PLAN)",
  columnEffectiveFte: "FTE efetivo",
  columnGap: "Falta (necessário − efetivo)",
  columnInTraining: "Pessoas em treinamento",
  columnNesting: "Pessoas em nesting",
  columnProductive: "Pessoas produtivas",
  columnLeavers: "Desligamentos",
  columnShort: "Em falta",
  capacityShortMark: "Em falta: horas extras ou outro site",
  capacityFigure: "Indicador",
  capacityValue: "Valor",
  capacityChartTitle: "Equivalentes de tempo integral (FTE) necessários e efetivos por semana, com o início das turmas",
  capacityComparisonTitle: "Comparação de planos de capacidade",
  capacityComparisonNote:
    "Calculado pelo suplemento WFM em {date} a partir dos dados de cada plano de capacidade, com o plano de contratação do suplemento. " +
    "São valores: não são recalculados; compare de novo depois de alterar um plano.",
  capacityComparisonTotals: "Totais",
  capacityComparisonHires: "Contratados que começam por semana",
  capacityComparisonGaps: "Falta por semana em equivalentes de tempo integral (necessário − efetivo; negativo é sobra)",
  capacityComparisonChartTitle: "Contratados que começam por semana",

  // Actuals, performance, team metrics and the client report. Terms: dados reais (actuals;
  // glossary: actual vs target = "real x meta"), desempenho (performance), indicadores da equipe
  // (team metrics), assiduidade (attendance, the glossary's first word), absenteísmo,
  // aderência à escala, nota de qualidade, reclamações, desligamentos (leavers; glossary:
  // attrition = "turnover / rotatividade", which is the rate, not the people), acumulado do mês
  // (month to date), relatório para o cliente.
  sampleActualsSheet: "Dados reais de exemplo",
  sampleTeamSheet: "Equipe de exemplo",
  // Headers a Brazilian ACD export would print, recognised by report-headers.ts.
  sampleActualsDate: "Data",
  sampleActualsTime: "Intervalo",
  sampleActualsOffered: "Chamadas oferecidas",
  sampleActualsAnswered: "Chamadas atendidas",
  sampleActualsAnsweredWithin: "Atendidas dentro do tempo alvo (20 s)",
  sampleActualsAbandoned: "Chamadas abandonadas",
  sampleActualsAbandonedWithin: "Abandonadas dentro do tempo alvo (20 s)",
  sampleActualsAht: "TMA (s)",
  sampleActualsAsa: "TME (s)",
  sampleActualsStaff: "Pessoas escaladas",
  sampleActualsLoggedIn: "Atendentes logados",
  sampleActualsAdherence: "Aderência à escala",
  sampleTeamWeek: "Início da semana",
  sampleTeamScheduledHours: "Horas escaladas",
  sampleTeamWorkedHours: "Horas trabalhadas",
  sampleTeamQuality: "Nota de qualidade",
  sampleTeamEvaluations: "Avaliações",
  sampleTeamComplaints: "Reclamações",
  sampleTeamContacts: "Contatos atendidos",
  sampleTeamLeavers: "Desligamentos",

  performanceSheet: "Desempenho {period}",
  periodWeek: "semana de {date}",
  periodAll: "{first} a {last}",
  periodShortWeek: "sem {date}",
  periodShortAll: "todas as datas",
  performanceTitle: "Desempenho em relação à meta e ao dimensionamento: {scenario}, {period}",
  performanceNote:
    "Dados reais {actuals} comparados com o dimensionamento do cenário {scenario}. Gerado em {date} pelo suplemento WFM. " +
    "A tabela de intervalos guarda os dados reais e o dimensionamento como valores; tudo acima dela são fórmulas vivas sobre essa tabela. {staffing}",
  staffingScheduledAndShrinkage: "Pessoal real: pessoas escaladas e indisponibilidade, como exportadas.",
  staffingScheduledAndLoggedIn:
    "Pessoal real: pessoas escaladas como exportadas; a indisponibilidade é a parcela delas que não estava logada (1 − logados ÷ escalados).",
  staffingScheduled: "Pessoal real: pessoas escaladas como exportadas; indisponibilidade como planejada.",
  staffingLoggedIn:
    "Pessoal real: os atendentes logados são as pessoas que restam depois da indisponibilidade, então pessoas = logados ÷ (1 − indisponibilidade); uma escala curta e as ausências aparecem ambas no pessoal.",
  staffingAsPlanned:
    "A exportação não tem dados de pessoal: as pessoas escaladas e a indisponibilidade são tomadas como planejadas, então os efeitos delas são 0 e o que explicariam fica em \"Não explicado\".",
  perfServiceLevel: "Nível de serviço do período (atendidas dentro do tempo alvo, como o contrato as conta)",
  perfTarget: "Meta de nível de serviço (contrato)",
  perfTargetMet: "Meta atingida no período",
  perfAsa: "Tempo médio de espera, em segundos (ponderado pelas chamadas atendidas)",
  perfAbandon: "Parcela das chamadas abandonadas",
  perfOffered: "Chamadas oferecidas",
  perfIntervalsMet: "Intervalos que atingiram a meta (parcela dos intervalos com chamadas)",
  perfDaysMet: "Dias que atingiram a meta (parcela dos dias com chamadas)",
  perfWape: "Erro da previsão (WAPE): chamadas fora do planejado ÷ chamadas oferecidas, nos intervalos com dimensionamento",
  perfBias: "Viés da previsão: (planejadas − oferecidas) ÷ oferecidas (positivo: foram planejadas mais chamadas do que chegaram)",
  perfMatched: "Intervalos com dimensionamento e dados reais",
  perfPlannedHours: "Horas de atendente planejadas (pessoas escaladas)",
  perfActualHours: "Horas de atendente reais (pessoas escaladas, como a explicação as considera)",
  perfPlannedPhoneHours: "Horas de atendente em atendimento planejadas (depois da indisponibilidade)",
  perfActualPhoneHours: "Horas de atendente em atendimento reais (depois da indisponibilidade e da aderência à escala)",
  // The target (a meta) was met or not.
  markMet: "Atingida",
  markMissed: "Não atingida",
  mtdHeading: "Acumulado do mês",
  mtdInputsHeading: "O resto do mês",
  mtdDaysLeft: "Dias restantes no mês depois da última data dos dados reais",
  mtdForecastRest: "Chamadas que o dimensionamento prevê para os dias de funcionamento restantes",
  mtdOffered: "Chamadas contadas até agora",
  mtdWithin: "Chamadas atendidas dentro do tempo alvo até agora",
  mtdServiceLevel: "Nível de serviço até agora",
  mtdNeeded: "Nível de serviço de que o resto do mês precisa para fechar na meta (0: já garantida)",
  mtdOutOfReach: "fora de alcance: nem 100% atingiria a meta",
  // Glossary: why we missed = "por que não atingimos a meta"; these say why the level moved from
  // the plan, which covers a month that met the target too.
  whyCaption:
    "Por que o nível de serviço se afastou do planejado: cada causa em pontos de nível de serviço, intervalos ponderados pelas chamadas que o nível de serviço deles conta",
  whyChartTitle: "Por que o nível de serviço se afastou do planejado",
  columnStep: "Etapa",
  columnChange: "Nível de serviço ou variação",
  columnLevel: "Nível depois",
  columnBase: "Base do gráfico",
  columnFall: "Reduziu",
  columnRise: "Aumentou",
  columnTotal: "Nível de serviço",
  stepPlanned: "Nível de serviço planejado",
  stepVolume: "Volume: chamadas oferecidas",
  stepAht: "Tempo médio de atendimento",
  stepStaffing: "Pessoas escaladas",
  stepShrinkage: "Indisponibilidade: ausências, pausas, treinamento",
  stepAdherence: "Aderência à escala",
  stepModelled: "Nível de serviço modelado, com o que aconteceu",
  stepUnexplained: "Não explicado pelo acima: acaso, ou o modelo",
  stepMeasured: "Nível de serviço medido",
  dailyChartTitle: "Nível de serviço por dia em relação à meta",
  heatCaption: "Nível de serviço por hora do dia (linhas) e data (colunas)",
  intervalsCaption: "Intervalos: planejado e real, com o motivo de cada variação (WFM.SL_VARIANCE)",
  unmatchedCaption: "Intervalos sem correspondência, deixados fora da comparação com o dimensionamento",
  unmatchedNoPlan: "Dados reais, mas nenhum intervalo do dimensionamento começa aqui",
  unmatchedNoActuals: "Planejado, mas sem dados reais",
  columnTime: "Hora",
  columnWhy: "Motivo",
  columnPlanCalls: "Chamadas planejadas",
  columnOffered: "Chamadas oferecidas",
  columnAnswered: "Atendidas",
  columnAnsweredWithin: "Atendidas no tempo",
  columnAbandoned: "Abandonadas",
  columnAbandonedWithin: "Abandonadas no tempo",
  columnTarget: "Meta",
  columnMet: "Meta atingida",
  columnPlanAht: "Tempo médio de atendimento planejado (s)",
  columnActualAht: "Tempo médio de atendimento (s)",
  columnPlanStaff: "Pessoas planejadas",
  columnStaff: "Pessoas (como modeladas)",
  columnPlanShrinkage: "Indisponibilidade planejada",
  columnShrinkage: "Indisponibilidade (como modelada)",
  columnAdherence: "Aderência à escala",
  columnPlannedSl: "Nível de serviço planejado",
  columnVolumeEffect: "Efeito do volume",
  columnAhtEffect: "Efeito do tempo de atendimento",
  columnStaffingEffect: "Efeito das pessoas escaladas",
  columnShrinkageEffect: "Efeito da indisponibilidade",
  columnAdherenceEffect: "Efeito da aderência",
  columnModelledSl: "Nível de serviço modelado",
  columnUnexplained: "Não explicado",
  columnWeight: "Chamadas contadas na explicação",

  teamSheet: "Indicadores da equipe",
  teamTitle: "Indicadores da equipe, {first} a {last}",
  teamNote:
    "Lido de {source}. Gerado em {date} pelo suplemento WFM. As semanas vão de segunda a domingo; a situação compara cada número com a sua meta " +
    "(verde: na meta ou melhor; amarelo: no limite amarelo ou melhor; vermelho: pior).",
  teamNoteContacts: "Os contatos atendidos são as chamadas atendidas dos dados reais {actuals}.",
  teamTargetsHeading: "Metas (verde na meta ou melhor, amarelo até o limite amarelo)",
  teamOverviewCaption: "No período todo",
  teamWeeksCaption: "Por semana",
  teamDaysCaption: "Por dia",
  teamTrendTitle: "Assiduidade, absenteísmo e qualidade por semana",
  teamComplaintsTitle: "Reclamações por 1.000 contatos atendidos por semana",
  metricAttendance: "Assiduidade: horas trabalhadas ÷ horas escaladas",
  metricAbsenteeism: "Absenteísmo: 1 − assiduidade",
  metricQuality: "Nota de qualidade (média, ponderada pelas avaliações)",
  metricEvaluations: "Avaliações de qualidade por semana",
  metricComplaintsPer1000: "Reclamações por 1.000 contatos atendidos",
  metricLeavers: "Desligamentos por semana",
  teamTargetOf: "{metric}: meta",
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
  columnAbsenteeism: "Absenteísmo",
  columnQuality: "Nota de qualidade",
  columnEvaluations: "Avaliações",
  columnComplaints: "Reclamações",
  columnContacts: "Contatos atendidos",
  columnComplaintsPer1000: "Reclamações por 1.000",
  columnAttendanceStatus: "Situação da assiduidade",
  columnAbsenteeismStatus: "Situação do absenteísmo",
  columnQualityStatus: "Situação da qualidade",
  columnEvaluationsStatus: "Situação das avaliações",
  columnComplaintsStatus: "Situação das reclamações",
  columnLeaversStatus: "Situação dos desligamentos",

  // "Relatório para o cliente" and a week's period make more than a sheet name's 31 characters.
  clientReportSheet: "Rel. cliente {period}",
  clientReportTitle: "Relatório de serviço: {period}",
  clientReportTitleFor: "Relatório de serviço para {client}: {period}",
  clientReportNote:
    "Números de {date}. O nível de serviço conta as chamadas atendidas em até {seconds} segundos, com meta de {target}; " +
    "as chamadas abandonadas em até {seconds} segundos {rule}. São valores: não são recalculados.",
  clientRuleMissed: "contam como não atendidas no tempo",
  clientRuleLeftOut: "ficam fora da conta",
  clientRuleMet: "contam como atendidas no tempo",
  clientSummaryCaption: "Resumo",
  columnMeasure: "Medida",
  columnActual: "Real",
  columnResult: "Resultado",
  clientServiceLevel: "Nível de serviço: chamadas atendidas em até {seconds} segundos",
  clientAsa: "Tempo médio de espera (segundos)",
  clientAbandon: "Parcela das chamadas abandonadas",
  clientOffered: "Chamadas oferecidas",
  clientAnsweredWithin: "Chamadas atendidas em até {seconds} segundos",
  clientIntervalsMet: "Intervalos de {minutes} minutos que atingiram a meta",
  clientDaysMet: "Dias que atingiram a meta",
  clientWape: "Erro da previsão: chamadas fora da previsão ÷ chamadas oferecidas",
  clientBias: "Viés da previsão: (previsão − chamadas oferecidas) ÷ chamadas oferecidas",
  clientPlannedPhoneHours: "Horas de atendente em atendimento, planejadas",
  clientActualPhoneHours: "Horas de atendente em atendimento, realizadas",
  clientNeeded: "Nível de serviço de que o resto do mês precisa para fechar na meta",
  clientNeededOutOfReach: "fora de alcance neste mês",
  clientWhyCaption: "Por que o nível de serviço se afastou do planejado (variações em pontos de nível de serviço)",
  clientDaysCaption: "Por dia",
  clientHeatCaption: "Nível de serviço por hora do dia (linhas) e data (colunas)",
  clientTeamCaption: "Equipe por semana",

  // Client copies
  clientCopyNote:
    "Valores de {date}, gerados pelo suplemento WFM Dimensionamento Erlang. Esta cópia não contém fórmulas: " +
    "os números não são recalculados.",

  // Weekdays in Portuguese (seg, ter, …) and the Brazilian date order.
  dayFormat: "[$-416]ddd dd/mm/yyyy",
  dateTimeFormat: "dd/mm/yyyy hh:mm",
  monthFormat: "mm/yyyy",
} satisfies LabelTranslation;
