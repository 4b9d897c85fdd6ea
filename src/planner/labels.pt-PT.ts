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

  // Client copies
  clientCopyNote:
    "Valores de {date}, gerados pelo suplemento WFM Dimensionamento Erlang. Esta cópia não contém fórmulas: " +
    "os números não são recalculados.",

  // Weekdays in Portuguese (seg, ter, …) and the Portuguese date order.
  dayFormat: "[$-816]ddd dd/mm/yyyy",
  dateTimeFormat: "dd/mm/yyyy hh:mm",
  monthFormat: "mm/yyyy",
} satisfies LabelTranslation;
