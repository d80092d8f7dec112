/**
 * A long workbook task with a progress fraction, a cancel signal and one message at the end. The message is
 * kept as a function of the language, so switching language re-words it too.
 */
import { useCallback, useRef, useState } from "react";
import type { Lang } from "../workbook";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";

export interface TaskMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  details?: string[];
}

export type Message = (strings: Strings, lang: Lang) => TaskMessage;

type Task = (signal: AbortSignal, progress: (fraction: number) => void) => Promise<Message>;

export function useTask() {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState<Message | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async (task: Task) => {
    controller.current = new AbortController();
    setRunning(true);
    setProgress(0);
    setMessage(undefined);
    try {
      const done = await task(controller.current.signal, setProgress);
      setMessage(() => done);
    } catch (error) {
      setMessage(() => (strings: Strings, lang: Lang) => messageForError(error, strings, lang));
    } finally {
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress, message, run, cancel };
}

export type TaskState = ReturnType<typeof useTask>;
