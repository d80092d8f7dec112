import { excelText } from "../../src/taskpane/errors";

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
