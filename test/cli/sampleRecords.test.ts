/**
 * The contact-records and ACD-export samples: real exports' warts, and the two files telling the same story
 * as each other and as the sample month. Every check counts from the CSV text itself, not from the generator.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { ACD_FILE, RECORDS_FILE, recordSampleFiles } from "../../src/cli/sample/records";

const files = recordSampleFiles();
const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: false }).data;
const records = parse(files[RECORDS_FILE]);
const [header, ...calls] = records;
const acd = parse(files[ACD_FILE]);
const col = (name: string) => header.indexOf(name);

describe("the contact-records sample", () => {
  test("is a month of calls in a call-detail export's layout", () => {
    expect(header).toEqual([
      "Call ID",
      "Call Start",
      "Queue",
      "Agent",
      "Outcome",
      "Wait Time",
      "Talk Time",
      "Hold Time",
      "After Call Work",
      "Resolved",
      "Satisfaction",
      "NPS",
    ]);
    expect(calls.length).toBeGreaterThan(140000);
    expect(calls.length).toBeLessThan(200000);
    expect(new Set(calls.map((c) => c[col("Queue")]))).toEqual(
      new Set(["Billing hotline", "Technical support", "Online chat"])
    );
  });

  test("has the warts real exports have", () => {
    const starts = calls.map((c) => c[col("Call Start")]);
    // US dates (M/D/YY) with a 12-hour clock in one cell.
    expect(starts[0]).toMatch(/^10\/1\/26 8:\d\d:\d\d AM$/);
    expect(starts.some((s) => / PM$/.test(s))).toBe(true);
    expect(starts.some((s) => /^10\/\d+\/26 12:\d\d:\d\d PM$/.test(s))).toBe(true);
    // h:mm:ss durations; after-call work in plain seconds.
    expect(calls[0][col("Wait Time")]).toMatch(/^0:\d\d:\d\d$/);
    expect(calls[0][col("After Call Work")]).toMatch(/^\d+$/);
    const outcomes = new Set(calls.map((c) => c[col("Outcome")]));
    expect(outcomes).toEqual(new Set(["Answered", "Abandoned", "IVR Only", "Transferred?"]));
    // Four broken rows, marked in their id: an impossible date, an unknown outcome, text and a negative
    // duration.
    const broken = calls.filter((c) => c[0].endsWith("-X"));
    expect(broken.map((c) => c.slice(1, 7))).toEqual([
      [
        expect.stringMatching(/^10\/32\/26/),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ],
      [
        expect.any(String),
        expect.any(String),
        expect.any(String),
        "Transferred?",
        expect.any(String),
        expect.any(String),
      ],
      [
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        "n/a",
        expect.any(String),
      ],
      [
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        "-0:01:10",
      ],
    ]);
  });
});

describe("the ACD interval export", () => {
  const headerAt = acd.findIndex((r) => r[0] === "Date");
  const rows = acd.slice(headerAt + 1);
  const totals = rows[rows.length - 1];
  const intervals = rows.slice(0, -1);
  const h = (name: string) => acd[headerAt].indexOf(name);

  test("has a vendor's title block, averages, percentages and a totals row", () => {
    expect(acd[0]).toEqual(["Split/Skill Interval Report"]);
    expect(headerAt).toBe(3);
    expect(acd[headerAt]).toEqual([
      "Date",
      "Interval Start",
      "Split/Skill",
      "Calls Offered",
      "Calls Handled",
      "Calls Abandoned",
      "Short Abandons",
      "Calls Handled Within SL",
      "ASA",
      "AHT",
      "Avg Aban Time",
      "Service Level %",
    ]);
    // 31 days × 24 half hours × 3 queues.
    expect(intervals).toHaveLength(31 * 24 * 3);
    expect(intervals[0].slice(0, 3)).toEqual(["10/1/2026", "8:00 AM", "Billing hotline"]);
    expect(intervals[0][h("AHT")]).toMatch(/^0:\d\d:\d\d$/);
    expect(intervals[0][h("Service Level %")]).toMatch(/^\d+\.\d\d%$/);
    expect(totals[0]).toBe("Totals");
  });

  test("counts the same calls as the records (IVR-only and broken rows left out)", () => {
    const clean = calls.filter((c) => !c[0].endsWith("-X"));
    const count = (outcome: string) => clean.filter((c) => c[col("Outcome")] === outcome).length;
    expect(Number(totals[h("Calls Handled")])).toBe(count("Answered"));
    expect(Number(totals[h("Calls Abandoned")])).toBe(count("Abandoned"));
    expect(Number(totals[h("Calls Offered")])).toBe(count("Answered") + count("Abandoned"));
    const seconds = (t: string) => t.split(":").reduce((a, x) => a * 60 + Number(x), 0);
    const inSl = clean.filter(
      (c) => c[col("Outcome")] === "Answered" && seconds(c[col("Wait Time")]) <= 20
    ).length;
    expect(Number(totals[h("Calls Handled Within SL")])).toBe(inSl);
    for (const r of intervals)
      expect(Number(r[h("Calls Offered")])).toBe(
        Number(r[h("Calls Handled")]) + Number(r[h("Calls Abandoned")])
      );
  });

  test("has the sample month's volume: October's offered within 5% of the activity sample's", () => {
    const activity = parse(
      fs.readFileSync(
        path.join(__dirname, "..", "..", "samples", "activity-2026-09-10.csv"),
        "utf8"
      )
    );
    const offeredAt = activity[0].indexOf("Offered");
    const october = activity
      .slice(1)
      .filter((r) => r[0].startsWith("2026-10") && /^\d+$/.test(r[offeredAt]))
      .reduce((a, r) => a + Number(r[offeredAt]), 0);
    const offered = Number(totals[h("Calls Offered")]);
    expect(Math.abs(offered / october - 1)).toBeLessThan(0.05);
  });
});
