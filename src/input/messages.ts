/**
 * Every user-visible sentence of the reader, in English and Chinese, by code with named parameters. Kept in
 * one file so it can move into the shared message catalogue (src/i18n) as it stands; errors and the
 * description carry codes and parameters, not sentences, so any language can be produced from them.
 */

export type MessageParams = Record<string, string | number>;

const MESSAGES = {
  undecodable: {
    en: "{file} is not text in any encoding tried ({tried}). Save it from Excel as CSV UTF-8, or as .xlsx.",
    zh: "{file} 无法按已尝试的编码（{tried}）读取为文本。请在 Excel 中另存为 CSV UTF-8 或 .xlsx。",
  },
  dateOrder: {
    en: 'The dates in column "{header}" (e.g. {example}) read both as month/day and as day/month: no value has a part over 12. Say which with --date-order mdy or --date-order dmy (taskpane: Date order).',
    zh: "“{header}”列的日期（如 {example}）既可读作月/日也可读作日/月：没有一个值的某一部分大于 12。请用 --date-order mdy 或 --date-order dmy 指明（任务窗格：日期顺序）。",
  },
  dateOrderMixed: {
    en: 'The dates in column "{header}" mix month/day ({mdyExample}) and day/month ({dmyExample}): fix the column so it uses one order.',
    zh: "“{header}”列的日期混用了月/日（{mdyExample}）和日/月（{dmyExample}）：请统一为一种顺序。",
  },
  averageAsTotal: {
    en: 'Column "{header}" read as {field} gives {perCall} s per answered call: that is an average, not a total. Map it as {averageField} (--map {averageField}="{header}") or drop it (--map {fieldKey}=).',
    zh: '“{header}”列作为{field}时，每通接听电话仅 {perCall} 秒：这是平均值而非合计。请将其映射为 {averageField}（--map {averageField}="{header}"）或取消映射（--map {fieldKey}=）。',
  },
  noDate: {
    en: 'No date column: name a column "Date" (日期), or a date-time such as "Start Time" or "Interval Start", or map one with --map date="Your header". Headers found: {headers}.',
    zh: '没有日期列：请将某列命名为“日期”（Date），或使用“开始时间”等日期时间列，或用 --map date="列名" 指定。现有列：{headers}。',
  },
  noDates: {
    en: 'The date column ("{header}") holds no dates we can read (e.g. {example}). Use Excel dates, 2026-10-01, 10/1/2026 or 2026年10月1日.',
    zh: "日期列（“{header}”）中没有可识别的日期（如 {example}）。请使用 Excel 日期、2026-10-01、10/1/2026 或 2026年10月1日。",
  },
  noVolume: {
    en: 'No call-volume column: name one "Offered" (呼入量), "Calls Handled"/"Answered" (接听量), or give one row per call with an outcome column ("Answered (Y/N)", 呼叫结果). Headers found: {headers}.',
    zh: "没有话务量列：请提供“呼入量”（Offered）、“接听量”（Answered）列，或每通电话一行并带呼叫结果列（如“是否接通”）。现有列：{headers}。",
  },
  noColumn: {
    en: '--map "{map}": the table has no column "{header}". Its headers: {headers}.',
    zh: '--map "{map}"：表中没有“{header}”列。现有列：{headers}。',
  },
  // Row problems (data quality).
  unknownOutcome: {
    en: 'outcome "{value}" is neither answered, abandoned nor IVR-only (not guessed)',
    zh: "呼叫结果“{value}”不是已知的接通、放弃或仅 IVR 值（未作猜测）",
  },
  multiDay: {
    en: "covers {from} to {to}: a period summary, not a day (left out of the daily figures)",
    zh: "覆盖 {from} 至 {to}：是期间汇总而非单日（不计入每日数据）",
  },
  badDuration: {
    en: '{field} "{value}" is not a duration (use seconds, mm:ss or h:mm:ss)',
    zh: "{field}“{value}”不是时长（请用秒数、mm：ss 或 h：mm：ss）",
  },
  ambiguousNumber: {
    en: '{field} "{value}" could be read two ways (decimal or thousands separator): not guessed',
    zh: "{field}“{value}”可有两种读法（小数点或千位分隔符）：未作猜测",
  },
  badFlag: {
    en: '{field} "{value}" is not yes/no',
    zh: "{field}“{value}”不是是/否",
  },
  badScore: {
    en: '{field} "{value}" is not a score on the {scale} scale',
    zh: "{field}“{value}”不是 {scale} 分制的评分",
  },
  badPercent: {
    en: '{field} "{value}" is not a percentage',
    zh: "{field}“{value}”不是百分比",
  },
  // Description of what was read.
  shapeRecords: { en: "contact records (one row per call)", zh: "通话明细（每通电话一行）" },
  shapeAggregates: {
    en: "interval/daily rows with averages and percentages",
    zh: "含平均值和百分比的时段/每日汇总",
  },
  shapeSums: { en: "interval/daily rows with totals", zh: "含合计值的时段/每日汇总" },
  convAsa: {
    en: "total wait = ASA × answered ({header})",
    zh: "总等待时长 = 平均应答时间 × 接听量（“{header}”）",
  },
  convAht: {
    en: "total handle = AHT × answered ({header})",
    zh: "总处理时长 = 平均处理时长 × 接听量（“{header}”）",
  },
  convHandleParts: {
    en: "total handle = ({parts}) × answered",
    zh: "总处理时长 =（{parts}）× 接听量",
  },
  convSl: {
    en: "answered within SL = {header} × {base} (the platform's own SL threshold)",
    zh: "服务水平内接听量 = “{header}” × {base}（按平台自身的服务水平阈值）",
  },
  convOfferedFromParts: {
    en: "offered = answered + abandoned (the file gives no offered column)",
    zh: "呼入量 = 接听量 + 放弃量（文件没有呼入量列）",
  },
  convPercentScale: {
    en: '"{header}" read as percentages ({example} = {fraction})',
    zh: "“{header}”按百分比读取（{example} = {fraction}）",
  },
  convDayFraction: {
    en: '"{header}" holds Excel time fractions: converted to seconds',
    zh: "“{header}”为 Excel 时间小数：已换算为秒",
  },
  convDateOrder: { en: "slash dates read as {order}", zh: "斜杠日期按 {order} 读取" },
  convDateTime: {
    en: '"{header}" holds date and time: gives the date and the interval',
    zh: "“{header}”含日期和时间：同时给出日期和时段",
  },
  convDecimalComma: {
    en: "decimal comma (370,1 = 370.1); thousands separators removed",
    zh: "小数逗号（370,1 = 370.1）；已去除千位分隔符",
  },
  convInterval: {
    en: "records booked to the {minutes}-minute interval their call started in",
    zh: "按通话开始时间归入 {minutes} 分钟时段",
  },
  convDaily: { en: "records booked to the day their call started", zh: "按通话开始日期归入每日" },
  convRecordDefs: {
    en: "answered within SL: wait ≤ {slSec} s; short abandons: abandoned with wait ≤ {shortSec} s",
    zh: "服务水平内接听：等待 ≤ {slSec} 秒；短时放弃：等待 ≤ {shortSec} 秒的放弃",
  },
  convRating: {
    en: "satisfaction scale {scale} (detected), satisfied = rating ≥ {threshold}",
    zh: "满意度 {scale} 分制（自动识别），满意 = 评分 ≥ {threshold}",
  },
  convNps: {
    en: "NPS: 9–10 promoters, 7–8 passives, 0–6 detractors",
    zh: "NPS：9–10 推荐者,7–8 中立者,0–6 贬损者",
  },
  convIvr: {
    en: "{count} IVR-only records counted apart (not offered to a queue)",
    zh: "{count} 条仅 IVR 记录单独计数（未进入队列）",
  },
  convEmptyHold: {
    en: "an empty hold or after-call work cell counts as 0 s",
    zh: "保持或话后处理时长为空时按 0 秒计",
  },
  arrivalsOnly: {
    en: "arrivals only: answer-based KPIs are not measured",
    zh: "仅有来电量：基于接听的指标不予计算",
  },
  ignoredColumn: { en: '"{header}": not used ({reason})', zh: "“{header}”：未使用（{reason}）" },
  reasonUnknown: {
    en: "not a known field; map it to use it",
    zh: "未识别的列；如需使用请手动映射",
  },
  reasonAmbiguous: {
    en: "could mean {fields}; map it to one",
    zh: "可能表示 {fields}；请映射到其中之一",
  },
  reasonDuplicate: {
    en: 'also matches {field}, already read from "{used}"',
    zh: "同样匹配{field}，已使用“{used}”列",
  },
  reasonUnmapped: { en: "un-mapped by you", zh: "已由您取消映射" },
  reasonNotForShape: {
    en: "not used for this kind of data",
    zh: "此类数据不使用该列",
  },
  reasonDerived: {
    en: "not needed: the report computes it from the counts",
    zh: "无需使用：报表由各计数计算该值",
  },
  totalRow: {
    en: "a totals row, not a day or interval (left out; the report adds up the rows itself)",
    zh: "合计行，不是某日或某时段（未计入；报表自行汇总）",
  },
  reasonTotalGiven: {
    en: "the total column is used instead",
    zh: "已使用对应的合计列",
  },
  titleRows: {
    en: "{count} title rows above the header skipped",
    zh: "跳过表头上方 {count} 行标题",
  },
} as const;

export type InputMessageCode = keyof typeof MESSAGES;

export function inputMessage(
  code: InputMessageCode,
  params: MessageParams,
  lang: "en" | "zh-CN"
): string {
  const template: string = MESSAGES[code][lang === "en" ? "en" : "zh"];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    params[name] === undefined ? `{${name}}` : String(params[name])
  );
}
