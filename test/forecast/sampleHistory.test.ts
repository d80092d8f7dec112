import { historySpecialDays, sampleHistoryRows } from "../../src/cli/sample/history";
import { forecastSeries } from "../../src/forecast";

describe("the bundled history", () => {
  const rows = sampleHistoryRows();

  test("is deterministic and covers 14 months of half-hours for three queues", () => {
    expect(rows.length).toBe(426 * 24 * 3);
    expect(sampleHistoryRows().slice(0, 50)).toEqual(rows.slice(0, 50));
  });

  test.each(["Billing hotline", "Technical support", "Online chat"])(
    "%s: auto beats seasonal naive and the recent-weeks average week-ahead",
    (queue) => {
      const history = rows
        .filter((r) => r.queue === queue)
        .map((r) => ({ minute: r.minute, value: r.offered }));
      const res = forecastSeries({ history, horizonDays: 7, specialDays: historySpecialDays() });
      const wape = (m: string) => res.backtest.find((r) => r.method === m)!.wape;
      const chosen = res.backtest.find((r) => r.chosen)!;
      expect(chosen.origins).toBe(8);
      expect(chosen.wape).toBeLessThan(wape("naive"));
      expect(chosen.wape).toBeLessThan(wape("average"));
    }
  );
});
