import { ACTIVITY_FIELDS, matchHeaders, headerKey, fieldsForHeader } from "../../src/input";

const meaning = (h: string) => fieldsForHeader(h, ACTIVITY_FIELDS);

describe("header words", () => {
  it.each([
    ["Answered Calls", "answered"],
    ["Calls Handled", "answered"],
    ["Contacts handled", "answered"],
    ["CALLS_HANDLED", "answered"],
    ["handled calls", "answered"],
    ["Incoming Calls", "offered"],
    ["Calls Presented", "offered"],
    ["Calls Offered", "offered"],
    ["Date Time", "date"],
    ["DateTime", "date"],
    ["Interval Start", "interval"],
    ["Avg Speed of Answer", "asaSec"],
    ["Average Speed of Answer", "asaSec"],
    ["AHT", "ahtSec"],
    ["Average Handle Time", "ahtSec"],
    ["Service Level %", "slPercent"],
    ["% Answered Within SL", "slPercent"],
    ["Answered within SL", "answeredInSl"],
    ["Total Wait Seconds", "waitSec"],
    ["Wait Time (sec)", "waitSec"],
    ["Answered (Y/N)", "answered"],
    ["Satisfaction rating", "rating"],
    ["日期", "date"],
    ["呼入量", "offered"],
    ["接通量", "answered"],
    ["平均应答时长", "asaSec"],
    ["服务水平(%)", "slPercent"],
    ["技能组", "queue"],
    ["话后处理时长", "acwSec"],
  ])("%j means %s", (header, key) => {
    expect(meaning(header)).toEqual([key]);
  });

  it("word order, case, punctuation and plurals do not matter", () => {
    expect(headerKey("Calls-Offered")).toBe(headerKey("offered calls"));
    expect(headerKey("Avg. Handle Time")).toBe(headerKey("handle time, average"));
    expect(headerKey("ＡＨＴ")).toBe(headerKey("aht")); // full-width letters
  });

  // Public report-field names (sources in docs/input.md).
  it.each([
    [
      "Avaya CMS split/skill interval",
      [
        "Split/Skill",
        "ACD Calls",
        "Aban Calls",
        "Avg Speed Ans",
        "Avg ACD Time",
        "Avg ACW Time",
        "Avg Aban Time",
        "% Ans Calls",
      ],
      [
        "queue",
        "answered",
        "abandoned",
        "asaSec",
        "avgTalkSec",
        "avgAcwSec",
        "avgAbandonSec",
        "answerPercent",
      ],
    ],
    [
      "Cisco UCCX CSQ activity",
      [
        "CSQ Name",
        "Calls Presented",
        "Calls Handled",
        "Calls Abandoned",
        "Avg Queue Time",
        "Avg Handle Time",
      ],
      ["queue", "offered", "answered", "abandoned", "asaSec", "ahtSec"],
    ],
    [
      "Genesys Cloud queue performance",
      [
        "Queue",
        "Interval Start",
        "Offer",
        "Answer",
        "Abandon",
        "ASA",
        "AHT",
        "Service Level %",
        "tHandle",
        "nOffered",
      ],
      [
        "queue",
        "interval",
        "offered",
        "answered",
        "abandoned",
        "asaSec",
        "ahtSec",
        "slPercent",
        "handleSec",
        "offered",
      ],
    ],
    [
      "Amazon Connect historical metrics",
      [
        "Queue",
        "Contacts queued",
        "Contacts handled",
        "Contacts abandoned",
        "Average queue answer time",
        "Average handle time",
        "After contact work time",
      ],
      ["queue", "offered", "answered", "abandoned", "asaSec", "ahtSec", "acwSec"],
    ],
    [
      "Five9 call log",
      [
        "DATE",
        "TIME",
        "SKILL",
        "AGENT NAME",
        "DISPOSITION",
        "QUEUE WAIT TIME",
        "TALK TIME",
        "HOLD TIME",
        "AFTER CALL WORK TIME",
        "HANDLE TIME",
      ],
      [
        "date",
        "interval",
        "queue",
        "agent",
        "outcome",
        "waitSec",
        "talkSec",
        "holdSec",
        "acwSec",
        "handleSec",
      ],
    ],
    [
      "NICE CXone data download",
      ["start_date", "start_time", "skill_name", "Abandon", "ACW_Seconds", "Hold_Time"],
      ["date", "interval", "queue", "abandoned", "acwSec", "holdSec"],
    ],
    [
      "话务报表",
      [
        "日期",
        "时段",
        "技能组",
        "呼入量",
        "接通量",
        "放弃量",
        "平均应答时长",
        "平均通话时长",
        "服务水平",
        "接通率",
      ],
      [
        "date",
        "interval",
        "queue",
        "offered",
        "answered",
        "abandoned",
        "asaSec",
        "avgTalkSec",
        "slPercent",
        "answerPercent",
      ],
    ],
  ])("%s headers", (_, headers, keys) => {
    expect(headers.map((h) => meaning(h)[0])).toEqual(keys);
  });

  it("an ambiguous header is reported, not guessed", () => {
    const m = matchHeaders(["Date", "Duration", "Offered"], ACTIVITY_FIELDS);
    expect(m.mapping).toEqual({ date: 0, offered: 2 });
    expect(m.ambiguous).toEqual([
      { column: 1, header: "Duration", fields: ["handleSec", "talkSec"] },
    ]);
  });

  it("a second header for the same field is reported, the first used", () => {
    const m = matchHeaders(["Date", "Calls Offered", "Incoming Calls"], ACTIVITY_FIELDS);
    expect(m.mapping.offered).toBe(1);
    expect(m.duplicates).toEqual([
      { column: 2, header: "Incoming Calls", field: "offered", usedColumn: 1 },
    ]);
  });
});
