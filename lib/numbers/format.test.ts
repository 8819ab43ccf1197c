import { describe, expect, it } from "vitest";
import { formatPhone, parsePhone } from "./format";

describe("formatPhone", () => {
  it("writes US and UK numbers the way people read them", () => {
    expect(formatPhone("+12125550142")).toBe("+1 (212) 555-0142");
    expect(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
    expect(formatPhone("+441614960123")).toBe("+44 161 496 0123");
    expect(formatPhone("+447700900123")).toBe("+44 7700 900123");
    expect(formatPhone("+33123456789")).toBe("+33123456789");
  });
});

describe("parsePhone", () => {
  it("reads numbers with a country code however they are written", () => {
    expect(parsePhone("+1 (415) 555-0123", "GB")).toBe("+14155550123");
    expect(parsePhone("0044 7700 900123", "US")).toBe("+447700900123");
  });

  it("reads national numbers as numbers of the sending number's country", () => {
    expect(parsePhone("(415) 555-0123", "US")).toBe("+14155550123");
    expect(parsePhone("1 415 555 0123", "US")).toBe("+14155550123");
    expect(parsePhone("07700 900123", "GB")).toBe("+447700900123");
  });

  it("refuses what cannot be a phone number", () => {
    expect(parsePhone("call me", "US")).toBeNull();
    expect(parsePhone("555 0123", "US")).toBeNull();
    expect(parsePhone("+0 123 456 789", "US")).toBeNull();
    expect(parsePhone("+1 2", "US")).toBeNull();
  });
});
