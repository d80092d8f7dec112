import fc from "fast-check";
import {
  readActivity,
  tableFromText,
  describeRead,
  relocateHeader,
  type ActivityRow,
  type RawTable,
} from "../../src/input";
import { AGENT_HEADERS, AGENT_ROWS } from "./agentRecords";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
const table = (headers: unknown[], rows: unknown[][]): RawTable => ({
  headers,
  rows,
  firstRowNumber: 2,
});
const find = (rows: ActivityRow[], queue: string, minute: number | null) =>
  rows.find((r) => r.queue === queue && r.minute === minute);

describe("contact records", () => {
  // The PwC/Forage training file's layout: one row per call, Y/N answered, durations as h:mm:ss.
  const headers = [
    "Call Id",
    "Agent",
    "Date",
    "Time",
    "Topic",
    "Answered (Y/N)",
    "Resolved",
    "Speed of answer in seconds",
    "AvgTalkDuration",
    "Satisfaction rating",
  ];
  const rows = [
    ["ID1", "A", "10/13/2026", "8:05 AM", "Billing", "Y", "Y", "10", "00:03:20", "5"],
    ["ID2", "B", "10/13/2026", "8:20 AM", "Billing", "Y", "N", "30", "00:05:00", "3"],
    ["ID3", "A", "10/13/2026", "8:29 AM", "Billing", "N", "", "3", "", ""],
    ["ID4", "B", "10/13/2026", "8:31 AM", "Billing", "N", "", "40", "", ""],
    ["ID5", "A", "10/13/2026", "8:10 PM", "Sales", "Y", "Y", "15", "0:04:00", "4"],
    ["ID6", "A", "10/13/2026", "8:12 PM", "Sales", "MAYBE", "", "5", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
  ];

  it("are aggregated per queue and 30-minute interval with our definitions (hand-computed)", () => {
    const read = readActivity(table(headers, rows));
    expect(read.shape).toBe("records");
    const d = day(2026, 10, 13);
    // Billing 08:00: calls 1–3. Offered 3, answered 2 (ID1, ID2), abandoned 1 (ID3, wait 3 s ≤ 5: short).
    // Within SL: ID1 (10 s ≤ 20). Wait 10 + 30. Handle 200 + 300. FCR 1 of 2. Ratings 5 and 3 on a 1–5
    // scale: 2 surveys, 1 satisfied (≥ 4); in points of 100, 5 → 100 and 3 → 60: score sum 160.
    expect(find(read.rows, "Billing", 8 * 60)).toEqual({
      rowNumber: 2,
      records: 3,
      day: d,
      minute: 480,
      queue: "Billing",
      v: {
        offered: 3,
        answered: 2,
        abandoned: 1,
        shortAbandons: 1,
        answeredInSl: 1,
        waitSec: 40,
        handleSec: 500,
        fcrResolved: 1,
        fcrEligible: 2,
        surveys: 2,
        satisfied: 1,
        scoreSum: 160,
      },
    });
    // Billing 08:30: ID4 abandoned after 40 s (not short).
    expect(find(read.rows, "Billing", 8 * 60 + 30)?.v).toMatchObject({
      offered: 1,
      answered: 0,
      abandoned: 1,
      shortAbandons: 0,
      answeredInSl: 0,
    });
    // Sales 20:00 (8:10 PM): ID5 only; ID6's outcome "MAYBE" is listed, not guessed.
    expect(find(read.rows, "Sales", 20 * 60)?.v).toMatchObject({
      offered: 1,
      answered: 1,
      answeredInSl: 1,
      waitSec: 15,
      handleSec: 240,
      satisfied: 1,
      surveys: 1,
      scoreSum: 80, // a 4 of 5 is 80 points of 100
    });
    expect(read.problems).toEqual([
      {
        rowNumber: 7,
        day: d,
        code: "unknownOutcome",
        field: "answered",
        value: "MAYBE",
        excluded: "row",
      },
    ]);
    // Rows read = used + rejected (+ blank).
    const used = read.rows.reduce((n, r) => n + r.records, 0);
    expect(read.rowsRead).toBe(7);
    expect(used + read.problems.length + read.blankRows).toBe(7);
    expect(read.description.ratingScale).toBe("1–5");
    expect(read.description.dateOrder).toBe("mdy");
    const ignored = read.description.ignored.map((i) => i.header);
    // The agent column is read (answered records per agent: see "per agent" below).
    expect(ignored).toEqual(["Call Id"]);
  });

  it("IVR-only records are counted apart; 15-minute or daily booking on request", () => {
    const t = table(
      ["Start Time", "Queue", "Outcome", "Wait"],
      [
        ["2026-10-01 09:05", "Q", "Answered", "5"],
        ["2026-10-01 09:20", "Q", "VRU-only", ""],
        ["2026-10-01 09:25", "Q", "Abandoned", "2"],
        ["2026-10-02 10:00", "Q", "接通", "1:00"],
      ]
    );
    const r15 = readActivity(t, { interval: 15 });
    expect(r15.description.ivrOnly).toBe(1);
    expect(r15.rows.map((r) => [r.minute, r.records, r.v.offered])).toEqual([
      [540, 1, 1],
      [555, 2, 1],
      [600, 1, 1],
    ]);
    const daily = readActivity(t, { interval: "day" });
    expect(daily.rows.map((r) => [r.minute, r.v.offered, r.v.answered, r.v.waitSec])).toEqual([
      [null, 2, 1, 5],
      [null, 1, 1, 60],
    ]);
  });

  it("NPS 0–10 gives promoters, passives and detractors", () => {
    const t = table(
      ["Date", "Outcome", "NPS"],
      [
        ["2026-10-01", "answered", "10"],
        ["2026-10-01", "answered", "9"],
        ["2026-10-01", "answered", "7"],
        ["2026-10-01", "answered", "6"],
        ["2026-10-01", "answered", "0"],
      ]
    );
    expect(readActivity(t).rows[0].v).toMatchObject({ promoters: 2, passives: 1, detractors: 2 });
  });

  it("a bad duration spoils only the figure it feeds, for its interval, and says so", () => {
    const t = table(
      ["Date", "Outcome", "Wait", "Talk"],
      [
        ["2026-10-01", "answered", "5", "100"],
        ["2026-10-01", "answered", "soon", "100"],
      ]
    );
    const r = readActivity(t);
    expect(r.rows[0].v).toEqual({
      offered: 2,
      answered: 2,
      abandoned: 0,
      shortAbandons: 0,
      handleSec: 200,
    });
    expect(r.problems).toEqual([
      {
        rowNumber: 3,
        day: day(2026, 10, 1),
        code: "badDuration",
        field: "waitSec",
        value: "soon",
        excluded: ["waitSec", "answeredInSl"],
      },
    ]);
  });

  it("equal an independent, straightforward aggregation on random data", () => {
    const record = fc.record({
      d: fc.integer({ min: 1, max: 3 }),
      // Not 00:00: a date-time column whose times are all midnight is read as days (daily exports write 00:00).
      minute: fc.integer({ min: 1, max: 1439 }),
      queue: fc.constantFrom("A", "B", "技能组1"),
      outcome: fc.constantFrom("Y", "N", "IVR"),
      wait: fc.integer({ min: 0, max: 90 }),
      talk: fc.integer({ min: 1, max: 900 }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), (recs) => {
        const hh = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
        const t = table(
          ["Date Time", "Skill", "Call Result", "Wait Time", "Talk Time"],
          recs.map((r) => [
            `2026-10-0${r.d} ${hh(r.minute)}`,
            r.queue,
            r.outcome,
            String(r.wait),
            String(r.talk),
          ])
        );
        const read = readActivity(t, { interval: 30 });
        // The straightforward way: one object per key, each record looked at once.
        const expected: Record<string, Record<string, number>> = {};
        for (const r of recs) {
          const key = `${day(2026, 10, r.d)}|${r.minute - (r.minute % 30)}|${r.queue}`;
          const e = (expected[key] ??= {
            records: 0,
            offered: 0,
            answered: 0,
            abandoned: 0,
            shortAbandons: 0,
            answeredInSl: 0,
            waitSec: 0,
            handleSec: 0,
          });
          e.records++;
          if (r.outcome === "IVR") continue;
          e.offered++;
          if (r.outcome === "Y") {
            e.answered++;
            e.waitSec += r.wait;
            e.handleSec += r.talk;
            if (r.wait <= 20) e.answeredInSl++;
          } else {
            e.abandoned++;
            if (r.wait <= 5) e.shortAbandons++;
          }
        }
        const got: Record<string, Record<string, number>> = {};
        for (const r of read.rows)
          got[`${r.day}|${r.minute}|${r.queue}`] = { records: r.records, ...r.v };
        expect(got).toEqual(expected);
      }),
      { numRuns: 60 }
    );
  });
});

describe("aggregates with averages and percentages", () => {
  it("convert averages on their base: a vendor export with a title row, ';' and decimal commas", () => {
    const text = [
      "Queue Performance Report;;;;;;;",
      "Interval Start;Queue;Offered;Answered;Abandoned;ASA;AHT;Service Level %",
      "10/13/2026 8:00 AM;Sales;100;90;10;12,5;300;85,5%",
      "10/13/2026 8:30 AM;Sales;50;50;0;0:00:20;0:05:10;94",
    ].join("\r\n");
    const t = tableFromText(text);
    expect(t.delimiter).toBe(";");
    const read = readActivity(t);
    expect(read.shape).toBe("aggregates");
    // ASA × answered = total wait; AHT × answered = total handle; SL % × offered = answered within SL.
    expect(read.rows.map((r) => [r.minute, r.v])).toEqual([
      [
        480,
        {
          offered: 100,
          answered: 90,
          abandoned: 10,
          waitSec: 1125,
          handleSec: 27000,
          answeredInSl: 85.5,
        },
      ],
      [
        510,
        {
          offered: 50,
          answered: 50,
          abandoned: 0,
          waitSec: 1000,
          handleSec: 15500,
          answeredInSl: 47,
        },
      ],
    ]);
    const lines = describeRead(read.description, "en").join("\n");
    expect(lines).toContain("total wait = ASA × answered");
    expect(lines).toContain("answered within SL");
    expect(lines).toContain("1 title row above the header skipped");
  });

  it("94.01%, 0.9401 and 94.01 under a % header are the same service level", () => {
    for (const sl of [["94.01%"], ["0.9401"], ["94.01"]]) {
      const r = readActivity(
        table(["Date", "Offered", "Answered", "SL %"], [["2026-10-01", 100, 95, sl[0]]])
      );
      expect(r.rows[0].v.answeredInSl).toBeCloseTo(94.01, 9);
    }
  });

  it("the SL base can be answered instead of offered, and the conversion says so", () => {
    const r = readActivity(
      table(["Date", "Offered", "Answered", "Service Level"], [["2026-10-01", 100, 80, "50%"]]),
      { slBase: "answered" }
    );
    expect(r.rows[0].v.answeredInSl).toBe(40);
    expect(describeRead(r.description, "en").join("\n")).toContain("× answered");
  });

  it("offered is ACD calls + abandoned calls when a platform reports only those (Avaya)", () => {
    const r = readActivity(
      table(
        ["Date", "ACD Calls", "Aban Calls", "Avg ACD Time", "Avg ACW Time"],
        [["2026-10-01", 40, 10, 200, 30]]
      )
    );
    expect(r.rows[0].v).toEqual({ answered: 40, abandoned: 10, offered: 50, handleSec: 230 * 40 });
  });

  it("refuses an average mislabelled as a total, with the reason", () => {
    const r = readActivity(
      table(
        ["Date", "Offered", "Answered", "Total wait"],
        [
          ["2026-10-01", 120, 100, 25],
          ["2026-10-02", 120, 100, 30],
        ]
      )
    );
    expect(r.rows[0].v.waitSec).toBeUndefined();
    expect(r.columns.has("waitSec")).toBe(false);
    const text = describeRead(r.description, "en").join("\n");
    expect(text).toContain(
      '"Total wait" read as Total wait seconds gives 0.28 s per answered call'
    );
    // The fix names the field in words for people and by key for --map.
    expect(text).toContain(
      'Map it as ASA, or leave Total wait seconds unused: in the taskpane, in the column lists; on the command line, --map asaSec="Total wait" or --map waitSec=.'
    );
    expect(describeRead(r.description, "zh-CN").join("\n")).toContain(
      "请将其映射为平均应答时长，或不使用总等待时长：任务窗格中在列的下拉列表里选择；"
    );
  });

  it("arrivals only: offered read, nothing answered is made up", () => {
    const r = readActivity(table(["Date", "Calls"], [["2026-10-01", 120]]));
    expect(r.rows[0].v).toEqual({ offered: 120 });
    expect(r.columns.has("answered")).toBe(false);
    expect(describeRead(r.description, "en").join("\n")).toContain("not measured");
  });

  it("a period summary row is refused for the daily trend", () => {
    const r = readActivity(
      table(
        ["Date", "Offered", "Answered"],
        [
          ["7/25/25", 10, 9],
          ["7/25/25 – 8/26/25", 500, 450],
        ]
      )
    );
    expect(r.rows).toHaveLength(1);
    expect(r.problems).toEqual([
      {
        rowNumber: 3,
        day: day(2025, 7, 25),
        code: "multiDay",
        field: "date",
        toDay: day(2025, 8, 26),
        excluded: "row",
      },
    ]);
  });

  it("US dates at 00:00 are days; an Interval Start date-time beside a Date gives the interval", () => {
    const daily = readActivity(
      table(
        ["Date", "Offered"],
        [
          ["7/25/25 00:00", 5],
          ["7/26/25 00:00", 6],
        ]
      )
    );
    expect(daily.rows.map((r) => [r.day, r.minute])).toEqual([
      [day(2025, 7, 25), null],
      [day(2025, 7, 26), null],
    ]);
    const both = readActivity(
      table(["Date", "Interval Start", "Offered"], [["2026-10-01", "2026-10-01 08:30", 5]])
    );
    expect(both.rows[0].minute).toBe(510);
  });

  it("slash dates nobody can order are an error naming --date-order; the option decides", () => {
    const t = table(
      ["Date", "Offered"],
      [
        ["7/5/25", 5],
        ["8/5/25", 6],
      ]
    );
    expect(() => readActivity(t)).toThrow(/--date-order/);
    expect(readActivity(t, { dateOrder: "dmy" }).rows[0].day).toBe(day(2025, 5, 7));
  });

  it("Chinese headers and GBK text read straight", () => {
    const r = readActivity(
      table(
        ["日期", "时段", "技能组", "呼入量", "接通量", "平均应答时长", "服务水平"],
        [["2026年10月1日", "下午 2:00", "投诉", "200", "180", "20", "90%"]]
      )
    );
    expect(r.rows[0]).toMatchObject({
      day: day(2026, 10, 1),
      minute: 14 * 60,
      queue: "投诉",
      v: { offered: 200, answered: 180, waitSec: 3600, answeredInSl: 180 },
    });
  });

  it("an ambiguous header is listed as not used, with the fields it could mean", () => {
    const r = readActivity(table(["Date", "Offered", "Duration"], [["2026-10-01", 5, 100]]));
    expect(r.description.ignored).toEqual([
      {
        column: 2,
        header: "Duration",
        reason: { code: "reasonAmbiguous", params: { fields: "handleSec / talkSec" } },
      },
    ]);
  });
});

describe("exports' own furniture", () => {
  it("a Totals row at the end is named as such and left out, never counted twice", () => {
    const r = readActivity(
      table(
        ["Date", "Offered", "Answered"],
        [
          ["2026-10-01", 10, 9],
          ["Totals", 10, 9],
        ]
      )
    );
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => [p.rowNumber, p.code])).toEqual([[3, "totalRow"]]);
  });

  it("a sheet whose header sits under a title block is re-read from its real header", () => {
    const sheet: RawTable = {
      headers: ["Queue Performance", null, null],
      rows: [
        [null, null, null],
        ["Date", "Calls Offered", "Calls Handled"],
        [46296, 12, 10],
      ],
      firstRowNumber: 2,
    };
    const t = relocateHeader(sheet);
    expect(t.headers).toEqual(["Date", "Calls Offered", "Calls Handled"]);
    expect(t.firstRowNumber).toBe(4);
    expect(readActivity(t).rows[0]).toMatchObject({
      rowNumber: 4,
      v: { offered: 12, answered: 10 },
    });
  });
});

describe("contact records per agent", () => {
  // Records in test/input/agentRecords.ts; every figure below is summed by hand from them.
  const read = readActivity(table(AGENT_HEADERS, AGENT_ROWS));
  const agentDay = (agent: string, d: number) =>
    read.agents.find((r) => r.agent === agent && r.day === d);
  const oct5 = day(2026, 10, 5);
  const oct6 = day(2026, 10, 6);

  it("sums answered records per agent and day with the queues' definitions", () => {
    // A1 on 5 Oct: two answered; handle (100+20+30) + (200+0+40) = 390; hold 20 + 0; resolved 1 of 2;
    // ratings 5 and 3: 2 surveys, 1 satisfied, 100 + 60 points; NPS 10 (promoter) and 7 (passive).
    expect(agentDay("A1", oct5)).toEqual({
      agent: "A1",
      day: oct5,
      holdSec: 20,
      v: {
        answered: 2,
        handleSec: 390,
        fcrResolved: 1,
        fcrEligible: 2,
        surveys: 2,
        satisfied: 1,
        scoreSum: 160,
        promoters: 1,
        passives: 1,
        detractors: 0,
      },
    });
    // A1 on 6 Oct: empty hold is 0 s, handle 60 + 0 + 10; no rating; NPS 9 is a promoter.
    expect(agentDay("A1", oct6)?.v).toMatchObject({
      answered: 1,
      handleSec: 70,
      fcrResolved: 1,
      fcrEligible: 1,
      surveys: 0,
      promoters: 1,
    });
    expect(agentDay("A1", oct6)?.holdSec).toBe(0);
    // A3: resolved left blank (not eligible), rating 2 (not satisfied, 40 points), no NPS answer.
    expect(agentDay("A3", oct6)?.v).toMatchObject({
      answered: 1,
      handleSec: 420,
      fcrEligible: 0,
      surveys: 1,
      satisfied: 0,
      scoreSum: 40,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
    // A2 on 5 Oct: NPS 6 is a detractor; on 6 Oct: 90 + 5 + 15 = 110, not resolved, rating 5.
    expect(agentDay("A2", oct5)?.v).toMatchObject({ answered: 1, handleSec: 180, detractors: 1 });
    expect(agentDay("A2", oct6)?.v).toMatchObject({
      answered: 1,
      handleSec: 110,
      fcrResolved: 0,
      fcrEligible: 1,
      satisfied: 1,
    });
  });

  it("leaves abandoned and IVR-only records out: six agent-days, six answered in October", () => {
    expect(read.agents).toHaveLength(6); // A1 ×2 days, A2 ×2, A3, A1 in September
    const october = read.agents.filter((r) => r.day >= oct5);
    expect(october.reduce((n, r) => n + (r.v.answered ?? 0), 0)).toBe(6);
    // The queues still count them: Q2 on 6 Oct 10:00–10:30 has A3's and A2's calls and the abandoned one;
    // the IVR record is counted apart.
    const q2 = read.rows.find((r) => r.queue === "Q2" && r.day === oct6 && r.minute === 600);
    expect(q2?.v).toMatchObject({ offered: 3, answered: 2, abandoned: 1 });
    expect(read.description.ivrOnly).toBe(1);
  });

  it("describes the agent column as read, and reads none without one or without an outcome", () => {
    const agentColumn = read.description.columns.find((c) => c.header === "Agent ID");
    expect(agentColumn?.field).toBe("agent");
    const without = readActivity(
      table(
        AGENT_HEADERS.filter((h) => h !== "Agent ID"),
        AGENT_ROWS.map((r) => r.filter((_, i) => i !== 2))
      )
    );
    expect(without.agents).toEqual([]);
    const noOutcome = readActivity(
      table(
        AGENT_HEADERS.filter((h) => h !== "Outcome"),
        AGENT_ROWS.map((r) => r.filter((_, i) => i !== 3))
      ),
      { shape: "records" }
    );
    expect(noOutcome.agents).toEqual([]);
  });

  it("a bad handle cell leaves that agent-day's handle out, not its other figures", () => {
    const rows = AGENT_ROWS.map((r) => [...r]);
    rows[1][5] = "soon"; // A1's second call on 5 Oct: talk unreadable
    const bad = readActivity(table(AGENT_HEADERS, rows));
    const a1 = bad.agents.find((r) => r.agent === "A1" && r.day === oct5)!;
    expect(a1.v.handleSec).toBeUndefined();
    expect(a1.v.answered).toBe(2);
    expect(a1.v.fcrEligible).toBe(2);
  });

  it("recognises the agent column by its usual headers, in English and Chinese", () => {
    for (const h of ["Agent", "Agent name", "Agent ID", "User", "坐席", "坐席工号", "工号"]) {
      const headers = AGENT_HEADERS.map((x) => (x === "Agent ID" ? h : x));
      expect([h, readActivity(table(headers, AGENT_ROWS)).agents.length]).toEqual([h, 6]);
    }
  });
});
