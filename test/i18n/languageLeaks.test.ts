import { languageLeaks } from "../helpers/languageLeaks";

describe("the language-leak checker", () => {
  test("finds the leaks issue 12 quotes, and passes their fixed forms", () => {
    expect(languageLeaks("zh-CN", "无法生成（日期）：The date column holds no dates")).toHaveLength(
      6
    );
    expect(languageLeaks("zh-CN", "平均应答时长为 22 s")).toEqual([expect.stringContaining('"s"')]);
    expect(languageLeaks("zh-CN", "最高占用率（%）（可选）")).toEqual([
      expect.stringContaining("double parentheses"),
    ]);
    expect(languageLeaks("zh-CN", "放弃率 6.1%,高于目标(5%)")).toHaveLength(2);
    expect(languageLeaks("zh-CN", "放弃率 6.1%，高于目标（5%）。")).toEqual([]);
  });

  test("allows product and function names, Erlang, FTE, cell references, options and the user's data", () => {
    expect(
      languageLeaks(
        "zh-CN",
        "“Billing” 队列需求人力由 =WFM.AGENTS(...) 按 Erlang C 计算，FTE 12.5，见 B2:C9；可用 --force 替换。",
        { userData: ["Billing"] }
      )
    ).toEqual([]);
    expect(languageLeaks("zh-CN", "“Billing” 队列")).toEqual([expect.stringContaining("Billing")]);
  });

  test("English output has no Chinese outside the user's data", () => {
    expect(languageLeaks("en", "Abandon rate 6.1%, above the 5% target.")).toEqual([]);
    expect(languageLeaks("en", "Queue 售后 missed its target", { userData: ["售后"] })).toEqual([]);
    expect(languageLeaks("en", "Queue 售后：missed")).toHaveLength(3);
  });
});
