import { describe, expect, it } from "vitest";
import { looksAlike, nameProblem, resembles, skeleton } from "./names";

const LEGIT = [
  "José",
  "Zoë",
  "Zoe\u0308",
  "山田太郎",
  "やまだ たろう",
  "O'Brien",
  "Anne-Marie",
  "Ελένη",
  "Иван Петров",
  "Ivan Петров",
  "김민준",
  "Tanaka 田中",
  "Nguyễn Văn An",
  "محمد",
  "QA Supervisor",
  "Sales & Support (EMEA)",
  "Tier 2",
];

describe("nameProblem", () => {
  it.each(LEGIT)("accepts %j", (name) => {
    expect(nameProblem(name, "Names")).toBeNull();
  });

  it.each([
    ["Owner\u1160", "Hangul filler U+1160"],
    ["Owner\u3164", "Hangul filler U+3164"],
    ["Own\u115Fer", "Hangul filler U+115F"],
    ["Owner\uFFA0", "half-width Hangul filler"],
    ["Owner\uFE0F", "variation selector"],
    ["Ow\u034Fner", "combining grapheme joiner"],
  ])("refuses %j (%s) as invisible", (name) => {
    expect(nameProblem(name, "Role names")).toBe("Role names can't contain invisible characters, such as Hangul fillers or variation selectors.");
  });

  it.each(["Ow\u200Bner", "Ow\u200Dner", "\u202EOwner", "Owner\u2066", "Ow\u00ADner", "\uFEFFOwner", "Own\u0000er"])(
    "refuses %j as a control character",
    (name) => {
      expect(nameProblem(name, "Names")).toBe("Names can't contain control characters.");
    },
  );

  it.each(["Owner\uE000", "Owner\u2028", "Own\u{10FFFD}er"])("refuses %j as unassigned or private use", (name) => {
    expect(nameProblem(name, "Names")).toBe("Names can't contain unassigned or private-use characters.");
  });

  it.each([
    ["\u041Ewner", "“Оwner” mixes Cyrillic and Latin letters. Write each word in one alphabet."],
    ["\u039Fwner", "“Οwner” mixes Greek and Latin letters. Write each word in one alphabet."],
    ["\u0391dmin", "“Αdmin” mixes Greek and Latin letters. Write each word in one alphabet."],
    ["Own\u0435r", "“Ownеr” mixes Latin and Cyrillic letters. Write each word in one alphabet."],
    ["Liam \u0421hen", "“Сhen” mixes Cyrillic and Latin letters. Write each word in one alphabet."],
  ])("refuses %j, which mixes scripts in one word", (name, message) => {
    expect(nameProblem(name, "Names")).toBe(message);
  });
});

describe("skeleton and looksAlike", () => {
  it("maps each look-alike of a built-in name to the same skeleton", () => {
    for (const fake of ["\u041Ewner", "\u039Fwner", "Own\u0435r", "\uFF2F\uFF57\uFF4E\uFF45\uFF52"]) expect(skeleton(fake)).toBe(skeleton("Owner"));
    expect(skeleton("\u0391dmin")).toBe(skeleton("Admin"));
  });

  it("compares case-insensitively, and by looks", () => {
    expect(looksAlike("OWNER", "owner")).toBe(true);
    expect(looksAlike("\u041E\u0412\u041D\u0415\u0420", "Owner")).toBe(false);
    expect(looksAlike("\u0410\u0412\u0421", "abc")).toBe(true);
    expect(looksAlike("Iris", "lris")).toBe(true);
    expect(looksAlike("Sales  Team", "Sales Team")).toBe(true);
    expect(looksAlike("Support", "Sales")).toBe(false);
    expect(looksAlike("Café", "Cafe")).toBe(false);
    expect(looksAlike("Ελένη", "Ελενη")).toBe(false);
  });

  it("resembles ignores accents, spaces and punctuation too", () => {
    expect(resembles("Ownér", "Owner")).toBe(true);
    expect(resembles("O-w-n-e-r!", "Owner")).toBe(true);
    expect(resembles("\u0391DMIN", "Admin")).toBe(true);
    expect(resembles("Admins Team", "Admin")).toBe(false);
  });
});
