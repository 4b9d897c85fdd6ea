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

  // Client copies
  clientCopyNote:
    "Valores de {date}, gerados pelo suplemento WFM Dimensionamento Erlang. Esta cópia não contém fórmulas: " +
    "os números não são recalculados.",

  // Weekdays in Portuguese (seg, ter, …) and the Brazilian date order.
  dayFormat: "[$-416]ddd dd/mm/yyyy",
  dateTimeFormat: "dd/mm/yyyy hh:mm",
} satisfies LabelTranslation;
