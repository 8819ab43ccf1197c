import { describe, expect, it } from "vitest";
import { businessWeek, isCalendarDate, isTimeZone, openStateAt } from "./hours";

const london = { timeZone: "Europe/London", weeklyHours: businessWeek("09:00", "17:30"), holidays: [{ date: "2030-12-25", name: "Christmas Day" }] };

describe("openStateAt", () => {
  it("reads the clock in the organisation's time zone, British Summer Time included", () => {
    // 08:30 UTC on a Monday in July is 09:30 in London.
    expect(openStateAt(london, new Date("2030-07-01T08:30:00Z"))).toEqual({ open: true });
    expect(openStateAt({ ...london, timeZone: "UTC" }, new Date("2030-07-01T08:30:00Z"))).toEqual({ open: false });
  });

  it("closes at the closing minute, and at weekends", () => {
    expect(openStateAt(london, new Date("2030-01-07T17:29:00Z"))).toEqual({ open: true });
    expect(openStateAt(london, new Date("2030-01-07T17:30:00Z"))).toEqual({ open: false });
    expect(openStateAt(london, new Date("2030-01-05T12:00:00Z"))).toEqual({ open: false });
  });

  it("names the holiday it is closed for", () => {
    expect(openStateAt(london, new Date("2030-12-25T12:00:00Z"))).toEqual({ open: false, holiday: "Christmas Day" });
  });
});

describe("calendar values", () => {
  it("accepts real dates only", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2030-02-29")).toBe(false);
    expect(isCalendarDate("2030-1-05")).toBe(false);
  });

  it("knows UTC and the IANA zones", () => {
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
  });
});
