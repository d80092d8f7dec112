/**
 * The foot of a tab: its build button, why it cannot build yet (linked to the button, which stays
 * focusable so the keyboard finds the reason), progress in words with a Cancel button while it runs, and
 * the outcome right under it.
 */
import { Button, mergeClasses, ProgressBar } from "@fluentui/react-components";
import type { Lang } from "../workbook";
import type { Strings } from "./i18n";
import { Outcome } from "./Outcome";
import type { TaskState } from "./useTask";
import { useStyles } from "./styles";

interface Props {
  id: string;
  strings: Strings;
  lang: Lang;
  task: TaskState;
  label: string;
  /** Why the build cannot start yet, in words; undefined when it can. */
  blocker: string | undefined;
  onBuild: () => void;
}

export function BuildActions({ id, strings, lang, task, label, blocker, onBuild }: Props) {
  const styles = useStyles();
  const building = task.running === "build";
  const progressText = task.progress.text?.(lang);
  return (
    <section className={styles.section} aria-label={label}>
      <Button
        id={`${id}-build`}
        appearance="primary"
        disabledFocusable={task.running !== undefined || blocker !== undefined}
        aria-describedby={blocker ? `${id}-build-why` : undefined}
        onClick={onBuild}
      >
        {building ? strings.building : label}
      </Button>
      {blocker && (
        <span id={`${id}-build-why`} className={styles.hint}>
          {blocker}
        </span>
      )}
      {building && (
        <>
          <div className={mergeClasses(styles.row, styles.centered)}>
            <ProgressBar
              className={styles.grow}
              value={task.progress.fraction}
              max={1}
              aria-label={progressText ?? strings.building}
              thickness="large"
            />
            <Button id={`${id}-cancel`} onClick={task.cancel}>
              {strings.cancel}
            </Button>
          </div>
          {progressText && <span className={styles.hint}>{progressText}</span>}
        </>
      )}
      <Outcome id={`${id}-build-outcome`} message={task.messageFor("build")} />
    </section>
  );
}

/** What blocks the build, at the top of the tab, each item naming what to do. */
export function BlockSummary({ title, items }: { title: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.summary} aria-labelledby="blocked-title">
      <strong id="blocked-title">{title}</strong>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
