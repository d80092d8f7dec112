/**
 * The catalogue speaks the glossary (docs/glossary.md, read here): each concept's messages use its Chinese
 * term, and the terms the glossary rules out appear nowhere in the Chinese catalogue or the function help.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUES, type MessageKey } from "../../src/i18n";
import functionHelp from "../../src/functions/locales/zh-CN.json";

const glossary = fs.readFileSync(path.join(__dirname, "../../docs/glossary.md"), "utf8");

/** English concept → Chinese term and note, from the table's rows. */
const terms = new Map(
  glossary
    .split("\n")
    .filter(
      (line) => line.startsWith("| ") && !line.startsWith("| English") && !line.startsWith("|---")
    )
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map(([, english, chinese, note]): [string, { chinese: string; note: string }] => [
      english,
      { chinese, note },
    ])
);

/** Where each concept is said in the catalogue. The report moves its words in under report.* (issue 10). */
const USES: Record<string, MessageKey[]> = {
  "Service level (SL)": [
    "plan.achievedServiceLevel",
    "plan.serviceLevel",
    "taskpane.slDenominator",
  ],
  "Abandon rate": ["plan.abandonRate"],
  "Short abandons": ["taskpane.denominatorOfferedLessShortAbandons"],
  "ASA, average speed of answer": ["plan.asaSec"],
  "AHT, average handle time": ["plan.ahtSec", "forecast.forecastAht", "plan.errorForecast"],
  Occupancy: ["plan.occupancy", "plan.maxOccupancy", "taskpane.maxOccupancyPct"],
  Shrinkage: ["plan.shrinkage", "taskpane.shrinkagePct", "plan.errorShrinkage"],
  "Offered (calls)": ["plan.calls", "taskpane.denominatorOffered", "forecast.forecastCalls"],
  "Answered / handled": ["taskpane.denominatorAnswered"],
  Interval: ["plan.interval", "forecast.interval", "plan.intervalSec"],
  Queue: ["forecast.queue"],
  "Staffed hours": ["plan.agentHours"],
  "Paid hours": ["plan.staffHours"],
  "Required agents": ["plan.agents", "plan.chartTitle"],
  'Staffing requirement plan (the "Staffing plan" tab)': [
    "taskpane.tabPlan",
    "taskpane.buildPlan",
    "taskpane.planWritten",
    "plan.title",
  ],
  FTE: ["plan.fte"],
  "Hourly cost": ["plan.hourlyCost", "taskpane.hourlyCost"],
  Target: ["taskpane.targets", "taskpane.planTargets"],
  "Targets table": [
    "taskpane.createTargets",
    "taskpane.targetsProblems",
    "taskpane.targetsPresent",
  ],
  Forecast: ["taskpane.forecast", "forecast.forecast"],
  "Service jobs": ["taskpane.jobsTable"],
  "Intraday profile": ["forecast.methodHoltWinters"],
  Backtest: ["forecast.backtest"],
  "Seasonal naive": ["forecast.methodNaive"],
  "Holiday / special day": ["forecast.specialDays"],
};

/** The forms a term may take: "出勤工时（付薪工时）" also as 出勤工时; "队列 / 技能组" as either. */
function forms(chinese: string): string[] {
  return chinese
    .split(" / ")
    .flatMap((form) => [form, form.replace(/（[^）]*）$/, "")])
    .filter((form) => form !== "");
}

const zh = CATALOGUES["zh-CN"] as unknown as Record<string, Record<string, string>>;
const message = (key: string) => zh[key.split(".")[0]]?.[key.slice(key.indexOf(".") + 1)];

describe("the Chinese catalogue uses the glossary's terms", () => {
  test("every concept named here is in the glossary, and every key exists", () => {
    expect(Object.keys(USES).filter((concept) => !terms.has(concept))).toEqual([]);
    expect(
      Object.values(USES)
        .flat()
        .filter((key) => message(key) === undefined)
    ).toEqual([]);
  });

  test.each(Object.entries(USES))("%s", (concept, keys) => {
    const accepted = forms(terms.get(concept)!.chinese);
    const off = keys
      .map((key) => ({ key, text: message(key) }))
      .filter(({ text }) => !accepted.some((form) => text.includes(form)));
    expect({ accepted, off }).toEqual({ accepted, off: [] });
  });

  test("the terms the glossary rules out appear nowhere in Chinese", () => {
    // The notes' "not X" plus the wrong terms issue 12 found in the first version.
    const ruledOut = new Set([
      ...[...terms.values()].flatMap(({ note }) =>
        [...note.matchAll(/not ([\u4e00-\u9fff-]+)/g)].map((m) => m[1])
      ),
      "平均应答时间",
      "单呼成本",
      "回访量",
      "队列-日",
      "达成度",
      "记分卡",
      "排班计划",
      "来电量",
    ]);
    expect([...ruledOut]).toEqual(expect.arrayContaining(["平均应答时间", "排班计划", "队列-日"]));
    const texts: [string, string][] = [
      ...Object.entries(zh).flatMap(([area, messages]) =>
        Object.entries(messages).map(([key, text]): [string, string] => [`${area}.${key}`, text])
      ),
      ...Object.entries(
        functionHelp as Record<string, { description: string; parameters?: Record<string, string> }>
      ).flatMap(([id, help]): [string, string][] => [
        [id, help.description],
        ...Object.entries(help.parameters ?? {}).map(([p, text]): [string, string] => [
          `${id}(${p})`,
          text,
        ]),
      ]),
    ];
    const found = texts.flatMap(([where, text]) =>
      [...ruledOut].filter((wrong) => text.includes(wrong)).map((wrong) => `${where}: ${wrong}`)
    );
    expect(found).toEqual([]);
  });
});
