/** Where a table of data comes from: the current selection or a named Excel table. */
import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetTable } from "../excel/port";
import type { WorkbookAccess } from "../excel/officePort";
import { ChoiceField, plainChoices } from "./ChoiceField";
import type { Handler } from "./handler";
import type { Strings } from "./i18n";
import { useStyles } from "./styles";

export type SourceChoice = { kind: "selection" } | { kind: "table"; name: string };

export async function readSource(
  workbook: WorkbookAccess,
  choice: SourceChoice
): Promise<SheetTable> {
  return workbook.run((port) =>
    choice.kind === "selection" ? port.readSelection() : port.readTable(choice.name)
  );
}

interface Props {
  id: string;
  label: string;
  strings: Strings;
  tables: string[];
  busy: boolean;
  onRefreshTables: () => void;
  onRead: Handler<SourceChoice>;
}

export function SourcePicker({ id, label, strings, tables, busy, onRefreshTables, onRead }: Props) {
  const styles = useStyles();
  const [kind, setKind] = useState<"selection" | "table">("selection");
  const [table, setTable] = useState<string | undefined>();
  const chosenTable = table && tables.includes(table) ? table : tables[0];
  const canRead = !busy && (kind === "selection" || chosenTable !== undefined);
  return (
    <div className={styles.section}>
      <Field label={label}>
        <RadioGroup
          value={kind}
          onChange={(_, data) => setKind(data.value as "selection" | "table")}
        >
          <Radio value="selection" label={strings.useSelection} />
          <Radio value="table" label={strings.useTable} />
        </RadioGroup>
      </Field>
      {kind === "table" && (
        <div className={styles.row}>
          <ChoiceField
            id={`${id}-table`}
            label={strings.table}
            className={styles.grow}
            hint={tables.length === 0 ? strings.noTables : undefined}
            choices={plainChoices(tables)}
            selected={chosenTable}
            onSelect={setTable}
            disabled={tables.length === 0}
          />
          <Button onClick={onRefreshTables}>{strings.refreshTables}</Button>
        </div>
      )}
      <Button
        appearance="secondary"
        disabled={!canRead}
        onClick={() => onRead(kind === "selection" ? { kind } : { kind, name: chosenTable! })}
      >
        {busy ? strings.reading : strings.readData}
      </Button>
    </div>
  );
}
