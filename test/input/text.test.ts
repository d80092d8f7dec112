import { decodeText, tableFromText, InputError } from "../../src/input";
import { errorText } from "../../src/i18n";

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** UTF-16 code units written out byte by byte, so the fixture does not depend on the decoder under test. */
const utf16 = (s: string, le: boolean) =>
  [...s].flatMap((c) => {
    const u = c.charCodeAt(0);
    return le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
  });

describe("text from bytes", () => {
  // "日期,呼入量,技能组" in GBK, from `iconv -f utf-8 -t gbk` (written out here as bytes).
  const gbkHeader = [
    0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xba, 0xf4, 0xc8, 0xeb, 0xc1, 0xbf, 0x2c, 0xbc, 0xbc, 0xc4, 0xdc,
    0xd7, 0xe9,
  ];

  it("reads GBK/GB18030 without being told (Excel's CSV on Chinese Windows)", () => {
    const bytes = new Uint8Array([...gbkHeader, ...ascii("\r\n2026-10-01,12,A\r\n")]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe("gb18030");
    expect(d.text.startsWith("日期,呼入量,技能组")).toBe(true);
    const t = tableFromText(bytes);
    expect(t.headers).toEqual(["日期", "呼入量", "技能组"]);
    expect(t.rows[0]).toEqual(["2026-10-01", "12", "A"]);
  });

  it("reads UTF-8 with and without a BOM", () => {
    const body = [0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0x9f]; // 日期 in UTF-8
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({
      text: "日期",
      encoding: "utf-8",
      bom: true,
    });
    expect(decodeText(new Uint8Array(body))).toEqual({
      text: "日期",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("reads UTF-16 LE and BE with a BOM (Excel's Unicode text), tab-delimited", () => {
    const text = "日期\t呼入量\r\n2026-10-01\t7\r\n";
    const le = new Uint8Array([0xff, 0xfe, ...utf16(text, true)]);
    const be = new Uint8Array([0xfe, 0xff, ...utf16(text, false)]);
    for (const [bytes, enc] of [
      [le, "utf-16le"],
      [be, "utf-16be"],
    ] as const) {
      const t = tableFromText(bytes);
      expect(t.encoding).toBe(enc);
      expect(t.delimiter).toBe("\t");
      expect(t.headers).toEqual(["日期", "呼入量"]);
      expect(t.rows[0]).toEqual(["2026-10-01", "7"]);
    }
  });

  it("refuses bytes that are text in no encoding, naming the encodings tried", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x80, 0xff, 0xfe, 0x00, 0x81, 0xff]);
    let error: unknown;
    try {
      decodeText(bytes, "calls.csv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("calls.csv");
    expect((error as InputError).message).toContain("UTF-8 and GB18030");
    // Shown in the user's language through the catalogue (input.undecodable).
    expect(errorText("zh-CN", error)).toBe(
      "calls.csv 无法按已尝试的编码（UTF-8和GB18030）读取为文本。请在 Excel 中另存为 CSV UTF-8 或 .xlsx 文件。"
    );
  });
});
