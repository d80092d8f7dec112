/**
 * Runs the report's analysis off the page's thread (reportWorker.ts), so the pane stays responsive and
 * Cancel works at once: cancelling ends the worker. Where no worker can start (a host without Worker, or
 * the script missing), the analysis runs here after yielding once, so the progress bar and Cancel are drawn
 * before it starts.
 */
import { ReadCancelledError } from "../excel/port";
import {
  buildReport,
  ReportInputError,
  type ColumnMapping,
  type RawTable,
  type ReportOptions,
} from "../report";
import type { WorkbookModel } from "../workbook";
import type { AnalyseReply, AnalyseRequest } from "./reportWorker";

/** Next to taskpane.html in dist/ (webpack.config.js: the reportWorker entry). */
const WORKER_SCRIPT = "reportWorker.js";

function errorFrom(reply: Extract<AnalyseReply, { kind: "failed" }>): Error {
  if (reply.name === "ReportInputError")
    return new ReportInputError(reply.field ?? "", reply.message);
  return Object.assign(new Error(reply.message), { name: reply.name });
}

function analyseHere(request: AnalyseRequest, signal?: AbortSignal): Promise<WorkbookModel> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      if (signal?.aborted) return reject(new ReadCancelledError());
      try {
        resolve(buildReport(request.activity, request.mapping, request.options));
      } catch (error) {
        reject(error);
      }
    }, 0)
  );
}

export function analyseReport(
  activity: RawTable,
  mapping: ColumnMapping,
  options: ReportOptions,
  signal?: AbortSignal,
  onProgress?: (fraction: number) => void
): Promise<WorkbookModel> {
  // Functions cannot cross to a worker: progress comes back as messages instead.
  const { onProgress: _unused, ...plain } = options;
  void _unused;
  const request: AnalyseRequest = {
    activity: {
      headers: activity.headers,
      rows: activity.rows,
      firstRowNumber: activity.firstRowNumber,
    },
    mapping,
    options: plain,
  };
  if (typeof Worker === "undefined") return analyseHere(request, signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
  } catch {
    return analyseHere(request, signal);
  }
  return new Promise<WorkbookModel>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new ReadCancelledError());
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener("abort", stop, { once: true });
    const finish = () => {
      signal?.removeEventListener("abort", stop);
      worker.terminate();
    };
    worker.onmessage = ({ data }: MessageEvent<AnalyseReply>) => {
      if (data.kind === "progress") onProgress?.(data.fraction);
      else if (data.kind === "done") {
        finish();
        resolve(data.model);
      } else {
        finish();
        reject(errorFrom(data));
      }
    };
    // The script did not load (or could not run): the same analysis, here.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      analyseHere(request, signal).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
