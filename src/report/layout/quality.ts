import type { Analysis } from "../analysis";
import type { Lang } from "../model";
import type { SheetBuilder } from "./builder";

export function layoutFindings(_b: SheetBuilder, _a: Analysis, _lang: Lang): void {}
export function layoutQuality(_b: SheetBuilder, _a: Analysis, _lang: Lang): void {}
