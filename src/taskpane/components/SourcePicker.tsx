/**
 * Where a table to read is: the selection, or one of the workbook's Excel tables. Shared by the
 * steps that read one (forecast, actuals, team metrics).
 */
import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { TableInfo } from "../../workbook/api";
import { useStrings } from "../strings";
import { useSectionStyles } from "./styles";

export interface SourcePickerProps {
  tables: TableInfo[];
  busy: boolean;
  /** The table to offer first (the one last read, or the sample's). */
  preferredTable: string | null;
  onUseSelection: () => void;
  onUseTable: (tableName: string) => void;
  onRefreshTables: () => void;
}

export function SourcePicker(props: SourcePickerProps) {
  const s = useStrings().source;
  const styles = useSectionStyles();
  const [tableName, setTableName] = useState<string | null>(null);
  const names = props.tables.map((table) => table.name);
  const chosen = [tableName, props.preferredTable].find((name) => name !== null && names.includes(name)) ?? names[0] ?? "";
  return (
    <div className={styles.tightStack}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onUseSelection} disabledFocusable={props.busy}>
          {s.useSelection}
        </Button>
      </div>
      {props.tables.length === 0 ? (
        <Caption1 className={styles.muted}>{s.noTables}</Caption1>
      ) : (
        <>
          <Field label={s.tableLabel}>
            <Select className={styles.fullWidth} value={chosen} onChange={(_event, data) => setTableName(data.value)} onFocus={props.onRefreshTables}>
              {props.tables.map((table) => (
                <option key={table.name} value={table.name}>
                  {table.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => props.onUseTable(chosen)} disabled={chosen === ""} disabledFocusable={props.busy}>
              {s.useTable}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
