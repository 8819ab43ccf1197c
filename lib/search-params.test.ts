import { describe, expect, it } from "vitest";
import { messageFilters, numberFilters, searchText, teamFilters } from "./search-params";

describe("search text from the URL", () => {
  it("turns control characters into spaces, so PostgreSQL never sees a NUL", () => {
    expect(searchText.parse("\u0000")).toBe("");
    expect(searchText.parse("Ok\u0000afor")).toBe("Ok afor");
    expect(searchText.parse("a\r\nb\tc\u007fd\u0085e")).toBe("a  b c d e");
  });

  it("keeps ordinary text, trimmed, and drops what is too long or not text", () => {
    expect(searchText.parse("  José Okafor ")).toBe("José Okafor");
    expect(searchText.parse("山田")).toBe("山田");
    expect(searchText.parse("x".repeat(101))).toBe("");
    expect(searchText.parse(["a", "b"])).toBe("");
    expect(searchText.parse(undefined)).toBe("");
  });

  it("is what every list page's filters use", () => {
    for (const filters of [teamFilters, messageFilters, numberFilters]) {
      expect(filters.parse({ q: "%00\u0000", page: "2" })).toMatchObject({ q: "%00", page: 2 });
      expect(filters.parse({})).toMatchObject({ q: "", page: 1 });
    }
  });
});
