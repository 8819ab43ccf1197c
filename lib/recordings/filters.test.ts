import { describe, expect, it } from "vitest";
import { parseRecordingFilters, recordingsHref } from "./filters";

const ID = "3f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f";

describe("parseRecordingFilters", () => {
  it("reads member, inclusive date range, words and page", () => {
    const form = parseRecordingFilters({ member: ID, from: "2025-03-01", to: "2025-03-31", q: " refund ", page: "2" });
    expect(form.filter).toEqual({
      memberId: ID,
      from: new Date("2025-03-01T00:00:00Z"),
      until: new Date("2025-04-01T00:00:00Z"),
      q: "refund",
      page: 2,
    });
    expect(form.rangeError).toBeUndefined();
  });

  it("drops what is malformed", () => {
    const form = parseRecordingFilters({ member: "x", from: "yesterday", to: "2025-13-45", page: "-1", q: ["a", "b"] });
    expect(form.filter).toEqual({ memberId: undefined, from: undefined, until: undefined, q: "a", page: 1 });
  });

  it("explains a range that ends before it starts, and ignores it", () => {
    const form = parseRecordingFilters({ from: "2025-03-10", to: "2025-03-01" });
    expect(form.rangeError).toBe("The end date is before the start date.");
    expect(form.filter.from).toBeUndefined();
    expect(form.filter.until).toBeUndefined();
  });

  it("builds page links that keep the filters", () => {
    expect(recordingsHref({ member: "", from: "2025-03-01", to: "", q: "late parcel" }, 3)).toBe("/recordings?from=2025-03-01&q=late+parcel&page=3");
    expect(recordingsHref({ member: "", from: "", to: "", q: "" }, 1)).toBe("/recordings");
  });
});
