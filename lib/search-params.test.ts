import { describe, expect, it } from "vitest";
import { listHref, messageFilters, numberFilters, roleFilters, searchText, sortValue, teamFilters } from "./search-params";

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
    for (const filters of [messageFilters, numberFilters]) {
      expect(filters.parse({ q: "%00\u0000", page: "2" })).toMatchObject({ q: "%00", page: 2 });
      expect(filters.parse({})).toMatchObject({ q: "", page: 1 });
    }
    // The team list pages by cursor, not by page number.
    expect(teamFilters.parse({ q: "%00\u0000", after: ["a", "b"] })).toMatchObject({ q: "%00", after: undefined });
  });
});

describe("sort order from the URL", () => {
  it("reads a known column, descending with a leading minus, and writes it back the same", () => {
    expect(roleFilters.parse({ sort: "members" }).sort).toEqual({ key: "members", dir: "asc" });
    expect(roleFilters.parse({ sort: "-edited" }).sort).toEqual({ key: "edited", dir: "desc" });
    expect(sortValue(teamFilters.parse({ sort: "-email" }).sort)).toBe("-email");
  });

  it("falls back to the default order for anything else", () => {
    for (const sort of [undefined, "", "-", "password", "--name", ["name", "email"]]) expect(teamFilters.parse({ sort }).sort).toBeNull();
    expect(sortValue(null)).toBe("");
  });
});

describe("list links", () => {
  it("carries only the params that are set", () => {
    expect(listHref("/settings/team", { q: "a b", role: undefined, sort: "", page: 2 })).toBe("/settings/team?q=a+b&page=2");
    expect(listHref("/settings/roles", { q: "" })).toBe("/settings/roles");
  });
});
