/**
 * The report's pure analysis in a Web Worker (its own webpack entry, reportWorker.js): a year of half-hour
 * rows takes about a second of work, which on the page's thread would freeze the pane and its Cancel
 * button. The page sends the rows, mapping and options; the worker sends back progress and the model, or
 * the error as plain data (name, field, message) for the page to turn into a message.
 */
import { buildReport, type ColumnMapping, type RawTable, type ReportOptions } from "../report";

export interface AnalyseRequest {
  activity: RawTable;
  mapping: ColumnMapping;
  options: Omit<ReportOptions, "onProgress">;
}

export type AnalyseReply =
  | { kind: "progress"; fraction: number }
  | { kind: "done"; model: ReturnType<typeof buildReport> }
  | { kind: "failed"; name: string; message: string; field?: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
  postMessage(reply: AnalyseReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const model = buildReport(data.activity, data.mapping, {
      ...data.options,
      onProgress: (fraction) => scope.postMessage({ kind: "progress", fraction }),
    });
    scope.postMessage({ kind: "done", model });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({
      kind: "failed",
      name: e.name,
      message: e.message,
      field: (e as { field?: string }).field,
    });
  }
};
