/**
 * The Forecast step: where the forecast is. The selection or an Excel table; the columns the planner
 * recognised from the headers, each changeable by hand; and every bad row by cell address.
 */
import { Body1, Button, Caption1, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { ambiguityOf, type ColumnMapping, type ForecastRead, type ForecastRole, type NumberCulture, type TableInfo } from "../../workbook/api";
import { describeForecastProblem, describeUnreadNumber } from "../messages";
import { useFormat, useStrings } from "../strings";
import { ProblemList } from "./ProblemList";
import { ReadingChoices } from "./ReadingChoices";
import { SourcePicker } from "./SourcePicker";
import { useSectionStyles } from "./styles";

const ROLES: ForecastRole[] = ["date", "interval", "calls", "aht"];

export interface ForecastSectionProps {
  forecast: ForecastRead | null;
  /** The default AHT typed for the current reading, as text. */
  defaultAhtText: string;
  tables: TableInfo[];
  busy: boolean;
  /** The workbook's separators, for the default AHT. */
  culture: NumberCulture;
  onUseSelection: () => void;
  onUseTable: (tableName: string) => void;
  onRefreshTables: () => void;
  onReadAgain: (mapping: ColumnMapping, defaultAhtText: string) => void;
}

export function ForecastSection(props: ForecastSectionProps) {
  const strings = useStrings();
  const s = strings.forecast;
  const format = useFormat();
  const styles = useSectionStyles();

  return (
    <div className={styles.stack}>
      <Body1>{s.explain}</Body1>
      <SourcePicker
        tables={props.tables}
        busy={props.busy}
        preferredTable={null}
        onUseSelection={props.onUseSelection}
        onUseTable={props.onUseTable}
        onRefreshTables={props.onRefreshTables}
      />
      {props.forecast && <ForecastSummary forecast={props.forecast} />}
      {props.forecast && (
        <ProblemList
          problems={props.forecast.reading.problems.map((problem) => describeForecastProblem(strings, format, problem))}
          testId="forecast-problems"
          heading={s.problemsHeading}
        />
      )}
      {props.forecast === null ? (
        <Caption1 className={styles.muted}>{s.none}</Caption1>
      ) : (
        <ForecastDetails
          // A new reading resets the mapping fields to what was read.
          key={`${props.forecast.address}|${JSON.stringify(props.forecast.reading.mapping)}|${props.defaultAhtText}`}
          forecast={props.forecast}
          defaultAhtText={props.defaultAhtText}
          busy={props.busy}
          culture={props.culture}
          onReadAgain={props.onReadAgain}
        />
      )}
    </div>
  );
}

function ForecastSummary({ forecast }: { forecast: ForecastRead }) {
  const s = useStrings().forecast;
  const format = useFormat();
  const styles = useSectionStyles();
  const { reading } = forecast;
  const totalCalls = reading.rows.reduce((sum, row) => sum + row.callsOffered, 0);
  const text =
    reading.problems.length > 0 && reading.reference
      ? s.chosenWithProblems(forecast.address, format.count(reading.rows.length), format.count(reading.reference.rowCount))
      : [
          s.chosen(forecast.address, reading.rows.length, format.count(reading.rows.length), format.count(totalCalls)),
          reading.days > 0 ? s.spansDays(reading.days, format.count(reading.days)) : "",
          reading.intervalMinutes !== null ? s.intervalsOf(format.number(reading.intervalMinutes, 2)) : "",
        ]
          .filter((part) => part !== "")
          .join(" ");
  return (
    <Body1 className={styles.wrap} data-testid="forecast-summary">
      {text}
    </Body1>
  );
}

function ForecastDetails({
  forecast,
  defaultAhtText,
  busy,
  culture,
  onReadAgain,
}: {
  forecast: ForecastRead;
  defaultAhtText: string;
  busy: boolean;
  culture: NumberCulture;
  onReadAgain: (mapping: ColumnMapping, defaultAhtText: string) => void;
}) {
  const strings = useStrings();
  const s = strings.forecast;
  const format = useFormat();
  const styles = useSectionStyles();
  const { reading } = forecast;
  const [mapping, setMapping] = useState<ColumnMapping>(reading.mapping);
  const [defaultAht, setDefaultAht] = useState(defaultAhtText);
  const changed = JSON.stringify(mapping) !== JSON.stringify(reading.mapping) || defaultAht !== defaultAhtText;
  const ambiguous = ambiguityOf(defaultAht, culture);
  const columnCount = Math.max(reading.headers.length, ...ROLES.map((role) => (reading.mapping[role] ?? -1) + 1));
  const columns = Array.from({ length: columnCount }, (_, index) => index);
  // What "None" means, for the roles that may have no column.
  const noneHint: Partial<Record<ForecastRole, string>> = { date: s.noDateColumnHint, aht: s.noAhtColumnHint };
  const roleLabel: Record<ForecastRole, string> = {
    date: s.dateColumn,
    interval: s.intervalColumn,
    calls: s.callsColumn,
    aht: s.ahtColumn,
  };

  return (
    <div className={styles.stack}>
      <div className={styles.card}>
        <Subtitle2 as="h3" className={styles.subheading}>
          {s.mappingHeading}
        </Subtitle2>
        <Caption1>{s.mappingExplain}</Caption1>
        {ROLES.map((role) => (
          <Field
            key={role}
            label={roleLabel[role]}
            hint={
              mapping[role] === null
                ? noneHint[role]
                : mapping[role] === reading.mapping[role] && reading.recognised[role]
                  ? s.recognised
                  : s.chosenByHand
            }
          >
            <Select
              className={styles.fullWidth}
              value={mapping[role] === null ? "" : String(mapping[role])}
              onChange={(_event, data) =>
                setMapping((current) => ({ ...current, [role]: data.value === "" ? null : Number(data.value) }))
              }
            >
              <option value="">{role === "aht" ? s.noAhtColumn : role === "date" ? s.noDateColumn : s.noColumn}</option>
              {columns.map((column) => (
                <option key={column} value={String(column)}>
                  {s.columnOption(column + 1, reading.headers[column] ?? "")}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <div className={styles.tightStack}>
          <Field
            label={s.defaultAht}
            hint={s.defaultAhtHint}
            validationMessage={ambiguous && describeUnreadNumber(strings, format, defaultAht, ambiguous)}
            validationState={ambiguous ? "warning" : "none"}
          >
            <Input
              className={styles.fullWidth}
              inputMode="decimal"
              value={defaultAht}
              onChange={(_event, data) => setDefaultAht(data.value)}
            />
          </Field>
          <ReadingChoices text={defaultAht} culture={culture} onChoose={setDefaultAht} />
        </div>
        {changed && (
          <div className={styles.actions}>
            <Button onClick={() => onReadAgain(mapping, defaultAht)} disabledFocusable={busy}>
              {s.applyMapping}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
