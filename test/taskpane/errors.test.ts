import { WfmInputError } from "../../src/engine/errors";
import { trafficErlangs } from "../../src/engine/traffic";
import { excelText, messageForError } from "../../src/taskpane/errors";
import { STRINGS } from "../../src/taskpane/i18n";

/** An Office.js error as Excel throws it: a code and a message with its type name in front. */
const richApiError = (code: string, message: string) =>
  Object.assign(new Error(`RichApi.Error: ${message}`), { code });

describe("what Excel said, for a person", () => {
  test("a known code in words, Excel's own message after it in the language's brackets", () => {
    const error = richApiError("AccessDenied", "The workbook is protected.");
    // By hand from the catalogue's taskpane.excelAccessDenied in each language; Chinese brackets full-width.
    expect(excelText(error, "en")).toBe(
      "The workbook or sheet is protected: unprotect it and try again. (The workbook is protected.)"
    );
    expect(excelText(error, "zh-CN")).toBe(
      "工作簿或工作表受保护：请取消保护后重试。（The workbook is protected.）"
    );
  });

  test("an unknown code: Excel's message alone, without the RichApi type name", () => {
    expect(excelText(richApiError("Odd", "Something odd."), "zh-CN")).toBe("Something odd.");
  });
});

describe("an engine error in the taskpane", () => {
  test("says its fix in the user's language, not as Excel's failure", () => {
    let error: unknown;
    try {
      trafficErlangs(100, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WfmInputError);
    expect(messageForError(error, STRINGS["zh-CN"], "zh-CN")).toEqual({
      intent: "error",
      text: "平均处理时长须大于 0 秒",
    });
    expect(messageForError(error, STRINGS.en, "en")).toEqual({
      intent: "error",
      text: "aht must be > 0 seconds",
    });
  });
});
