/** Progress with a Cancel button while a task runs; its outcome as a message bar after. */
import { Button, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { Strings } from "./i18n";
import type { TaskMessage } from "./useTask";
import { useStyles } from "./styles";

interface Props {
  strings: Strings;
  running: boolean;
  progress: number;
  message?: TaskMessage;
  onCancel: () => void;
}

export function TaskStatus({ strings, running, progress, message, onCancel }: Props) {
  const styles = useStyles();
  return (
    <>
      {running && (
        <div className={styles.row}>
          <ProgressBar className={styles.grow} value={progress} max={1} aria-label={strings.building} thickness="large" />
          <Button onClick={onCancel}>{strings.cancel}</Button>
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
