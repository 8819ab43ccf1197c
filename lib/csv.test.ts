import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

const FORMULA = /^[=+\-@\t\r＝＋－＠]/;

/**
 * How a spreadsheet reads one line when its locale splits on `separator`: a field is quoted
 * only if it starts with a quote; a quote anywhere else is an ordinary character.
 */
function spreadsheetFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else value += line[i++];
      }
      const end = line.indexOf(separator, i);
      fields.push(value + line.slice(i + 1, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    } else {
      const end = line.indexOf(separator, i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

/** Every field a spreadsheet could make of a row, whichever separator its locale uses. */
const formulasIn = (row: string) =>
  [",", ";", "\t"].flatMap((separator) =>
    row
      .replace(/\r\n$/, "")
      .split(/\r\n|\r|\n/)
      .flatMap((line) => spreadsheetFields(line, separator))
      // A number, negative or not, is data to a spreadsheet, not a formula.
      .filter((field) => !/^-?\d+(\.\d+)?$/.test(field) && FORMULA.test(field.replace(/^[\s"]+/, ""))),
  );

describe("csvCell", () => {
  it.each(['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", " =1+1", "＝1+1"])("neutralises %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("quotes commas, quotes and line breaks after neutralising", () => {
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell("O'Connor, James")).toBe(`"O'Connor, James"`);
    expect(csvCell("two\nlines")).toBe(`"two\nlines"`);
  });

  it("quotes semicolons and tabs, which other locales split on", () => {
    expect(csvCell("Sales; EMEA")).toBe(`"Sales; EMEA"`);
    expect(csvCell("a\tb")).toBe(`"a\tb"`);
  });

  it("neutralises a formula after a separator, where a spreadsheet splitting on it starts a field", () => {
    expect(csvCell("Liam;=1+1")).toBe(`"Liam;'=1+1"`);
    expect(csvCell("Liam;=1+1;")).toBe(`"Liam;'=1+1;"`);
    expect(csvCell('Liam; "=1+1"')).toBe(`"Liam;' ""=1+1"""`);
    expect(csvCell("a,@SUM(A1)")).toBe(`"a,'@SUM(A1)"`);
    expect(csvCell("line\n-1+2")).toBe(`"line\n'-1+2"`);
  });

  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Liam Chen")).toBe("Liam Chen");
    expect(csvCell("Anne-Marie O'Brien")).toBe("Anne-Marie O'Brien");
    expect(csvCell(42)).toBe("42");
    // Numbers are ours, not typed by anyone: a negative one stays a number in the spreadsheet.
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, "=b"])).toBe("a,1,'=b\r\n");
  });

  it("never lets a spreadsheet in any locale read a text cell as a formula (member named Liam;=1+1)", () => {
    expect(formulasIn(csvRow(["2026-11-02T09:00:00.000Z", "inbound", "answered", "Liam;=1+1;", 30, -4]))).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: fc.constantFrom("=", "+", "-", "@", ";", ",", '"', "\t", "\r", "\n", " ", "a", "＝") }), fc.string()), {
          maxLength: 4,
        }),
        (cells) => {
          expect(formulasIn(csvRow(["x", ...cells, "y"]))).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads back as the text written, apart from apostrophes put before formulas", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const [field] = spreadsheetFields(csvCell(value), ",");
        if (!/[\r\n]/.test(value)) expect(field.replaceAll("'", "")).toBe(value.replaceAll("'", ""));
      }),
    );
  });
});
