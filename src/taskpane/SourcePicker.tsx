/** Where a table of data comes from: the current selection or a named Excel table, and the Read button. */
import { Button, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { SheetTable, SourceRef } from "../excel/port";
import type { WorkbookAccess } from "../excel/officePort";
import { ChoiceField, plainChoices } from "./ChoiceField";
import type { Handler } from "./handler";
import type { Strings } from "./i18n";
import { useStyles } from "./styles";

export type SourceChoice = { kind: "selection" } | { kind: "table"; name: string };

export async function readSource(
  workbook: WorkbookAccess,
  choice: SourceRef,
  signal?: AbortSignal
): Promise<SheetTable> {
  return workbook.run(
    async (port) => (await port.readWorkbook({ sources: [choice], signal })).sources[0]
  );
}

interface Props {
  id: string;
  title: string;
  strings: Strings;
  tables: string[];
  /** Which action of the tab runs now, if any. */
  running: string | undefined;
  onRefreshTables: () => void;
  onRead: Handler<SourceChoice>;
  /** What the pane needs, shown until data is read (the empty state). */
  intro?: string;
  /** Under the Read button: its outcome, and the empty state's sample action. */
  children?: ReactNode;
}

export function SourcePicker(props: Props) {
  const { id, title, strings, tables, running, onRefreshTables, onRead, intro, children } = props;
  const styles = useStyles();
  const [kind, setKind] = useState<"selection" | "table">("selection");
  const [table, setTable] = useState<string | undefined>();
  const chosenTable = table && tables.includes(table) ? table : tables[0];
  const ready = kind === "selection" || chosenTable !== undefined;
  const reading = running === "read";
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`} className={styles.heading}>
        {title}
      </Subtitle2>
      {intro && (
        <p id={`${id}-intro`} className={styles.hint}>
          {intro}
        </p>
      )}
      <RadioGroup
        aria-labelledby={`${id}-title`}
        value={kind}
        onChange={(_, data) => setKind(data.value as "selection" | "table")}
      >
        <Radio value="selection" label={strings.useSelection} />
        <Radio value="table" label={strings.useTable} />
      </RadioGroup>
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
        id={`${id}-read`}
        appearance={intro ? "primary" : "secondary"}
        disabledFocusable={running !== undefined || !ready}
        aria-describedby={intro ? `${id}-intro` : undefined}
        onClick={() => onRead(kind === "selection" ? { kind } : { kind, name: chosenTable! })}
      >
        {reading ? strings.reading : strings.readData}
      </Button>
      {children}
    </section>
  );
}
