import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it.each(["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"])("neutralises %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("quotes commas, quotes and line breaks after neutralising", () => {
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell("O'Connor, James")).toBe(`"O'Connor, James"`);
    expect(csvCell("two\nlines")).toBe(`"two\nlines"`);
  });

  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Liam Chen")).toBe("Liam Chen");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-5)).toBe("-5");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, "=b"])).toBe("a,1,'=b\r\n");
  });
});
