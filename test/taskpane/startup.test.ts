import { decideStartup } from "../../src/taskpane/startup";

const office = { name: "office" };
const fake = { name: "fake" };

describe("what the taskpane shows when Office is ready", () => {
  test("inside Excel with ExcelApi 1.9: the app on Excel's workbook, in Excel's language", () => {
    expect(
      decideStartup({
        host: "Excel",
        displayLanguage: "zh-CN",
        supportsExcelApi19: () => true,
        officeWorkbook: office,
      })
    ).toEqual({ view: "app", workbook: office, displayLanguage: "zh-CN" });
  });

  test("inside an Excel too old for the report writer: a clear message, not a failure mid-build", () => {
    expect(
      decideStartup({
        host: "Excel",
        displayLanguage: "en-US",
        supportsExcelApi19: () => false,
        officeWorkbook: office,
      })
    ).toEqual({ view: "excelTooOld", displayLanguage: "en-US" });
  });

  test("inside Excel a test hook is ignored", () => {
    const startup = decideStartup({
      host: "Excel",
      supportsExcelApi19: () => true,
      officeWorkbook: office,
      testHook: { workbook: fake },
    });
    expect(startup).toMatchObject({ view: "app", workbook: office });
  });

  test("outside any host: the test's fake workbook when one is installed, else how to open the add-in", () => {
    const supportsExcelApi19 = () => {
      throw new Error("requirement sets are not asked outside Excel");
    };
    expect(
      decideStartup({
        host: null,
        supportsExcelApi19,
        officeWorkbook: office,
        testHook: { workbook: fake, displayLanguage: "en" },
      })
    ).toEqual({ view: "app", workbook: fake, displayLanguage: "en" });
    expect(decideStartup({ host: null, supportsExcelApi19, officeWorkbook: office })).toEqual({
      view: "notInExcel",
    });
    expect(
      decideStartup({
        host: "Word",
        supportsExcelApi19,
        officeWorkbook: office,
        testHook: { workbook: fake },
      })
    ).toEqual({
      view: "notInExcel",
    });
  });
});
