import type { Analysis } from "../analysis";
import type { Lang } from "../model";
import type { SheetBuilder } from "./builder";

export function layoutQueues(_b: SheetBuilder, _a: Analysis, _lang: Lang): void {}
export function layoutStaffing(_b: SheetBuilder, _a: Analysis, _lang: Lang): void {}
export function layoutJobs(_b: SheetBuilder, _a: Analysis, _lang: Lang): void {}
