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

/** Where each concept is said in the catalogue: the plan, taskpane and forecast, and the report (report.*). */
const USES: Record<string, MessageKey[]> = {
  "Service level (SL)": [
    "plan.achievedServiceLevel",
    "plan.serviceLevel",
    "taskpane.slDenominator",
    "report.kpiServiceLevel",
    "report.serviceLevel",
    "report.slTarget",
    "report.chartSl",
    "report.staffingPredicted",
  ],
  "Answer rate": ["report.kpiAnswerRate"],
  "Abandon rate": ["plan.abandonRate", "report.kpiAbandonRate", "report.abandonRate"],
  "Short abandons": [
    "taskpane.denominatorOfferedLessShortAbandons",
    "report.defSlOfferedLessShortAbandons",
    "report.defSlOfferedNoShortAbandons",
  ],
  "ASA, average speed of answer": [
    "plan.asaSec",
    "report.kpiAsa",
    "report.asa",
    "report.asaSeconds",
  ],
  "AHT, average handle time": [
    "plan.ahtSec",
    "forecast.forecastAht",
    "plan.errorForecast",
    "report.kpiAht",
  ],
  Occupancy: [
    "plan.occupancy",
    "plan.maxOccupancy",
    "taskpane.maxOccupancyPct",
    "report.kpiOccupancy",
    "report.problemOverStaffedTime",
  ],
  Shrinkage: [
    "plan.shrinkage",
    "taskpane.shrinkagePct",
    "plan.errorShrinkage",
    "report.kpiShrinkage",
  ],
  "Calls per staffed hour": ["report.kpiCallsPerStaffedHour"],
  "Forecast accuracy": ["report.kpiForecastAccuracy"],
  "First-contact resolution (FCR)": ["report.kpiFcr"],
  "Satisfaction rate": ["report.kpiSatisfactionRate", "report.chartSatisfaction"],
  "Satisfaction score": ["report.kpiSatisfactionScore"],
  NPS: ["report.kpiNps"],
  "Complaint rate": ["report.kpiComplaintRate", "report.complaintsPerBase"],
  "QA score": ["report.kpiQaScore", "report.defQaScore"],
  "Cost per call": ["report.kpiCostPerCall"],
  "Offered (calls)": [
    "plan.calls",
    "taskpane.denominatorOffered",
    "forecast.forecastCalls",
    "report.offered",
    "report.defSlOffered",
    "report.defAnswerRate",
    "report.chartVolume",
    "report.offeredCounted",
    "report.findingWorstDay",
    "report.problemCountsDisagree",
  ],
  "Answered / handled": [
    "taskpane.denominatorAnswered",
    "report.answered",
    "report.defSlAnswered",
    "report.defAsa",
  ],
  Abandoned: ["report.abandoned", "report.defAbandonRate"],
  Interval: ["plan.interval", "forecast.interval", "plan.intervalSec", "report.problemBadInterval"],
  Queue: ["forecast.queue", "report.queue", "report.queueCount"],
  "Staffed hours": ["plan.agentHours", "report.staffingStaffed", "report.defCallsPerStaffedHour"],
  "Paid hours": ["plan.staffHours", "report.defShrinkage"],
  "Required agents": ["plan.agents", "plan.chartTitle", "report.findingStaffingShort"],
  'Staffing requirement plan (the "Staffing plan" tab)': [
    "taskpane.tabPlan",
    "taskpane.buildPlan",
    "taskpane.planWritten",
    "plan.title",
  ],
  FTE: ["plan.fte"],
  "Hourly cost": ["plan.hourlyCost", "taskpane.hourlyCost"],
  "Shortfall / surplus": [
    "report.staffingShortfall",
    "report.staffingShortfallColumn",
    "report.staffingSurplusColumn",
  ],
  "Under-staffed queue-days": ["report.staffingPeriodsUnderDaily"],
  Target: [
    "taskpane.targets",
    "taskpane.planTargets",
    "report.target",
    "report.targetsTarget",
    "report.targetsLabel",
    "report.targetsSheetName",
    "report.slTarget",
  ],
  "Targets table": [
    "taskpane.createTargets",
    "taskpane.targetsProblems",
    "taskpane.targetsPresent",
    "report.targetsFromTable",
    "report.targetsNeedColumns",
    "report.targetsUnknownKpi",
  ],
  "Variance (+ = better)": ["report.variance"],
  "Change vs prior month": ["report.change", "report.signsRule"],
  "Status GREEN / AMBER / RED": ["report.statusGreen", "report.statusAmber", "report.statusRed"],
  Weight: ["report.weight", "report.targetsWeight"],
  Attainment: ["report.attainment", "report.overall"],
  "Overall score": ["report.overall", "report.findingScore", "report.findingNoScore"],
  Scorecard: ["report.scorecard"],
  "Not measured": ["report.notMeasured", "report.staffingNotMeasured"],
  Findings: ["report.findings"],
  "Data quality": ["report.quality", "report.findingQuality"],
  "Rows read / used / rejected": ["report.rowsRead", "report.rowsUsed", "report.rowsRejected"],
  "Partly used": ["report.rowsPartlyUsed"],
  Forecast: ["taskpane.forecast", "forecast.forecast"],
  "Service jobs": [
    "taskpane.jobsTable",
    "report.jobs",
    "report.problemJob",
    "report.findingJobsOpen",
    "report.errorJobsColumn",
  ],
  "Standard (time limit)": ["report.standard", "report.jobFieldStandardHours"],
  "Within standard": ["report.jobsWithin", "report.findingJobsUnder", "report.findingJobsMet"],
  "Intraday profile": ["forecast.methodHoltWinters"],
  Backtest: ["forecast.backtest"],
  "Seasonal naive": ["forecast.methodNaive"],
  "Holiday / special day": ["forecast.specialDays"],
};

/**
 * Terms whose glossary row is one form of several (a status is one of three words; a pair is either word):
 * the message must use the form for its own meaning, so each key names the exact form it must hold.
 */
const EXACT: Partial<Record<MessageKey, string>> = {
  "report.statusGreen": "达标",
  "report.statusAmber": "预警",
  "report.statusRed": "未达标",
  "report.staffingSurplusColumn": "人力富余",
  "report.staffingShortfall": "人力缺口",
  "report.rowsRead": "读取行数",
  "report.rowsUsed": "使用行数",
  "report.rowsRejected": "剔除行数",
};

/** The reader's field labels (input.field<Key>), shown in the taskpane's column lists and the report. */
const FIELD_USES: Record<string, MessageKey[]> = {
  "Service level (SL)": ["input.fieldSlPercent"],
  "Answered within SL": ["input.fieldAnsweredInSl"],
  "Answer rate": ["input.fieldAnswerPercent"],
  "Abandon rate": ["input.fieldAbandonPercent"],
  "Short abandons": ["input.fieldShortAbandons"],
  "ASA, average speed of answer": ["input.fieldAsaSec"],
  "AHT, average handle time": ["input.fieldAhtSec"],
  "After-call work (ACW)": ["input.fieldAcwSec", "input.fieldAvgAcwSec"],
  "Offered (calls)": ["input.fieldOffered", "input.fieldForecastOffered"],
  "Answered / handled": ["input.fieldAnswered"],
  Abandoned: ["input.fieldAbandoned"],
  Interval: ["input.fieldInterval"],
  Queue: ["input.fieldQueue"],
  Agent: ["input.fieldAgent"],
  "Staffed hours": ["input.fieldStaffedHours"],
  "Paid hours": ["input.fieldPaidHours"],
  "QA score": ["input.fieldQaScoreSum"],
  Forecast: ["input.fieldForecastOffered"],
};
for (const [concept, keys] of Object.entries(FIELD_USES))
  USES[concept] = [...(USES[concept] ?? []), ...keys];

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
      .filter(({ key, text }) => {
        const exact = EXACT[key];
        return exact ? !text.includes(exact) : !accepted.some((form) => text.includes(form));
      });
    expect({ accepted, off }).toEqual({ accepted, off: [] });
  });

  test("the forms EXACT names are the glossary's own", () => {
    const all = [...terms.values()].flatMap(({ chinese }) =>
      chinese.split(/ \/ | \/ |\s*\/\s*/).flatMap((form) => forms(form))
    );
    expect(
      Object.values(EXACT).filter((form) => !all.some((term) => term.includes(form!)))
    ).toEqual([]);
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
