/**
 * The foot of a tab: its build button, what still blocks it (unmapped required columns), progress with a
 * Cancel button while a task runs, and the task's outcome as a message bar after.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  ProgressBar,
} from "@fluentui/react-components";
import type { FieldInfo } from "../report";
import type { Lang } from "../workbook";
import type { Strings } from "./i18n";
import type { TaskState } from "./useTask";
import { useStyles } from "./styles";

interface Props {
  strings: Strings;
  lang: Lang;
  task: TaskState;
  label: string;
  /** Everything the build needs is there, apart from the required columns. */
  ready: boolean;
  /** Required fields with no column. */
  missing: FieldInfo<string>[];
  onBuild: () => void;
}

export function BuildActions({ strings, lang, task, label, ready, missing, onBuild }: Props) {
  const styles = useStyles();
  const message = task.message?.(strings, lang);
  return (
    <>
      <Button
        appearance="primary"
        disabled={task.running || !ready || missing.length > 0}
        onClick={onBuild}
      >
        {task.running ? strings.building : label}
      </Button>
      {missing.length > 0 && (
        <span role="status">
          {strings.missingRequired(missing.map((field) => field.label[lang]))}
        </span>
      )}
      {task.running && (
        <div className={mergeClasses(styles.row, styles.centered)}>
          <ProgressBar
            className={styles.grow}
            value={task.progress}
            max={1}
            aria-label={strings.building}
            thickness="large"
          />
          <Button onClick={task.cancel}>{strings.cancel}</Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {message.text}
            {message.details && message.details.length > 0 && (
              <ul className={styles.list}>
                {message.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
