import { parseDelimited, tableFromText, readNumber } from "../../src/input";

describe("delimited text", () => {
  it.each([
    [",", "Date,Offered,Answered\n2026-10-01,10,9\n"],
    [";", "Date;Offered;Answered\n2026-10-01;10;9\n"],
    ["\t", "Date\tOffered\tAnswered\n2026-10-01\t10\t9\n"],
    ["|", "Date|Offered|Answered\n2026-10-01|10|9\n"],
  ])("detects the delimiter %j", (delimiter, text) => {
    const grid = parseDelimited(text);
    expect(grid.delimiter).toBe(delimiter);
    expect(grid.rows).toEqual([
      ["Date", "Offered", "Answered"],
      ["2026-10-01", "10", "9"],
    ]);
  });

  it("uses the decimal comma in semicolon files and thousands separators in comma files", () => {
    const semi = parseDelimited("Date;AHT;Offered\n2026-10-01;370,1;1.234\n");
    expect(semi.decimal).toBe(",");
    expect(readNumber("370,1", semi.decimal)).toBe(370.1);
    expect(readNumber("1.234", semi.decimal)).toBe(1234);
    expect(readNumber("1.234,5", semi.decimal)).toBe(1234.5);
    const comma = parseDelimited('Date,AHT,Offered\n2026-10-01,370.1,"1,234"\n');
    expect(comma.decimal).toBe(".");
    expect(readNumber("1,234", comma.decimal)).toBe(1234);
    expect(readNumber("370,1", comma.decimal)).toBe("ambiguous");
  });

  it("a semicolon file written with dot decimals keeps them", () => {
    expect(parseDelimited("Date;SL\n2026-10-01;0.95\n2026-10-02;0.90\n").decimal).toBe(".");
  });

  it("skips title rows above the header and keeps blank separator lines as blank rows", () => {
    const text = [
      "Split/Skill Interval Report",
      "Period: 10/1/2026 - 10/31/2026",
      "",
      "Date,Interval,Calls Offered,ACD Calls",
      "2026-10-01,08:00,10,9",
      ",,,",
      "2026-10-01,08:30,12,11",
    ].join("\r\n");
    const t = tableFromText(text);
    expect(t.headers).toEqual(["Date", "Interval", "Calls Offered", "ACD Calls"]);
    expect(t.firstRowNumber).toBe(5);
    expect(t.titleRows).toEqual(["Split/Skill Interval Report", "Period: 10/1/2026 - 10/31/2026"]);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[1].every((c) => c === "")).toBe(true);
  });

  it("finds the header only within the first 20 non-blank rows", () => {
    const titles = Array.from({ length: 25 }, (_, i) => `Note ${i}`);
    const t = tableFromText([...titles, "Date,Offered", "2026-10-01,5"].join("\n"));
    expect(t.headers).toEqual(["Note 0"]);
  });
});

describe("numbers", () => {
  it.each([
    ["12", ".", 12],
    [" 12 ", ".", 12],
    ["-3.5", ".", -3.5],
    ["1,234,567.25", ".", 1234567.25],
    ["1 234", ".", 1234],
    ["$1,200.50", ".", 1200.5],
    ["¥88", ".", 88],
    ["1e3", ".", 1000],
    ["370,1", ",", 370.1],
    ["1.234.567,25", ",", 1234567.25],
    ["0.95", ",", 0.95],
  ] as const)("%j with decimal %j is %d", (text, decimal, expected) => {
    expect(readNumber(text, decimal)).toBe(expected);
  });

  it.each([
    ["1,23", "."],
    ["1,2,3", "."],
    ["12.345.6", "."],
    ["1.2.3", ","],
  ] as const)("%j with decimal %j is ambiguous, not guessed", (text, decimal) => {
    expect(readNumber(text, decimal)).toBe("ambiguous");
  });

  it("text is text", () => {
    expect(readNumber("n/a")).toBe("text");
    expect(readNumber("")).toBe("text");
    expect(readNumber(Number.NaN)).toBe("text");
  });
});
