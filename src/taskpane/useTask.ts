/** A long workbook task with a progress fraction, a cancel signal and one message at the end. */
import { useCallback, useRef, useState } from "react";

export interface TaskMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  details?: string[];
}

export function useTask() {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState<TaskMessage | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);

  const run = useCallback(
    async (
      task: (signal: AbortSignal, progress: (f: number) => void) => Promise<TaskMessage>,
      failure: (error: unknown) => TaskMessage
    ) => {
      controller.current = new AbortController();
      setRunning(true);
      setProgress(0);
      setMessage(undefined);
      try {
        setMessage(await task(controller.current.signal, setProgress));
      } catch (error) {
        setMessage(failure(error));
      } finally {
        setRunning(false);
      }
    },
    []
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress, message, setMessage, run, cancel };
}
