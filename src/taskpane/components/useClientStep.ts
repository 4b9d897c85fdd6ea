/**
 * The client report step's state: the report's language (the workbook's until the director picks
 * another for this client) and the client's name, whether the team's weeks go in, and which
 * sheets the client copy holds. What the report is of (actuals, scenario, period, team table and
 * targets) comes from the Actuals and Team metrics steps.
 */
import { useState } from "react";
import type { Language, ReportRequest } from "../../workbook/api";
import type { PaneServices } from "../pane";
import { useFormat, useStrings } from "../strings";
import type { ClientSectionProps } from "./ClientSection";
import type { ActualsStep } from "./useActualsStep";
import type { CapacityStep } from "./useCapacityStep";
import { toggled } from "./useSavedList";
import type { StoredScenarios } from "./useStoredScenarios";
import type { TeamStep } from "./useTeamStep";

export interface ClientStep {
  section: ClientSectionProps;
}

export function useClientStep(
  pane: PaneServices,
  { actuals, team, stored, capacity }: { actuals: ActualsStep; team: TeamStep; stored: StoredScenarios; capacity: CapacityStep },
): ClientStep {
  const strings = useStrings();
  const format = useFormat();
  const { workbook, run, report, fail, failOrAskToReplace } = pane;
  const [chosenLanguage, setLanguage] = useState<Language | null>(null);
  const language = chosenLanguage ?? pane.sheetLanguage;
  const [clientName, setClientName] = useState("");
  const [includeTeam, setIncludeTeam] = useState(true);
  const [copyReport, setCopyReport] = useState(true);
  const [copyPlans, setCopyPlans] = useState<string[]>([]);
  const [copyCapacity, setCopyCapacity] = useState<string[]>([]);

  const request = (): ReportRequest | null => {
    const source = actuals.usable;
    if (!source || !actuals.scenarioId || !actuals.period) return null;
    return {
      scenarioId: actuals.scenarioId,
      actuals: { source: source.source, mapping: source.read.reading.mapping },
      period: actuals.period,
      language,
      clientName: clientName.trim() === "" ? null : clientName.trim(),
      team: includeTeam ? team.forReport : null,
    };
  };

  const write = (replaceExisting: boolean): Promise<void> | undefined => {
    const asked = request();
    if (!asked) return;
    return run(strings.client.writing, async () => {
      const built = await workbook.buildClientReport({ ...asked, replaceExisting });
      if (!built.ok) {
        return failOrAskToReplace(built.error, { title: strings.client.replaceTitle, body: strings.client.replaceBody }, () => void write(true));
      }
      report("success", built.value.replacedSheet ? strings.client.rewritten(built.value.sheetName) : strings.client.written(built.value.sheetName));
    });
  };

  const makeCopy = () =>
    run(strings.client.making, async () => {
      const made = await workbook.makeClientCopy({
        report: copyReport ? request() : null,
        planScenarioIds: stored.scenarios.filter((s) => copyPlans.includes(s.id)).map((s) => s.id),
        capacityScenarioIds: capacity.plans.filter((s) => copyCapacity.includes(s.id)).map((s) => s.id),
        language,
      });
      if (!made.ok) return fail(made.error);
      report("success", strings.client.made(made.value.sheetNames.join(strings.problems.listSeparator), format.number(made.value.bytes / 1024, 0)));
    });

  return {
    section: {
      ready: request() !== null,
      teamReady: team.forReport !== null,
      language,
      clientName,
      includeTeam,
      scenarios: stored.scenarios,
      copyReport,
      copyPlans,
      capacityPlans: capacity.plans,
      copyCapacity,
      busy: pane.busy || !pane.excelAvailable,
      onLanguage: setLanguage,
      onClientName: setClientName,
      onIncludeTeam: setIncludeTeam,
      onCopyReport: setCopyReport,
      onCopyPlan: (id, include) => setCopyPlans((now) => toggled(now, id, include)),
      onWrite: () => write(false),
      onCopyCapacity: (id, include) => setCopyCapacity((now) => toggled(now, id, include)),
      onMakeCopy: makeCopy,
    },
  };
}
