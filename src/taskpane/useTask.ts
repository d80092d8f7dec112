/**
 * The long workbook tasks of a tab (read, build, targets, sample): one runs at a time, with a progress
 * fraction and text, a cancel signal, and one outcome per action shown under the button that started it.
 * Outcomes are kept as functions of the language, so switching language re-words them too, and each is
 * announced through the live region. Focus stays on the button that started the task (it is
 * disabled-but-focusable meanwhile) and comes back to it after Cancel, when the Cancel button goes away.
 */
import { useCallback, useRef, useState } from "react";
import type { Lang } from "../workbook";
import { useAnnounce } from "./announcer";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";

export interface TaskMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  details?: string[];
}

export type Message = (strings: Strings, lang: Lang) => TaskMessage;

/** What a task reports while it runs: how far (0..1) and, in words, what it is doing. */
export type ProgressText = (lang: Lang) => string;

type Task = (
  signal: AbortSignal,
  progress: (fraction: number, text?: ProgressText) => void
) => Promise<Message>;

export function useTask(strings: Strings, lang: Lang) {
  const announce = useAnnounce();
  const [running, setRunning] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ fraction: number; text?: ProgressText }>({
    fraction: 0,
  });
  const [outcome, setOutcome] = useState<{ action: string; message: Message } | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  const words = useRef({ strings, lang });
  words.current = { strings, lang };

  const run = useCallback(
    async (action: string, task: Task): Promise<TaskMessage> => {
      const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      controller.current = new AbortController();
      setRunning(action);
      setProgress({ fraction: 0 });
      setOutcome(undefined);
      let message: Message;
      try {
        message = await task(controller.current.signal, (fraction, text) =>
          setProgress({ fraction, text })
        );
      } catch (error) {
        message = (s: Strings, l: Lang) => messageForError(error, s, l);
      }
      setOutcome({ action, message });
      setRunning(undefined);
      const shown = message(words.current.strings, words.current.lang);
      announce(shown.text);
      // Cancel disappears with the task: focus goes back where the task started (not to the page body,
      // nor wherever the focus manager would put it when the focused Cancel button is removed).
      const cancelled = controller.current.signal.aborted;
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if ((lost || cancelled) && origin?.isConnected) origin.focus();
      });
      return shown;
    },
    [announce]
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const messageFor = (action: string) =>
    outcome?.action === action ? outcome.message(strings, lang) : undefined;
  return { running, progress, outcome, messageFor, run, cancel };
}

export type TaskState = ReturnType<typeof useTask>;
