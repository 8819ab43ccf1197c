import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("callback URL after sign-in", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(safeCallbackUrl("/settings/team?q=Okafor&page=2#list")).toBe("/settings/team?q=Okafor&page=2#list");
  });

  it("refuses other sites and the sign-in page itself", () => {
    for (const value of ["https://evil.test/", "//evil.test", "/\\evil.test", "evil", "/sign-in?callbackUrl=/x", "", undefined, ["/"]]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
  });

  it("refuses control characters, which would split the Location header", () => {
    for (const value of ["/\nSet-Cookie: x=1", "/settings\r\n", "/\u0000", "/a\tb", "/\u007f", "/\u0085"]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
  });

  it("answers something a Location header can carry", () => {
    for (const value of ["/settings/team?q=José", "/山田", "/a b", "/%0a"]) {
      const target = safeCallbackUrl(value);
      expect(() => new Headers({ location: target })).not.toThrow();
      expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
    }
  });
});
