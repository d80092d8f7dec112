/**
 * An action's outcome, right under the button that started it. Not a live region itself: useTask announces
 * the same text through the taskpane's one live region. An error can take focus (tabIndex -1) so that the
 * keyboard lands on what went wrong.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TaskMessage } from "./useTask";
import { useStyles } from "./styles";

interface Props {
  id: string;
  message: TaskMessage | undefined;
}

export function Outcome({ id, message }: Props) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar id={id} intent={message.intent} tabIndex={-1} className={styles.outcome}>
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
  );
}

/** Moves focus to an element by id once React has drawn it (an outcome, a field in error). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}
