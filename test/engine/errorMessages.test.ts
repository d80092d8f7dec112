/**
 * The engine's errors that reach people carry their catalogue message as plain data (key, params): the
 * English catalogue text is exactly their `.message` (which custom-function cells show), and the Chinese
 * one, written here by hand from the glossary, is what the report and the command line show in Chinese.
 */
import { erlangB } from "../../src/engine/erlangB";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import {
  agentsForServiceLevel,
  averageSpeedOfAnswer,
  serviceLevel,
} from "../../src/engine/staffing";
import { trafficErlangs } from "../../src/engine/traffic";
import { finite, fraction, nonNegative, positive } from "../../src/engine/validate";
import { errorText, type MessageKey, type MessageParams, t } from "../../src/i18n";
import { leaksIn } from "../helpers/languageLeaks";

function thrown(f: () => unknown): WfmInputError | WfmNoAnswerError {
  try {
    f();
  } catch (e) {
    if (e instanceof WfmInputError || e instanceof WfmNoAnswerError) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}

/** Each translated engine error, how it is raised, and its Chinese by hand. */
const CASES: [string, () => unknown, string][] = [
  ["a number that is not finite", () => trafficErlangs(NaN, 180), "呼入量须为有效数值"],
  ["a duration of 0", () => trafficErlangs(100, 0), "平均处理时长须大于 0 秒"],
  ["a value of 0 without a unit", () => positive("target_asa", 0), "平均应答时长目标须大于 0"],
  ["a negative count", () => trafficErlangs(-1, 180), "呼入量不能小于 0"],
  ["negative traffic", () => erlangB(-1, 3), "话务量不能小于 0 Erlang"],
  ["a negative answer time", () => serviceLevel(100, 180, 20, -1), "服务水平时限不能小于 0 秒"],
  [
    "a fraction outside (0, 1)",
    () => fraction("target_sl", 80, { openLow: true, openHigh: true }),
    "服务水平目标须在 0 到 1 之间（大于 0 且小于 1；80% 填 0.8）",
  ],
  [
    "a fraction over 1, 0 allowed",
    () => fraction("max_occupancy", 1.5, { openLow: true }),
    "最高占用率须在 0 到 1 之间（须大于 0；80% 填 0.8）",
  ],
  [
    "a fraction of 1 where 1 is not allowed",
    () => fraction("shrinkage", 1, { openHigh: true }),
    "人力损耗率须在 0 到 1 之间（须小于 1；80% 填 0.8）",
  ],
  ["a closed fraction", () => fraction("blocking", -0.1), "阻塞率须在 0 到 1 之间（80% 填 0.8）"],
  [
    "traffic beyond a double",
    () => trafficErlangs(1e308, 1e308, 1),
    "呼入量 × 平均处理时长 ÷ 时段长度过大，无法计算（超过 10 的 308 次方 Erlang）",
  ],
  [
    "an unstable queue",
    () => averageSpeedOfAnswer(100, 1800, 50),
    "队列不稳定：坐席数（50）须多于话务量（100 Erlang）",
  ],
  [
    "agents over the limit",
    () => serviceLevel(100, 180, 2_000_000, 20),
    "坐席数（2000000）超过上限 1,000,000",
  ],
  [
    "a target that needs more agents than the limit",
    () => agentsForServiceLevel(2e9, 1800, 0.8, 20),
    "达到该目标需要超过 1,000,000 名坐席，超出本函数的上限",
  ],
];

describe("engine errors in the catalogue", () => {
  test.each(CASES)("%s: English is .message, Chinese as written", (_, raise, chinese) => {
    const e = thrown(raise);
    expect(e.key).toBeDefined();
    const params = e.params as MessageParams | undefined;
    expect(t("en", e.key as MessageKey, params)).toBe(e.message);
    expect(errorText("en", e)).toBe(e.message);
    expect(errorText("zh-CN", e)).toBe(chinese);
    expect(leaksIn("zh-CN", [["zh-CN", chinese]])).toEqual([]);
  });

  test("the English messages are the ones the custom functions always showed (by hand)", () => {
    expect(thrown(() => trafficErlangs(100, 0)).message).toBe("aht must be > 0 seconds");
    expect(thrown(() => erlangB(-1, 3)).message).toBe("traffic must be ≥ 0 Erlangs");
    expect(thrown(() => fraction("target_sl", 80, { openLow: true, openHigh: true })).message).toBe(
      "target_sl must be between 0 and 1 (more than 0; less than 1; 80% = 0.8)"
    );
    expect(thrown(() => averageSpeedOfAnswer(100, 1800, 50)).message).toBe(
      "the queue is unstable: agents (50) must be more than the traffic (100 Erlangs)"
    );
    expect(thrown(() => serviceLevel(100, 180, 2_000_000, 20)).message).toBe(
      "agents (2000000) is over the limit of 1,000,000"
    );
  });

  test("an argument the catalogue has no word for keeps its name; an error without a key stays English", () => {
    expect(
      errorText(
        "zh-CN",
        thrown(() => finite("widgets", Infinity))
      )
    ).toBe("widgets须为有效数值");
    expect(
      errorText(
        "zh-CN",
        thrown(() => nonNegative("weights", -1, "kg"))
      )
    ).toBe("weights must be ≥ 0 kg");
  });
});
