/** English: the reference catalogue. Every other language has exactly these areas and keys. */
import cli from "./cli.json";
import common from "./common.json";
import errors from "./errors.json";
import forecast from "./forecast.json";
import input from "./input.json";
import plan from "./plan.json";
import report from "./report.json";
import taskpane from "./taskpane.json";

export const en = { cli, common, errors, forecast, input, plan, report, taskpane };
