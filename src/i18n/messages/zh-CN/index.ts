/** Simplified Chinese (docs/glossary.md fixes the terms and the punctuation). */
import type { Catalogue } from "../../catalogue";
import cli from "./cli.json";
import common from "./common.json";
import errors from "./errors.json";
import forecast from "./forecast.json";
import input from "./input.json";
import plan from "./plan.json";
import report from "./report.json";
import taskpane from "./taskpane.json";

// Typed against English: a key missing here fails the type check (an extra key fails test/i18n/catalogue).
export const zhCN: Catalogue = { cli, common, errors, forecast, input, plan, report, taskpane };
