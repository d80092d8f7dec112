/** The report command reading real-world files through src/input: options and what it prints. */
import { run } from "../../src/cli/run";
import { memoryIo } from "./memoryIo";

const build = async (argv: string[], files: Record<string, string | Buffer>) => {
  const io = memoryIo(files);
  const code = await run(["report", ...argv, "-o", "r.xlsx"], io);
  return { code, out: io.out.join(""), err: io.err.join("") };
};

describe("service-planner report reads files as they arrive", () => {
  test("prints what it detected: shape, columns, conversions, ignored columns", async () => {
    const csv = "Date,Calls Offered,Calls Handled,ASA,Notes\n2026-10-01,100,90,20,x\n";
    const r = await build(["in.csv"], { "in.csv": csv });
    expect(r.code).toBe(0);
    expect(r.err).toContain("Read as: interval/daily rows with averages and percentages");
    expect(r.err).toContain("total wait = ASA × answered");
    expect(r.err).toContain('"Notes": not used');
    // ASA 20 s × 90 answered / 90 answered = 20 s.
    expect(r.out).toMatch(/ASA\s+20 s/);
  });

  test("--date-order decides slash dates only the user can; without it the error names the option", async () => {
    const csv = "Date,Offered,Answered\n10/5/2026,10,9\n10/6/2026,10,9\n";
    const bad = await build(["in.csv"], { "in.csv": csv });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--date-order mdy");
    const mdy = await build(["in.csv", "--date-order", "mdy"], { "in.csv": csv });
    expect(mdy.code).toBe(0);
    expect(mdy.out).toContain("October 2026");
    const dmy = await build(["in.csv", "--date-order", "dmy"], { "in.csv": csv });
    expect(dmy.out).toContain("June 2026");
  });

  test("--map field= un-maps a column; a date-time column mapped to date gives the interval too", async () => {
    const csv =
      "Interval Start,Offered,Answered,Short abandons\n" +
      "2026-10-01 08:00,10,9,5\n2026-10-01 08:30,10,8,1\n";
    const r = await build(["in.csv", "--map", "date=Interval Start", "--map", "shortAbandons="], {
      "in.csv": csv,
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('"Interval Start" holds date and time');
    expect(r.err).toContain('"Short abandons": not used');
  });

  test("a GBK file saved by Excel on Chinese Windows, with a title row", async () => {
    // "话务报表\r\n日期,呼入量,接通量\r\n" in GBK (iconv -f utf-8 -t gbk), then ASCII data.
    const gbk = Buffer.from([
      0xbb, 0xb0, 0xce, 0xf1, 0xb1, 0xa8, 0xb1, 0xed, 0x0d, 0x0a, 0xc8, 0xd5, 0xc6, 0xda, 0x2c,
      0xba, 0xf4, 0xc8, 0xeb, 0xc1, 0xbf, 0x2c, 0xbd, 0xd3, 0xcd, 0xa8, 0xc1, 0xbf, 0x0d, 0x0a,
    ]);
    const data = Buffer.concat([gbk, Buffer.from("2026-10-01,100,90\r\n2026-10-02,100,80\r\n")]);
    const r = await build(["in.csv"], { "in.csv": data });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Answer rate\s+85\.0%/);
  });

  test("contact records booked to 60-minute intervals with --interval", async () => {
    const csv =
      "Call Start,Queue,Outcome,Wait Time\n" +
      "10/13/26 8:05 PM,A,Answered,0:00:10\n10/13/26 8:40 PM,A,Abandoned,0:00:30\n10/13/26 8:50 PM,A,IVR,\n";
    const r = await build(["in.csv", "--interval", "60"], { "in.csv": csv });
    expect(r.code).toBe(0);
    expect(r.err).toContain("records booked to the 60-minute interval");
    expect(r.err).toContain("1 IVR-only record counted apart (not offered to a queue)");
    expect(r.out).toMatch(/Answer rate\s+50\.0%/);
  });
});
